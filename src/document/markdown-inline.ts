/**
 * Inline Markdown to plain text: emphasis markers, link targets, code fences around inline code, HTML tags and comments
 * go; link text, image alt text and code content stay. Every search forward is cached, so a hostile 1 MB line of
 * brackets or backticks is still read in linear time.
 */
import type { BlockTextBuilder } from './block-text.js';
import { decodeCharacterReference } from './entities.js';

/** Backtick runs longer than this are literal: bounds the number of failed closer searches per line. */
const MAX_CODE_FENCE = 16;

const ASCII_PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/y;
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;

/** Forward searches in one line. A hit (or a miss) found from one offset stays valid for any later offset before it. */
class Finder {
  private readonly found = new Map<string, { from: number; hit: number }>();
  /** The line alone, so that a miss costs the line's length, not the rest of the document's. */
  private readonly line: string;

  constructor(
    text: string,
    private readonly start: number,
    end: number,
  ) {
    this.line = text.slice(start, end);
  }

  /** Offset of the first `needle` at or after `from` (before the line end), or -1. */
  next(needle: string, from: number): number {
    const cached = this.found.get(needle);
    if (cached !== undefined && cached.from <= from && (cached.hit === -1 || cached.hit >= from)) return cached.hit;
    const at = this.line.indexOf(needle, from - this.start);
    const hit = at === -1 ? -1 : at + this.start;
    this.found.set(needle, { from, hit });
    return hit;
  }
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function isBlankCode(c: number): boolean {
  return Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/**
 * Pairs emphasis delimiter runs (`*`, `_`, `~~`) in one linear pass with a stack per character, as CommonMark's
 * delimiter stack does in simplified form: a run that can close takes the nearest open run of its character. Only
 * paired runs are markup; the others (`_ga`, `snake_case`, a lone `*`) are text and stay in it.
 */
function pairDelimiterRuns(text: string, start: number, end: number): Set<number> {
  const paired = new Set<number>();
  const open: Record<string, number[]> = { '*': [], _: [], '~': [] };
  for (let i = start; i < end; ) {
    const ch = text[i]!;
    if (ch === '\\') {
      i += 2;
      continue;
    }
    const stack = open[ch];
    if (!stack) {
      i++;
      continue;
    }
    let n = 1;
    while (i + n < end && text[i + n] === ch) n++;
    if (ch !== '~' || n === 2) {
      const before = i > 0 ? text.charCodeAt(i - 1) : Number.NaN;
      const after = i + n < end ? text.charCodeAt(i + n) : Number.NaN;
      const leftFlanking = !isBlankCode(after);
      const rightFlanking = !isBlankCode(before);
      const canOpen = ch === '_' ? leftFlanking && !isWordCode(before) : leftFlanking;
      const canClose = ch === '_' ? rightFlanking && !isWordCode(after) : rightFlanking;
      if (canClose && stack.length > 0) {
        paired.add(stack.pop()!);
        paired.add(i);
      } else if (canOpen) stack.push(i);
    }
    i += n;
  }
  return paired;
}

/** Appends the plain text of `text[start, end)` (one line of inline Markdown) to `builder`. */
export function appendInlineMarkdown(builder: BlockTextBuilder, text: string, start: number, end: number): void {
  const finder = new Finder(text, start, end);
  new InlineScanner(builder, text, finder).scan(start, end);
}

class InlineScanner {
  private runStart = 0;
  /** Start positions of emphasis delimiter runs that have a partner; a lone `_` (as in `_ga`) stays text. */
  private paired: Set<number> | undefined;
  /** Backtick run lengths with no closing run left in the line. */
  private readonly unclosedTicks = new Set<number>();

  constructor(
    private readonly builder: BlockTextBuilder,
    private readonly text: string,
    private readonly finder: Finder,
  ) {}

  scan(start: number, end: number): void {
    const { text } = this;
    this.paired ??= pairDelimiterRuns(text, start, end);
    this.runStart = start;
    let i = start;
    while (i < end) {
      const ch = text[i];
      let next = -1;
      if (ch === '\\') next = this.escape(i, end);
      else if (ch === '`') next = this.code(i, end);
      else if (ch === '[' || (ch === '!' && text[i + 1] === '[')) next = this.link(i, end);
      else if (ch === '<') next = this.angle(i, end);
      else if (ch === '*' || ch === '_' || ch === '~') next = this.emphasis(i, end);
      else if (ch === '&') next = this.reference(i, end);
      i = next === -1 ? i + 1 : next;
    }
    this.flush(end);
  }

  private flush(to: number): void {
    if (to > this.runStart) this.builder.appendSource(this.text.slice(this.runStart, to), this.runStart);
  }

  /** Drops text[from, to) and resumes copying at `to`. */
  private skip(from: number, to: number): number {
    this.flush(from);
    this.runStart = to;
    return to;
  }

  private escape(i: number, end: number): number {
    const next = this.text[i + 1];
    if (i + 1 >= end) return this.skip(i, end);
    if (next === undefined || !ASCII_PUNCTUATION.has(next)) return -1;
    this.skip(i, i + 1);
    return i + 2;
  }

  private code(i: number, end: number): number {
    const { text } = this;
    let n = 1;
    while (i + n < end && text[i + n] === '`') n++;
    if (n > MAX_CODE_FENCE || this.unclosedTicks.has(n)) return i + n;
    const ticks = '`'.repeat(n);
    let from = i + n;
    for (;;) {
      const close = this.finder.next(ticks, from);
      if (close === -1) {
        this.unclosedTicks.add(n);
        return i + n;
      }
      let runEnd = close + n;
      while (runEnd < end && text[runEnd] === '`') runEnd++;
      if (runEnd - close === n) {
        this.skip(i, i + n);
        this.skip(close, runEnd);
        return runEnd;
      }
      from = runEnd;
    }
  }

  private link(i: number, end: number): number {
    const { text, finder } = this;
    const open = text[i] === '!' ? i + 1 : i;
    const close = finder.next(']', open + 1);
    if (close === -1) return open + 1;
    const nested = finder.next('[', open + 1);
    if (nested !== -1 && nested < close) return open + 1;
    const after = text[close + 1];
    let resume: number;
    if (after === '(') {
      let paren = finder.next(')', close + 2);
      const inner = finder.next('(', close + 2);
      if (paren !== -1 && inner !== -1 && inner < paren) paren = finder.next(')', paren + 1);
      if (paren === -1) return open + 1;
      resume = paren + 1;
    } else if (after === '[') {
      const refClose = finder.next(']', close + 2);
      if (refClose === -1) return open + 1;
      resume = refClose + 1;
    } else {
      return open + 1;
    }
    this.skip(i, open + 1);
    this.scan(open + 1, close);
    this.runStart = resume;
    return resume;
  }

  private angle(i: number, end: number): number {
    const { text } = this;
    if (text.startsWith('<!--', i)) {
      const close = this.finder.next('-->', i + 4);
      return this.skip(i, close === -1 ? end : close + 3);
    }
    AUTOLINK.lastIndex = i;
    const auto = AUTOLINK.exec(text);
    if (auto && auto.index + auto[0].length <= end) {
      this.skip(i, i + 1);
      const close = i + auto[0].length - 1;
      this.flush(close);
      this.runStart = close + 1;
      return close + 1;
    }
    HTML_TAG.lastIndex = i;
    const tag = HTML_TAG.exec(text);
    if (tag && tag.index + tag[0].length <= end) return this.skip(i, i + tag[0].length);
    return -1;
  }

  /** Emphasis and strikethrough markers go when they flank text, as CommonMark's delimiter rules put it. */
  private emphasis(i: number, end: number): number {
    const { text } = this;
    const ch = text[i];
    let n = 1;
    while (i + n < end && text[i + n] === ch) n++;
    return this.paired?.has(i) ? this.skip(i, i + n) : i + n;
  }

  private reference(i: number, end: number): number {
    CHARACTER_REFERENCE.lastIndex = i;
    const match = CHARACTER_REFERENCE.exec(this.text);
    if (!match || i + match[0].length > end) return -1;
    const decoded = decodeCharacterReference(match[0]);
    if (decoded === undefined) return -1;
    this.flush(i);
    this.builder.appendDecoded(decoded, i, match[0].length);
    this.runStart = i + match[0].length;
    return this.runStart;
  }
}
