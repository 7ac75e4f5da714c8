/**
 * Markdown to blocks with a line scanner that knows the block structures policies use: ATX and setext headings,
 * paragraphs, list items, GFM pipe tables, block quotes (read through), fenced code and HTML comments (skipped) and
 * YAML front matter (its `title` and `lang` kept). Blocks point at the words, after `## ` or `- ` markers.
 */
import { BlockTextBuilder, LineIndex, type BlockText } from './block-text.js';
import { draftBlock, tableRowBlock, type Segmented } from './draft-block.js';
import type { Block } from './model.js';
import { appendInlineMarkdown } from './markdown-inline.js';
import { isMenuLine } from './menu-line.js';

interface Range {
  start: number;
  end: number;
}

interface OpenParagraph {
  kind: 'paragraph' | 'list-item';
  lines: Range[];
}

const FRONT_MATTER_MAX_LINES = 200;

export function segmentMarkdown(text: string): Segmented {
  return new MarkdownSegmenter(text).run();
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

class MarkdownSegmenter {
  private readonly lines: LineIndex;
  private readonly blocks: Block[] = [];
  private paragraph: OpenParagraph | undefined;
  private tableColumns = 0;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  run(): Segmented {
    const { text, lines } = this;
    const front = this.frontMatter();
    let fence: { char: string; length: number } | undefined;
    /** Offset of the `-->` that ends the HTML comment being skipped; -1 outside comments. */
    let commentEnd = -1;
    let previousQuoted = false;
    for (let n = front.nextLine; n <= lines.lineCount; n++) {
      const end = lines.lineEnd(n);
      const { start, quoted } = this.contentStart(n);
      const first = this.skipIndent(start, end);
      if (quoted !== previousQuoted) this.closeAll();
      previousQuoted = quoted;

      if (fence) {
        const run = this.runLength(first, end, fence.char);
        if (run >= fence.length && this.skipIndent(first + run, end) === end) fence = undefined;
        continue;
      }
      if (commentEnd >= 0) {
        if (commentEnd < end) commentEnd = -1;
        continue;
      }
      if (first === end) {
        this.closeAll();
        continue;
      }
      const c = text[first];
      if ((c === '`' || c === '~') && this.runLength(first, end, c) >= 3) {
        this.closeAll();
        fence = { char: c, length: this.runLength(first, end, c) };
        continue;
      }
      if (text.startsWith('<!--', first)) {
        const close = text.indexOf('-->', first + 4);
        if (close === -1 || close >= end) {
          this.closeAll();
          // An unclosed comment hides the rest of the file, as it would on a rendered page.
          commentEnd = close === -1 ? text.length : close;
          continue;
        }
        if (this.skipIndent(close + 3, end) === end) continue;
      }
      const indent = first - start;
      if (this.tableColumns > 0) {
        if (!this.startsBlock(first, end, indent)) {
          this.tableRow({ start: first, end }, false);
          continue;
        }
        this.tableColumns = 0;
      }
      if (indent <= 3 && this.heading(first, end)) continue;
      if (indent <= 3 && this.setextUnderline(first, end)) continue;
      if (indent <= 3 && this.isThematicBreak(first, end)) {
        this.closeAll();
        continue;
      }
      if (n < lines.lineCount && this.tableStart(first, end, n + 1)) {
        n++;
        continue;
      }
      const item = this.listItemContent(first, end);
      if (item !== undefined) {
        this.closeAll();
        if (item < end) this.paragraph = { kind: 'list-item', lines: [{ start: item, end }] };
        continue;
      }
      if (this.paragraph) {
        this.paragraph.lines.push({ start: first, end });
      } else if (!(indent <= 3 && /^\[[^\]\n]{1,999}\]:/.test(text.slice(first, Math.min(end, first + 1004))))) {
        this.paragraph = { kind: 'paragraph', lines: [{ start: first, end }] };
      }
    }
    this.closeAll();
    return { blocks: this.blocks, ...(front.title ? { title: front.title } : {}), ...(front.lang ? { declaredLanguage: front.lang } : {}) };
  }

  /** Skips block quote markers (`>`, nested ones included): quoted text is read as if it were not quoted. */
  private contentStart(n: number): { start: number; quoted: boolean } {
    const { text } = this;
    const end = this.lines.lineEnd(n);
    let start = this.lines.lineStart(n);
    let quoted = false;
    for (;;) {
      let p = start;
      while (p < end && p - start < 3 && text[p] === ' ') p++;
      if (text[p] !== '>' || p >= end) return { start, quoted };
      quoted = true;
      start = isBlank(text[p + 1]) ? p + 2 : p + 1;
    }
  }

  private skipIndent(from: number, end: number): number {
    let p = from;
    while (p < end && isBlank(this.text[p])) p++;
    return p;
  }

  private runLength(from: number, end: number, char: string): number {
    let p = from;
    while (p < end && this.text[p] === char) p++;
    return p - from;
  }

  private trimEnd(start: number, end: number): number {
    let e = end;
    while (e > start && isBlank(this.text[e - 1])) e--;
    return e;
  }

  private closeAll(): void {
    this.closeParagraph();
    this.tableColumns = 0;
  }

  private closeParagraph(): void {
    const open = this.paragraph;
    this.paragraph = undefined;
    if (!open) return;
    const built = this.buildLines(open.lines);
    if (!built || (open.kind === 'paragraph' && open.lines.length === 1 && isMenuLine(built.text))) return;
    this.blocks.push(draftBlock(open.kind, built));
  }

  private buildLines(ranges: Range[]): BlockText | undefined {
    const builder = new BlockTextBuilder(this.lines);
    for (const range of ranges) {
      builder.lineBreak();
      appendInlineMarkdown(builder, this.text, range.start, range.end);
    }
    return builder.build();
  }

  private startsBlock(first: number, end: number, indent: number): boolean {
    const c = this.text[first];
    if (c === '`' || c === '~') return this.runLength(first, end, c) >= 3;
    return indent <= 3 && (this.atxLevel(first, end) > 0 || this.isThematicBreak(first, end));
  }

  private atxLevel(first: number, end: number): number {
    const level = this.runLength(first, end, '#');
    if (level < 1 || level > 6) return 0;
    const after = first + level;
    return after === end || isBlank(this.text[after]) ? level : 0;
  }

  private heading(first: number, end: number): boolean {
    const level = this.atxLevel(first, end);
    if (level === 0) return false;
    this.closeAll();
    const start = this.skipIndent(first + level, end);
    let stop = this.trimEnd(start, end);
    let hashes = stop;
    while (hashes > start && this.text[hashes - 1] === '#') hashes--;
    if (hashes === start || isBlank(this.text[hashes - 1])) stop = this.trimEnd(start, hashes);
    const built = this.buildLines([{ start, end: stop }]);
    if (built) this.blocks.push(draftBlock('heading', built, { level }));
    return true;
  }

  private setextUnderline(first: number, end: number): boolean {
    const open = this.paragraph;
    const c = this.text[first];
    if (!open || open.kind !== 'paragraph' || (c !== '=' && c !== '-')) return false;
    if (this.skipIndent(first + this.runLength(first, end, c), end) !== end) return false;
    this.paragraph = undefined;
    const built = this.buildLines(open.lines);
    if (built) this.blocks.push(draftBlock('heading', built, { level: c === '=' ? 1 : 2 }));
    return true;
  }

  private isThematicBreak(first: number, end: number): boolean {
    const c = this.text[first];
    if (c !== '-' && c !== '*' && c !== '_') return false;
    let count = 0;
    for (let p = first; p < end; p++) {
      const d = this.text[p];
      if (d === c) count++;
      else if (!isBlank(d)) return false;
    }
    return count >= 3;
  }

  /** Offset where a list item's text starts, or undefined when the line is not a list item. */
  private listItemContent(first: number, end: number): number | undefined {
    const { text } = this;
    let p = first;
    const c = text[p];
    if (c === '-' || c === '*' || c === '+') {
      p++;
    } else {
      while (p < end && p - first < 9 && text[p]! >= '0' && text[p]! <= '9') p++;
      if (p === first || (text[p] !== '.' && text[p] !== ')')) return undefined;
      p++;
    }
    if (p < end && !isBlank(text[p])) return undefined;
    let content = this.skipIndent(p, end);
    if (/^\[[ xX]\][ \t]/.test(text.slice(content, content + 4))) content = this.skipIndent(content + 3, end);
    return content;
  }

  /** A pipe table starts at a row followed by a delimiter row (`| --- | :-: |`) with as many cells. */
  private tableStart(first: number, end: number, delimiterLine: number): boolean {
    const { text, lines } = this;
    if (!this.includesPipe(first, end)) return false;
    const delimiterEnd = lines.lineEnd(delimiterLine);
    const delimiterFirst = this.skipIndent(this.contentStart(delimiterLine).start, delimiterEnd);
    let dashes = 0;
    for (let p = delimiterFirst; p < delimiterEnd; p++) {
      const d = text[p];
      if (d === '-') dashes++;
      else if (d !== '|' && d !== ':' && !isBlank(d)) return false;
    }
    if (dashes === 0 || !this.includesPipe(delimiterFirst, delimiterEnd)) return false;
    const columns = this.splitCells({ start: first, end }).length;
    if (columns !== this.splitCells({ start: delimiterFirst, end: delimiterEnd }).length) return false;
    this.closeAll();
    this.tableRow({ start: first, end }, true);
    this.tableColumns = columns;
    return true;
  }

  /** Searches the line only: `indexOf` on the whole text would read the rest of the file for every line. */
  private includesPipe(from: number, end: number): boolean {
    for (let p = from; p < end; p++) if (this.text[p] === '|') return true;
    return false;
  }

  private tableRow(row: Range, header: boolean): void {
    const block = tableRowBlock(
      this.splitCells(row).map((cell) => this.buildLines([cell])),
      header,
    );
    if (block) this.blocks.push(block);
  }

  /** Cell ranges of a pipe-table row; `\|` is a literal pipe and the outer pipes are optional. */
  private splitCells(row: Range): Range[] {
    const { text } = this;
    const start = row.start;
    const end = this.trimEnd(start, row.end);
    const cells: Range[] = [];
    let cellStart = text[start] === '|' ? start + 1 : start;
    for (let p = cellStart; p < end; p++) {
      if (text[p] === '\\') p++;
      else if (text[p] === '|') {
        cells.push({ start: cellStart, end: p });
        cellStart = p + 1;
      }
    }
    if (cellStart < end || text[end - 1] !== '|' || end === start) cells.push({ start: cellStart, end });
    return cells;
  }

  /** YAML front matter between `---` lines at the very top: skipped, with `title` and `lang` kept. */
  private frontMatter(): { nextLine: number; title?: string; lang?: string } {
    const { lines, text } = this;
    const line = (n: number): string => text.slice(lines.lineStart(n), lines.lineEnd(n)).trimEnd();
    if (lines.lineCount < 2 || line(1) !== '---') return { nextLine: 1 };
    const fields: Record<string, string> = {};
    for (let n = 2; n <= Math.min(lines.lineCount, FRONT_MATTER_MAX_LINES); n++) {
      const content = line(n);
      if (content === '---' || content === '...') {
        return { nextLine: n + 1, ...(fields.title ? { title: fields.title } : {}), ...(fields.lang ? { lang: fields.lang } : {}) };
      }
      const field = /^(title|lang|language|locale)\s*:\s*(.*)$/i.exec(content);
      if (field?.[1] && field[2]) {
        const key = field[1].toLowerCase() === 'title' ? 'title' : 'lang';
        fields[key] ??= field[2].replace(/^(["'])(.*)\1$/, '$2').trim();
      }
    }
    return { nextLine: 1 };
  }
}
