import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/document/segment.js';

function segment(lines: string[]) {
  return segmentDocument({ target: 'policy.txt', format: 'text', text: lines.join('\n'), encoding: 'utf-8' });
}

describe('segmentDocument: a numbered line ending on a possessive is the start of a sentence', () => {
  it('keeps a short numbered paragraph broken after "our" as one paragraph, not a heading over its last words', () => {
    // Hard-wrapped prose around it, as in a notice saved as text.
    const doc = segment([
      '11.1 If you are unhappy with the way we have handled your personal',
      'information, please contact our Data Protection Officer in the first',
      'instance. You also have the right to complain to the Information',
      "Commissioner's Office, whose details are on its website and in the",
      'leaflet we hand out at every reception desk of the council offices.',
      '',
      '12. COOKIES',
      '',
      '12.1 For information about the cookies used on this website, please see our',
      'Cookie Notice at www.example.org/cookies.',
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['12. COOKIES']);
    expect(doc.blocks.at(-1)?.text).toBe('12.1 For information about the cookies used on this website, please see our\nCookie Notice at www.example.org/cookies.');
  });

  it('does the same for German, French and Dutch possessives', () => {
    for (const [first, second] of [
      ['3.1 Weitere Informationen zu Cookies finden Sie in unserer', 'Cookie-Richtlinie auf dieser Website.'],
      ['3.1 Pour en savoir plus sur les cookies, consultez notre', 'Politique cookies sur ce site.'],
      ['3.1 Meer informatie over cookies staat in onze', 'Cookieverklaring op deze website.'],
    ] as const) {
      const doc = segment(['3. Cookies', '', first, second]);
      expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['3. Cookies']);
    }
  });

  it('still finds a numbered heading over its text', () => {
    const doc = segment(['3. Your rights', 'You can ask for a copy of your data at any time.']);
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: '3. Your rights' });
  });
});
