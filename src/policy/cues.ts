/**
 * Cue phrases and regexes compiled once into one index, then matched word by word: each word of a block is looked up
 * by its exact form, its first three letters (prefix cues) and its last three (suffix cues), so matching costs the
 * same whether a definition set has ten phrases or ten thousand.
 */
import type { CueLanguage, CuePattern, PatternRole } from './elements.js';
import { foldPhrase, tokenAt, type FoldedText, type Tokens } from './cues-text.js';

/** A pattern's role, or what only phrases and the shared vocabularies express. */
export type CueGroup = PatternRole | 'parent' | 'announce' | 'vendor' | 'unit' | 'month' | 'restrictive' | 'skip' | 'policy' | 'age' | 'subject';

/** What a match means: for which element (or vendor, or unit), in which role, with which label. */
export interface CueTarget {
  owner: string;
  group: CueGroup;
  label?: string;
}

/** A match in folded-text offsets and word indexes. */
export interface CueHit {
  target: CueTarget;
  start: number;
  end: number;
  first: number;
  last: number;
}

const enum Test {
  Exact,
  Prefix,
  Suffix,
  Number,
}

interface WordTest {
  test: Test;
  text: string;
  /** The phrase writes a comma before this word (`inzage, correctie`), so the text may too. */
  comma?: boolean;
}

interface Phrase {
  parts: WordTest[][];
  cased: string[] | null;
  languages: CueLanguage[];
  target: CueTarget;
}

interface CompiledPattern {
  regex: RegExp;
  languages: CueLanguage[];
  target: CueTarget;
  labels: Record<string, string> | undefined;
  cased: boolean;
}

export interface CueIndex {
  exact: Map<string, Phrase[]>;
  /** Keyed by the first (prefix cues) or last (suffix cues) three letters, packed into a number. */
  prefix: Map<number, Phrase[]>;
  suffix: Map<number, Phrase[]>;
  numeric: Phrase[];
  patterns: CompiledPattern[];
  numbers: Map<string, number>;
}

/** A phrase to compile: its text, the language it belongs to and what a match means. */
export interface CueSource {
  phrase: string;
  language: CueLanguage;
  target: CueTarget;
}

export interface PatternSource {
  pattern: CuePattern;
  language: CueLanguage;
  owner: string;
}

/** Words after `...` may come this many words later, within the same sentence. */
const GAP_WORDS = 25;
const MIN_AFFIX = 3;
const WORD = /[\p{L}\p{N}]+/gu;

export function createCueIndex(phrases: CueSource[], patterns: PatternSource[], numbers: Map<string, number>): CueIndex {
  const index: CueIndex = { exact: new Map(), prefix: new Map(), suffix: new Map(), numeric: [], patterns: [], numbers };
  const byKey = new Map<string, Phrase>();
  for (const source of phrases) {
    const key = `${source.target.owner}\u0000${source.target.group}\u0000${source.target.label ?? ''}\u0000${source.phrase}`;
    // The same phrase in two languages (`cookies`) is one phrase.
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.languages.includes(source.language)) existing.languages.push(source.language);
      continue;
    }
    const phrase = compilePhrase(source);
    byKey.set(key, phrase);
    const first = phrase.parts[0]![0]!;
    if (first.test === Test.Exact) push(index.exact, first.text, phrase);
    else if (first.test === Test.Prefix) push(index.prefix, affixKey(first.text, 0), phrase);
    else if (first.test === Test.Suffix) push(index.suffix, affixKey(first.text, first.text.length - MIN_AFFIX), phrase);
    else index.numeric.push(phrase);
  }
  const byPattern = new Map<string, CompiledPattern>();
  for (const { pattern, language, owner } of patterns) {
    const key = `${owner}\u0000${pattern.role}\u0000${pattern.label ?? ''}\u0000${pattern.regex}`;
    const existing = byPattern.get(key);
    if (existing) {
      if (!existing.languages.includes(language)) existing.languages.push(language);
      continue;
    }
    const target: CueTarget = { owner, group: pattern.role, ...(pattern.label ? { label: pattern.label } : {}) };
    const compiled: CompiledPattern = { regex: new RegExp(pattern.regex, 'gu'), languages: [language], target, labels: pattern.labels, cased: pattern.caseSensitive === true };
    byPattern.set(key, compiled);
    index.patterns.push(compiled);
  }
  return index;
}

/** Three UTF-16 units from `at` as one number: looking a word up costs no string allocation. */
function affixKey(word: string, at: number): number {
  return word.charCodeAt(at) * 0x100000000 + word.charCodeAt(at + 1) * 0x10000 + word.charCodeAt(at + 2);
}

function push<K>(map: Map<K, Phrase[]>, key: K, phrase: Phrase): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

interface ParsedWord {
  test: Test;
  text: string;
  cased: string;
  comma?: boolean;
}

/** Splits a phrase into parts (separated by `...`) of word tests; throws a readable message when it cannot be matched. */
function parsePhrase(phrase: string): { parts: ParsedWord[][]; cased: boolean } {
  const cased = phrase.startsWith('=');
  const body = cased ? phrase.slice(1) : phrase;
  const parts: ParsedWord[][] = [[]];
  // Lengths of the current part after which the phrase wrote a comma.
  const commaAfter = new Set<number>();
  for (const raw of body.split(' ')) {
    if (raw === '...') {
      commaAfter.clear();
      if (cased) throw new Error('a case-sensitive phrase cannot have "..."');
      if ((parts[parts.length - 1] as ParsedWord[]).length === 0) throw new Error('has "..." with no word before it');
      parts.push([]);
      continue;
    }
    const current = parts[parts.length - 1] as ParsedWord[];
    // A comma the phrase itself writes (`daten, die wir von dritten erhalten`) may stand in the text before the next word.
    const comma = current.length > 0 && commaAfter.has(current.length);
    if (raw === '#') {
      current.push({ test: Test.Number, text: '#', cased: '#', ...(comma ? { comma } : {}) });
      if (raw.endsWith(',')) commaAfter.add(current.length);
      continue;
    }
    const prefix = raw.endsWith('*');
    const suffix = raw.startsWith('*');
    const word = raw.slice(suffix ? 1 : 0, prefix ? raw.length - 1 : raw.length);
    const casedWords = word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').match(WORD) ?? [];
    const words = foldPhrase(word).match(WORD) ?? [];
    if (words.length === 0 || words.length !== casedWords.length) throw new Error(`"${raw}" has no letters or digits to match`);
    words.forEach((text, i) => {
      const isFirst = i === 0;
      const isLast = i === words.length - 1;
      const test = prefix && isLast ? Test.Prefix : suffix && isFirst ? Test.Suffix : Test.Exact;
      if (test !== Test.Exact && text.length < MIN_AFFIX) throw new Error(`"${raw}": a wildcard needs at least ${MIN_AFFIX} letters beside it`);
      current.push({ test, text, cased: casedWords[i] as string, ...(isFirst && comma ? { comma } : {}) });
    });
    if (raw.endsWith(',')) commaAfter.add(current.length);
  }
  if ((parts[parts.length - 1] as ParsedWord[]).length === 0) throw new Error('ends with "..."');
  if (parts.every((part) => part.every((word) => word.test === Test.Number))) throw new Error('has no word besides "#"');
  return { parts, cased };
}

function compilePhrase(source: CueSource): Phrase {
  const { parts, cased } = parsePhrase(source.phrase);
  return {
    parts: parts.map((part) => part.map(({ test, text, comma }) => ({ test, text, ...(comma ? { comma } : {}) }))),
    cased: cased ? parts.flat().map((word) => word.cased) : null,
    languages: [source.language],
    target: source.target,
  };
}

/** Why a phrase cannot be used, or null. */
export function checkPhrase(phrase: string): string | null {
  try {
    parsePhrase(phrase);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Why a regex cannot be used, or null. Cue regexes run on every block of inputs of many megabytes, so constructs that
 * can backtrack without bound (back-references, lookbehind, a quantified group that itself repeats) are refused.
 */
export function checkRegex(source: string): string | null {
  try {
    new RegExp(source, 'gu');
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message})`;
  }
  if (/\\[1-9]|\\k</.test(source)) return 'must not use back-references';
  if (/\(\?<[=!]/.test(source)) return 'must not use lookbehind';
  if (hasNestedQuantifier(source)) return 'must not repeat a group that already repeats (catastrophic backtracking)';
  return null;
}

function hasNestedQuantifier(source: string): boolean {
  const stack: boolean[] = [];
  let repeats = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      stack.push(repeats);
      repeats = false;
    } else if (c === ')') {
      const inner = repeats;
      repeats = stack.pop() ?? false;
      const next = source[i + 1];
      const quantified = next === '*' || next === '+' || (next === '{' && /^\{\d*,\}/.test(source.slice(i + 1)));
      if (quantified && inner) return true;
      if (inner || quantified) repeats = true;
    } else if (c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(source.slice(i)))) {
      repeats = true;
    }
  }
  return false;
}

/** A word that `#` accepts: digits, or a number word of one of the vocabularies. */
function isNumberWord(index: CueIndex, word: string): boolean {
  return /^\d+$/.test(word) || index.numbers.has(word);
}

function passes(index: CueIndex, test: WordTest, word: string): boolean {
  switch (test.test) {
    case Test.Exact:
      return word === test.text;
    case Test.Prefix:
      return word.startsWith(test.text);
    case Test.Suffix:
      return word.endsWith(test.text);
    default:
      return isNumberWord(index, word);
  }
}

/** Words of one phrase part must follow each other with nothing but a short run of spaces, quotes or hyphens between. */
function joined(folded: FoldedText, tokens: Tokens, previous: number, next: number, comma = false): boolean {
  if (tokens.sentence[previous] !== tokens.sentence[next]) return false;
  const from = tokens.end[previous] as number;
  const to = tokens.start[next] as number;
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = folded.lower.charCodeAt(i);
    // space, tab, newline, ' " - / & + . (and a comma where the phrase writes one)
    if (!(c === 32 || c === 9 || c === 10 || c === 39 || c === 34 || c === 45 || c === 47 || c === 38 || c === 43 || c === 46 || (comma && c === 44))) return false;
  }
  return true;
}

function matchPart(index: CueIndex, folded: FoldedText, tokens: Tokens, part: WordTest[], at: number): number {
  if (at + part.length > tokens.count) return -1;
  for (let k = 0; k < part.length; k++) {
    const i = at + k;
    if (!passes(index, part[k] as WordTest, tokens.value[i] as string)) return -1;
    if (k > 0 && !joined(folded, tokens, i - 1, i, (part[k] as WordTest).comma)) return -1;
  }
  return at + part.length - 1;
}

function matchPhrase(index: CueIndex, folded: FoldedText, tokens: Tokens, phrase: Phrase, at: number): number {
  let last = matchPart(index, folded, tokens, phrase.parts[0] as WordTest[], at);
  if (last < 0) return -1;
  const sentence = tokens.sentence[at];
  for (let p = 1; p < phrase.parts.length; p++) {
    const part = phrase.parts[p] as WordTest[];
    let found = -1;
    for (let j = last + 1; j <= last + GAP_WORDS && j < tokens.count && tokens.sentence[j] === sentence; j++) {
      found = matchPart(index, folded, tokens, part, j);
      if (found >= 0) break;
    }
    if (found < 0) return -1;
    last = found;
  }
  if (phrase.cased && !casedMatches(folded, tokens, phrase, at)) return -1;
  return last;
}

/** Case-sensitive phrases have no gaps, so their words are the matched words in order. */
function casedMatches(folded: FoldedText, tokens: Tokens, phrase: Phrase, first: number): boolean {
  const tests = phrase.parts[0] as WordTest[];
  return tests.every((test, k) => {
    const word = folded.cased.slice(tokens.start[first + k], tokens.end[first + k]);
    const expected = (phrase.cased as string[])[k] as string;
    if (test.test === Test.Prefix) return word.startsWith(expected);
    if (test.test === Test.Suffix) return word.endsWith(expected);
    return test.test === Test.Number || word === expected;
  });
}

/**
 * All cue matches in one block, of every language in the index or only of the `active` ones. Phrase matches may
 * overlap: a heading phrase and a strong phrase can both cover the same words, and the detector decides what each
 * means.
 */
export function matchCues(index: CueIndex, folded: FoldedText, tokens: Tokens, active?: ReadonlySet<CueLanguage>): CueHit[] {
  const hits: CueHit[] = [];
  const speaks = (languages: CueLanguage[]): boolean => !active || languages.some((language) => active.has(language));
  const consider = (phrases: Phrase[] | undefined, at: number): void => {
    if (!phrases) return;
    for (const phrase of phrases) {
      if (!speaks(phrase.languages)) continue;
      const last = matchPhrase(index, folded, tokens, phrase, at);
      if (last >= 0) hits.push({ target: phrase.target, start: tokens.start[at] as number, end: tokens.end[last] as number, first: at, last });
    }
  };
  for (let i = 0; i < tokens.count; i++) {
    const word = tokens.value[i] as string;
    consider(index.exact.get(word), i);
    if (word.length >= MIN_AFFIX) {
      consider(index.prefix.get(affixKey(word, 0)), i);
      consider(index.suffix.get(affixKey(word, word.length - MIN_AFFIX)), i);
    }
    if (index.numeric.length > 0 && isNumberWord(index, word)) consider(index.numeric, i);
  }
  for (const pattern of index.patterns) {
    if (!speaks(pattern.languages)) continue;
    const text = pattern.cased ? folded.cased : folded.lower;
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = match.index;
      const end = start + match[0].length;
      const named = match.groups?.label?.toLowerCase();
      const label = pattern.labels && named !== undefined ? pattern.labels[named] : pattern.target.label;
      const target = label === pattern.target.label ? pattern.target : { ...pattern.target, ...(label ? { label } : {}) };
      const first = Math.min(tokenAt(tokens, start), Math.max(tokens.count - 1, 0));
      const last = Math.max(first, Math.min(tokenAt(tokens, end - 1), tokens.count - 1));
      hits.push({ target, start, end, first, last });
    }
  }
  return hits;
}
