/**
 * The cookie and tracker knowledge base: JSON files validated by rules/schema/cookie-kb.schema.json. The bundled files
 * (rules/cookies/*.json) load lazily, once; user files extend them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { createAjv, describeAjvErrors } from '../config/ajv.js';
import { readJsonFile } from '../config/read-json.js';
import { PrivacyLintError } from '../errors.js';
import { bundledRulesPath } from '../rules-dir.js';

export type Category = 'strictly-necessary' | 'functional' | 'analytics' | 'marketing';

export type EntryKind = 'tracker' | 'service' | 'consent-manager' | 'framework' | 'infrastructure';

export type KbPattern = ({ name: string } | { prefix: string } | { regex: string }) & {
  category?: Category;
  lifetimeDays?: number;
  description?: string;
  domains?: string[];
};

export interface KbVendor {
  name: string;
  /** ISO 3166-1 alpha-2 code of the country where the vendor's group is established. */
  country: string;
  outsideEEA: boolean;
}

export interface KbEntry {
  id: string;
  name: string;
  vendor?: KbVendor;
  kind: EntryKind;
  category: Category;
  description: string;
  source: string;
  lifetimeDays?: number;
  cmp?: string[];
  genericNames?: boolean;
  cookies?: KbPattern[];
  storage?: KbPattern[];
  domains?: string[];
  urls?: string[];
}

export interface KnowledgeBase {
  entries: KbEntry[];
}

let validateKb: ValidateFunction | undefined;

function validator(): ValidateFunction {
  validateKb ??= createAjv().compile(readJsonFile(bundledRulesPath('schema', 'cookie-kb.schema.json'), 'RULES_INVALID') as object);
  return validateKb;
}

/**
 * Why a regex could make matching slow or surprising, or null when it is fine. Anchoring keeps patterns from matching
 * inside longer names; refusing repeated groups, backreferences and lookaround rules out catastrophic backtracking
 * on hostile cookie names (which the matcher also caps in length before trying a regex).
 */
export function regexProblem(source: string): string | null {
  if (!source.startsWith('^') || !source.endsWith('$') || source.endsWith('\\$')) return 'must be anchored with ^ and $';
  if (/\\[1-9]|\\k</.test(source)) return 'must not use backreferences';
  if (source.includes('(?')) return 'must not use lookaround or named groups';
  if (/\)(?:[*+]|\{\d)/.test(source)) return 'must not repeat a group';
  try {
    new RegExp(source);
  } catch (error) {
    return `does not compile (${(error as Error).message})`;
  }
  return null;
}

function checkRegexes(data: KnowledgeBase, file: string): void {
  data.entries.forEach((entry, index) => {
    for (const list of ['cookies', 'storage'] as const) {
      entry[list]?.forEach((pattern, at) => {
        if (!('regex' in pattern)) return;
        const problem = regexProblem(pattern.regex);
        if (problem) throw new PrivacyLintError('RULES_INVALID', `${file}: /entries/${index}/${list}/${at}/regex ${problem}`);
      });
    }
  });
}

/** Validates one parsed knowledge-base file; `file` names it in errors. */
export function checkKnowledgeBase(data: unknown, file: string): KnowledgeBase {
  const validate = validator();
  if (!validate(data)) {
    throw new PrivacyLintError('RULES_INVALID', describeAjvErrors(file, validate.errors), { hint: 'see rules/schema/cookie-kb.schema.json' });
  }
  const kb = data as KnowledgeBase;
  checkRegexes(kb, file);
  return kb;
}

/** Reads, validates and merges knowledge-base files in order; an entry id may appear only once across them. */
export function loadKnowledgeBase(paths: string | readonly string[]): KnowledgeBase {
  const files = typeof paths === 'string' ? [paths] : paths;
  const seen = new Map<string, string>();
  const entries: KbEntry[] = [];
  for (const file of files) {
    const kb = checkKnowledgeBase(readJsonFile(file, 'RULES_INVALID'), file);
    kb.entries.forEach((entry, index) => {
      const first = seen.get(entry.id);
      if (first) throw new PrivacyLintError('RULES_INVALID', `${file}: /entries/${index}/id "${entry.id}" is already defined in ${first}`);
      seen.set(entry.id, file);
      entries.push(entry);
    });
  }
  return { entries };
}

let bundled: KnowledgeBase | undefined;

/** The knowledge base shipped in rules/cookies/, files in name order. */
export function bundledKnowledgeBase(): KnowledgeBase {
  if (!bundled) {
    const dir = bundledRulesPath('cookies');
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(dir, name));
    bundled = loadKnowledgeBase(files);
  }
  return bundled;
}
