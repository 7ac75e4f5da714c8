/**
 * A number of years next to an age word (`under 16 years`, `16 years old`, `jonger dan 16 jaar`) is an age, not a
 * retention period: a deletion cue in the same sentence must not make retention present.
 */
import { describe, expect, it } from 'vitest';
import { detectElements } from '../../src/policy/detect.js';
import type { Language } from '../../src/types.js';
import { fromLines } from './detect-builder.js';

function retention(language: Language, lines: string[]) {
  const facts = detectElements(fromLines(lines), { language });
  return { status: facts.elements['retention']!.status, days: facts.attributes.retentionDays };
}

describe('ages are not retention periods', () => {
  it.each([
    ['en', 'If we learn that we hold data of a child under 16 years, we delete it.'],
    ['en', 'If a user turns out to be 12 years old, we delete the account and its data.'],
    ['de', 'Erfahren wir, dass Daten von Kindern unter 16 Jahren vorliegen, löschen wir sie.'],
    ['nl', 'Blijkt dat wij gegevens hebben van iemand jonger dan 16 jaar, dan verwijderen wij die.'],
  ] as [Language, string][])('%s: %s', (language, line) => {
    expect(retention(language, [line]).days).toEqual([]);
  });

  it.each([
    ['en', 'We delete invoices after 10 years.', 3650],
    ['en', 'Access logs older than 2 years are deleted.', 730],
    ['de', 'Rechnungen löschen wir nach Ablauf von 10 Jahren.', 3650],
    ['nl', 'Facturen verwijderen wij na 7 jaar.', 2555],
  ] as [Language, string, number][])('%s: %s is still a period', (language, line, days) => {
    expect(retention(language, [line]).days).toContain(days);
  });
});
