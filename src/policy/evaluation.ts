/**
 * Measuring detection against hand-labelled policies. What matters to a user is the linter's verdict that an element
 * is missing, so the positive class is "absent": precision says how often a reported gap is real, recall how many
 * real gaps are reported. A partial detection counts as present; cells labelled `~` (a reader could argue either
 * way) are left out.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementStatus } from '../types.js';

export type Label = 'P' | 'A' | '~';

export interface LabelledResult {
  expected: Label;
  actual: ElementStatus;
  element?: string;
  language?: string;
}

export interface MissingScore {
  /** Absent and labelled absent. */
  truePositives: number;
  /** Reported absent but labelled present. */
  falsePositives: number;
  /** Labelled absent but found. */
  falseNegatives: number;
  trueNegatives: number;
  /** 1 when nothing was reported absent. */
  precision: number;
  /** 1 when nothing is labelled absent. */
  recall: number;
}

export interface MissingScores {
  overall: MissingScore;
  byLanguage: Record<string, MissingScore>;
  byElement: Record<string, MissingScore>;
}

const LABEL = /^(P|A|~)$/;

function cells(line: string): string[] | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|')) return null;
  return trimmed
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** A single policy's labels: the rows of a `| element id | label |` table. */
export function parseLabels(markdown: string): Record<string, Label> {
  const labels: Record<string, Label> = {};
  for (const line of markdown.split(/\r?\n/)) {
    const row = cells(line);
    if (!row || row.length < 2) continue;
    const [id, label] = row as [string, string];
    if (/^[a-z][a-z0-9-]*$/.test(id) && LABEL.test(label)) labels[id] = label as Label;
  }
  return labels;
}

/**
 * A multi-policy table (`| element id | GDPR ref | 000 | 001 | … |`): labels per column header, for every column
 * whose cells are labels.
 */
export function parseLabelsTable(markdown: string): Record<string, Record<string, Label>> {
  const rows = markdown
    .split(/\r?\n/)
    .map(cells)
    .filter((row): row is string[] => row !== null && !row.every((cell) => /^:?-+:?$/.test(cell)));
  const header = rows.find((row) => /^element( id)?$/i.test(row[0] ?? ''));
  const table: Record<string, Record<string, Label>> = {};
  if (!header) return table;
  for (const row of rows) {
    if (row === header) continue;
    const id = row[0] ?? '';
    if (!/^[a-z][a-z0-9-]*$/.test(id)) continue;
    header.forEach((column, c) => {
      const label = row[c] ?? '';
      if (c === 0 || !LABEL.test(label)) return;
      (table[column] ??= {})[id] = label as Label;
    });
  }
  return table;
}

/** Precision and recall of "this element is missing", overall, per language and per element. */
export function scoreMissing(results: LabelledResult[]): MissingScores {
  const overall = emptyCounts();
  const byLanguage: Record<string, Counts> = {};
  const byElement: Record<string, Counts> = {};
  for (const result of results) {
    if (result.expected === '~') continue;
    const outcome = classify(result);
    overall[outcome]++;
    if (result.language !== undefined) (byLanguage[result.language] ??= emptyCounts())[outcome]++;
    if (result.element !== undefined) (byElement[result.element] ??= emptyCounts())[outcome]++;
  }
  const finish = (record: Record<string, Counts>): Record<string, MissingScore> =>
    Object.fromEntries(Object.entries(record).map(([key, counts]) => [key, withRates(counts)]));
  return { overall: withRates(overall), byLanguage: finish(byLanguage), byElement: finish(byElement) };
}

type Counts = Pick<MissingScore, 'truePositives' | 'falsePositives' | 'falseNegatives' | 'trueNegatives'>;

function emptyCounts(): Counts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
}

function classify(result: LabelledResult): keyof Counts {
  const reportedMissing = result.actual === 'absent';
  const missing = result.expected === 'A';
  if (reportedMissing) return missing ? 'truePositives' : 'falsePositives';
  return missing ? 'falseNegatives' : 'trueNegatives';
}

function withRates(counts: Counts): MissingScore {
  const reported = counts.truePositives + counts.falsePositives;
  const actual = counts.truePositives + counts.falseNegatives;
  return {
    ...counts,
    precision: reported === 0 ? 1 : counts.truePositives / reported,
    recall: actual === 0 ? 1 : counts.truePositives / actual,
  };
}

export interface LabelledPolicy {
  language: string;
  /** Path of the policy file. */
  policy: string;
  labels: Record<string, Label>;
}

/** A corpus laid out as `<dir>/<language>/<name>.<md|html|txt>` with `<name>.labels.md` beside each policy. */
export function readLabelledCorpus(dir: string): LabelledPolicy[] {
  if (!existsSync(dir)) return [];
  const corpus: LabelledPolicy[] = [];
  for (const language of readdirSync(dir).sort()) {
    if (!statSync(join(dir, language)).isDirectory()) continue;
    for (const labels of readdirSync(join(dir, language)).filter((name) => name.endsWith('.labels.md')).sort()) {
      const base = labels.replace(/\.labels\.md$/, '');
      const policy = ['md', 'html', 'txt'].map((extension) => join(dir, language, `${base}.${extension}`)).find((path) => existsSync(path));
      if (policy) corpus.push({ language, policy, labels: parseLabels(readFileSync(join(dir, language, labels), 'utf8')) });
    }
  }
  return corpus;
}

/** The seeds' layout: `*.txt` policies and one LABELS.md table whose columns are the files' three-digit prefixes. */
export function readLabelledSeeds(dir: string): LabelledPolicy[] {
  const table = join(dir, 'LABELS.md');
  if (!existsSync(table)) return [];
  const labels = parseLabelsTable(readFileSync(table, 'utf8'));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && labels[name.slice(0, 3)])
    .sort()
    .map((name) => ({ language: 'fr', policy: join(dir, name), labels: labels[name.slice(0, 3)]! }));
}
