/**
 * Folded text and word tokens: cues are matched on a copy of a block's text where case, accents, ligatures and
 * typographic punctuation no longer matter, with a way back to the original offsets for evidence positions.
 */

/** A block's text folded for matching. `lower` and `cased` have the same length; `toSource` maps back when needed. */
export interface FoldedText {
  lower: string;
  /** Same folding with the original letter case, for case-sensitive cues. */
  cased: string;
  /** Offset in the original text of each folded character (plus one past the end); `null` when they coincide. */
  toSource: Int32Array | null;
}

/** Words of a folded text, with the sentence each belongs to. */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  value: string[];
  sentence: Int32Array;
  /** Folded-text offset where each sentence starts and ends. */
  sentenceStart: number[];
  sentenceEnd: number[];
}

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2039': '"',
  '\u203a': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u00ad': '',
  '\u200b': '',
};

const foldCache = new Map<string, string>();

/** One UTF-16 unit folded with its case kept: compatibility decomposition, marks dropped, a few letters spelt out. */
function foldUnit(unit: string): string {
  let folded = foldCache.get(unit);
  if (folded === undefined) {
    folded = SPECIAL[unit] ?? unit.normalize('NFKD').replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '');
    foldCache.set(unit, folded);
  }
  return folded;
}

export function foldText(text: string): FoldedText {
  // Only the non-ASCII characters need folding; the ASCII runs between them are copied as they are.
  const special = /[^\x00-\x5f\x61-\x7f]/g;
  const parts: string[] = [];
  let last = 0;
  let shifted = false;
  for (let match = special.exec(text); match; match = special.exec(text)) {
    const at = match.index;
    const folded = text.charCodeAt(at) === 96 ? "'" : foldUnit(match[0]);
    if (folded.length !== 1) shifted = true;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(folded);
    last = at + 1;
  }
  if (last === 0) {
    return { lower: text.toLowerCase(), cased: text, toSource: null };
  }
  parts.push(text.slice(last));
  const cased = parts.join('');
  const lower = cased.toLowerCase();
  if (!shifted && lower.length === cased.length) return { lower, cased, toSource: null };
  return withSourceMap(text);
}

/** The slow path, when folding changed lengths (ligatures, ß, decomposed accents): keep a map back to the source. */
function withSourceMap(text: string): FoldedText {
  const lowerParts: string[] = [];
  const casedParts: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text[i] as string;
    const cased = unit.charCodeAt(0) < 128 ? (unit === '`' ? "'" : unit) : foldUnit(unit);
    let lower = cased.toLowerCase();
    if (lower.length !== cased.length) lower = cased;
    casedParts.push(cased);
    lowerParts.push(lower);
    for (let k = 0; k < cased.length; k++) map.push(i);
  }
  map.push(text.length);
  return { lower: lowerParts.join(''), cased: casedParts.join(''), toSource: Int32Array.from(map) };
}

/** Folds a cue phrase or word the same way as the text it is matched against. */
export function foldPhrase(phrase: string): string {
  return foldText(phrase).lower;
}

export function sourceOffset(folded: FoldedText, offset: number): number {
  return folded.toSource ? (folded.toSource[offset] ?? folded.toSource[folded.toSource.length - 1] ?? offset) : offset;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits a folded text into words and sentences. A full stop ends a sentence only when a capital letter follows and
 * the word before it is not an abbreviation or a single letter, so `Art. 6 Abs. 1 lit. f` stays in one sentence.
 */
export function tokenize(folded: FoldedText, abbreviations: ReadonlySet<string>): Tokens {
  const { lower, cased } = folded;
  const start: number[] = [];
  const end: number[] = [];
  const value: string[] = [];
  const sentence: number[] = [];
  const sentenceStart: number[] = [0];
  const sentenceEnd: number[] = [];
  let current = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match; match = WORD.exec(lower)) {
    const s = match.index;
    const e = s + match[0].length;
    const n = value.length;
    if (n > 0) {
      const previousEnd = end[n - 1] as number;
      if (endsSentence(lower.slice(previousEnd, s), value[n - 1] as string, cased.charCodeAt(s), abbreviations)) {
        sentenceEnd.push(previousEnd + 1);
        current++;
        sentenceStart.push(s);
      }
    } else {
      sentenceStart[0] = s;
    }
    start.push(s);
    end.push(e);
    value.push(match[0]);
    sentence.push(current);
  }
  sentenceEnd.push(lower.length);
  return {
    count: value.length,
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    value,
    sentence: Int32Array.from(sentence),
    sentenceStart,
    sentenceEnd,
  };
}

function endsSentence(gap: string, previous: string, nextCode: number, abbreviations: ReadonlySet<string>): boolean {
  if (/[!?;\u2026]/.test(gap)) return true;
  // A line that ends in a colon or full stop, or a next line that starts like a new one (a capital, a digit, a bullet),
  // ends the sentence: address blocks and lists keep their lines apart.
  if (gap.includes('\n') && (/[.:]\s*\n/.test(gap) || /\n\s*(?:[-*\u2022\u25aa\u25e6\u00b7]|\d+[.)])\s/.test(gap) || startsLine(nextCode))) return true;
  const dot = gap.indexOf('.');
  if (dot < 0 || !/^\.["')\]]*\s/.test(gap.slice(dot))) return false;
  if (previous.length === 1 || abbreviations.has(previous)) return false;
  // A capital or an opening quote starts a new sentence; a lower-case word or a number continues the same one.
  const isUpper = nextCode >= 65 && nextCode <= 90;
  return isUpper || nextCode > 127;
}

/** Whether a text ends with a colon, trailing white space aside (read from the end: no scan of long texts). */
export function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  return text[i] === ':';
}

function startsLine(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Index of the token that contains or follows a folded-text offset. */
export function tokenAt(tokens: Tokens, offset: number): number {
  let low = 0;
  let high = tokens.count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens.end[mid] as number) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
