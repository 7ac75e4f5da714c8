import { describe, expect, it } from 'vitest';
import type { PolicyDocument } from '../../src/document/model.js';
import { segmentDocument } from '../../src/document/segment.js';

function segment(lines: string[]): PolicyDocument {
  return segmentDocument({ target: 'policy.txt', format: 'text', text: lines.join('\n'), encoding: 'utf-8' });
}

describe('segmentDocument: what a colon introduces', () => {
  it('keeps a short line under a line ending in a colon as content, not a heading', () => {
    const doc = segment([
      '1. Wer ist für die Datenverarbeitung verantwortlich?',
      '----------------------------------------------------',
      '',
      'Verantwortlich für die Datenverarbeitung ist:',
      '',
      '   Hausarztpraxis am Mühlbach',
      '   Gemeinschaftspraxis Dr. med. Jörg Wendler und Dr. med. Aylin Demir',
      '   Mühlbachweg 12',
      '   72764 Reutlingen',
      '   Telefon: 07121 38 60 20',
      '',
      '',
      '2. Ihre Rechte',
      '----------------------------------------------------',
      '',
      'Sie haben das Recht auf Auskunft über Ihre Daten.',
    ]);
    const headings = doc.blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
    expect(headings).toEqual(['1. Wer ist für die Datenverarbeitung verantwortlich?', '2. Ihre Rechte']);
    expect(doc.blocks.some((block) => block.kind !== 'heading' && block.text.startsWith('Hausarztpraxis am Mühlbach'))).toBe(true);
  });
});
