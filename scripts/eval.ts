/**
 * npm run eval: precision and recall of missing-element detection (positive = the element is absent; `~` cells left
 * out; partial counts as present), per language and per element, over each labelled set that is present:
 * the corpus (fixtures/policies), the held-out sets (every fixtures/policies-holdout*: written without sight of the
 * detector, so they estimate accuracy on unseen policies) and the seeds (../shared/seeds).
 *   node scripts/run-ts.mjs scripts/eval.ts [--json] [--errors]
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { loadInput } from '../src/document/load.js';
import { segmentDocument } from '../src/document/segment.js';
import { detectElements } from '../src/policy/detect.js';
import { readLabelledCorpus, readLabelledSeeds, scoreMissing, type LabelledPolicy, type LabelledResult, type MissingScore } from '../src/policy/evaluation.js';

const ROOT = resolve('.');
const args = process.argv.slice(2);
const HELD_OUT = readdirSync(join(ROOT, 'fixtures'))
  .filter((name) => /^policies-holdout(-\d+)?$/.test(name))
  .sort((a, b) => Number(a.split('-')[2] ?? 1) - Number(b.split('-')[2] ?? 1));
const SETS: [string, LabelledPolicy[]][] = [
  ['corpus', readLabelledCorpus(join(ROOT, 'fixtures', 'policies'))],
  ...HELD_OUT.map((name): [string, LabelledPolicy[]] => [name.replace('policies-holdout', 'held-out'), readLabelledCorpus(join(ROOT, 'fixtures', name))]),
  ['seeds', readLabelledSeeds(join(ROOT, '..', 'shared', 'seeds'))],
];

function line(name: string, score: MissingScore): string {
  const f = (value: number) => value.toFixed(3);
  return `${name.padEnd(36)} precision ${f(score.precision)}  recall ${f(score.recall)}  (absent found ${score.truePositives}, false alarms ${score.falsePositives}, missed ${score.falseNegatives})`;
}

const output: Record<string, unknown> = {};
for (const [name, policies] of SETS) {
  if (policies.length === 0) continue;
  const results: LabelledResult[] = [];
  const errors: string[] = [];
  for (const { language, policy, labels } of policies) {
    const facts = detectElements(segmentDocument(await loadInput(policy)));
    for (const [element, expected] of Object.entries(labels)) {
      const actual = facts.elements[element]?.status ?? 'absent';
      results.push({ expected, actual, element, language });
      if ((expected === 'A' && actual !== 'absent') || (expected === 'P' && actual === 'absent')) errors.push(`${relative(ROOT, policy)}: ${element} labelled ${expected}, detected ${actual}`);
    }
  }
  const scores = scoreMissing(results);
  output[name] = { policies: policies.length, ...scores, errors };
  if (args.includes('--json')) continue;
  console.log(`\n${name}: ${policies.length} policies`);
  console.log(line('overall', scores.overall));
  for (const [language, score] of Object.entries(scores.byLanguage)) console.log(line(`  ${language}`, score));
  console.log('per element:');
  for (const [element, score] of Object.entries(scores.byElement)) console.log(line(`  ${element}`, score));
  if (args.includes('--errors')) for (const error of errors) console.log(`  ✗ ${error}`);
}
if (args.includes('--json')) console.log(JSON.stringify(output, null, 2));
