/**
 * The quality checks measured against the hand-labelled corpus (fixtures/policies/<lang>/*.labels.md, list "Quality
 * findings expected") and the five seed policies described in the shared development notes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUALITY_CHECKS } from '../../src/policy/quality/index.js';
import type { PolicyResult } from '../../src/types.js';
import { expectedQuality, lintFile, qualityIds, ROOT, score, type Score } from './quality-fixtures.js';

const CORPUS = join(ROOT, 'fixtures/policies');
const SEEDS = '/work/shared/seeds';

interface Labelled {
  name: string;
  expected: string[];
  fired: string[];
}

function labelledCorpus(): Labelled[] {
  const labelled: Labelled[] = [];
  for (const language of readdirSync(CORPUS).sort()) {
    for (const file of readdirSync(join(CORPUS, language)).sort()) {
      if (!file.endsWith('.labels.md')) continue;
      const base = join(CORPUS, language, file.replace(/\.labels\.md$/, ''));
      const policy = ['.md', '.txt', '.html'].map((extension) => base + extension).find(existsSync);
      const expected = expectedQuality(readFileSync(join(CORPUS, language, file), 'utf8'));
      if (!policy || !expected) continue;
      labelled.push({ name: `${language}/${file.replace(/\.labels\.md$/, '')}`, expected, fired: qualityIds(lintFile(policy)) });
    }
  }
  return labelled;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`.padStart(4);
}

describe('quality checks on the labelled corpus', () => {
  const corpus = labelledCorpus();
  const byCheck = new Map<string, Score>();
  let overall = score(0, 0, 0);
  for (const id of Object.keys(QUALITY_CHECKS)) {
    const tp = corpus.filter((policy) => policy.expected.includes(id) && policy.fired.includes(id)).length;
    const fp = corpus.filter((policy) => !policy.expected.includes(id) && policy.fired.includes(id)).length;
    const fn = corpus.filter((policy) => policy.expected.includes(id) && !policy.fired.includes(id)).length;
    byCheck.set(id, score(tp, fp, fn));
    overall = score(overall.truePositives + tp, overall.falsePositives + fp, overall.falseNegatives + fn);
  }

  it('prints precision and recall per check', () => {
    const lines = [...byCheck].map(([id, s]) => `${id.padEnd(30)} P ${percent(s.precision)}  R ${percent(s.recall)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`);
    lines.push(`${'overall'.padEnd(30)} P ${percent(overall.precision)}  R ${percent(overall.recall)}  over ${corpus.length} policies`);
    for (const policy of corpus) {
      const missed = policy.expected.filter((id) => !policy.fired.includes(id));
      const extra = policy.fired.filter((id) => !policy.expected.includes(id));
      if (missed.length + extra.length > 0) lines.push(`  ${policy.name}: ${[...missed.map((id) => `missed ${id}`), ...extra.map((id) => `extra ${id}`)].join(', ')}`);
    }
    console.log(lines.join('\n'));
    expect(corpus.length).toBeGreaterThan(0);
  });

  it('finds at least 80% of the expected findings overall, with at least 80% of its findings expected', () => {
    expect(overall.recall).toBeGreaterThanOrEqual(0.8);
    expect(overall.precision).toBeGreaterThanOrEqual(0.8);
  });
});

describe.skipIf(!existsSync(SEEDS))('quality checks on the seed policies', () => {
  const lintSeed = (prefix: string): PolicyResult => lintFile(join(SEEDS, readdirSync(SEEDS).find((name) => name.startsWith(prefix) && name.endsWith('.txt'))!));
  const seed = (prefix: string): string[] => lintSeed(prefix).findings.filter((finding) => finding.ruleId in QUALITY_CHECKS).map((finding) => finding.ruleId);

  it.each([
    ['002', ['implied-consent', 'transfer-safeguards-missing', 'dangling-contact']],
    ['003', ['dangling-contact', 'transfer-undisclosed']],
    ['004', ['transfer-undisclosed']],
  ])('%s raises the problems its notes list', (prefix, expected) => {
    expect(seed(prefix)).toEqual(expect.arrayContaining(expected));
  });

  it('003 reports both contacts announced without an address', () => {
    expect(seed('003').filter((id) => id === 'dangling-contact').length).toBeGreaterThanOrEqual(2);
  });

  it('000 is Belgian and has no complaint right, so no complaint authority is asked for', () => {
    expect(lintSeed('000').jurisdiction).toBe('be');
    expect(seed('000')).not.toContain('complaint-authority-unnamed');
  });

  it('prints what fires on each seed', () => {
    const lines = ['000', '001', '002', '003', '004'].map((prefix) => {
      const result = lintSeed(prefix);
      const national = result.findings.filter((finding) => !(finding.ruleId in QUALITY_CHECKS) && !(finding.ruleId in result.elements)).map((finding) => finding.ruleId);
      return `${prefix} [${result.jurisdiction ?? '-'} / ${result.profile}]: ${seed(prefix).join(', ') || '(nothing)'}; national: ${national.join(', ') || '(nothing)'}`;
    });
    console.log(lines.join('\n'));
    expect(lines).toHaveLength(5);
  });
});
