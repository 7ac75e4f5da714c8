import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, PolicyDocument } from '../../src/document/model.js';
import { positionAt, segmentDocument } from '../../src/document/segment.js';

function segment(text: string): PolicyDocument {
  return segmentDocument({ target: 'policy.html', format: 'html', text, encoding: 'utf-8' });
}

function fixture(name: string): PolicyDocument {
  return segment(readFileSync(new URL(`../../fixtures/inputs/html/${name}`, import.meta.url), 'utf8'));
}

function summary(block: Block): [string, string, number, number] {
  return [block.kind, block.text, block.start.line, block.start.column];
}

function blockWith(doc: PolicyDocument, text: string): Block {
  const block = doc.blocks.find((b) => b.text.includes(text));
  if (!block) throw new Error(`no block contains ${text}`);
  return block;
}

describe('segmentDocument: HTML main content', () => {
  const doc = fixture('main-content.html');

  it('reads only <main>, without its link-list aside and hidden parts, but with its highlighted box', () => {
    expect(doc.blocks.map(summary)).toEqual([
      ['heading', 'Privacy notice', 13, 7],
      ['paragraph', 'Example Bakery Ltd processes the data of customers who order cakes online.', 14, 6],
      ['heading', 'What we collect', 15, 7],
      ['list-item', 'Your name and delivery address', 17, 9],
      ['list-item', 'Your email address', 18, 9],
      ['table-row', 'Cookie | Lifetime', 21, 20],
      ['table-row', 'session_id | Until the browser closes', 22, 20],
      ['heading', 'Your right to object', 24, 151],
      ['paragraph', 'You may object at any time to our use of your data for marketing.', 24, 179],
      ['heading', 'How long we keep it', 26, 7],
      ['paragraph', 'We keep orders for six years because tax law requires it.', 27, 6],
      ['paragraph', 'Last updated on 2 March 2024.', 28, 11],
    ]);
  });

  it('keeps title, language, levels, cells and the header row', () => {
    expect(doc.title).toBe('Privacy notice | Example Bakery');
    expect(doc.declaredLanguage).toBe('en-GB');
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.level)).toEqual([1, 2, 3, 2]);
    expect(doc.blocks.filter((b) => b.kind === 'table-row').map((b) => [b.cells, b.header])).toEqual([
      [['Cookie', 'Lifetime'], true],
      [['session_id', 'Until the browser closes'], false],
    ]);
    expect(doc.sections.map((s) => [s.heading, s.level, s.parent])).toEqual([
      ['', 0, -1],
      ['Privacy notice', 1, 0],
      ['What we collect', 2, 1],
      ['Your right to object', 3, 2],
      ['How long we keep it', 2, 1],
    ]);
  });

  it('maps a cue in the middle of a block to its column', () => {
    const paragraph = blockWith(doc, 'six years');
    expect(positionAt(paragraph, paragraph.text.indexOf('six'))).toEqual({ line: 27, column: 25 });
    const item = blockWith(doc, 'email');
    expect(positionAt(item, item.text.indexOf('address'))).toEqual({ line: 18, column: 29 });
  });

  it('chooses the largest of several candidates', () => {
    const page = segment('<body><article><p>Teaser.</p></article><article><h1>Policy</h1><p>The whole policy text is here.</p></article></body>');
    expect(page.blocks.map((b) => b.text)).toEqual(['Policy', 'The whole policy text is here.']);
  });
});

describe('segmentDocument: HTML without a main element', () => {
  const doc = fixture('no-main.html');

  it('drops header, nav, footer and the cookie banner, and splits <br><br> paragraphs', () => {
    expect(doc.blocks.map(summary)).toEqual([
      ['heading', 'Datenschutzerklärung', 7, 27],
      ['paragraph', 'Verantwortlich ist die Bäckerei Beispiel GmbH.\nHauptstraße 1, 12345 Musterstadt', 8, 22],
      ['paragraph', 'Wir speichern Bestellungen zehn Jahre lang.', 10, 1],
      ['paragraph', 'Ihre Rechte: Auskunft, Berichtigung und Löschung.', 11, 10],
    ]);
    expect(doc.title).toBe('Datenschutz');
  });

  it('keeps a consent-named element that is the content itself', () => {
    const page = segment('<body><div class="consent-policy"><h1>Consent</h1><p>How we ask for your consent.</p><button>Manage</button></div></body>');
    expect(page.blocks.map((b) => b.text)).toEqual(['Consent', 'How we ask for your consent.']);
  });
});

describe('segmentDocument: broken and hostile HTML', () => {
  it('segments unclosed tags, stray end tags and a truncated file', () => {
    const doc = fixture('broken.html');
    expect(doc.blocks.map(summary)).toEqual([
      ['heading', 'Vos droits', 2, 10],
      ['paragraph', 'Vous pouvez demander l\'accès à vos données.', 3, 4],
      ['list-item', 'Droit de rectification', 4, 5],
      ['list-item', 'Droit d’opposition', 5, 5],
      ['table-row', 'Cookie | Durée', 7, 16],
      ['table-row', '_pk_id | 13 mois\nTexte après le tableau en gras et italique mêlés\nFin tronquée au milieu d', 8, 9],
    ]);
    const paragraph = blockWith(doc, 'vos données');
    expect(positionAt(paragraph, paragraph.text.indexOf('vos'))).toEqual({ line: 3, column: 54 });
    const item = blockWith(doc, 'opposition');
    expect(positionAt(item, item.text.indexOf('opposition'))).toEqual({ line: 5, column: 19 });
  });

  it('maps through CRLF, entities and <pre> line breaks', () => {
    const doc = segment('<p>Ligne un\r\nligne&nbsp;deux &amp; trois</p>\r\n<pre>code un\r\n  code deux</pre>');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Ligne un ligne deux & trois', 'code un\ncode deux']);
    const paragraph = doc.blocks[0] as Block;
    expect(positionAt(paragraph, paragraph.text.indexOf('deux'))).toEqual({ line: 2, column: 12 });
    expect(positionAt(paragraph, paragraph.text.indexOf('trois'))).toEqual({ line: 2, column: 23 });
    expect(paragraph.end).toEqual({ line: 2, column: 28 });
    const pre = doc.blocks[1] as Block;
    expect(positionAt(pre, pre.text.indexOf('code deux'))).toEqual({ line: 4, column: 3 });
  });

  it('reads a layout table as ordinary blocks', () => {
    const doc = segment('<table><tr><td><h2>Cookies</h2><p>We use two cookies.</p></td></tr></table>');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Cookies'],
      ['paragraph', 'We use two cookies.'],
    ]);
  });

  it('survives nesting deeper than the call stack', () => {
    const doc = segment(`${'<div><span>'.repeat(6000)}Deep policy text${'</span></div>'.repeat(6000)}<p>After.</p>`);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Deep policy text', 'After.']);
  });

  it('keeps text nested past the parser\'s depth limit, at its own column', () => {
    const doc = segment(`${'<div>'.repeat(1000)}<p>Deep <b>bold</b> text</p>${'</div>'.repeat(1000)}<p>After.</p>`);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Deep bold text', 'After.']);
    const deep = doc.blocks[0] as Block;
    expect(positionAt(deep, deep.text.indexOf('bold'))).toEqual({ line: 1, column: 5 * 1000 + '<p>Deep <b>'.length + 1 });
  });

  it('never puts script, style or hidden text into blocks', () => {
    const doc = segment(
      '<body><p>Visible.</p><script>var a = "<p>no</p>";</script><style>p{}</style><noscript>Enable JS</noscript><div style="display: none">Hidden</div><div aria-hidden="true">Aria</div><template><p>T</p></template></body>',
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(['Visible.']);
  });
});

describe('segmentDocument: HTML that browsers repair', () => {
  it.each([
    ['a paragraph opened inside a paragraph', '<p>One<p>Two<div>Three</div>Four</p>', [
      ['paragraph', 'One'],
      ['paragraph', 'Two'],
      ['paragraph', 'Three'],
      ['paragraph', 'Four'],
    ]],
    ['unclosed list items', '<ul><li>Alpha<li>Beta <b>bold<li>Gamma</ul><p>After', [
      ['list-item', 'Alpha'],
      ['list-item', 'Beta bold'],
      ['list-item', 'Gamma'],
      ['paragraph', 'After'],
    ]],
    ['unclosed definitions', '<dl><dt>Cookie<dd>Session only<dt>Log<dd>Seven days</dl>', [
      ['paragraph', 'Cookie'],
      ['paragraph', 'Session only'],
      ['paragraph', 'Log'],
      ['paragraph', 'Seven days'],
    ]],
    ['stray end tags', '<p>A</span></div></p></p>B</li><p>C</table>D', [
      ['paragraph', 'A'],
      ['paragraph', 'B'],
      ['paragraph', 'CD'],
    ]],
    ['a file cut inside a tag', '<h1>Title</h1><p>Some text <a href="/privacy', [
      ['heading', 'Title'],
      ['paragraph', 'Some text'],
    ]],
    ['a file cut inside a comment', '<h1>Title</h1><p>Some text<!-- <p>not text', [
      ['heading', 'Title'],
      ['paragraph', 'Some text'],
    ]],
    ['a heading closed with another level', '<h2>Title</h3><p>Text under it.</p><h3>Sub</h2><p>More.</p>', [
      ['heading', 'Title'],
      ['paragraph', 'Text under it.'],
      ['heading', 'Sub'],
      ['paragraph', 'More.'],
    ]],
    ['a heading opened inside a heading', '<h2>Title<h3>Sub</h3><p>Text.', [
      ['heading', 'Title'],
      ['heading', 'Sub'],
      ['paragraph', 'Text.'],
    ]],
    ['text and cells loose in a table', '<table><caption>Cookies</caption>Loose text<td>sid<td>session<tr><td>log<td>7 days</table>', [
      ['paragraph', 'Cookies'],
      ['paragraph', 'Loose text'],
      ['table-row', 'sid | session'],
      ['table-row', 'log | 7 days'],
    ]],
    ['no html, head or body', '<title>Privacy</title><h1>Policy</h1><p>Text.</p>', [
      ['heading', 'Policy'],
      ['paragraph', 'Text.'],
    ]],
    ['content after the body', '<html><body><p>Inside.</p></body></html><p>After.</p>', [
      ['paragraph', 'Inside.'],
      ['paragraph', 'After.'],
    ]],
    ['end tags of void elements', '<p>Line one</br>line two</br></br>New paragraph</img></p>', [
      ['paragraph', 'Line one\nline two'],
      ['paragraph', 'New paragraph'],
    ]],
  ])('reads %s', (_name, html, expected) => {
    expect(segment(html).blocks.map((b) => [b.kind, b.text])).toEqual(expected);
  });

  it('keeps source positions where the markup was repaired', () => {
    const doc = segment('<h2>Title</h3>\n<p>Text under it.</p>');
    expect(doc.blocks.map(summary)).toEqual([
      ['heading', 'Title', 1, 5],
      ['paragraph', 'Text under it.', 2, 4],
    ]);
    expect(doc.blocks.map((b) => b.level)).toEqual([2, undefined]);
  });
});

describe('segmentDocument: hidden HTML', () => {
  it.each([
    ['hidden="until-found"', true],
    ['hidden="Until-Found"', true],
    ['aria-hidden="false"', true],
    ['hidden', false],
    ['hidden=""', false],
    ['hidden="hidden"', false],
    ['hidden="until found"', false],
    ['aria-hidden="true"', false],
    ['style="display: none"', false],
  ])('reads a section with %s: %s', (attribute, kept) => {
    const doc = segment(`<main><h2>Retention</h2><div ${attribute}><p>We keep orders for six years.</p></div></main>`);
    expect(doc.blocks.map((b) => b.text)).toEqual(kept ? ['Retention', 'We keep orders for six years.'] : ['Retention']);
  });
});

describe('a footer built from a plain div', () => {
  it('leaves the copyright line and footer links out of the content', () => {
    const body = '<p>Wij verwerken uw gegevens om uw lidmaatschap te beheren en bewaren ze tot twee jaar na het einde ervan.</p>'.repeat(4);
    const doc = segment(`<html><body><div id="content">${body}</div><div id="footer"><p>&copy; 2018 Club | <a href="/cookies">Cookieverklaring</a> | <a href="/sitemap">Sitemap</a></p></div></body></html>`);
    expect(doc.blocks.some((block) => block.text.includes('Cookieverklaring'))).toBe(false);
    expect(doc.blocks.length).toBe(4);
  });
});
