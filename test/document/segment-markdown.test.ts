import { describe, expect, it } from 'vitest';
import type { Block, PolicyDocument } from '../../src/document/model.js';
import { positionAt, segmentDocument } from '../../src/document/segment.js';

function segment(text: string): PolicyDocument {
  return segmentDocument({ target: 'policy.md', format: 'markdown', text, encoding: 'utf-8' });
}

function summary(block: Block): [string, string, number, number] {
  return [block.kind, block.text, block.start.line, block.start.column];
}

function blockWith(doc: PolicyDocument, text: string): Block {
  const block = doc.blocks.find((b) => b.text.includes(text));
  if (!block) throw new Error(`no block contains ${text}`);
  return block;
}

const POLICY = [
  '---',
  'title: Front title',
  'lang: de',
  '---',
  '# Datenschutz',
  '',
  'Wir sind die *Beispiel GmbH*, erreichbar über [unser Formular](https://example.test/kontakt).',
  'Zweite Zeile mit `Code` und ![Logo der Firma](logo.png).',
  '',
  'Rechte',
  '------',
  '',
  '- Auskunft',
  '- Löschung',
  '  mit Fortsetzung',
  '  - Verschachtelt',
  '1. Erstens',
  '',
  '> ## Zitat-Überschrift',
  '> Zitierter Text.',
  '',
  '| Cookie | Dauer |',
  '| --- | ---: |',
  '| `_ga` | 2 Jahre |',
  '| sid \\| x | Sitzung |',
  '',
  '```js',
  "const secret = 'nicht lesen';",
  '```',
  '',
  '<!-- Kommentar',
  'über zwei Zeilen -->',
  'Text nach &amp; dem Kommentar.',
  '',
].join('\n');

describe('segmentDocument: Markdown', () => {
  const doc = segment(POLICY);

  it('produces the blocks with the positions of their first words', () => {
    expect(doc.blocks.map(summary)).toEqual([
      ['heading', 'Datenschutz', 5, 3],
      ['paragraph', 'Wir sind die Beispiel GmbH, erreichbar über unser Formular.\nZweite Zeile mit Code und Logo der Firma.', 7, 1],
      ['heading', 'Rechte', 10, 1],
      ['list-item', 'Auskunft', 13, 3],
      ['list-item', 'Löschung\nmit Fortsetzung', 14, 3],
      ['list-item', 'Verschachtelt', 16, 5],
      ['list-item', 'Erstens', 17, 4],
      ['heading', 'Zitat-Überschrift', 19, 6],
      ['paragraph', 'Zitierter Text.', 20, 3],
      ['table-row', 'Cookie | Dauer', 22, 3],
      ['table-row', '_ga | 2 Jahre', 24, 4],
      ['table-row', 'sid | x | Sitzung', 25, 3],
      ['paragraph', 'Text nach & dem Kommentar.', 33, 1],
    ]);
  });

  it('gives heading levels, table cells and the header row', () => {
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.level)).toEqual([1, 2, 2]);
    expect(doc.blocks.filter((b) => b.kind === 'table-row').map((b) => [b.cells, b.header])).toEqual([
      [['Cookie', 'Dauer'], true],
      [['_ga', '2 Jahre'], false],
      [['sid | x', 'Sitzung'], false],
    ]);
  });

  it('maps an offset inside a block back to its own line and column', () => {
    const paragraph = blockWith(doc, 'Formular');
    expect(positionAt(paragraph, paragraph.text.indexOf('GmbH'))).toEqual({ line: 7, column: 24 });
    expect(positionAt(paragraph, paragraph.text.indexOf('Formular'))).toEqual({ line: 7, column: 54 });
    expect(positionAt(paragraph, paragraph.text.indexOf('Logo'))).toEqual({ line: 8, column: 31 });
    expect(paragraph.end).toEqual({ line: 8, column: 57 });
    const row = blockWith(doc, 'Sitzung');
    expect(positionAt(row, row.text.indexOf('Sitzung'))).toEqual({ line: 25, column: 14 });
    const afterEntity = blockWith(doc, 'Kommentar.');
    expect(positionAt(afterEntity, afterEntity.text.indexOf('dem'))).toEqual({ line: 33, column: 17 });
  });

  it('skips code, comments and front matter, keeping its title and language', () => {
    expect(doc.blocks.some((b) => /secret|Front|über zwei/.test(b.text))).toBe(false);
    expect(doc.title).toBe('Front title');
    expect(doc.declaredLanguage).toBe('de');
  });

  it('builds the section tree from heading levels', () => {
    expect(doc.sections.map((s) => [s.heading, s.level, s.parent, s.children])).toEqual([
      ['', 0, -1, [1]],
      ['Datenschutz', 1, 0, [2, 3]],
      ['Rechte', 2, 1, []],
      ['Zitat-Überschrift', 2, 1, []],
    ]);
    const rechte = doc.sections[2];
    expect(rechte?.blocks.map((i) => doc.blocks[i]?.text)).toEqual(['Auskunft', 'Löschung\nmit Fortsetzung', 'Verschachtelt', 'Erstens']);
    expect(doc.blocks.every((b) => doc.sections[b.section] !== undefined)).toBe(true);
  });

  it('takes the first level-1 heading as title when there is no front matter', () => {
    expect(segment('Intro.\n\n## Not the title\n\n# The title\n').title).toBe('The title');
  });

  it.each([
    ['closing hashes', '## Rechte ##\n', 'Rechte'],
    ['a hash inside the text', '## C# und F#\n', 'C# und F#'],
    ['emphasis with underscores', '__Wichtig__: _alle_ Daten, aber snake_case bleibt\n', 'Wichtig: alle Daten, aber snake_case bleibt'],
    ['strikethrough', 'Wir ~~verkaufen~~ speichern\n', 'Wir verkaufen speichern'],
    ['a lone star', '5 * 3 Jahre\n', '5 * 3 Jahre'],
    ['inline HTML and autolinks', 'Schreiben Sie an <a href="x">uns</a> oder <mailto:dpo@example.test>\n', 'Schreiben Sie an uns oder mailto:dpo@example.test'],
    ['a reference link', 'Siehe [Richtlinie][1].\n\n[1]: https://example.test\n', 'Siehe Richtlinie.'],
    ['escapes', 'Preis \\*nicht\\* fett\n', 'Preis *nicht* fett'],
    ['an inline comment', 'Vor<!-- weg -->her\n', 'Vorher'],
    ['a task list item', '- [x] Einwilligung\n', 'Einwilligung'],
    ['NBSP and runs of spaces', 'Daten\u00a0\u00a0 werden   gelöscht\n', 'Daten werden gelöscht'],
  ])('handles %s', (_name, text, expected) => {
    expect(segment(text).blocks[0]?.text).toBe(expected);
  });

  it('does not take a thematic break for a setext underline after a list', () => {
    expect(segment('- Eins\n---\n').blocks.map(summary)).toEqual([['list-item', 'Eins', 1, 3]]);
  });

  it('maps positions through CRLF line ends', () => {
    const doc = segment('# Titel\r\n\r\nErste Zeile\r\nzweite Zeile\r\n');
    const paragraph = blockWith(doc, 'zweite');
    expect(paragraph.text).toBe('Erste Zeile\nzweite Zeile');
    expect(positionAt(paragraph, paragraph.text.indexOf('zweite'))).toEqual({ line: 4, column: 1 });
    expect(paragraph.end).toEqual({ line: 4, column: 13 });
  });
});

describe('segmentDocument: Markdown emphasis needs a partner', () => {
  it.each([
    ['| _ga | 13 months |', ['_ga | 13 months']],
    ['We set _ga, _pk_id and snake_case_names.', ['We set _ga, _pk_id and snake_case_names.']],
    ['Some _emphasis_, **bold**, *it*, ~~gone~~ and a lone * star.', ['Some emphasis, bold, it, gone and a lone * star.']],
  ])('%s', (line, texts) => {
    const text = line.startsWith('|') ? `| Cookie | Lifetime |\n|---|---|\n${line}\n` : `${line}\n`;
    const doc = segmentDocument({ target: 'x.md', format: 'markdown', text, encoding: 'utf-8' });
    expect(doc.blocks.slice(line.startsWith('|') ? 1 : 0).map((block) => block.text)).toEqual(texts);
  });
});
