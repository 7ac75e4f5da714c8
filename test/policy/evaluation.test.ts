import { describe, expect, it } from 'vitest';
import { parseLabels, parseLabelsTable, scoreMissing, type LabelledResult } from '../../src/policy/evaluation.js';

describe('parseLabels', () => {
  it('reads the element rows of a single policy table and ignores the rest', () => {
    const markdown = [
      '# shop.md',
      '',
      '| element id | label |',
      '|---|---|',
      '| controller-identity | P |',
      '| dpo-contact | A |',
      '| retention | ~ |',
      '| not a label | X |',
      '',
      '## Quality findings expected',
      '- retention-vague',
    ].join('\n');
    expect(parseLabels(markdown)).toEqual({ 'controller-identity': 'P', 'dpo-contact': 'A', retention: '~' });
  });
});

describe('parseLabelsTable', () => {
  it('reads one label set per column whose cells are labels', () => {
    const markdown = [
      '| element id | GDPR ref | 000 | 001 |',
      '|---|---|---|---|',
      '| purposes | 13(1)(c) | P | P |',
      '| legal-basis | 13(1)(c) | A | ~ |',
      '',
      '## Notes',
    ].join('\n');
    expect(parseLabelsTable(markdown)).toEqual({ '000': { purposes: 'P', 'legal-basis': 'A' }, '001': { purposes: 'P', 'legal-basis': '~' } });
  });

  it('returns nothing without a header row', () => {
    expect(parseLabelsTable('| purposes | P |')).toEqual({});
  });
});

describe('scoreMissing', () => {
  const results: LabelledResult[] = [
    { expected: 'A', actual: 'absent', element: 'dpo-contact', language: 'fr' },
    { expected: 'A', actual: 'partial', element: 'dpo-contact', language: 'fr' },
    { expected: 'P', actual: 'absent', element: 'retention', language: 'de' },
    { expected: 'P', actual: 'partial', element: 'retention', language: 'de' },
    { expected: 'P', actual: 'present', element: 'retention', language: 'fr' },
    { expected: '~', actual: 'absent', element: 'retention', language: 'fr' },
  ];

  it('counts an absent verdict as the positive class and a partial one as present', () => {
    expect(scoreMissing(results).overall).toEqual({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 2,
      precision: 0.5,
      recall: 0.5,
    });
  });

  it('breaks the scores down by language and element, leaving ~ cells out', () => {
    const scores = scoreMissing(results);
    expect(scores.byLanguage.fr).toMatchObject({ truePositives: 1, falseNegatives: 1, trueNegatives: 1, precision: 1, recall: 0.5 });
    expect(scores.byLanguage.de).toMatchObject({ falsePositives: 1, precision: 0, recall: 1 });
    expect(scores.byElement.retention).toMatchObject({ falsePositives: 1, trueNegatives: 2 });
  });

  it('scores an empty run as perfect rather than dividing by zero', () => {
    expect(scoreMissing([]).overall).toMatchObject({ precision: 1, recall: 1 });
  });
});
