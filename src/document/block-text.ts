/**
 * Block text with its way back to the source: every format segmenter feeds source stretches into a builder, which folds
 * white space and records an anchor wherever the text stops following the source one to one.
 */
import type { Anchor, Block, SourcePosition } from './model.js';

/** Line starts of a decoded file. `\n`, `\r\n` and a lone `\r` each end a line, as editors count them. */
export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly ends: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        this.ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
    this.ends.push(text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** Offset just after the last character of a 1-based line, line break excluded. */
  lineEnd(line: number): number {
    return this.ends[line - 1] ?? this.text.length;
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  position(offset: number): SourcePosition {
    const line = this.lineOf(offset);
    return { line, column: offset - this.lineStart(line) + 1 };
  }
}

/** White space as the folding rules see it: ASCII space and controls, NBSP and the Unicode space separators. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Characters that carry nothing a reader sees: soft hyphen, zero-width space, stray controls, and the direction
 * controls, which could otherwise make evidence display differently from what it says.
 */
function isInvisibleCode(c: number): boolean {
  return (
    c < 32 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0xad ||
    c === 0x061c ||
    c === 0x200b ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    c === 0x2060 ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

export interface BlockText {
  text: string;
  anchors: Anchor[];
  start: SourcePosition;
  /** Just after the last character, like SARIF's exclusive end column. */
  end: SourcePosition;
}

export class BlockTextBuilder {
  private output = '';
  private readonly anchors: Anchor[] = [];
  /** Source offset the next character must have to stay in the current anchor's run. */
  private nextSource = -1;
  /** First offset of the line after the current anchor's line: a run never crosses a line. */
  private runLimit = -1;
  private pendingSpace = -1;
  private pendingBreak = false;
  /** Source offset just after the last character emitted. */
  private sourceEnd = 0;

  constructor(private readonly lines: LineIndex) {}

  /** Source text that starts at `offset` and maps to the source character for character. */
  appendSource(text: string, offset: number): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isSpaceCode(c)) {
        if (this.pendingSpace < 0) this.pendingSpace = offset + i;
        i++;
        continue;
      }
      if (isInvisibleCode(c)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isSpaceCode(d) || isInvisibleCode(d)) break;
        j++;
      }
      this.emit(j - i === n ? text : text.slice(i, j), offset + i);
      i = j;
    }
  }

  /** Text that replaces `sourceLength` source characters at `offset` (a decoded entity or escape). */
  appendDecoded(text: string, offset: number, sourceLength: number): void {
    for (const ch of text) {
      const c = ch.charCodeAt(0);
      if (isSpaceCode(c)) {
        if (this.pendingSpace < 0) this.pendingSpace = offset;
      } else if (!isInvisibleCode(c)) {
        this.emit(ch, offset);
        this.nextSource = -1;
        this.sourceEnd = offset + sourceLength;
      }
    }
  }

  /** A line break kept in the text as `\n` (runs of breaks and the spaces around them fold to one). */
  lineBreak(): void {
    if (this.output.length > 0) this.pendingBreak = true;
  }

  build(): BlockText | undefined {
    const first = this.anchors[0];
    if (this.output.length === 0 || first === undefined) return undefined;
    return { text: this.output, anchors: this.anchors, start: { line: first[1], column: first[2] }, end: this.lines.position(this.sourceEnd) };
  }

  private emit(text: string, source: number): void {
    if (this.output.length > 0) {
      if (this.pendingBreak) this.push('\n', -1);
      else if (this.pendingSpace >= 0) this.push(' ', this.pendingSpace);
    }
    this.pendingBreak = false;
    this.pendingSpace = -1;
    this.push(text, source);
  }

  /** `source` -1 marks text that exists only in the output; it continues the current run. */
  private push(text: string, source: number): void {
    if (source < 0) {
      if (this.nextSource >= 0) this.nextSource += text.length;
    } else {
      if (source !== this.nextSource || source >= this.runLimit) {
        const line = this.lines.lineOf(source);
        this.anchors.push([this.output.length, line, source - this.lines.lineStart(line) + 1]);
        this.runLimit = line < this.lines.lineCount ? this.lines.lineStart(line + 1) : Number.POSITIVE_INFINITY;
      }
      this.nextSource = source + text.length;
      this.sourceEnd = this.nextSource;
    }
    this.output += text;
  }
}

/** Joins built texts with a separator that exists only in the output (table cells). */
export function joinBlockTexts(texts: BlockText[], separator: string): BlockText | undefined {
  const first = texts[0];
  const last = texts[texts.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const anchors: Anchor[] = [];
  let offset = 0;
  for (const part of texts) {
    for (const [at, line, column] of part.anchors) anchors.push([at + offset, line, column]);
    offset += part.text.length + separator.length;
  }
  return { text: texts.map((t) => t.text).join(separator), anchors, start: first.start, end: last.end };
}

function positionInAnchors(anchors: readonly Anchor[], offset: number): SourcePosition {
  let low = 0;
  let high = anchors.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((anchors[mid]?.[0] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  const anchor = anchors[low];
  if (anchor === undefined) return { line: 1, column: 1 };
  return { line: anchor[1], column: anchor[2] + Math.max(0, offset - anchor[0]) };
}

/** Line and column in the original file of the character at `offset` in `block.text` (clamped to the text). */
export function positionAt(block: Pick<Block, 'anchors' | 'text'>, offset: number): SourcePosition {
  return positionInAnchors(block.anchors, Math.min(Math.max(0, Math.floor(offset)), block.text.length));
}
