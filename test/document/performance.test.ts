import { describe, expect, it } from 'vitest';
import type { PolicyDocument, SourceFormat } from '../../src/document/model.js';
import { segmentDocument } from '../../src/document/segment.js';

const MEGABYTE = 1024 * 1024;

/**
 * Large and hostile inputs must segment correctly and finish: a quadratic step would take minutes and hit the test
 * timeout. How fast they go is measured by `npm run bench`, not asserted here.
 */
function segment(format: SourceFormat, text: string): PolicyDocument {
  return segmentDocument({ target: 'generated', format, text, encoding: 'utf-8' });
}

function repeatTo(size: number, part: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const next = part(i);
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}

describe('segmentation of large and hostile input', () => {
  it('segments a 5 MB Markdown policy completely', () => {
    const text = repeatTo(
      5 * MEGABYTE,
      (i) =>
        `## ${i}. Retention of *orders*\n\nWe keep [order data](https://example.test/${i}) for \`six\` years &amp; then delete it.\nA second line with **bold** words.\n\n- first item\n- second item\n  continued\n\n| Cookie | Lifetime |\n| --- | --- |\n| sid | session |\n\n`,
    );
    const doc = segment('markdown', text);
    expect(doc.blocks.length).toBeGreaterThan(100_000);
  });

  it('segments a 5 MB plain-text policy completely', () => {
    const text = repeatTo(
      5 * MEGABYTE,
      (i) => `${(i % 90) + 1} – Durée de conservation\n\nNous conservons les commandes six ans.\nQui sommes-nous ?\n- un élément\n- Nom | Durée | Finalité\n\n`,
    );
    const doc = segment('text', text);
    expect(doc.blocks.length).toBeGreaterThan(100_000);
  });

  it('segments a 5 MB HTML policy completely', () => {
    const text = `<html lang="en"><head><title>Policy</title></head><body><nav><a href="/">Home</a></nav><main>${repeatTo(
      5 * MEGABYTE,
      (i) =>
        `<section id="s${i}"><h2>${i}. Retention &amp; deletion</h2>\n<p>We keep <a href="/o/${i}">order data</a> for <strong>six</strong> years&nbsp;then delete it.<br>\nA second line.</p>\n<ul><li>first item</li><li>second <b>item</b></li></ul>\n<table><tr><th>Cookie</th><th>Lifetime</th></tr><tr><td>sid</td><td>session</td></tr></table>\n<div class="note"><div><span>Note &eacute;t&eacute;.</span></div></div></section>\n`,
    )}</main><footer>Copyright</footer></body></html>`;
    const doc = segment('html', text);
    // Heading, paragraph, two list items, two table rows and the note: nothing from the navigation or footer.
    expect(doc.blocks.length).toBe(7 * text.split('<section').length - 7);
  });

  // Each would take the parser minutes without the nesting cap (parse5 or plain htmlparser2 alike).
  it.each([
    ['100 000 unclosed <div>s', `${'<div>'.repeat(100_000)}Deep text`],
    ['100 000 <span>s nested in one <p>', `<p>${'<span>'.repeat(100_000)}Deep text</p>`],
    ['100 000 nested <div>s closed again', `${'<div>'.repeat(100_000)}Deep text${'</div>'.repeat(100_000)}`],
    ['50 000 open <div>s and 250 000 stray end tags', `${'<div>'.repeat(50_000)}Deep text${'</span>'.repeat(250_000)}`],
    ['100 000 <svg>s their parents close', `${'<div><svg></div>'.repeat(100_000)}<p>Deep text</p>`],
    ['100 000 nested table cells', `${'<table><tr><td>'.repeat(100_000)}Deep text`],
  ])('segments %s completely', (_name, text) => {
    const doc = segment('html', text);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Deep text']);
  });

  it.each([
    ['markdown', 'prose with inline markup', 'Some *words* [a](b) `c` <i>d</i> &amp; e. '],
    ['markdown', 'unclosed link brackets', '[a]('],
    ['markdown', 'unmatched backticks of growing length', '`a``b```c````d'],
    ['markdown', 'emphasis markers', '*_~'],
    ['markdown', 'unclosed tags', '<a '],
    ['markdown', 'pipes', 'a|'],
    ['text', 'prose', 'Nous conservons vos données pendant trois ans. '],
    ['text', 'pipes', 'a | '],
    ['html', 'one long paragraph', 'Lorem ipsum &amp; dolor '],
  ] as const)('handles a single 1 MB line of %s %s', (format, _name, unit) => {
    const line = unit.repeat(Math.ceil(MEGABYTE / unit.length));
    const doc = segment(format, format === 'html' ? `<p>${line}</p>` : line);
    expect(doc.blocks.length).toBeGreaterThan(0);
  });

  it.each([
    // One paragraph of consecutive lines, its markup left as text.
    ['unmatched brackets and backticks', '[a `b <!-- c &d', 1],
    // A comment that never closes hides the rest of the file, as it does when rendered.
    ['an unclosed comment at the top', '<!-- x', 0],
  ])('handles 2 MB of short Markdown lines with %s', (_name, head, blocks) => {
    const text = `${head}\n${'Line with [link text and `code and <tag and *stars\n'.repeat((2 * MEGABYTE) / 50)}`;
    expect(segment('markdown', text).blocks).toHaveLength(blocks);
  });
});
