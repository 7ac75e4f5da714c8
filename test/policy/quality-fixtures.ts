/** Shared by the quality and jurisdiction tests: linting a fixture file and reading the quality findings off it. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFormat, formatFromPath } from '../../src/document/sniff-format.js';
import { lintSource, type LintOptions } from '../../src/policy/lint.js';
import { QUALITY_CHECKS } from '../../src/policy/quality/index.js';
import type { PolicyResult } from '../../src/types.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const QUALITY_FIXTURES = resolve(ROOT, 'fixtures/quality');

/** The format the CLI would read the file as: its extension, overruled by content that clearly is HTML or Markdown. */
export function lintFile(path: string, options: LintOptions = {}): PolicyResult {
  const text = readFileSync(path, 'utf8');
  return lintSource({ target: path, format: detectFormat(text, formatFromPath(path)), text, encoding: 'utf-8' }, options);
}

/** Ids of the quality checks that fired, sorted, each once. */
export function qualityIds(result: PolicyResult): string[] {
  return [...new Set(result.findings.filter((finding) => finding.ruleId in QUALITY_CHECKS).map((finding) => finding.ruleId))].sort();
}

/** The `## Quality findings expected` list of a corpus labels file (`- none` for an empty list); null when there is none. */
export function expectedQuality(labels: string): string[] | null {
  const section = /^## Quality findings expected\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(labels);
  if (!section) return null;
  return [...section[1]!.matchAll(/^\s*[-*]\s+`?([a-z][a-z0-9-]*)`?/gm)].map((match) => match[1]!).filter((id) => id !== 'none');
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  const reported = truePositives + falsePositives;
  const actual = truePositives + falseNegatives;
  return { truePositives, falsePositives, falseNegatives, precision: reported === 0 ? 1 : truePositives / reported, recall: actual === 0 ? 1 : truePositives / actual };
}
