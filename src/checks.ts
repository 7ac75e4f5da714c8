/**
 * Check metadata (rules/checks, rules/audits, rules/cross-checks): one JSON file per check, validated against
 * rules/schema/check.schema.json, file name = id. The logic lives in a function registered under the same id.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { createAjv, describeAjvErrors } from './config/ajv.js';
import { readJsonFile } from './config/read-json.js';
import { PrivacyLintError } from './errors.js';
import type { MessageSet } from './findings.js';
import { bundledRulesPath } from './rules-dir.js';
import type { RuleLevel } from './types.js';

export interface CheckMeta {
  id: string;
  kind: 'quality' | 'audit' | 'cross-check';
  title: string;
  description: string;
  tags: string[];
  helpUrl: string;
  defaultLevel: Exclude<RuleLevel, 'off'>;
  message: MessageSet;
}

export const CHECK_FOLDERS = ['checks', 'audits', 'cross-checks'] as const;

let validateCheck: ValidateFunction | undefined;
const cache = new Map<string, CheckMeta[]>();

/** Reads and validates every check file in a folder (sorted by id). */
export function loadCheckFolder(dir: string): CheckMeta[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  validateCheck ??= createAjv().compile(readJsonFile(bundledRulesPath('schema', 'check.schema.json'), 'RULES_INVALID') as object);
  const checks: CheckMeta[] = [];
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
      const path = join(dir, file);
      const data = readJsonFile(path, 'RULES_INVALID');
      if (!validateCheck(data)) throw new PrivacyLintError('RULES_INVALID', describeAjvErrors(path, validateCheck.errors));
      const check = data as CheckMeta;
      if (check.id !== basename(file, '.json')) throw new PrivacyLintError('RULES_INVALID', `${path}: /id "${check.id}" must equal the file name`);
      checks.push(check);
    }
  }
  cache.set(dir, checks);
  return checks;
}

/** Bundled checks of one kind of folder (`checks`, `audits`, `cross-checks`), as a map by id. */
export function bundledChecks(folder: (typeof CHECK_FOLDERS)[number]): Map<string, CheckMeta> {
  return new Map(loadCheckFolder(bundledRulesPath(folder)).map((check) => [check.id, check]));
}
