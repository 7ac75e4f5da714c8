/**
 * HTML to blocks. Only the main content counts: `<main>`, `[role=main]` or `<article>` when the page has one (the
 * largest), else the body without its navigation, header, footer, asides and cookie banners. Blocks come from
 * headings, paragraphs, list items, definition lists, quotes and table rows, and from text sitting directly in
 * containers, where `<br><br>` separates paragraphs. Anchors come from each text node's source location, so entities
 * and line breaks inside a node still map back to the right column.
 *
 * The tree is walked with explicit stacks or a bounded recursion depth: a page of 100 000 unclosed `<div>`s is
 * still just a page.
 */
import { load } from 'cheerio';
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { BlockTextBuilder, LineIndex, type BlockText } from './block-text.js';
import { draftBlock, tableRowBlock, type Segmented } from './draft-block.js';
import type { Block, BlockKind } from './model.js';

const NEVER_CONTENT = new Set(
  'script style noscript template svg math iframe object embed canvas audio video button input select textarea option datalist'.split(' '),
);
const CONTROLS = new Set(['button', 'input', 'select', 'textarea']);
const NOT_CONTENT_IN_MAIN = new Set(['nav', 'aside']);
const NOT_CONTENT_IN_BODY = new Set(['nav', 'aside', 'header', 'footer']);
const NOT_CONTENT_ROLES_IN_MAIN = new Set(['navigation', 'complementary']);
const NOT_CONTENT_ROLES_IN_BODY = new Set(['navigation', 'complementary', 'banner', 'contentinfo']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const BANNER_WORD = /cookie-?(?:banner|notice|bar|law|popup)|consent/i;
/** Consent-platform ids (`cmpbox`, `qc-cmp2-container`), but not the `cmp-` prefix some site builders put on everything. */
const BANNER_CMP = /^(?:cmp|cmpbox|cmp[0-9]+|[a-z]+-cmp[0-9]*(?:-[a-z]+)?)$/i;
const BANNER_ROLES = new Set(['dialog', 'alertdialog']);
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
const ROWS = new Set(['tr']);
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

function neverContent(el: Element): boolean {
  return (
    NEVER_CONTENT.has(el.name) ||
    el.attribs.hidden !== undefined ||
    el.attribs['aria-hidden']?.toLowerCase() === 'true' ||
    HIDDEN_STYLE.test(el.attribs.style ?? '')
  );
}

interface Page {
  title: string;
  lang: string | undefined;
  root: Element | undefined;
  /** Elements inside `root` whose content is not policy text. */
  skipped: Set<Element>;
}

/** One pass over the page: title, language, what is never content, main-content candidates and text sizes. */
function inspectPage(document: ParentNode): Page {
  let title = '';
  let lang: string | undefined;
  let body: Element | undefined;
  const never = new Set<Element>();
  const candidates = new Set<Element>();
  const bannerNamed = new Set<Element>();
  const banners = new Set<Element>();
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
      if (node.name === 'body') body ??= node;
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
      totals.push(0);
      return true;
    },
    (el) => {
      const length = totals.pop() ?? 0;
      totals[totals.length - 1]! += length;
      if (el === body || banners.has(el) || candidates.has(el)) textLength.set(el, length);
    },
  );

  let main: Element | undefined;
  for (const candidate of candidates) {
    if (!main || (textLength.get(candidate) ?? 0) > (textLength.get(main) ?? 0)) main = candidate;
  }
  const root = main ?? body;
  const skipped = new Set(never);
  if (root) {
    const bodyLength = textLength.get(root) ?? 0;
    walk(root, (node) => {
      if (!isElement(node) || never.has(node)) return false;
      const role = node.attribs.role ?? '';
      const notContent = main
        ? NOT_CONTENT_IN_MAIN.has(node.name) || NOT_CONTENT_ROLES_IN_MAIN.has(role)
        : NOT_CONTENT_IN_BODY.has(node.name) ||
          NOT_CONTENT_ROLES_IN_BODY.has(role) ||
          (banners.has(node) && (textLength.get(node) ?? 0) <= bodyLength * BANNER_MAX_SHARE);
      if (notContent) skipped.add(node);
      return !notContent;
    });
  }
  return { title, lang, root, skipped };
}

function textOf(el: Element): string {
  const parts: string[] = [];
  walk(el, (node) => {
    if (node.type === 'text') parts.push((node as Text).data);
    return isElement(node);
  });
  return parts.join('');
}

function childElements(parent: Element, names: ReadonlySet<string>): Element[] {
  return parent.children.filter((c): c is Element => isElement(c) && names.has(c.name));
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
  const $ = load(text, { sourceCodeLocationInfo: true });
  const page = inspectPage($.root()[0] as ParentNode);
  const segmenter = new HtmlSegmenter(text, page.skipped);
  if (page.root) segmenter.container(page.root, 'paragraph', undefined, false, 0);
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

  container(el: Element, kind: BlockKind, level: number | undefined, pre: boolean, depth: number): void {
    const context: Context = { kind, level, builder: new BlockTextBuilder(this.lines), breaks: 0, pre, flatten: kind === 'heading' };
    this.visit(el, context, depth);
    this.flush(context);
  }

  private flush(context: Context): void {
    const built = context.builder.build();
    if (built) this.blocks.push(draftBlock(context.kind, built, context.level === undefined ? {} : { level: context.level }));
    context.builder = new BlockTextBuilder(this.lines);
    context.breaks = 0;
  }

  private visit(parent: Element, context: Context, depth: number): void {
    if (depth > MAX_BLOCK_DEPTH) {
      this.runningText(parent, context);
      return;
    }
    for (const child of parent.children) {
      if (child.type === 'text') {
        this.appendText(child as Text, context, parent);
        continue;
      }
      if (!isElement(child) || this.skipped.has(child)) continue;
      const name = child.name;
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
  }

  /** All the text under `el` in document order, `<br>` as a line break, without recursion. */
  private runningText(el: Element, context: Context): void {
    walk(el, (node) => {
      if (node.type === 'text') this.appendText(node as Text, context, el);
      else if (isElement(node) && node.name === 'br') context.builder.lineBreak();
      return isElement(node) && !this.skipped.has(node);
    });
  }

  private table(table: Element, depth: number): void {
    const rows: { row: Element; head: boolean }[] = [];
    for (const child of table.children) {
      if (!isElement(child) || this.skipped.has(child)) continue;
      if (child.name === 'tr') rows.push({ row: child, head: false });
      else if (ROW_GROUPS.has(child.name)) {
        for (const row of childElements(child, ROWS)) rows.push({ row, head: child.name === 'thead' });
      } else {
        this.container(child, 'paragraph', undefined, false, depth + 1);
      }
    }
    const layout = rows.some(({ row }) => childElements(row, CELLS).some((cell) => containsAny(cell, LAYOUT_MARKERS)));
    for (const { row, head } of rows) {
      const cells = childElements(row, CELLS).filter((cell) => !this.skipped.has(cell));
      if (layout) {
        for (const cell of cells) this.container(cell, 'paragraph', undefined, false, depth + 2);
        continue;
      }
      const header = head || cells.every((cell) => cell.name === 'th');
      const block = tableRowBlock(
        cells.map((cell) => this.cellText(cell, depth + 2)),
        header,
      );
      if (block) this.blocks.push(block);
    }
  }

  private cellText(cell: Element, depth: number): BlockText | undefined {
    const context: Context = { kind: 'paragraph', level: undefined, builder: new BlockTextBuilder(this.lines), breaks: 0, pre: false, flatten: true };
    this.visit(cell, context, depth);
    return context.builder.build();
  }

  private appendText(node: Text, context: Context, parent: Element): void {
    const data = node.data;
    if (/\S/u.test(data)) context.breaks = 0;
    const location = node.sourceCodeLocation;
    const emit = (piece: string, offset: number): void => this.appendRun(context, piece, offset);
    if (!location) {
      context.builder.appendDecoded(data, parent.sourceCodeLocation?.startOffset ?? 0, 0);
      return;
    }
    const raw = this.text.slice(location.startOffset, location.endOffset);
    if (raw === data) emit(data, location.startOffset);
    else alignDecoded(data, raw, location.startOffset, emit, (ch, offset, length) => context.builder.appendDecoded(ch, offset, length));
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
 * where it starts, and `\r\n` (which the parser reads as `\n`) maps to its `\n`.
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
    if (raw[j] === '\r' && data[i] === '\n' && raw[j + 1] === '\n') {
      cut(i, j + 1);
      j++;
      continue;
    }
    cut(i, j);
    i++;
    j++;
  }
  cut(data.length, 0);
}
