import { describe, expect, it } from 'vitest';
import { detectElements } from '../../src/policy/detect.js';
import { buildDocument } from './detect-builder.js';

/** Hostile text: long runs that make naive regexes backtrack, one block each. */
const HOSTILE = [
  'a'.repeat(200_000),
  '1 '.repeat(100_000),
  'x.'.repeat(100_000),
  `${'[a '.repeat(50_000)}`,
  `${'a@'.repeat(50_000)}b`,
  `${'Rue '.repeat(50_000)}`,
  `${'droit '.repeat(50_000)}`,
  `${'A '.repeat(100_000)}`,
  `${'conserver '.repeat(50_000)}`,
  `${'intérêt légitime '.repeat(30_000)}`,
  `${'Vous pouvez nous écrire à l’adresse suivante : '.repeat(10_000)}`,
  `${'responsabile del trattamento '.repeat(20_000)}`,
];

describe('detectElements on large and hostile input', () => {
  // A pattern that backtracks on these would hit the test timeout; speed itself is measured by `npm run bench`.
  it('finishes on runs that make naive patterns backtrack', () => {
    const facts = detectElements(buildDocument(HOSTILE.map((text) => ({ text }))), { language: 'fr' });
    expect(facts.elements.purposes!.status).toBe('absent');
  });

  it('reads a policy of several megabytes in one pass', () => {
    const policy = [
      { kind: 'heading' as const, level: 2, text: 'Durée de conservation' },
      { text: 'Les factures sont conservées dix ans, les candidatures deux ans.' },
      { kind: 'heading' as const, level: 2, text: 'Vos droits' },
      { text: 'Vous disposez d’un droit d’accès, de rectification et d’effacement de vos données.' },
    ];
    const blocks = Array.from({ length: 20_000 }, (_, i) => policy[i % policy.length]!);
    const facts = detectElements(buildDocument(blocks), { language: 'fr' });
    expect(facts.elements.retention!.status).toBe('present');
    expect(facts.attributes.retentionDays).toEqual([730, 3650]);
  });
});
