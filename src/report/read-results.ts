/**
 * Reads the results of earlier runs so they can be rendered again: JSON reports (`{"tool", "results"}`) and JSON-lines
 * files with one result per line, as a batch run writes them while it goes. Several files (shards of one batch) merge
 * into one list, one result per kind and target (URLs compared in their canonical form), the last one read winning,
 * sorted by target.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv, describeAjvErrors } from '../config/ajv.js';
import { PrivacyLintError } from '../errors.js';
import type { TargetResult } from '../types.js';
import { compareStrings } from './order.js';
import { normalizeUrl } from '../site/batch-urls.js';

export interface ReadResults {
  results: TargetResult[];
  /** Lines skipped or files without results, as `file:line: why`; reading still succeeded. */
  warnings: string[];
}

const STRING = { type: 'string' } as const;
const NULLABLE_STRING = { type: ['string', 'null'] } as const;
const NUMBER = { type: 'number' } as const;
const COUNT = { type: 'integer', minimum: 0 } as const;
const BOOLEAN = { type: 'boolean' } as const;

function objectOf(properties: Record<string, object>, required: string[] = Object.keys(properties)): object {
  return { type: 'object', required, properties };
}

function arrayOf(items: object): object {
  return { type: 'array', items };
}

/**
 * The shape the formatters rely on, no stricter: unknown properties are allowed, so results written by a newer
 * version still render.
 */
const RESULT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $ref: '#/$defs/result',
  $defs: {
    finding: objectOf(
      {
        ruleId: STRING,
        outcome: { enum: ['violation', 'incomplete', 'pass', 'inapplicable'] },
        severity: { enum: ['error', 'warning', 'info'] },
        message: STRING,
        localizedMessage: objectOf({ locale: STRING, text: STRING }),
        tags: arrayOf(STRING),
        helpUrl: STRING,
        location: objectOf({ target: STRING, line: NUMBER, column: NUMBER, endLine: NUMBER, endColumn: NUMBER, url: STRING }, ['target']),
      },
      ['ruleId', 'outcome', 'severity', 'message', 'tags', 'helpUrl', 'location'],
    ),
    base: objectOf(
      {
        kind: { enum: ['policy', 'consent', 'site'] },
        target: STRING,
        findings: arrayOf({ $ref: '#/$defs/finding' }),
        errorCount: COUNT,
        warningCount: COUNT,
        infoCount: COUNT,
        error: objectOf({ code: STRING, message: STRING, hint: STRING }, ['code', 'message']),
      },
      ['kind', 'target', 'findings', 'errorCount', 'warningCount', 'infoCount'],
    ),
    policy: {
      allOf: [{ $ref: '#/$defs/base' }],
      ...objectOf(
        {
          kind: { const: 'policy' },
          profile: STRING,
          language: NULLABLE_STRING,
          jurisdiction: STRING,
          elements: {
            type: 'object',
            additionalProperties: objectOf({
              status: { enum: ['present', 'partial', 'absent'] },
              evidence: arrayOf(objectOf({ line: NUMBER, column: NUMBER, text: STRING })),
            }),
          },
        },
        ['kind', 'profile', 'elements'],
      ),
    },
    phase: objectOf(
      {
        pages: arrayOf(objectOf({ url: STRING, visit: { enum: ['initial', 'reload', 'second-page'] } }, ['url', 'visit'])),
        cookies: arrayOf(
          objectOf({ name: STRING, domain: STRING, category: STRING, essential: BOOLEAN, setBy: NULLABLE_STRING }, ['name', 'domain', 'category', 'essential']),
        ),
        storage: arrayOf(objectOf({ area: STRING, origin: STRING, key: STRING, category: STRING })),
        thirdPartyRequests: arrayOf(objectOf({ url: STRING, site: STRING, category: STRING, vendor: NULLABLE_STRING }, ['url', 'site', 'category'])),
        partial: BOOLEAN,
      },
      ['cookies', 'storage', 'thirdPartyRequests'],
    ),
    consent: {
      allOf: [{ $ref: '#/$defs/base' }],
      ...objectOf(
        {
          kind: { const: 'consent' },
          verdict: { enum: ['pass', 'fail', 'incomplete'] },
          partial: BOOLEAN,
          phases: objectOf(
            { 'before-consent': { $ref: '#/$defs/phase' }, 'after-reject': { $ref: '#/$defs/phase' }, 'after-accept': { $ref: '#/$defs/phase' } },
            [],
          ),
          banner: objectOf({ found: BOOLEAN, cmp: NULLABLE_STRING, method: NULLABLE_STRING, screenshot: STRING }, ['found']),
        },
        ['kind', 'verdict', 'phases', 'banner'],
      ),
    },
    site: {
      allOf: [{ $ref: '#/$defs/base' }],
      ...objectOf(
        {
          kind: { const: 'site' },
          verdict: { enum: ['pass', 'fail', 'incomplete'] },
          policyUrl: NULLABLE_STRING,
          policy: { anyOf: [{ $ref: '#/$defs/policy' }, { type: 'null' }] },
          consent: { anyOf: [{ $ref: '#/$defs/consent' }, { type: 'null' }] },
          pages: arrayOf(STRING),
          cookiePolicyUrl: NULLABLE_STRING,
          declaredCookies: arrayOf(
            objectOf(
              {
                name: STRING,
                match: { enum: ['exact', 'prefix'] },
                provider: STRING,
                purpose: STRING,
                category: STRING,
                lifetimeDays: NUMBER,
                lifetimeText: STRING,
                source: objectOf({ target: STRING, line: NUMBER, column: NUMBER }, ['target', 'line']),
              },
              ['name', 'source'],
            ),
          ),
          partial: BOOLEAN,
        },
        ['kind', 'verdict', 'policyUrl', 'policy', 'consent', 'pages'],
      ),
    },
    result: {
      allOf: [
        { $ref: '#/$defs/base' },
        { if: objectOf({ kind: { const: 'policy' } }), then: { $ref: '#/$defs/policy' } },
        { if: objectOf({ kind: { const: 'consent' } }), then: { $ref: '#/$defs/consent' } },
        { if: objectOf({ kind: { const: 'site' } }), then: { $ref: '#/$defs/site' } },
      ],
    },
  },
};

const NOT_RESULTS_HINT = 'A results file is a JSON report ({"tool", "results"}), or JSON lines with one result per line.';

let validateResult: ValidateFunction | undefined;

/** The per-kind schemas repeat the common part and `if`/`then` adds its own error: each problem is told once. */
function distinctErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.instancePath}\u0000${error.message}`;
    if (error.keyword === 'if' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function checkResult(value: unknown, where: string): TargetResult {
  validateResult ??= createAjv().compile(RESULT_SCHEMA);
  if (!validateResult(value)) {
    throw new PrivacyLintError('INPUT_UNREADABLE', describeAjvErrors(where, distinctErrors(validateResult.errors ?? [])), { hint: NOT_RESULTS_HINT });
  }
  return value as TargetResult;
}

function readText(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PrivacyLintError('INPUT_NOT_FOUND', `${shown}: file not found`);
    if (code === 'EISDIR') throw new PrivacyLintError('INPUT_IS_DIRECTORY', `${shown} is a directory, not a file`, { hint: 'Name the results files themselves.' });
    throw new PrivacyLintError('INPUT_UNREADABLE', `${shown}: ${(error as Error).message}`);
  }
}

function parse(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One line per result; a last line cut short is what a killed run leaves behind, so it is skipped, not fatal. */
function readLines(text: string, shown: string, warnings: string[]): TargetResult[] {
  const lines = text.split('\n');
  const lastFilled = lines.findLastIndex((line) => line.trim() !== '');
  const results: TargetResult[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${shown}:${index + 1}`;
    const parsed = parse(line);
    if ('error' in parsed) {
      if (index === lastFilled) {
        warnings.push(`${where}: skipped an incomplete last line (was the run interrupted?)`);
        return;
      }
      throw new PrivacyLintError('INPUT_UNREADABLE', `${where}: not valid JSON (${parsed.error})`, { hint: NOT_RESULTS_HINT });
    }
    results.push(checkResult(parsed.value, where));
  });
  return results;
}

function readFile(path: string, shown: string, warnings: string[]): TargetResult[] {
  const text = readText(path, shown);
  const whole = text.trim() === '' ? null : parse(text);
  if (whole && 'value' in whole) {
    const { value } = whole;
    if (isObject(value) && Array.isArray(value.results)) {
      return value.results.map((result, index) => checkResult(result, `${shown}: /results/${index}`));
    }
    if (!isObject(value) || !('kind' in value)) {
      throw new PrivacyLintError('INPUT_UNREADABLE', `${shown}: neither a privacy-lint report nor a result`, { hint: NOT_RESULTS_HINT });
    }
    // One result over several lines is pretty-printed; on one line it is JSON lines, named by line below.
    if (text.trim().includes('\n')) return [checkResult(value, shown)];
  }
  const results = readLines(text, shown, warnings);
  if (results.length === 0) warnings.push(`${shown}: no results`);
  return results;
}

/**
 * Reads results files in order; paths are resolved against `cwd` and named in messages as given. Throws a
 * `PrivacyLintError` naming the file and line of the first unreadable or malformed result.
 */
export function readResults(paths: readonly string[], options: { cwd?: string } = {}): ReadResults {
  const cwd = options.cwd ?? process.cwd();
  const warnings: string[] = [];
  const byTarget = new Map<string, TargetResult>();
  for (const path of paths) {
    for (const result of readFile(resolve(cwd, path), path, warnings)) {
      byTarget.set(resultKey(result), result);
    }
  }
  const results = [...byTarget.values()].sort((a, b) => compareStrings(a.target, b.target));
  return { results, warnings };
}

/**
 * One result per kind and target, with URLs compared as `audit` compares them (`HTTP://Example.com:80#x` is
 * `http://example.com/`), so a re-run of one URL replaces its earlier result instead of sitting beside it.
 */
function resultKey(result: TargetResult): string {
  let target = result.target;
  if (/^https?:/i.test(target)) {
    try {
      target = normalizeUrl(target);
    } catch {
      // Not a URL after all: compared as written.
    }
  }
  return `${result.kind}\u0000${target}`;
}
