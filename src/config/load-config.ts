/**
 * Finds, reads and validates privacy-lint.config.json. Paths inside the file are resolved against the file's folder
 * so the same config works from any working directory.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { createAjv, describeAjvErrors } from './ajv.js';
import { readJsonFile } from './read-json.js';
import { PrivacyLintError } from '../errors.js';
import { bundledRulesPath } from '../rules-dir.js';
import type { Language, RuleLevel } from '../types.js';

export const CONFIG_FILE_NAME = 'privacy-lint.config.json';

export interface ConsentConfig {
  pages?: number;
  timeoutMs?: number;
  navigationTimeoutMs?: number;
  settleMs?: number;
  essentialCookies?: string[];
  knowledgeBase?: string[];
  cookieDb?: string;
  firstPartySites?: string[];
  allowDomains?: string[];
  includeValues?: boolean;
  executablePath?: string;
  browserEndpoint?: string;
}

export interface Config {
  profile?: string;
  jurisdiction?: string;
  languages?: Language[];
  locale?: Language;
  rules?: Record<string, RuleLevel>;
  ignores?: string[];
  maxWarnings?: number;
  consent?: ConsentConfig;
}

export interface LoadedConfig {
  /** Absolute path of the file, or null when none was found or lookup was off. */
  path: string | null;
  config: Config;
}

let validateConfig: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

export function checkConfig(value: unknown, source: string): Config {
  validateConfig ??= createAjv().compile(readJsonFile(bundledRulesPath('schema', 'config.schema.json'), 'CONFIG_INVALID') as object);
  if (!validateConfig(value)) throw new PrivacyLintError('CONFIG_INVALID', describeAjvErrors(source, validateConfig.errors), { hint: `see ${bundledRulesPath('schema', 'config.schema.json')}` });
  return value as Config;
}

/** The nearest config file from `cwd` upwards, if any. */
export function findConfigFile(cwd: string): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** `explicit` is --config; `lookup: false` is --no-config. */
export function loadConfig(options: { cwd: string; explicit?: string; lookup?: boolean }): LoadedConfig {
  const path = options.explicit ? resolve(options.cwd, options.explicit) : options.lookup === false ? null : findConfigFile(options.cwd);
  if (!path) return { path: null, config: {} };
  if (options.explicit && !existsSync(path)) throw new PrivacyLintError('CONFIG_INVALID', `${path}: config file not found`);
  const config = checkConfig(readJsonFile(path, 'CONFIG_INVALID'), path);
  return { path, config: resolveConfigPaths(config, dirname(path)) };
}

function resolveConfigPaths(config: Config, base: string): Config {
  const at = (p: string) => (isAbsolute(p) ? p : resolve(base, p));
  const out: Config = { ...config };
  // Built-in profile names have no slash or dot; anything else is a file next to the config.
  if (out.profile && /[\\/.]/.test(out.profile)) out.profile = at(out.profile);
  if (out.ignores) out.ignores = out.ignores.map((glob) => (isAbsolute(glob) ? glob : join(base, glob)));
  if (out.consent) {
    out.consent = { ...out.consent };
    if (out.consent.knowledgeBase) out.consent.knowledgeBase = out.consent.knowledgeBase.map(at);
    if (out.consent.cookieDb) out.consent.cookieDb = at(out.consent.cookieDb);
  }
  return out;
}
