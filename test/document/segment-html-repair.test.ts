import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { MAX_HTML_NESTING, repairHtml } from '../../src/document/html-repair.js';

function parse(html: string): AnyNode[] {
  return load(html, { xml: { xmlMode: false, decodeEntities: true } }).root().toArray();
}

/** Deepest element nesting, counted without recursion. */
function depthOf(html: string): number {
  let deepest = 0;
  const stack: [AnyNode, number][] = parse(html).map((node) => [node, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    deepest = Math.max(deepest, depth);
    if ('children' in node) for (const child of node.children) stack.push([child, node.type === 'tag' ? depth + 1 : depth]);
  }
  return deepest;
}

/** Text nodes in document order, without recursion. */
function textOf(html: string): string {
  const parts: string[] = [];
  const stack = parse(html).reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') parts.push(node.data);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return parts.join('');
}

const CAP = 8;

describe('repairHtml', () => {
  it.each([
    ['a policy page', '<!DOCTYPE html><html><head><title>P</title></head><body><main><h1>Policy</h1><p>Text &amp; more.</p></main></body></html>'],
    ['nesting just at the cap', `${'<div>'.repeat(CAP)}text${'</div>'.repeat(CAP)}`],
    ['stray end tags', '<p>a</div></span></table>b</p></p>'],
    ['tags inside script, style, title and textarea', `<script>${'<div>'.repeat(20)}</script><style>${'<b>'.repeat(20)}</style><title>${'<i>'.repeat(20)}</title><textarea>${'<p>'.repeat(20)}</textarea>`],
    ['tags inside comments, CDATA and declarations', `<!-- ${'<div>'.repeat(20)} --><![CDATA[${'<div>'.repeat(20)}]]><!${'<div>'.repeat(1)}><?x ${'<p'.repeat(20)}>`],
    ['tags inside quoted attributes', `<a title="${'<div>'.repeat(20)}" data-x='${'<b>'.repeat(20)}' y = "${'<i>'.repeat(20)}">text</a>`],
    ['implied end tags', `<ul>${'<li>item'.repeat(50)}</ul><table>${'<tr><td>a<td>b'.repeat(50)}</table>${'<p>para'.repeat(50)}`],
    ['self-closing tags in SVG', `<svg>${'<path/>'.repeat(50)}</svg>`],
  ])('leaves %s as it is', (_name, html) => {
    expect(repairHtml(html, CAP)).toBe(html);
  });

  it.each([
    ['unclosed divs', '<div>'.repeat(100)],
    ['spans in one paragraph', `<p>${'<span class="x">'.repeat(100)}`],
    ['divs closed again', `${'<div>'.repeat(100)}deep${'</div>'.repeat(100)}after`],
    ['list items inside inline elements', '<ul><li><b>x'.repeat(100)],
    ['nested tables', '<table><tr><td>'.repeat(100)],
    ['headings closed with another level', '<h2>a</h3>'.repeat(100)],
    ['deep raw-text elements', `${'<div>'.repeat(100)}<script>x</script><textarea>y</textarea>`],
  ])('caps %s at the nesting limit', (_name, html) => {
    expect(depthOf(html)).toBeGreaterThan(CAP + 1);
    expect(depthOf(repairHtml(html, CAP))).toBeLessThanOrEqual(CAP + 1);
  });

  it('keeps every offset, line break and character of text', () => {
    const html = `${'<div\nclass="a">'.repeat(20)}One <b>two</b>\r\nthr<i>ee</i> &amp; 𝔣our${'</div>'.repeat(20)}<p>Five</p>`;
    const repaired = repairHtml(html, CAP);
    expect(repaired).not.toBe(html);
    expect(repaired.length).toBe(html.length);
    expect([...repaired.matchAll(/\r|\n/gu)].map((m) => m.index)).toEqual([...html.matchAll(/\r|\n/gu)].map((m) => m.index));
    expect(textOf(repaired)).toBe(textOf(html));
    expect(textOf(repaired)).toContain('One two\r\nthree & 𝔣ourFive');
  });

  it('turns over-deep tags and their end tags into inert nodes', () => {
    expect(repairHtml('<div><div><div>x</div></div></div>', 2)).toBe('<div><div><?  >x<?   ></div></div>');
    expect(repairHtml('<p><span><b>bold</b></span></p>', 2)).toBe('<p><span><?>bold<? ></span></p>');
  });

  it('lets a heading end tag close the heading that is open', () => {
    expect(repairHtml('<h2>Title</h3><p>Text</p><H4>Sub</h5>', CAP)).toBe('<h2>Title</h2><p>Text</p><H4>Sub</h4>');
    expect(repairHtml('<p>No heading open</h3>', CAP)).toBe('<p>No heading open</h3>');
  });

  it('caps at MAX_HTML_NESTING by default', () => {
    const html = '<div>'.repeat(MAX_HTML_NESTING + 10);
    expect(depthOf(repairHtml(html))).toBe(MAX_HTML_NESTING);
  });
});
