import { describe, expect, it } from 'vitest';
import type { Block, PolicyDocument } from '../../src/document/model.js';
import { positionAt, segmentDocument } from '../../src/document/segment.js';

function segment(lines: string[]): PolicyDocument {
  return segmentDocument({ target: 'policy.txt', format: 'text', text: lines.join('\n'), encoding: 'utf-8' });
}

/** [line, level, text] of every heading. */
function headings(doc: PolicyDocument): [number, number | undefined, string][] {
  return doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.start.line, b.level, b.text]);
}

function summary(block: Block): [string, string, number, number] {
  return [block.kind, block.text, block.start.line, block.start.column];
}

describe('segmentDocument: plain-text headings', () => {
  it('finds French numbered, question and short-line headings in one-statement-per-line text', () => {
    const doc = segment([
      'Politique de confidentialité',
      'Qui sommes-nous ?',
      'La société Exemple SAS édite ce site et décide de l’usage des données.',
      'Données collectées',
      'Nous collectons votre nom et votre adresse électronique lors de la commande.',
      'Nous ne vendons rien.',
      '4 – Durée de conservation',
      'Les données de commande sont conservées trois ans après le dernier achat.',
      '4.1 Cas particuliers',
      'Les factures sont gardées dix ans, comme le veut la loi.',
      'Vos droits :',
      '- accès',
      '- rectification',
      'Merci de votre lecture.',
    ]);
    expect(headings(doc)).toEqual([
      [1, 1, 'Politique de confidentialité'],
      [2, 2, 'Qui sommes-nous ?'],
      [4, 2, 'Données collectées'],
      [7, 2, '4 – Durée de conservation'],
      [9, 3, '4.1 Cas particuliers'],
    ]);
    expect(doc.title).toBe('Politique de confidentialité');
  });

  it('finds English headings between blank lines, and leaves sentences alone', () => {
    const doc = segment([
      'PRIVACY POLICY',
      '',
      'Who are we?',
      '',
      'Example Ltd runs this website and is the controller of your data.',
      '',
      '3. Your rights',
      '',
      'You may ask for a copy of your data at any time.',
      '',
      'We keep it short.',
      '',
      'This sentence has no final period but it is far too long to be any kind of heading',
      '',
      'Sharing with partners',
      '',
      'We share your address with the courier only.',
      '',
      'We collect:',
      '1. Your name',
      '2. Your email address',
      '',
      'Contact us',
    ]);
    expect(headings(doc)).toEqual([
      [1, 1, 'PRIVACY POLICY'],
      [3, 2, 'Who are we?'],
      [7, 2, '3. Your rights'],
      [15, 2, 'Sharing with partners'],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'list-item').map(summary)).toEqual([
      ['list-item', 'Your name', 20, 4],
      ['list-item', 'Your email address', 21, 4],
    ]);
  });

  it('finds German headings: underlined, numbered, question, Artikel', () => {
    const doc = segment([
      'Datenschutzerklärung',
      '====================',
      '',
      '1. Verantwortlicher',
      'Verantwortlich ist die Beispiel GmbH in Berlin.',
      '',
      '2. Ihre Rechte',
      'Sie haben das Recht auf Auskunft und Löschung.',
      'Welche Daten speichern wir?',
      'Wir speichern Ihre E-Mail-Adresse für den Newsletter.',
      'Artikel 5 :',
      'Wir löschen Daten nach zwei Jahren.',
      'Gespeichert werden Name und Anschrift',
      'sowie die Bestellhistorie des Kunden.',
      'Kurzer Satz ohne Punkt am Ende',
      'Gefolgt von einem zweiten kurzen Satz',
      'Und noch einem dritten',
    ]);
    expect(headings(doc)).toEqual([
      [1, 1, 'Datenschutzerklärung'],
      [4, 2, '1. Verantwortlicher'],
      [7, 2, '2. Ihre Rechte'],
      [9, 2, 'Welche Daten speichern wir?'],
      [11, 2, 'Artikel 5 :'],
    ]);
    expect(doc.blocks.map((b) => b.text)).toContain('Gespeichert werden Name und Anschrift\nsowie die Bestellhistorie des Kunden.');
  });

  it('finds Spanish Roman-numbered and inverted-question headings', () => {
    const doc = segment(['¿Quiénes somos?', 'Somos Ejemplo S.L., responsable del tratamiento.', 'IV. Derechos', 'Puede ejercer sus derechos por correo electrónico.']);
    expect(headings(doc)).toEqual([
      [1, 2, '¿Quiénes somos?'],
      [3, 2, 'IV. Derechos'],
    ]);
  });

  it('does not take address lines, dates or lines carrying on a sentence for headings', () => {
    const doc = segment([
      'Ce site est édité par la société Exemple SARL.',
      'EXEMPLE SARL',
      'Société à responsabilité limitée',
      'Rue des Lilas, 12 – 75000 Paris',
      'Mis à jour le 3 mai 2024',
      'Nous répondons à toutes les demandes dans un délai d’un mois.',
    ]);
    expect(headings(doc)).toEqual([]);
  });

  it('takes a fixed-width rule under a `label: value` line for a separator, not an underline', () => {
    const doc = segment(['Every reference to the former law is to be read as one to the Regulation.', '', 'Last updated: 24 May 2018', '-'.repeat(72), '', 'Example Ltd | 12 High Street']);
    expect(headings(doc)).toEqual([]);
    expect(segment(['Last updated', '-'.repeat(12), '', 'This notice was revised in May 2018.']).blocks[0]!.kind).toBe('heading');
  });

  it('never takes a hard-wrapped line that breaks off mid-sentence, or the line that ends it, for a heading', () => {
    const doc = segment([
      '3. Zu welchem Zweck verarbeiten wir Ihre Daten?',
      '',
      'Die Datenverarbeitung erfolgt aufgrund gesetzlicher Vorgaben, um den',
      'Behandlungsvertrag zwischen Ihnen und Ihrem Arzt und die damit verbundenen',
      'Pflichten zu erfüllen. Im Einzelnen verarbeiten wir Ihre Daten',
      '',
      'In einigen Fällen benötigen wir Ihre ausdrückliche Einwilligung',
      '(Art. 6 Abs. 1 lit. a DSGVO), etwa für Erinnerungen per SMS.',
      '',
      '  - unser IT-Dienstleister, der im Rahmen der Wartung Zugriff haben kann und vertraglich nach',
      '    Art. 28 DSGVO gebunden ist',
      '  - der SMS-Dienstleister für Terminerinnerungen (nur Name und',
      '    Mobilnummer)',
      '',
      '4. Welche Daten verarbeiten wir?',
      '',
      'Name, Anschrift und Telefonnummer.',
    ]);
    expect(headings(doc)).toEqual([
      [1, 2, '3. Zu welchem Zweck verarbeiten wir Ihre Daten?'],
      [15, 2, '4. Welche Daten verarbeiten wir?'],
    ]);
  });
});

describe('segmentDocument: plain-text blocks', () => {
  it('reads bullets, continuation lines and pipe rows with their positions', () => {
    const doc = segment([
      'Cookies',
      '',
      '  • Mesure d’audience',
      '    avec Matomo',
      '– Session',
      'a) Premier cas',
      '',
      'Nom | Durée | Finalité',
      '_pk_id | 13 mois | audience',
      'sid | session |',
    ]);
    expect(doc.blocks.map(summary)).toEqual([
      ['heading', 'Cookies', 1, 1],
      ['list-item', 'Mesure d’audience\navec Matomo', 3, 5],
      ['list-item', 'Session', 5, 3],
      ['list-item', 'Premier cas', 6, 4],
      ['table-row', 'Nom | Durée | Finalité', 8, 1],
      ['table-row', '_pk_id | 13 mois | audience', 9, 1],
      ['table-row', 'sid | session', 10, 1],
    ]);
    const rows = doc.blocks.filter((b) => b.kind === 'table-row');
    expect(rows.map((b) => [b.cells, b.header])).toEqual([
      [['Nom', 'Durée', 'Finalité'], true],
      [['_pk_id', '13 mois', 'audience'], false],
      [['sid', 'session'], false],
    ]);
    const row = rows[1] as Block;
    expect(positionAt(row, row.text.indexOf('13 mois'))).toEqual({ line: 9, column: 10 });
    const item = doc.blocks[1] as Block;
    expect(positionAt(item, item.text.indexOf('Matomo'))).toEqual({ line: 4, column: 10 });
  });

  it('joins hard-wrapped prose into paragraphs', () => {
    const doc = segment([
      'We collect the name, postal address and email address of every customer who',
      'places an order, and we keep these details for as long as the account stays',
      'open so that we can deliver parcels and answer questions about past orders',
      'without asking for the same information again. After closing an account we',
      'delete everything except the invoices that accounting law tells us to keep',
      '',
      'Retention',
      '',
      'Invoices are kept for ten years and then destroyed by a certified company that',
      'shreds paper and wipes disks.',
    ]);
    expect(doc.blocks.map((b) => [b.kind, b.start.line, b.end.line])).toEqual([
      ['paragraph', 1, 5],
      ['heading', 7, 7],
      ['paragraph', 9, 10],
    ]);
    const paragraph = doc.blocks[0] as Block;
    expect(positionAt(paragraph, paragraph.text.indexOf('without'))).toEqual({ line: 4, column: 1 });
  });

  it('keeps positions right around NBSP and folded spaces', () => {
    const doc = segment(['Durée\u00a0: 3\u00a0ans   pour   les   comptes.']);
    const block = doc.blocks[0] as Block;
    expect(block.text).toBe('Durée : 3 ans pour les comptes.');
    expect(positionAt(block, block.text.indexOf('comptes'))).toEqual({ line: 1, column: 30 });
    expect(block.end).toEqual({ line: 1, column: 38 });
  });
});

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
