/**
 * Repairs markup before htmlparser2 reads it, without moving a single character, so offsets and line breaks in the
 * repaired markup are those of the source.
 *
 * - Nesting is capped. htmlparser2 keeps its open elements in an array it grows and shrinks at the front and
 *   searches for every end tag, so each tag costs time in proportion to the depth: 100 000 unclosed `<div>`s, or
 *   thousands of open elements followed by stray end tags, would take minutes. Tags that would nest deeper than the
 *   cap, and their end tags, become `<?…>`, which the parser keeps as an inert node; the text inside stays in the
 *   page, a level up, as browsers do past their own depth limit.
 * - A heading's end tag closes whichever heading is open, as in browsers: `<h2>Title</h3>` would otherwise leave the
 *   heading open over the rest of the page.
 *
 * The pass replays the parser's tokenizer and open-element rules in linear time: a count per open tag name replaces
 * the searches.
 */

/** Blink stops nesting at the same depth; real pages stay far below it. */
export const MAX_HTML_NESTING = 512;

// The tables below mirror htmlparser2 10 (Parser.ts and Tokenizer.ts); a difference only makes the cap approximate.
const VOID = new Set('area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(' '));
/** Elements whose content the tokenizer reads as text up to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIED_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']],
      ['th', ['th']],
      ['td', ['thead', 'th', 'td']],
      ['body', ['head', 'link', 'script']],
      ['li', ['li']],
      ['select', FORM],
      ['input', FORM],
      ['output', FORM],
      ['button', FORM],
      ['datalist', FORM],
      ['textarea', FORM],
      ['option', ['option']],
      ['optgroup', ['optgroup', 'option']],
      ['dd', ['dd', 'dt']],
      ['dt', ['dd', 'dt']],
      ['rt', ['rt', 'rp']],
      ['rp', ['rt', 'rp']],
      ['tbody', ['thead', 'tbody']],
      ['tfoot', ['thead', 'tbody']],
      ...'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
        .split(' ')
        .map((name): [string, string[]] => [name, P]),
    ] satisfies [string, string[]][]
  ).map(([name, closes]) => [name, new Set(closes)]),
);

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isTagNameEnd(c: number): boolean {
  return c === 47 /* / */ || c === 62 /* > */ || isSpace(c);
}

/** The parser's open elements, with a count per name so that an end tag finds its element in O(1). */
class OpenElements {
  private readonly stack: string[] = [];
  private readonly open = new Map<string, number>();
  /** Where the open headings are in `stack`, innermost last. */
  private readonly headings: number[] = [];
  /** Neutralised start tags per name, each waiting for an end tag to neutralise with it. */
  private readonly dropped = new Map<string, number>();
  /** The parser's foreign-content flags: it pushes one per `<svg>`, `<math>` or integration point and pops on their end tags only. */
  private readonly foreign: boolean[] = [];

  constructor(private readonly maxDepth: number) {}

  /** Whether the parser may see the start tag; if so, the open elements change as the parser's will. */
  start(name: string, selfClosing: boolean): boolean {
    const implied = IMPLIED_CLOSE.get(name);
    let closes = 0;
    while (implied?.has(this.stack[this.stack.length - 1 - closes] ?? '')) closes++;
    // Void elements never nest, and raw-text elements hold no tags, so neither takes the depth past the cap + 1.
    const nests = !VOID.has(name) && !(RAW_TEXT.has(name) && !selfClosing);
    const opensForeign = FOREIGN.has(name) || INTEGRATION.has(name);
    if (nests && (this.stack.length - closes >= this.maxDepth || (opensForeign && this.foreign.length >= this.maxDepth))) {
      this.dropped.set(name, (this.dropped.get(name) ?? 0) + 1);
      return false;
    }
    for (let i = 0; i < closes; i++) this.pop();
    if (VOID.has(name)) return true;
    if (HEADINGS.has(name)) this.headings.push(this.stack.length);
    this.stack.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    if (opensForeign) this.foreign.push(FOREIGN.has(name));
    // Only inside foreign content does the parser honour `/>`, and then only on the element just opened.
    if (selfClosing && this.foreign[this.foreign.length - 1] === true) this.pop();
    return true;
  }

  /** The end tag the parser should see (the same or another heading), or undefined when its start tag was dropped. */
  end(name: string): string | undefined {
    if (VOID.has(name)) return name;
    const dropped = this.dropped.get(name) ?? 0;
    if (dropped > 0) {
      this.dropped.set(name, dropped - 1);
      return undefined;
    }
    const heading = this.headings[this.headings.length - 1];
    const target = HEADINGS.has(name) && !this.open.get(name) && heading !== undefined ? (this.stack[heading] ?? name) : name;
    if (this.open.get(target)) {
      for (let top = this.pop(); top !== target && top !== undefined; top = this.pop());
    }
    if (FOREIGN.has(target) || INTEGRATION.has(target)) this.foreign.pop();
    return target;
  }

  private pop(): string | undefined {
    const name = this.stack.pop();
    if (name === undefined) return undefined;
    this.open.set(name, (this.open.get(name) ?? 1) - 1);
    if (this.headings[this.headings.length - 1] === this.stack.length) this.headings.pop();
    return name;
  }
}

/** The markup with over-deep tags neutralised and heading end tags matched; the input itself when none need it. */
export function repairHtml(html: string, maxDepth = MAX_HTML_NESTING): string {
  const elements = new OpenElements(maxDepth);
  const parts: string[] = [];
  let copied = 0;
  const replace = (start: number, end: number, replacement: string): void => {
    parts.push(html.slice(copied, start), replacement);
    copied = end;
  };
  const neutralise = (start: number, end: number): void => {
    replace(start, end, `<?${html.slice(start + 2, end - 1).replace(/[^\r\n]/g, ' ')}>`);
  };
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      i = skipDeclaration(html, lt);
    } else if (next === 63 /* ? */) {
      i = after(html, '>', lt + 2);
    } else if (next === 47 /* / */) {
      const tag = scanEndTag(html, lt);
      if (tag === undefined) break;
      if (tag.name !== undefined) {
        const target = elements.end(tag.name);
        // Without its `>` the tag runs to the end of the input, where neutralising it would turn into text.
        if (target === undefined && tag.closed) neutralise(lt, tag.end);
        else if (target !== undefined && target !== tag.name) replace(tag.nameStart, tag.nameStart + target.length, target);
      }
      i = tag.end;
    } else if (isAsciiAlpha(next)) {
      const tag = scanStartTag(html, lt);
      if (tag === undefined) break;
      const kept = elements.start(tag.name, tag.selfClosing);
      if (!kept) neutralise(lt, tag.end);
      i = kept && RAW_TEXT.has(tag.name) && !tag.selfClosing ? rawTextEnd(html, tag.name, tag.end) : tag.end;
    } else {
      i = lt + 1;
    }
  }
  if (parts.length === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}

/** Offset just after the next `needle` at or after `from`, or the end of the input. */
function after(html: string, needle: string, from: number): number {
  const at = html.indexOf(needle, from);
  return at < 0 ? html.length : at + needle.length;
}

/** Comments (`<!-->` counts as one), CDATA sections, which HTML reads as comments, and `<!DOCTYPE …>`. */
function skipDeclaration(html: string, lt: number): number {
  if (html.startsWith('--', lt + 2)) return after(html, '-->', lt + 2);
  if (html.startsWith('[CDATA[', lt + 2)) return after(html, ']]>', lt + 9);
  return after(html, '>', lt + 2);
}

interface EndTag {
  /** Lower-cased; absent for `</>` and for bogus comments such as `</3>`. */
  name?: string;
  nameStart: number;
  end: number;
  /** Whether the tag has its `>`. */
  closed: boolean;
}

/** Undefined when the input ends inside the tag name, where the parser drops the tag. */
function scanEndTag(html: string, lt: number): EndTag | undefined {
  const n = html.length;
  let i = lt + 2;
  while (i < n && isSpace(html.charCodeAt(i))) i++;
  const nameStart = i;
  const named = isAsciiAlpha(html.charCodeAt(i));
  if (named) {
    while (i < n && html.charCodeAt(i) !== 62 /* > */ && !isSpace(html.charCodeAt(i))) i++;
    if (i >= n) return undefined;
  }
  const end = i < n && html.charCodeAt(i) === 62 ? i + 1 : after(html, '>', i);
  const closed = html.charCodeAt(end - 1) === 62 && end > i;
  return named ? { name: html.slice(nameStart, i).toLowerCase(), nameStart, end, closed } : { nameStart, end, closed };
}

/** A start tag up to its `>`, attributes and quotes included; undefined when the input ends inside it. */
function scanStartTag(html: string, lt: number): { name: string; selfClosing: boolean; end: number } | undefined {
  const n = html.length;
  let i = lt + 1;
  while (i < n && !isTagNameEnd(html.charCodeAt(i))) i++;
  const name = html.slice(lt + 1, i).toLowerCase();
  let slash = false;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return { name, selfClosing: slash, end: i + 1 };
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 47 /* / */) {
      slash = true;
      i++;
      continue;
    }
    slash = false;
    // An attribute name takes its first character whatever it is, `=` and quotes included.
    i++;
    while (i < n && html.charCodeAt(i) !== 61 /* = */ && !isTagNameEnd(html.charCodeAt(i))) i++;
    let j = i;
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    if (html.charCodeAt(j) !== 61) continue;
    j++;
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    const quote = html.charCodeAt(j);
    if (quote === 34 /* " */ || quote === 39 /* ' */) {
      const close = html.indexOf(quote === 34 ? '"' : "'", j + 1);
      if (close < 0) return undefined;
      i = close + 1;
    } else {
      while (j < n && html.charCodeAt(j) !== 62 && !isSpace(html.charCodeAt(j))) j++;
      i = j;
    }
  }
  return undefined;
}

/** Where the end tag of a raw-text element starts (its `</`), or the end of the input. */
function rawTextEnd(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}[\\t\\n\\f\\r >]`, 'giu');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? html.length;
}
