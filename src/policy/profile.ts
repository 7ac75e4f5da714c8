/**
 * Requirement profiles are JSON Schemas over the detected facts. Built-in ones live in rules/profiles/; a user points
 * `--profile` at a file of their own, which may `$ref` a built-in profile by its `$id` to extend it. Extending a profile
 * also inherits its levels, so that a national or company profile states only the levels it changes.
 */
import { readdirSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv, describeAjvErrors } from '../config/ajv.js';
import { readJsonFile } from '../config/read-json.js';
import { PrivacyLintError } from '../errors.js';
import { bundledRulesPath } from '../rules-dir.js';
import type { RuleLevel } from '../types.js';

export interface Profile {
  /** Built-in name, or the path the user gave. */
  id: string;
  title: string;
  levels: Record<string, RuleLevel>;
  validate: ValidateFunction;
}

interface ProfileFile {
  $id?: string;
  title: string;
  allOf?: unknown[];
  'x-privacy-lint'?: { levels?: Record<string, RuleLevel> };
}

interface ProfileEnvironment {
  ajv: Ajv2020;
  builtIn: Map<string, ProfileFile>;
  /** The built-in profiles by `$id`, the address other profiles `$ref` them by. */
  builtInById: Map<string, ProfileFile>;
  checkMeta: ValidateFunction;
}

let shared: ProfileEnvironment | undefined;

function profileEnvironment(): ProfileEnvironment {
  if (shared) return shared;
  const ajv = createAjv();
  const meta = readJsonFile(bundledRulesPath('schema', 'profile.schema.json'), 'PROFILE_INVALID') as object;
  const checkMeta = ajv.compile(meta);
  const builtIn = new Map<string, ProfileFile>();
  const builtInById = new Map<string, ProfileFile>();
  const dir = bundledRulesPath('profiles');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.schema.json')).sort()) {
    const path = resolve(dir, file);
    const schema = readJsonFile(path, 'PROFILE_INVALID') as ProfileFile;
    if (!checkMeta(schema)) throw new PrivacyLintError('PROFILE_INVALID', describeAjvErrors(path, checkMeta.errors));
    // Registered by $id so that user profiles (and jurisdiction profiles) can extend a built-in one with $ref.
    ajv.addSchema(schema as object);
    builtIn.set(file.replace(/\.schema\.json$/, ''), schema);
    if (schema.$id) builtInById.set(schema.$id, schema);
  }
  shared = { ajv, builtIn, builtInById, checkMeta };
  return shared;
}

export function builtInProfileNames(): string[] {
  return [...profileEnvironment().builtIn.keys()];
}

/** A built-in name (`gdpr`, `gdpr-art14`, …) or a path to a profile schema file. */
export function loadProfile(nameOrPath: string, cwd = process.cwd()): Profile {
  const { ajv, builtIn, builtInById, checkMeta } = profileEnvironment();
  const known = builtIn.get(nameOrPath);
  if (known) {
    return { id: nameOrPath, title: known.title, levels: levelsOf(known, builtInById), validate: ajv.getSchema(known.$id!)! };
  }
  if (!/[\\/.]/.test(nameOrPath)) {
    throw new PrivacyLintError('PROFILE_INVALID', `unknown profile "${nameOrPath}"`, {
      hint: `use one of ${[...builtIn.keys()].join(', ')}, or a path to a JSON Schema file`,
    });
  }
  const path = isAbsolute(nameOrPath) ? nameOrPath : resolve(cwd, nameOrPath);
  const schema = readJsonFile(path, 'PROFILE_INVALID') as ProfileFile;
  if (!checkMeta(schema)) throw new PrivacyLintError('PROFILE_INVALID', describeAjvErrors(path, checkMeta.errors));
  let validate: ValidateFunction;
  try {
    // A user profile that copied a built-in $id would clash with the registry: compile it anonymously.
    const { $id, ...rest } = schema;
    validate = ajv.compile(($id && ajv.getSchema($id) ? rest : schema) as object);
  } catch (error) {
    throw new PrivacyLintError('PROFILE_INVALID', `${path}: not a valid JSON Schema (${(error as Error).message})`);
  }
  return { id: nameOrPath, title: schema.title, levels: levelsOf(schema, builtInById), validate };
}

/**
 * The levels of every built-in profile that a top-level `allOf` entry `$ref`s by `$id` (each with its own ancestors',
 * in `allOf` order), overridden by the profile's own.
 */
function levelsOf(schema: ProfileFile, builtInById: ReadonlyMap<string, ProfileFile>): Record<string, RuleLevel> {
  const inherited = (schema.allOf ?? []).map((part) => {
    const ref = typeof part === 'object' && part !== null && '$ref' in part ? part.$ref : undefined;
    const base = typeof ref === 'string' ? builtInById.get(ref) : undefined;
    return base ? levelsOf(base, builtInById) : {};
  });
  return Object.assign({}, ...inherited, schema['x-privacy-lint']?.levels);
}
