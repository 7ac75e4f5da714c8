/**
 * An announcement closing its section on a colon with nothing behind it (a template's list left empty before the next
 * heading, or at the end of the document) states nothing, and the heading over it has nothing under it. A
 * subsection that follows is what the colon announced: then the element is stated.
 */
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/document/segment.js';
import { detectElements } from '../../src/policy/detect.js';
import type { Language } from '../../src/types.js';
import { fromLines } from './detect-builder.js';

type Case = [Language, string, string[], 'present' | 'partial' | 'absent'];

describe('an announcement with nothing behind it before the next heading', () => {
  it.each<Case>([
    ['it', 'purposes', ['## Finalità del trattamento', 'I dati personali sono trattati per le seguenti finalità:', '## Modalità del trattamento', 'Il trattamento avviene con strumenti informatici.'], 'absent'],
    ['en', 'purposes', ['## Purposes', 'We process your personal data for the following purposes:', '## Security', 'We use encryption.'], 'absent'],
    ['de', 'purposes', ['## Zwecke der Verarbeitung', 'Wir verarbeiten Ihre Daten zu folgenden Zwecken:'], 'absent'],
    ['nl', 'purposes', ['## Doeleinden', 'Wij verwerken uw persoonsgegevens voor de volgende doeleinden:', '## Beveiliging', 'Wij beveiligen uw gegevens.'], 'absent'],
    // What the colon announces may come as subsections.
    ['en', 'purposes', ['## Purposes', 'We process your personal data for the following purposes:', '### Orders', 'To deliver your order and send the invoice.'], 'present'],
    ['en', 'purposes', ['## Purposes', 'We process your personal data for the following purposes:', '- to deliver your order'], 'present'],
  ])('%s %s in %j is %s', (language, id, lines, expected) => {
    expect(detectElements(fromLines(lines), { language }).elements[id]!.status).toBe(expected);
  });
});

describe('plain text: a heading in capitals right after an empty announcement', () => {
  const segment = (lines: string[]) => segmentDocument({ target: 'policy.txt', format: 'text', text: lines.join('\n'), encoding: 'utf-8' });

  it('is a heading when prose follows it, and the announcement states nothing', () => {
    const doc = segment(['INFORMATIVA PRIVACY', '', 'FINALITÀ DEL TRATTAMENTO', '', 'I dati personali sono trattati per le seguenti finalità:', '', '', 'MODALITÀ DEL TRATTAMENTO', '', 'Il trattamento dei dati avviene mediante strumenti manuali, informatici e telematici.']);
    expect(doc.blocks.find((block) => block.text === 'MODALITÀ DEL TRATTAMENTO')?.kind).toBe('heading');
    expect(detectElements(doc, { language: 'it' }).elements.purposes!.status).toBe('absent');
  });

  it('is content when it is a name in capitals right under its colon', () => {
    const address = segment(['Datenschutzerklärung', '', 'Verantwortlich ist:', '', 'BEISPIEL GMBH', '', 'Musterstraße 1, 12345 Berlin', '', 'Wir verarbeiten Ihre Daten zur Abwicklung Ihrer Bestellung.']);
    expect(address.blocks.find((block) => block.text.includes('BEISPIEL GMBH'))?.kind).not.toBe('heading');
    const prose = segment(['Datenschutzerklärung', '', 'Verantwortlich ist:', '', 'BEISPIEL GMBH', '', 'Wir verarbeiten Ihre Daten zur Abwicklung Ihrer Bestellung.']);
    expect(prose.blocks.find((block) => block.text.includes('BEISPIEL GMBH'))?.kind).not.toBe('heading');
  });
});

describe('plain text: a template page whose headings were left without text under them', () => {
  const segment = (lines: string[]) => segmentDocument({ target: 'policy.txt', format: 'text', text: lines.join('\n'), encoding: 'utf-8' });
  const page = (language: Language, empty: string[], closing: string) =>
    segment(['Privacy', '', 'Home   Blog   Shop   Contact', '', ...empty.flatMap((line) => [line, '', '']), closing, '', '-----', '', '© 2024 Example Studio – All rights reserved', 'Privacy | Cookies | Contact']);

  it.each<[Language, string, string[], string]>([
    ['it', 'security', ['Finalità del trattamento', 'Come proteggiamo i tuoi dati', 'Quali procedure abbiamo in atto in caso di violazione dei dati'], 'Quale processo decisionale automatizzato facciamo con i dati'],
    ['en', 'security', ['Purposes of processing', 'How we protect your data', 'What data breach procedures we have in place'], 'What automated decision making we apply to user data'],
    ['de', 'security', ['Zwecke der Verarbeitung', 'Wie wir Ihre Daten schützen', 'Welche Verfahren wir bei Datenpannen haben'], 'Welche automatisierte Entscheidungsfindung wir einsetzen'],
  ])('%s: each short line alone between blank lines is an empty heading, the last one too, and states nothing', (language, id, empty, closing) => {
    const doc = page(language, empty, closing);
    for (const line of [...empty, closing]) expect(doc.blocks.find((block) => block.text === line)?.kind).toBe('heading');
    const elements = detectElements(doc, { language }).elements;
    expect(elements[id]!.status).toBe('absent');
    expect(elements['automated-decision-making']!.status).toBe('absent');
    expect(elements.purposes!.status).toBe('absent');
  });

  it('still reads the short line over prose as a heading with that prose under it', () => {
    const doc = page('en', ['Purposes of processing', 'How we protect your data'], 'We use encryption and access controls for all customer records.');
    expect(detectElements(doc, { language: 'en' }).elements.security!.status).toBe('present');
  });
});
