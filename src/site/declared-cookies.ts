/**
 * The cookies a policy declares: rows of its cookie tables (a header naming a cookie column and at least one of
 * provider, purpose, lifetime or category), and cookie names given in its text about cookies (`_ga`, `_pk_id.*`,
 * `the NID cookie`). Lifetimes become days; a name with a placeholder (`_ga_<id>`, `_ga_*`, `_gat_UA-XXXXX`) stands
 * for every name with that prefix. Pure: the same document gives the same declarations.
 */
import type { Category } from '../consent/classify-knowledge-base.js';
import { positionAt } from '../document/block-text.js';
import type { Block, PolicyDocument } from '../document/model.js';
import type { DeclaredCookie } from '../types.js';
import { CATEGORY_WORDS, COLUMN_WORDS, COOKIE_WORD_PREFIXES, NEGATION_WORDS, type ColumnKind } from './cookie-table-words.js';
import { foldedLine, foldWords } from './fold.js';
import { findLifetimes, parseLifetime } from './lifetime.js';

export interface DeclaredCookies {
  cookies: DeclaredCookie[];
  /** Purpose categories the policy says it sets cookies for: of declared cookies, and of affirmative sentences about cookies. */
  categories: Category[];
}

type Columns = Partial<Record<ColumnKind, number>>;

const MAX_CELL_NAMES = 20;
const MAX_NAME_LENGTH = 120;

const phraseLines = (phrases: string[]) => phrases.map((phrase) => ` ${foldWords(phrase).join(' ')} `);
const COLUMN_LINES = COLUMN_WORDS.map(([kind, phrases]) => [kind, phraseLines(phrases)] as const);
const CATEGORY_LINES = CATEGORY_WORDS.map(([category, phrases]) => [category, phraseLines(phrases)] as const);

export function extractDeclaredCookies(document: PolicyDocument): DeclaredCookies {
  const cookies: DeclaredCookie[] = [];
  const categories = new Set<Category>();

  let columns: Columns | null = null;
  let tableIsAboutCookies = false;
  for (const block of document.blocks) {
    if (block.kind !== 'table-row' || !block.cells) {
      columns = null;
      if (block.kind !== 'heading') {
        cookies.push(...namesInText(document, block));
        for (const category of categoriesOfSentences(block.text)) categories.add(category);
      }
      continue;
    }
    const header = headerColumns(block.cells);
    if (header) {
      columns = header;
      tableIsAboutCookies = aboutCookies(block.cells.join(' ')) || aboutCookies(sectionHeadings(document, block));
      continue;
    }
    if (!columns || columns.name === undefined) continue;
    const nameCell = block.cells[columns.name] ?? '';
    if (!tableIsAboutCookies && !looksTechnical(nameCell)) continue;
    const row = rowFacts(block.cells, columns, document, block);
    for (const { raw, name, match } of namesInCell(nameCell)) cookies.push({ name, match, ...row, source: sourceOf(document, block, raw, 'table') });
  }
  for (const cookie of cookies) if (cookie.category) categories.add(cookie.category);
  return mergeDeclarations([{ cookies, categories: [...categories] }]);
}

/** One list from several (a privacy and a cookie policy): the first declaration of a name wins, categories add up. */
export function mergeDeclarations(parts: readonly DeclaredCookies[]): DeclaredCookies {
  const seen = new Set<string>();
  const cookies: DeclaredCookie[] = [];
  for (const part of parts) {
    for (const cookie of part.cookies) {
      const key = `${cookie.match}\u0000${cookie.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      cookies.push(cookie);
    }
  }
  return { cookies, categories: [...new Set(parts.flatMap((part) => part.categories))].sort() };
}

/** Column indexes when `cells` read as the header of a cookie table, else null. */
function headerColumns(cells: string[]): Columns | null {
  const columns: Columns = {};
  cells.forEach((cell, index) => {
    const line = foldedLine(cell);
    if (line.trim().split(' ').length > 5) return;
    const kind = COLUMN_LINES.find(([, phrases]) => phrases.some((phrase) => line.includes(phrase)))?.[0];
    if (kind && columns[kind] === undefined) columns[kind] = index;
  });
  const described = ['provider', 'purpose', 'lifetime', 'category'].filter((kind) => columns[kind as ColumnKind] !== undefined).length;
  return columns.name !== undefined && described > 0 ? columns : null;
}

function rowFacts(cells: string[], columns: Columns, document: PolicyDocument, block: Block): Omit<DeclaredCookie, 'name' | 'match' | 'source'> {
  const cell = (kind: ColumnKind) => (columns[kind] === undefined ? undefined : cells[columns[kind]]?.trim() || undefined);
  const provider = cell('provider');
  const purpose = cell('purpose');
  const lifetimeCell = cell('lifetime');
  const lifetime = lifetimeCell ? parseLifetime(lifetimeCell) : null;
  const category = categoryOf(cell('category') ?? '') ?? categoryOf(purpose ?? '') ?? categoryOf(sectionHeadings(document, block));
  return {
    ...(provider ? { provider: provider.slice(0, 200) } : {}),
    ...(purpose ? { purpose: purpose.slice(0, 300) } : {}),
    ...(category ? { category } : {}),
    ...(lifetime ? { lifetimeDays: lifetime.days } : {}),
    ...(lifetimeCell ? { lifetimeText: lifetimeCell.slice(0, 100) } : {}),
  };
}

interface ParsedName {
  raw: string;
  name: string;
  match: DeclaredCookie['match'];
}

/** A placeholder ends the fixed part of a name: `<id>`, `*`, `{n}`, `[…]`, `…`, `XXXX`, `#`, `%s`. */
const PLACEHOLDER = /[*<{[…#%]|\.{3}|X{3,}|x{3,}/;

/** Quotes, brackets and trailing punctuation around a name in running text. */
const EDGES = /^[\s"'`“”‘’«»(]+|[\s"'`“”‘’«»),;:.]+$/g;

export function parseCookieName(raw: string): ParsedName | null {
  const name = raw.replace(EDGES, '');
  if (!name || name.length > MAX_NAME_LENGTH || /[\s=@/\\]/.test(name) || /^\d+$/.test(name)) return null;
  const at = name.search(PLACEHOLDER);
  if (at === 0) return null;
  if (at > 0) {
    const prefix = name.slice(0, at);
    return prefix.length >= 2 ? { raw, name: prefix, match: 'prefix' } : null;
  }
  return { raw, name, match: 'exact' };
}

/** Names in a table's name cell: a list (`_ga, _gid`, one per line) or one name; words of a description are not names. */
function namesInCell(cell: string): ParsedName[] {
  const parts = cell.split(/[,;\n/|]|\s+(?:and|et|und|y|e|en|or|ou|oder|o)\s+/).map((part) => part.trim()).filter(Boolean);
  const names: ParsedName[] = [];
  for (const part of parts.slice(0, MAX_CELL_NAMES)) {
    const words = part.split(/\s+/);
    // `Session cookie (PHPSESSID)`: in a phrase, only the words that look like identifiers are names.
    const candidates = words.length === 1 ? words : words.filter(looksTechnical);
    for (const word of candidates) {
      const parsed = parseCookieName(word);
      if (parsed) names.push(parsed);
    }
  }
  return names;
}

/** `_ga`, `cc_cookie`, `__utma`, `_pk_id.*`: a leading or inner underscore, or a placeholder after letters. */
function identifierLike(text: string): boolean {
  return /^_/.test(text) || /[A-Za-z0-9]_[A-Za-z0-9<*{]/.test(text) || /[A-Za-z][*<{]/.test(text);
}

/** `PHPSESSID`, `NID`: capitals and digits, as cookie names often are and words of a sentence are not. */
function allCapitals(text: string): boolean {
  return /^[A-Z][A-Z0-9]{2,}$/.test(text);
}

function looksTechnical(word: string): boolean {
  const text = word.replace(EDGES, '');
  return identifierLike(text) || allCapitals(text);
}

const WORD_TOKEN = /[^\s,;:!?()"“”«»]+/g;

/** Cookie names in the text about cookies, each with the lifetime stated after it (before the next name). */
function namesInText(document: PolicyDocument, block: Block): DeclaredCookie[] {
  if (!aboutCookies(block.text) && !aboutCookies(sectionHeadings(document, block))) return [];
  const tokens = [...block.text.matchAll(WORD_TOKEN)].map((match) => ({ text: match[0], start: match.index }));
  const found: { name: ParsedName; start: number }[] = [];
  tokens.forEach((token, i) => {
    const bare = token.text.replace(EDGES, '');
    const beside = (other: { text: string } | undefined) => other !== undefined && aboutCookies(other.text);
    // A capitalised word is a name only next to the word cookie (`the NID cookie`), not anywhere (`GDPR`).
    if (!identifierLike(bare) && !(allCapitals(bare) && (beside(tokens[i - 1]) || beside(tokens[i + 1])))) return;
    const parsed = parseCookieName(token.text);
    if (parsed) found.push({ name: parsed, start: token.start });
  });
  if (found.length === 0) return [];
  const lifetimes = findLifetimes(block.text);
  const category = sentenceCategory(block.text) ?? categoryOf(sectionHeadings(document, block));
  return found.map(({ name, start }, i) => {
    const end = found[i + 1]?.start ?? block.text.length;
    const lifetime = lifetimes.find((candidate) => candidate.start > start && candidate.start < end) ?? (found.length === 1 && lifetimes.length === 1 ? lifetimes[0] : undefined);
    const session = lifetime === undefined ? parseLifetime(block.text.slice(start + name.raw.length, end)) : null;
    const stated = lifetime ?? (session?.days === 0 ? session : undefined);
    return {
      name: name.name,
      match: name.match,
      ...(category ? { category } : {}),
      ...(stated ? { lifetimeDays: stated.days, lifetimeText: stated.text } : {}),
      source: sourceOf(document, block, name.raw, 'text', start),
    };
  });
}

function sourceOf(document: PolicyDocument, block: Block, raw: string, kind: 'table' | 'text', offset?: number): DeclaredCookie['source'] {
  const at = offset ?? Math.max(0, block.text.indexOf(raw));
  return { target: document.target, ...positionAt(block, at), kind };
}

/** Headings of the block's section and the sections above it, as one text. */
function sectionHeadings(document: PolicyDocument, block: Block): string {
  const headings: string[] = [];
  for (let section = document.sections[block.section]; section && section.index > 0; section = document.sections[section.parent]) {
    headings.push(section.heading);
  }
  return headings.join(' \n ');
}

function aboutCookies(text: string): boolean {
  return foldWords(text).some((word) => COOKIE_WORD_PREFIXES.some((prefix) => word.startsWith(prefix)));
}

function categoryOf(text: string): Category | undefined {
  if (!text) return undefined;
  const line = foldedLine(text);
  return CATEGORY_LINES.find(([, phrases]) => phrases.some((phrase) => line.includes(phrase)))?.[0];
}

/** The category of an affirmative sentence about cookies (`we use analytics cookies`), not of a denial. */
function sentenceCategory(text: string): Category | undefined {
  const words = foldWords(text);
  if (words.some((word) => NEGATION_WORDS.has(word))) return undefined;
  return aboutCookies(text) ? categoryOf(text) : undefined;
}

function categoriesOfSentences(text: string): Category[] {
  const found: Category[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    const category = sentenceCategory(sentence);
    if (category) found.push(category);
  }
  return found;
}
