/**
 * Plain text to blocks. Real policies pasted as text have no markup, so structure is inferred line by line: bullets,
 * pipe-separated rows, and headings recognised by numbering (`4 – Durée`, `3. Ihre Rechte`, `IV.`, `Article 5 :`), by
 * being a question, by being short and unpunctuated before body text, by capitals, or by an `===`/`---` underline.
 * Text is either hard-wrapped prose (lines join into paragraphs) or one statement per line (each line is a block);
 * the document's own lines decide which.
 */
import { BlockTextBuilder, isSpaceCode, LineIndex, type BlockText } from './block-text.js';
import { draftBlock, tableRowBlock, type Segmented } from './draft-block.js';
import { isCopyrightLine, isMenuLine } from './menu-line.js';
import type { Block } from './model.js';

type LineKind = 'blank' | 'rule' | 'table' | 'list' | 'text';

interface TextLine {
  kind: LineKind;
  /** Trimmed content. */
  start: number;
  end: number;
  content: string;
  indent: number;
  /** List items: where the item's own text starts, after the marker. */
  itemStart: number;
  /** List items whose marker is a number (`3.`), which may really be a numbered heading. */
  ordinal: boolean;
  /** Underline lines: the repeated character. */
  ruleChar: string;
  heading?: InferredHeading;
}

interface InferredHeading {
  level: number;
  rule: 'numbered' | 'question' | 'short' | 'underline';
  /** The next line is body text: only such headings let a heading line directly above them count as one too. */
  beforeBody: boolean;
}

/** Longer lines are never headings; the cap also keeps the per-line tests cheap on huge lines. */
const HEADING_MAX_CHARS = 200;
const SHORT_HEADING_MAX_WORDS = 8;
/** A line standing alone between blank lines is a strong heading signal and may be a little longer. */
const ISOLATED_HEADING_MAX_WORDS = 12;
const TITLE_MAX_WORDS = 12;
/** How much longer than the line above it a rule must be to be taken as a separator drawn at a fixed width. */
const RULER_RATIO = 1.5;

const BULLET = /^(?:[-•*–—·▪◦‣●○■□➢►✓✔→]|\(?[a-zA-Z]\)|\([0-9]{1,3}\)|[ivx]{1,5}\)|(?<ordinal>[0-9]{1,3}[.)]))(?=\s)/u;
const KEYWORD_HEADING =
  /^(?:article|artikel|artículo|articulo|articolo|artigo|art\.|section|chapitre|chapter|kapitel|capítulo|capitolo|titre|abschnitt|§)\s*(?:[0-9]{1,3}[a-z]?(?:\.[0-9]{1,3})*|[IVX]{1,6})(?![\p{L}\p{N}])\s*(?:[.):–—-]\s*)?(?<rest>.*)$/iu;
const NUMBER_HEADING = /^(?<number>[0-9]{1,2}(?:\.[0-9]{1,2}){0,4})(?<dot>\.?)(?<sep>\s*[):–—-]\s*|\s+)(?<rest>.*)$/u;
const ROMAN_HEADING = /^[IVX]{1,6}(?:[.)]|\s+[–—-])\s+(?<rest>.*)$/u;
const SENTENCE_END = /[.!?:;…]["'’”»)\]]*$/u;
const HEADING_REJECT_END = /[.,;:!…]["'’”»)\]]*$/u;
const LEADING_PUNCTUATION = /^[\s"'«“‘(¿¡[]*/u;
/**
 * Words a sentence cannot end on (articles, prepositions, conjunctions, possessive determiners of the six languages): a
 * line ending on one breaks off mid-sentence (`… gesetzlicher Vorgaben, um den`, `12.1 For information about cookies,
 * please see our` over `Cookie Notice at …`), whatever case the next line starts in.
 */
const UNFINISHED_END =
  /(?:^|[\s(])(?:the|a|an|of|to|and|or|for|with|by|from|in|on|at|as|our|your|their|unser|unsere|unserer|unseren|unserem|notre|nos|votre|vos|nuestro|nuestra|nuestros|nuestras|vuestro|vuestra|nostro|nostra|nostri|nostre|vostro|vostra|onze|uw|jouw|der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|und|oder|zu|zur|zum|für|mit|von|vom|bei|nach|aus|auf|an|im|um|über|gemäß|sowie|le|la|les|un|une|des|du|de|d'|l'|et|ou|à|au|aux|pour|par|avec|sur|dans|el|los|las|una|y|o|del|en|con|por|para|il|lo|gli|uno|e|di|da|dei|delle|della|per|su|het|een|van|en|of|voor|met|op|te|bij|naar|door|aan)$/iu;

export function segmentText(text: string): Segmented {
  const lines = new LineIndex(text);
  const parsed = classifyLines(text, lines);
  const wrapped = isHardWrapped(parsed);
  inferHeadings(parsed, wrapped);
  return { blocks: buildBlocks(text, lines, parsed, wrapped) };
}

function classifyLines(text: string, lines: LineIndex): TextLine[] {
  const parsed: TextLine[] = [];
  for (let n = 1; n <= lines.lineCount; n++) {
    const lineStart = lines.lineStart(n);
    let start = lineStart;
    let end = lines.lineEnd(n);
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    const content = text.slice(start, end);
    const line: TextLine = { kind: 'text', start, end, content, indent: start - lineStart, itemStart: start, ordinal: false, ruleChar: '' };
    parsed.push(line);
    if (start === end) line.kind = 'blank';
    else if (!/[\p{L}\p{N}]/u.test(content)) {
      line.kind = 'rule';
      const compact = content.replace(/\s/gu, '');
      if (/^(=+|-+)$/.test(compact) && compact.length >= 3) line.ruleChar = compact[0] ?? '';
    } else {
      const bullet = BULLET.exec(content.slice(0, 8));
      if (bullet) {
        let itemStart = start + bullet[0].length;
        while (itemStart < end && isSpaceCode(text.charCodeAt(itemStart))) itemStart++;
        line.kind = 'list';
        line.itemStart = itemStart;
        line.ordinal = bullet.groups?.ordinal !== undefined;
      } else if (countPipes(content) >= 2) {
        line.kind = 'table';
      }
    }
  }
  // A single pipe makes a row only next to another row.
  parsed.forEach((line, i) => {
    if (line.kind !== 'text' || countPipes(line.content) !== 1) return;
    const neighbour = (j: number): boolean => {
      const other = parsed[j];
      return other !== undefined && (other.kind === 'table' || (other.kind === 'text' && countPipes(other.content) > 0));
    };
    if (neighbour(i - 1) || neighbour(i + 1)) line.kind = 'table';
  });
  // A menu line stands alone (no row or text right above or below); it separates blocks.
  parsed.forEach((line, i) => {
    if ((line.kind === 'text' || line.kind === 'table') && setApart(parsed, i - 1) && setApart(parsed, i + 1) && isMenuLine(line.content)) line.kind = 'rule';
  });
  // A footer of a copyright notice and a line of links (`© 2024 Example – All rights reserved` over `Privacy | Cookies
  // | Contact`) is page furniture too, whichever comes first: under the last heading it would pass for its content.
  parsed.forEach((line, i) => {
    if ((line.kind !== 'text' && line.kind !== 'table') || !isCopyrightLine(line.content)) return;
    const furniture = (j: number): boolean => {
      const other = parsed[j];
      return other !== undefined && (other.kind === 'text' || other.kind === 'table') && isMenuLine(other.content);
    };
    const below = furniture(i + 1) && setApart(parsed, i - 1) && setApart(parsed, i + 2);
    const above = furniture(i - 1) && setApart(parsed, i + 1) && setApart(parsed, i - 2);
    if (!below && !above) return;
    line.kind = 'rule';
    parsed[below ? i + 1 : i - 1]!.kind = 'rule';
  });
  return parsed;
}

function countPipes(content: string): number {
  let count = 0;
  for (let p = content.indexOf('|'); p !== -1 && count < 2; p = content.indexOf('|', p + 1)) count++;
  return count;
}

function wordCount(content: string): number {
  return content.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function firstLetter(content: string): string | undefined {
  return content.slice(0, 32).replace(LEADING_PUNCTUATION, '')[0];
}

function startsLowercase(content: string): boolean {
  const first = firstLetter(content);
  return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
}

function startsUppercase(content: string): boolean {
  const first = firstLetter(content);
  return first !== undefined && first === first.toUpperCase() && first !== first.toLowerCase();
}

function endsSentence(line: TextLine): boolean {
  return SENTENCE_END.test(line.content.slice(-8));
}

/**
 * Hard-wrapped prose breaks long lines mid-sentence; one-statement-per-line text ends nearly every long line with
 * punctuation. Short lines are left out of the count, since headings are short and unpunctuated in both.
 */
function isHardWrapped(parsed: TextLine[]): boolean {
  let long = 0;
  let open = 0;
  parsed.forEach((line, i) => {
    if (line.kind !== 'text' || parsed[i + 1]?.kind !== 'text') return;
    if (line.content.length <= HEADING_MAX_CHARS && wordCount(line.content) <= SHORT_HEADING_MAX_WORDS) return;
    long++;
    if (!endsSentence(line)) open++;
  });
  return open >= 3 && open * 2 >= long;
}

function titleLike(rest: string, maxWords: number): boolean {
  return startsUppercase(rest) && !HEADING_REJECT_END.test(rest) && wordCount(rest) <= maxWords;
}

function numberedHeading(line: TextLine): { level: number; bare: boolean } | undefined {
  const { content } = line;
  const keyword = KEYWORD_HEADING.exec(content);
  if (keyword && startsUppercase(content.replace(/^§/u, 'S'))) {
    const rest = keyword.groups?.rest ?? '';
    if (rest === '' || titleLike(rest, TITLE_MAX_WORDS)) return { level: 2, bare: false };
  }
  const roman = ROMAN_HEADING.exec(content);
  if (roman && titleLike(roman.groups?.rest ?? '', TITLE_MAX_WORDS)) return { level: 2, bare: false };
  const numbered = NUMBER_HEADING.exec(content);
  if (!numbered?.groups) return undefined;
  const { number = '', dot, sep = '', rest = '' } = numbered.groups;
  const bare = dot === '' && sep.trim() === '';
  if (!titleLike(rest, TITLE_MAX_WORDS) || (bare && /[0-9]/.test(rest))) return undefined;
  return { level: Math.min(6, number.split('.').length + 1), bare };
}

function isQuestionHeading(line: TextLine): boolean {
  const { content } = line;
  if (!content.endsWith('?') || /[.!?]\s/u.test(content.slice(0, -1))) return false;
  return (content.startsWith('¿') || startsUppercase(content)) && wordCount(content) <= TITLE_MAX_WORDS;
}

function isAllCaps(content: string): boolean {
  const letters = content.match(/\p{L}/gu) ?? [];
  return letters.length >= 3 && letters.every((ch) => ch === ch.toUpperCase() && ch !== ch.toLowerCase());
}

/** A short unpunctuated line, or a line in capitals, that names something rather than says something. */
function isLabelLine(line: TextLine, maxWords: number): boolean {
  const { content } = line;
  if (HEADING_REJECT_END.test(content) || /[0-9@]|:\/\/|www\./u.test(content)) return false;
  const words = wordCount(content);
  if (isAllCaps(content)) return words <= TITLE_MAX_WORDS;
  return startsUppercase(content) && words <= maxWords;
}

/**
 * Whether the rule under a line is a separator, not its underline: a `label: value` line (`Last updated: 24 May 2018`)
 * over a rule much longer than itself, as a plain-text page draws at a fixed width between its parts. A title over a
 * fixed-width rule (`6. RECIPIENTS`) is still one: it has no value after a colon.
 */
function rulerUnderLabel(line: TextLine, under: TextLine): boolean {
  const colon = line.content.indexOf(':');
  if (colon < 0 || !/[\p{L}\p{N}]/u.test(line.content.slice(colon + 1))) return false;
  return under.content.replace(/\s/gu, '').length > line.content.length * RULER_RATIO;
}

function inferHeadings(parsed: TextLine[], wrapped: boolean): void {
  const isContent = (line: TextLine | undefined): boolean => line !== undefined && line.kind !== 'blank' && line.kind !== 'rule';
  parsed.forEach((line, i) => {
    const under = parsed[i + 1];
    if (line.kind === 'text' && under?.ruleChar && line.content.length <= HEADING_MAX_CHARS && wordCount(line.content) <= TITLE_MAX_WORDS && !rulerUnderLabel(line, under)) {
      line.heading = { level: under.ruleChar === '=' ? 1 : 2, rule: 'underline', beforeBody: true };
    }
  });

  let nextIndex = -1;
  for (let i = parsed.length - 1; i >= 0; i--) {
    const line = parsed[i] as TextLine;
    if (!isContent(line)) continue;
    const following = nextIndex;
    nextIndex = i;
    if (line.heading || line.content.length > HEADING_MAX_CHARS) continue;
    if (line.kind !== 'text' && !(line.kind === 'list' && line.ordinal)) continue;

    const next = parsed[following];
    const previous = parsed[i - 1];
    if (breaksOff(line, parsed[i + 1], previous)) continue;
    const isolated = !isContent(previous) && !isContent(parsed[i + 1]);
    const beforeBody = next !== undefined && isBody(next, isolated);

    const numbered = numberedHeading(line);
    if (numbered) {
      // Adjacent lines numbered at the same depth are a numbered list (or a table of contents), not headings.
      const sameDepth = (other: TextLine | undefined): boolean => other !== undefined && other.kind !== 'blank' && numberedHeading(other)?.level === numbered.level;
      const listLike = sameDepth(previous) || sameDepth(parsed[i + 1]) || previousContentLine(parsed, i)?.content.endsWith(':') === true;
      if (!listLike && (!numbered.bare || beforeBody)) line.heading = { level: numbered.level, rule: 'numbered', beforeBody };
      continue;
    }
    if (line.kind !== 'text') continue;
    // In wrapped prose a line right under an unfinished one is the end of that sentence.
    if (wrapped && previous?.kind === 'text' && !endsSentence(previous)) continue;
    if (isQuestionHeading(line)) {
      line.heading = { level: 2, rule: 'question', beforeBody };
      continue;
    }
    if (!isLabelLine(line, isolated ? ISOLATED_HEADING_MAX_WORDS : SHORT_HEADING_MAX_WORDS)) continue;
    // What a colon introduces (`Verantwortlich ist:` over a name and an address) is its content, not a heading. Not a
    // line in capitals set off by a gap of two blank lines or more and standing over a sentence, though: that is the
    // next heading after a template's list left empty (`…per le seguenti finalità:`, a gap, then `MODALITÀ DEL
    // TRATTAMENTO` over prose). A name in capitals (`BEISPIEL GMBH`) follows its colon closely, over an address.
    if (previousContentLine(parsed, i)?.content.endsWith(':') === true && !(isolated && gapAbove(parsed, i) >= 2 && capitalised(line.content) && next !== undefined && isSentence(next))) continue;
    // A line carried on in lower case is the first half of a sentence.
    const carriedOn = parsed[i + 1];
    if (carriedOn?.kind === 'text' && startsLowercase(carriedOn.content)) continue;
    // A line alone between blank lines over another heading is a heading with nothing under it, as a template page
    // printed as text leaves its unanswered headings (`Finalità del trattamento`, `How we protect your data`).
    // So is the last of a run of them that ends the text.
    const lastOfRun = next === undefined && isolated && isolatedLabel(parsed, previousContentIndex(parsed, i));
    const beforeHeading = next?.heading?.beforeBody === true || (isolated && next?.heading !== undefined) || lastOfRun;
    if (beforeBody || beforeHeading) line.heading = { level: 2, rule: 'short', beforeBody };
  }

  const first = parsed.find(isContent);
  if (first?.heading && first.heading.rule !== 'numbered' && first.heading.rule !== 'question') first.heading.level = 1;
}

/**
 * A line that ends mid-sentence is never a heading: it ends on a comma or on a word no sentence ends on, or the line
 * right under it carries the sentence on (in lower case, or with a parenthesis); nor is the line under such a line,
 * nor the indented continuation of a list item.
 */
function breaksOff(line: TextLine, below: TextLine | undefined, above: TextLine | undefined): boolean {
  if (line.kind !== 'text' && line.kind !== 'list') return false;
  const continued = below !== undefined && below.kind === 'text' && (startsLowercase(below.content) || below.content.startsWith('('));
  if (unfinished(line) || continued) return true;
  // The end of a sentence the line above broke off, or of a list item it is indented under.
  if (line.kind !== 'text' || above === undefined) return false;
  return (above.kind === 'text' && unfinished(above)) || (above.kind === 'list' && line.indent > above.indent);
}

function unfinished(line: TextLine): boolean {
  // Only the line's end is looked at: the line above a heading candidate may be of any length.
  const end = line.content.slice(-24);
  return /[,\u2013\u2014-]$/u.test(end) || UNFINISHED_END.test(end);
}

function previousContentIndex(parsed: TextLine[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const line = parsed[j] as TextLine;
    if (line.kind !== 'blank' && line.kind !== 'rule') return j;
  }
  return -1;
}

/** A label line alone between blank lines (see isLabelLine). */
function isolatedLabel(parsed: TextLine[], i: number): boolean {
  const line = parsed[i];
  if (line?.kind !== 'text') return false;
  return setApart(parsed, i - 1) && setApart(parsed, i + 1) && isLabelLine(line, ISOLATED_HEADING_MAX_WORDS);
}

/** Whether line `j` leaves the lines beside it apart: there is none, or it is blank or a rule. */
function setApart(parsed: TextLine[], j: number): boolean {
  const line = parsed[j];
  return line === undefined || line.kind === 'blank' || line.kind === 'rule';
}

function previousContentLine(parsed: TextLine[], i: number): TextLine | undefined {
  for (let j = i - 1; j >= 0; j--) {
    const line = parsed[j] as TextLine;
    if (line.kind !== 'blank' && line.kind !== 'rule') return line;
  }
  return undefined;
}

/** Body text after a heading candidate: a list, a table, or a text line that says something. */
/** Blank lines right above line `i`. */
function gapAbove(parsed: TextLine[], i: number): number {
  let blank = 0;
  for (let j = i - 1; j >= 0 && parsed[j]!.kind === 'blank'; j--) blank++;
  return blank;
}

/** Letters all in capitals, two words at least. */
function capitalised(content: string): boolean {
  return wordCount(content) >= 2 && /\p{Lu}/u.test(content) && !/\p{Ll}/u.test(content);
}

/** Words a line of prose has at least. */
const SENTENCE_WORDS = 6;

/** A line of prose: a text line that ends a sentence and has the words of one. */
function isSentence(line: TextLine): boolean {
  return line.kind === 'text' && endsSentence(line) && wordCount(line.content) >= SENTENCE_WORDS;
}

function isBody(line: TextLine, afterIsolated: boolean): boolean {
  if (line.kind === 'list' || line.kind === 'table') return true;
  if (line.kind !== 'text' || line.heading) return false;
  return afterIsolated || endsSentence(line) || line.content.length > HEADING_MAX_CHARS || wordCount(line.content) > SHORT_HEADING_MAX_WORDS;
}

function buildBlocks(text: string, lines: LineIndex, parsed: TextLine[], wrapped: boolean): Block[] {
  const blocks: Block[] = [];
  let open: { kind: 'paragraph' | 'list-item'; builder: BlockTextBuilder; last: TextLine; marker: number } | undefined;
  const close = (): void => {
    const built = open?.builder.build();
    if (open && built) blocks.push(draftBlock(open.kind, built));
    open = undefined;
  };
  const single = (from: number, to: number): BlockText | undefined => {
    const builder = new BlockTextBuilder(lines);
    builder.appendSource(text.slice(from, to), from);
    return builder.build();
  };

  for (let i = 0; i < parsed.length; i++) {
    const line = parsed[i] as TextLine;
    if (line.heading) {
      close();
      const built = single(line.start, line.end);
      if (built) blocks.push(draftBlock('heading', built, { level: line.heading.level }));
      continue;
    }
    switch (line.kind) {
      case 'blank':
      case 'rule':
        close();
        break;
      case 'table': {
        close();
        let last = i;
        while (parsed[last + 1]?.kind === 'table' && !parsed[last + 1]?.heading) last++;
        for (let r = i; r <= last; r++) {
          const row = tableRow(text, lines, parsed[r] as TextLine, r === i && last > i);
          if (row) blocks.push(row);
        }
        i = last;
        break;
      }
      case 'list':
        close();
        open = { kind: 'list-item', builder: new BlockTextBuilder(lines), last: line, marker: line.indent };
        open.builder.appendSource(text.slice(line.itemStart, line.end), line.itemStart);
        break;
      case 'text':
        if (open && continues(open, line, wrapped)) {
          open.builder.lineBreak();
          open.last = line;
        } else {
          close();
          open = { kind: 'paragraph', builder: new BlockTextBuilder(lines), last: line, marker: line.indent };
        }
        open.builder.appendSource(line.content, line.start);
        break;
    }
  }
  close();
  return blocks;
}

function continues(open: { kind: 'paragraph' | 'list-item'; last: TextLine; marker: number }, line: TextLine, wrapped: boolean): boolean {
  const unfinished = !endsSentence(open.last);
  if (open.kind === 'list-item') return line.indent > open.marker || (unfinished && (wrapped || startsLowercase(line.content)));
  return wrapped || (unfinished && startsLowercase(line.content));
}

function tableRow(text: string, lines: LineIndex, line: TextLine, header: boolean): Block | undefined {
  const bounds: number[] = [line.start - 1];
  for (let p = line.content.indexOf('|'); p !== -1; p = line.content.indexOf('|', p + 1)) bounds.push(line.start + p);
  bounds.push(line.end);
  const cells: (BlockText | undefined)[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = (bounds[k] as number) + 1;
    const to = bounds[k + 1] as number;
    const edge = (k === 0 && to === line.start) || (k + 2 === bounds.length && from === line.end);
    if (edge) continue;
    const builder = new BlockTextBuilder(lines);
    builder.appendSource(text.slice(from, to), from);
    cells.push(builder.build());
  }
  return tableRowBlock(cells, header);
}
