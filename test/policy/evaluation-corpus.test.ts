import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/document/load.js';
import { segmentDocument } from '../../src/document/segment.js';
import { detectElements } from '../../src/policy/detect.js';
import { readLabelledCorpus, scoreMissing, type LabelledResult, type MissingScore } from '../../src/policy/evaluation.js';

const CORPUS = fileURLToPath(new URL('../../fixtures/policies/', import.meta.url));
const THRESHOLD = 0.95;

function row(name: string, score: MissingScore): string {
  return `${name.padEnd(36)} P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`;
}

const cases = readLabelledCorpus(CORPUS);

describe.skipIf(cases.length === 0)('labelled policy corpus', () => {
  it(`finds missing elements with precision and recall ≥ ${THRESHOLD}, overall and per language`, async () => {
    const results: LabelledResult[] = [];
    for (const { language, policy, labels } of cases) {
      const facts = detectElements(segmentDocument(await loadInput(policy)));
      for (const [element, expected] of Object.entries(labels)) {
        results.push({ expected, actual: facts.elements[element]?.status ?? 'absent', element, language });
      }
    }
    const scores = scoreMissing(results);
    const worst = Object.entries(scores.byElement)
      .sort(([, a], [, b]) => b.falsePositives + b.falseNegatives - (a.falsePositives + a.falseNegatives))
      .slice(0, 10);
    console.log(
      [
        `${cases.length} policies`,
        row('overall', scores.overall),
        ...Object.entries(scores.byLanguage).map(([language, score]) => row(`  ${language}`, score)),
        'worst elements:',
        ...worst.map(([element, score]) => row(`  ${element}`, score)),
      ].join('\n'),
    );
    for (const score of [scores.overall, ...Object.values(scores.byLanguage)]) {
      expect(score.precision).toBeGreaterThanOrEqual(THRESHOLD);
      expect(score.recall).toBeGreaterThanOrEqual(THRESHOLD);
    }
  });
});
