/**
 * HTML to blocks. Only the main content counts: `<main>`, `[role=main]` or `<article>` when the page has one (the
 * largest), else the whole page without its head, navigation, header, footer, asides and cookie banners. Blocks come
 * from headings, paragraphs, list items, definition lists, quotes and table rows, and from text sitting directly in
 * containers, where `<br><br>` separates paragraphs. Anchors come from each text node's source offsets, so entities
 * inside a node still map back to the right column.
 *
 * The parser is htmlparser2, not parse5, whose tree construction is quadratic in the nesting depth. htmlparser2
 * builds no implied `<html>`, `<head>` or `<body>` and moves no misplaced content, so the fallback root is the whole
 * document; `repairHtml` supplies the few browser repairs that matter here and caps the nesting, and the tree is
 * walked with explicit stacks or a bounded recursion depth: a page of 100 000 unclosed `<div>`s is still just a page.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { BlockTextBuilder, LineIndex, type BlockText } from './block-text.js';
import { draftBlock, tableRowBlock, type Segmented } from './draft-block.js';
import { repairHtml } from './html-repair.js';
import type { Block, BlockKind } from './model.js';

const NEVER_CONTENT = new Set(
  'title script style noscript template svg math iframe object embed canvas audio video button input select textarea option datalist'.split(' '),
);
const CONTROLS = new Set(['button', 'input', 'select', 'textarea']);
const NOT_CONTENT_IN_MAIN = new Set(['nav']);
const NOT_CONTENT_IN_BODY = new Set(['nav', 'aside', 'header', 'footer']);
const NOT_CONTENT_ROLES_IN_MAIN = new Set(['navigation']);
/**
 * Inside the main content an aside is often the policy's own highlighted box (the right to object must be presented
 * "clearly and separately", Art. 21(4)); it is dropped only when it is mostly links (related posts, a table of contents).
 */
const ASIDE_MAX_LINK_SHARE = 0.5;
const NOT_CONTENT_ROLES_IN_BODY = new Set(['navigation', 'complementary', 'banner', 'contentinfo']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const BANNER_WORD = /cookie-?(?:banner|notice|bar|law|popup)|consent/i;
/** Consent-platform ids (`cmpbox`, `qc-cmp2-container`), but not the `cmp-` prefix some site builders put on everything. */
const BANNER_CMP = /^(?:cmp|cmpbox|cmp[0-9]+|[a-z]+-cmp[0-9]*(?:-[a-z]+)?)$/i;
const BANNER_ROLES = new Set(['dialog', 'alertdialog']);
/** A page footer built from a plain `<div>` (`id="footer"`, `class="site-footer"`): copyright line and footer links. */
const FOOTER_NAME = /^(?:(?:site|page|main|global)[-_]?)?footer$/i;
/** A cookie banner is small next to the page; a page-sized element with such a name is the content itself. */
const BANNER_MAX_SHARE = 0.25;
/** How far up from a control to look for the banner that holds it. */
const BANNER_CONTROL_DEPTH = 32;
/** Deeper elements are read as plain running text, which needs no recursion. */
const MAX_BLOCK_DEPTH = 200;

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const INLINE = new Set(
  'a abbr acronym b bdi bdo big cite code data del dfn em font i ins kbd label mark nobr output q rp rt ruby s samp small span strike strong sub sup time tt u var wbr img'.split(
    ' ',
  ),
);
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);
const CELLS = new Set(['td', 'th']);
/** Cells holding these are page layout, not data: their content is read as ordinary blocks. */
const LAYOUT_MARKERS = new Set(['table', ...HEADINGS]);

const CHARACTER_REFERENCE = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * Depth-first walk without recursion. `enter` returns whether to descend into an element; `exit` runs after an
 * element's children.
 */
function walk(root: ParentNode, enter: (node: AnyNode) => boolean, exit?: (el: Element) => void): void {
  const nodes: AnyNode[] = [];
  const exiting: boolean[] = [];
  const pushChildren = (parent: ParentNode): void => {
    for (let i = parent.children.length - 1; i >= 0; i--) {
      nodes.push(parent.children[i] as AnyNode);
      exiting.push(false);
    }
  };
  pushChildren(root);
  while (nodes.length > 0) {
    const node = nodes.pop() as AnyNode;
    if (exiting.pop()) {
      exit?.(node as Element);
      continue;
    }
    if (!enter(node) || !isElement(node)) continue;
    if (exit) {
      nodes.push(node);
      exiting.push(true);
    }
    pushChildren(node);
  }
}

function hasBannerName(el: Element): boolean {
  const { id, class: names } = el.attribs;
  if (id === undefined && names === undefined) return false;
  const all = `${id ?? ''} ${names ?? ''}`;
  return BANNER_WORD.test(all) || (/cmp/i.test(all) && all.split(/\s+/u).some((name) => BANNER_CMP.test(name)));
}

function hasFooterName(el: Element): boolean {
  const { id, class: names } = el.attribs;
  if (el.name !== 'div' || (id === undefined && names === undefined)) return false;
  return `${id ?? ''} ${names ?? ''}`.split(/\s+/u).some((name) => FOOTER_NAME.test(name));
}

function neverContent(el: Element): boolean {
  const hidden = el.attribs.hidden;
  return (
    NEVER_CONTENT.has(el.name) ||
    // `hidden="until-found"` is a collapsed section (accordions) that find-in-page and anchors open: it is content.
    (hidden !== undefined && hidden.toLowerCase() !== 'until-found') ||
    el.attribs['aria-hidden']?.toLowerCase() === 'true' ||
    HIDDEN_STYLE.test(el.attribs.style ?? '')
  );
}

interface Page {
  title: string;
  lang: string | undefined;
  root: ParentNode;
  /** Elements inside `root` whose content is not policy text. */
  skipped: Set<Element>;
}

/** One pass over the page: title, language, what is never content, main-content candidates and text sizes. */
function inspectPage(document: ParentNode): Page {
  let title = '';
  let lang: string | undefined;
  const never = new Set<Element>();
  const candidates = new Set<Element>();
  const bannerNamed = new Set<Element>();
  const banners = new Set<Element>();
  const footers = new Set<Element>();
  const textLength = new Map<Element, number>();
  const totals: number[] = [0];

  walk(
    document,
    (node) => {
      if (node.type === 'text') {
        totals[totals.length - 1]! += (node as Text).data.length;
        return false;
      }
      if (!isElement(node)) return false;
      if (node.name === 'title' && title === '') title = textOf(node).replace(/\s+/gu, ' ').trim();
      if (node.name === 'html') lang ??= node.attribs.lang?.trim() || undefined;
      if (hasBannerName(node)) {
        bannerNamed.add(node);
        if (BANNER_ROLES.has(node.attribs.role ?? '') || node.attribs['aria-modal'] === 'true') banners.add(node);
      }
      if (CONTROLS.has(node.name)) {
        let ancestor = node.parent;
        for (let depth = 0; ancestor && depth < BANNER_CONTROL_DEPTH; depth++, ancestor = ancestor.parent) {
          if (isElement(ancestor) && bannerNamed.has(ancestor)) banners.add(ancestor);
        }
      }
      if (neverContent(node)) {
        never.add(node);
        return false;
      }
      if (node.name === 'main' || node.name === 'article' || node.attribs.role === 'main') candidates.add(node);
      if (hasFooterName(node)) footers.add(node);
      totals.push(0);
      return true;
    },
    (el) => {
      const length = totals.pop() ?? 0;
      totals[totals.length - 1]! += length;
      if (banners.has(el) || candidates.has(el) || footers.has(el)) textLength.set(el, length);
    },
  );

  let main: Element | undefined;
  for (const candidate of candidates) {
    if (!main || (textLength.get(candidate) ?? 0) > (textLength.get(main) ?? 0)) main = candidate;
  }
  const root = main ?? document;
  const rootLength = main ? (textLength.get(main) ?? 0) : (totals[0] ?? 0);
  const skipped = new Set(never);
  walk(root, (node) => {
    if (!isElement(node) || never.has(node)) return false;
    const role = node.attribs.role ?? '';
    const notContent = main
      ? NOT_CONTENT_IN_MAIN.has(node.name) || NOT_CONTENT_ROLES_IN_MAIN.has(role) || (isAside(node, role) && linkShare(node) > ASIDE_MAX_LINK_SHARE)
      : NOT_CONTENT_IN_BODY.has(node.name) ||
        NOT_CONTENT_ROLES_IN_BODY.has(role) ||
        ((banners.has(node) || footers.has(node)) && (textLength.get(node) ?? 0) <= rootLength * BANNER_MAX_SHARE);
    if (notContent) skipped.add(node);
    return !notContent;
  });
  return { title, lang, root, skipped };
}

function isAside(node: Element, role: string): boolean {
  return node.name === 'aside' || role === 'complementary';
}

/** Share of an element's text that sits inside links. */
function linkShare(el: Element): number {
  let all = 0;
  let linked = 0;
  walk(el, (node) => {
    if (node.type === 'text') {
      const length = (node as Text).data.trim().length;
      all += length;
      for (let parent = node.parent; parent && parent !== el; parent = parent.parent) {
        if (isElement(parent) && parent.name === 'a') {
          linked += length;
          break;
        }
      }
      return false;
    }
    return isElement(node);
  });
  return all === 0 ? 1 : linked / all;
}

function textOf(el: Element): string {
  const parts: string[] = [];
  walk(el, (node) => {
    if (node.type === 'text') parts.push((node as Text).data);
    return isElement(node);
  });
  return parts.join('');
}

type TablePart = { cells: Element[]; head: boolean } | { node: AnyNode; parent: Element };

/**
 * A table's rows in order, with whatever sits between them. Cells found straight in a table or row group make a row
 * of their own, as browsers read `<table><td>a<td>b`.
 */
function tableParts(table: Element, skipped: ReadonlySet<Element>): TablePart[] {
  const parts: TablePart[] = [];
  let row: { cells: Element[]; head: boolean } | undefined;
  const read = (parent: Element, head: boolean, inRow: boolean): void => {
    for (const child of parent.children) {
      if (isElement(child) && skipped.has(child)) continue;
      if (child.type === 'text' && !/\S/u.test((child as Text).data)) continue;
      if (isElement(child) && CELLS.has(child.name)) {
        if (!row) parts.push((row = { cells: [], head }));
        row.cells.push(child);
      } else if (isElement(child) && !inRow && (child.name === 'tr' || (parent === table && ROW_GROUPS.has(child.name)))) {
        row = undefined;
        if (child.name === 'tr') read(child, head, true);
        else read(child, child.name === 'thead', false);
        row = undefined;
      } else {
        if (!inRow) row = undefined;
        parts.push({ node: child, parent });
      }
    }
  };
  read(table, false, false);
  return parts;
}

function containsAny(parent: Element, names: ReadonlySet<string>): boolean {
  let found = false;
  walk(parent, (node) => {
    if (isElement(node) && names.has(node.name)) found = true;
    return !found && isElement(node);
  });
  return found;
}

export function segmentHtml(text: string): Segmented {
  // Same length and line breaks as `text`, so offsets into it are offsets into the source.
  const markup = repairHtml(text);
  const $ = load(markup, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true, decodeEntities: true } });
  const page = inspectPage($.root()[0] as ParentNode);
  const segmenter = new HtmlSegmenter(markup, page.skipped);
  segmenter.container(page.root, 'paragraph', undefined, false, 0);
  return {
    blocks: segmenter.blocks,
    ...(page.title ? { title: page.title } : {}),
    ...(page.lang ? { declaredLanguage: page.lang } : {}),
  };
}

interface Context {
  kind: BlockKind;
  level: number | undefined;
  builder: BlockTextBuilder;
  breaks: number;
  pre: boolean;
  /** Inside a table cell or heading: nested blocks become line breaks instead of blocks of their own. */
  flatten: boolean;
}

class HtmlSegmenter {
  readonly blocks: Block[] = [];
  private readonly lines: LineIndex;

  constructor(
    private readonly text: string,
    private readonly skipped: ReadonlySet<Element>,
  ) {
    this.lines = new LineIndex(text);
  }

  container(el: ParentNode, kind: BlockKind, level: number | undefined, pre: boolean, depth: number): void {
    const context = this.context(kind, level, pre);
    this.visit(el, context, depth);
    this.flush(context);
  }

  private context(kind: BlockKind, level: number | undefined, pre: boolean): Context {
    return { kind, level, builder: new BlockTextBuilder(this.lines), breaks: 0, pre, flatten: kind === 'heading' };
  }

  private flush(context: Context): void {
    const built = context.builder.build();
    if (built) this.blocks.push(draftBlock(context.kind, built, context.level === undefined ? {} : { level: context.level }));
    context.builder = new BlockTextBuilder(this.lines);
    context.breaks = 0;
  }

  private visit(parent: ParentNode, context: Context, depth: number): void {
    if (depth > MAX_BLOCK_DEPTH) {
      this.runningText(parent, context);
      return;
    }
    for (const child of parent.children) this.visitChild(child, parent, context, depth);
  }

  private visitChild(child: AnyNode, parent: ParentNode, context: Context, depth: number): void {
    if (child.type === 'text') {
      this.appendText(child as Text, context, parent);
      return;
    }
    if (!isElement(child) || this.skipped.has(child)) return;
    const name = child.name;
    // A heading opened inside a heading ends it, as browsers read `<h2>Title<h3>Subtitle`.
    if (context.kind === 'heading' && HEADINGS.has(name)) {
      this.flush(context);
      context.kind = 'paragraph';
      context.level = undefined;
      context.flatten = false;
    }
    if (name === 'br') {
      context.breaks++;
      if (context.breaks >= 2 && !context.flatten) this.flush(context);
      else context.builder.lineBreak();
    } else if (INLINE.has(name)) {
      this.visit(child, context, depth + 1);
    } else if (context.flatten) {
      context.builder.lineBreak();
      this.visit(child, context, depth + 1);
      context.builder.lineBreak();
    } else {
      this.flush(context);
      if (name === 'table') this.table(child, depth + 1);
      else {
        const kind = HEADINGS.has(name) ? 'heading' : name === 'li' ? 'list-item' : 'paragraph';
        const level = HEADINGS.has(name) ? Number(name[1]) : undefined;
        this.container(child, kind, level, context.pre || name === 'pre', depth + 1);
      }
    }
  }

  /** All the text under `el` in document order, `<br>` and block edges as line breaks, without recursion. */
  private runningText(el: ParentNode, context: Context): void {
    const breakAtBlock = (node: Element): void => {
      if (!INLINE.has(node.name)) context.builder.lineBreak();
    };
    walk(
      el,
      (node) => {
        if (node.type === 'text') this.appendText(node as Text, context, el);
        if (!isElement(node) || this.skipped.has(node)) return false;
        breakAtBlock(node);
        return true;
      },
      breakAtBlock,
    );
  }

  /** Rows become table-row blocks; anything else in the table (a caption, stray text) is read as a container's content. */
  private table(table: Element, depth: number): void {
    const parts = tableParts(table, this.skipped);
    const layout = parts.some((part) => 'cells' in part && part.cells.some((cell) => containsAny(cell, LAYOUT_MARKERS)));
    const loose = this.context('paragraph', undefined, false);
    for (const part of parts) {
      if (!('cells' in part)) {
        this.visitChild(part.node, part.parent, loose, depth + 1);
        continue;
      }
      this.flush(loose);
      if (layout) {
        for (const cell of part.cells) this.container(cell, 'paragraph', undefined, false, depth + 2);
        continue;
      }
      const header = part.head || part.cells.every((cell) => cell.name === 'th');
      const block = tableRowBlock(
        part.cells.map((cell) => this.cellText(cell, depth + 2)),
        header,
      );
      if (block) this.blocks.push(block);
    }
    this.flush(loose);
  }

  private cellText(cell: Element, depth: number): BlockText | undefined {
    const context = { ...this.context('paragraph', undefined, false), flatten: true };
    this.visit(cell, context, depth);
    return context.builder.build();
  }

  private appendText(node: Text, context: Context, parent: ParentNode): void {
    const data = node.data;
    if (/\S/u.test(data)) context.breaks = 0;
    const { startIndex, endIndex } = node;
    const emit = (piece: string, offset: number): void => this.appendRun(context, piece, offset);
    if (startIndex === null || endIndex === null) {
      context.builder.appendDecoded(data, parent.startIndex ?? 0, 0);
      return;
    }
    // htmlparser2's end index is inclusive.
    const raw = this.text.slice(startIndex, endIndex + 1);
    if (raw === data) emit(data, startIndex);
    else alignDecoded(data, raw, startIndex, emit, (ch, offset, length) => context.builder.appendDecoded(ch, offset, length));
  }

  private appendRun(context: Context, piece: string, offset: number): void {
    if (!context.pre) {
      context.builder.appendSource(piece, offset);
      return;
    }
    let from = 0;
    for (let nl = piece.indexOf('\n'); nl !== -1; nl = piece.indexOf('\n', from)) {
      context.builder.appendSource(piece.slice(from, nl), offset + from);
      context.builder.lineBreak();
      from = nl + 1;
    }
    context.builder.appendSource(piece.slice(from), offset + from);
  }
}

/**
 * Walks a text node's parsed data along its raw source: equal stretches map one to one, a character reference maps to
 * where it starts.
 */
function alignDecoded(
  data: string,
  raw: string,
  base: number,
  emit: (piece: string, offset: number) => void,
  emitDecoded: (ch: string, offset: number, sourceLength: number) => void,
): void {
  let i = 0;
  let j = 0;
  let runStart = 0;
  let runSource = 0;
  const cut = (at: number, source: number): void => {
    if (at > runStart) emit(data.slice(runStart, at), base + runSource);
    runStart = at;
    runSource = source;
  };
  while (i < data.length) {
    if (raw[j] === '&') {
      CHARACTER_REFERENCE.lastIndex = j;
      const reference = CHARACTER_REFERENCE.exec(raw)?.[0];
      if (reference && !data.startsWith(reference, i)) {
        cut(i, j);
        const width = (data.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        const decoded = data.slice(i, i + width);
        i += width;
        // Legacy references may end before their `;` (`&notit;` reads as `¬it;`): resume where the data reappears.
        const probe = data.slice(i, i + 4);
        let resume = j + reference.length;
        for (let k = resume; k > j + 1 && probe !== ''; k--) {
          if (raw.startsWith(probe, k)) {
            resume = k;
            break;
          }
        }
        emitDecoded(decoded, base + j, resume - j);
        j = resume;
        runStart = i;
        runSource = j;
        continue;
      }
    }
    if (data[i] === raw[j]) {
      i++;
      j++;
      continue;
    }
    cut(i, j);
    i++;
    j++;
  }
  cut(data.length, 0);
}
