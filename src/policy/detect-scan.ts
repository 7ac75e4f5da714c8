/**
 * First pass of detection: each block on its own. Cue matches are placed in their sentence, negated or dropped
 * (false friends, template text), and the facts that need no structure are read: durations, dates, contact channels.
 * Only this compact summary is kept, so a document of many megabytes never holds its folded copy in memory.
 */
import type { Block } from '../document/model.js';
import { matchCues, type CueGroup, type CueHit, type CueIndex } from './cues.js';
import { foldText, sourceOffset, tokenAt, tokenize, type FoldedText, type Tokens } from './cues-text.js';
import type { ChannelKind, TimeUnit } from './elements.js';
import { POINTER, VOCABULARY, type Engine } from './detect-engine.js';

export interface Hit {
  owner: string;
  group: CueGroup;
  label?: string;
  /** Offsets in `Block.text`. */
  start: number;
  end: number;
  sentence: number;
  negated: boolean;
}

export interface Duration {
  days: number;
  sentence: number;
  start: number;
  end: number;
}

export interface FoundDate {
  iso: string;
  sentence: number;
  start: number;
}

export interface Channel {
  kind: ChannelKind;
  /** A link to a contact page or form (`/contact`, `/kontakt`, `/contatti`, `/formulario`, `/formulaire`). */
  contactPage?: boolean;
  sentence: number;
  start: number;
  end: number;
}

export interface BlockScan {
  hits: Hit[];
  /** Sentence spans in `Block.text`. */
  sentences: [number, number][];
  durations: Duration[];
  dates: FoundDate[];
  channels: Channel[];
  placeholders: { start: number; end: number }[];
  /**
   * Elements whose cues stand in a sentence with template text (`The controller is [Company name]`): the policy
   * meant to state them there and did not.
   */
  templated: string[];
  /** Where an element's own negation phrases stand (`Die hebben we niet aangesteld`), whether a cue is near or not. */
  denials: { owner: string; sentence: number }[];
  /** End of the block's own label (`Retention period: 3 years`, a row's first cell), or -1. */
  labelEnd: number;
  /** Words of the block, template text left out. */
  words: number;
  /** The block names a section that only defines terms (`Definitions`). */
  skip: boolean;
  /** The block names the notice's own subject (`Datenschutz`): as a heading, read even inside a skipped section. */
  policy: boolean;
}

/** A negation word this many words or fewer before a cue negates it. */
const NEGATION_REACH = 3;
/** A restrictive word (French `que`) this close after the cue turns the negation into a restriction. */
const RESTRICTIVE_REACH = 4;
/** The groups that state an element (the rest support, exclude or negate); only these can be negated. */
export const STATING_GROUPS = new Set<CueGroup>(['heading', 'strong', 'weak', 'vague']);

/** Exclusions that can overlap one cue: a handful of false-friend phrases around the same words. */
const MAX_OVERLAPPING = 8;
/** An inline label is a few words at most; a longer lead-in is a sentence of its own. */
const LABEL_WORDS = 8;
/** Linking words (`and`, `et`, `und`) are this short; anything longer beside a skip phrase is a subject of its own. */
const MAX_LINKING_LETTERS = 3;

/**
 * Whose names make the channels after them in their sentence someone else's: a supervisory authority's website or
 * phone number (`complain to the ICO at ico.org.uk or on 0303 123 1113`) is no way to reach the controller.
 */
const AUTHORITY = { owner: 'right-complaint', group: 'label' } as const;

/** The path of a link to a contact page or form, in the six languages. */
const CONTACT_PAGE = /\/[^\s]*(?:contact|kontakt|contatt|formular|formulier|[/_-]forms?\b)/i;

const UNIT_DAYS: Record<TimeUnit, number> = { hour: 1 / 24, day: 1, week: 7, month: 365 / 12, year: 365 };

/** Reads one block: its cue matches placed in their sentences, negated or dropped, and its durations, dates and channels. */
export function scanBlock(engine: Engine, index: CueIndex, block: Block): BlockScan {
  const folded = foldText(block.text);
  const tokens = tokenize(folded, engine.abbreviations);
  const raw = matchCues(index, folded, tokens);
  const at = (offset: number): number => sourceOffset(folded, offset);

  const negationWords: number[] = [];
  const restrictiveWords: number[] = [];
  const units: CueHit[] = [];
  const months: CueHit[] = [];
  const ages: CueHit[] = [];
  const skips: CueHit[] = [];
  let policy = false;
  const exclusions: CueHit[] = [];
  const placeholders: CueHit[] = [];
  const kept: CueHit[] = [];
  for (const hit of raw) {
    const { owner, group } = hit.target;
    if (owner === VOCABULARY) {
      if (group === 'negation') negationWords.push(hit.first);
      else if (group === 'restrictive') restrictiveWords.push(hit.first);
      else if (group === 'unit') units.push(hit);
      else if (group === 'month') months.push(hit);
      else if (group === 'age') ages.push(hit);
      else if (group === 'skip') skips.push(hit);
      else if (group === 'policy') policy = true;
      continue;
    }
    if (group === 'placeholder') {
      placeholders.push(bracketed(folded.lower, tokens, hit));
      continue;
    }
    // Exclusions stay among the hits: in a heading they mark a section as the false friend's.
    if (group === 'exclusion') exclusions.push(hit);
    kept.push(hit);
  }

  const placeholderSentences = new Set(placeholders.map((placeholder) => tokens.sentence[placeholder.first] ?? 0));
  const placeholderWords = placeholders.reduce((sum, placeholder) => sum + countWords(tokens, placeholder), 0);
  const excluded = exclusionIndex(exclusions);
  // A pointer elsewhere (`see our Cookie Policy`) takes its whole sentence with it where the element asks for that.
  const pointerSentences = new Set(
    exclusions.filter((hit) => hit.target.label === POINTER || engine.sentenceExclusions.has(hit.target.owner)).map((hit) => `${hit.target.owner}\u0000${tokens.sentence[hit.first] ?? 0}`),
  );
  const denials = kept.filter((hit) => hit.target.group === 'negation').map((hit) => ({ owner: hit.target.owner, sentence: tokens.sentence[hit.first] ?? 0 }));
  const negatedSentences = new Set(denials.map((denial) => `${denial.owner}\u0000${denial.sentence}`));
  const hits: Hit[] = [];
  const templated = new Set<string>();
  for (const hit of kept) {
    const { owner, group, label } = hit.target;
    if (group === 'negation') continue;
    if (group !== 'exclusion' && excluded(hit)) continue;
    const sentence = tokens.sentence[hit.first] ?? 0;
    if (group !== 'exclusion' && pointerSentences.has(`${owner}\u0000${sentence}`)) continue;
    // Template text says nothing yet: a name, contact, date or period in its sentence is the template's, and so is any
    // cue in its own clause (`processed for the following purposes: [purpose 1]`); a right stated beside `[Company]`
    // in another clause of the sentence is still stated, and so is one whose way of exercising it is left blank after
    // it (`you may change your mind at any time by emailing us at [email address]`): that blank is a channel's.
    if (placeholderSentences.has(sentence)) {
      const valueOf = engine.sentenceTemplates.has(owner);
      const clauseOf = engine.contactElements.has(owner) ? placeholders : placeholders.filter((placeholder) => !channelBlank(folded.lower, hit, placeholder, engine.words));
      if (valueOf || inClauseOf(folded.lower, hit, clauseOf)) {
        if (valueOf && STATING_GROUPS.has(group)) templated.add(owner);
        continue;
      }
    }
    const negated =
      STATING_GROUPS.has(group) && (negatedSentences.has(`${owner}\u0000${sentence}`) || negatedByWord(folded, tokens, hit, negationWords, restrictiveWords));
    hits.push({ owner, group, ...(label ? { label } : {}), start: at(hit.start), end: at(hit.end), sentence, negated });
  }
  hits.sort((a, b) => a.start - b.start || a.end - b.end);

  // Hits are in order: one pass knows whether an authority was named earlier in the channel's sentence.
  let authoritySentence = -1;
  let authorityEnd = Infinity;
  const channels: Channel[] = hits
    .filter((hit) => {
      if (hit.owner === AUTHORITY.owner && hit.group === AUTHORITY.group && (hit.sentence !== authoritySentence || hit.end < authorityEnd)) {
        authoritySentence = hit.sentence;
        authorityEnd = hit.end;
      }
      if (hit.group !== 'channel' || !hit.label) return false;
      return !(hit.sentence === authoritySentence && authorityEnd <= hit.start);
    })
    .map((hit): Channel => {
      const channel: Channel = { kind: hit.label as ChannelKind, sentence: hit.sentence, start: hit.start, end: hit.end };
      if (channel.kind === 'url' && CONTACT_PAGE.test(block.text.slice(hit.start, hit.end))) channel.contactPage = true;
      return channel;
    });

  return {
    hits,
    sentences: tokens.sentenceStart.map((start, i): [number, number] => [at(start), at(tokens.sentenceEnd[i] ?? folded.lower.length)]),
    durations: findDurations(index, folded, tokens, units, ages).map((d) => ({ ...d, start: at(d.start), end: at(d.end) })),
    dates: findDates(folded, tokens, months).map((d) => ({ ...d, start: at(d.start) })),
    channels,
    placeholders: placeholders.map((p) => ({ start: at(p.start), end: at(p.end) })),
    templated: [...templated],
    denials,
    labelEnd: labelEnd(block),
    skip: skips.length > 0 && onlySkipped(folded.lower, skips),
    policy,
    words: Math.max(0, tokens.count - placeholderWords),
  };
}

/**
 * Whether a heading is nothing but skip phrases (`2. Definitions and interpretation`): one that names something else
 * as well (`Introduction and interpretation`) still speaks of that.
 */
function onlySkipped(lower: string, skips: CueHit[]): boolean {
  let rest = '';
  let from = 0;
  for (const skip of [...skips].sort((a, b) => a.start - b.start)) {
    rest += lower.slice(from, Math.max(from, skip.start));
    from = Math.max(from, skip.end);
  }
  rest += lower.slice(from);
  return (rest.match(/\p{L}+/gu) ?? []).every((word) => word.length <= MAX_LINKING_LETTERS);
}

/** Whether a hit lies on a false friend of its own element; exclusions are looked up by owner and position. */
function exclusionIndex(exclusions: CueHit[]): (hit: CueHit) => boolean {
  const byOwner = new Map<string, CueHit[]>();
  for (const exclusion of exclusions) {
    const list = byOwner.get(exclusion.target.owner);
    if (list) list.push(exclusion);
    else byOwner.set(exclusion.target.owner, [exclusion]);
  }
  for (const list of byOwner.values()) list.sort((a, b) => a.start - b.start);
  return (hit) => {
    const list = byOwner.get(hit.target.owner);
    if (!list) return false;
    // The last exclusion starting before the hit ends, then back while they still reach into it.
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((list[mid] as CueHit).start < hit.end) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0 && low - i <= MAX_OVERLAPPING; i--) if ((list[i] as CueHit).end > hit.start) return true;
    return false;
  };
}

const CHANNEL_LEAD_CHARS = 12;
const BLANK_WORD = /[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;
const LAST_WORD = /([\p{L}]+)\s*$/u;

/**
 * Whether template text after a cue is only the blank for the channel it is exercised through (`at [email address]`,
 * `schreiben Sie an [Telefonnummer]`): not a line's value (`Téléphone : [numéro]`), which is the template's own.
 */
function channelBlank(lower: string, hit: CueHit, placeholder: CueHit, words: Engine['words']): boolean {
  if (placeholder.start < hit.end) return false;
  const blank = lower.slice(placeholder.start, placeholder.end).match(BLANK_WORD) ?? [];
  if (!blank.some((word) => words.channel.has(word) || word.split('-').some((part) => words.channel.has(part)))) return false;
  const lead = LAST_WORD.exec(lower.slice(Math.max(hit.end, placeholder.start - CHANNEL_LEAD_CHARS), placeholder.start));
  return lead !== null && words.channelLeads.has(lead[1]!);
}

/** What ends a clause, menu items included: words beyond it are no longer the placeholder's. */
const CLAUSE_BREAK = /[,;:()|\u2013\u2014\u00b7]/u;
/** Characters at most between a cue and template text of its clause: farther words are the clause's own. */
const CLAUSE_REACH = 60;

/** Whether a cue shares its clause with template text, near enough to be what the template stands for. */
function inClauseOf(lower: string, hit: CueHit, placeholders: CueHit[]): boolean {
  return placeholders.some((placeholder) => {
    const between = placeholder.end <= hit.start ? lower.slice(placeholder.end, hit.start) : hit.end <= placeholder.start ? lower.slice(hit.end, placeholder.start) : '';
    return between.length <= CLAUSE_REACH && !CLAUSE_BREAK.test(between);
  });
}

/** Brackets that hold template text: a placeholder phrase inside them makes the whole bracket template text. */
const BRACKETS: Record<string, string> = { '[': ']', '{': '}', '<': '>' };
const CLOSING_BRACKETS = new Set(Object.values(BRACKETS));
const BRACKET_CHARS = 200;

/**
 * A placeholder phrase widened to the brackets around it: `[À compléter par le bureau – voir avec le trésorier]` is
 * template text from bracket to bracket, not two words of it and six of content.
 */
function bracketed(lower: string, tokens: Tokens, hit: CueHit): CueHit {
  let open = -1;
  for (let i = hit.start - 1; i >= 0 && hit.start - i <= BRACKET_CHARS; i--) {
    const c = lower[i] as string;
    if (c === '\n' || CLOSING_BRACKETS.has(c)) break;
    if (BRACKETS[c]) {
      open = i;
      break;
    }
  }
  if (open < 0) return hit;
  const closing = lower.slice(hit.end, open + BRACKET_CHARS).indexOf(BRACKETS[lower[open] as string] as string);
  const close = closing < 0 ? -1 : hit.end + closing;
  if (close < 0 || lower.slice(hit.end, close).includes('\n')) return hit;
  let last = hit.last;
  while (last + 1 < tokens.count && (tokens.end[last + 1] as number) <= close) last++;
  let first = hit.first;
  while (first > 0 && (tokens.start[first - 1] as number) > open) first--;
  return { ...hit, start: open, end: close + 1, first, last };
}

/** Words of the block inside a match (template text does not count as content). */
function countWords(tokens: Tokens, hit: CueHit): number {
  let count = 0;
  for (let i = hit.first; i <= hit.last && i < tokens.count; i++) if ((tokens.start[i] as number) >= hit.start && (tokens.end[i] as number) <= hit.end) count++;
  return count;
}

/** A negation word shortly before a cue, in the same clause (no comma between), negates it. */
function negatedByWord(folded: FoldedText, tokens: Tokens, hit: CueHit, negations: number[], restrictives: number[]): boolean {
  const sentence = tokens.sentence[hit.first];
  const sameClause = (word: number): boolean => !/[,;:()]/.test(folded.lower.slice(tokens.end[word], tokens.start[hit.first]));
  const negated = negations.some((word) => word < hit.first && hit.first - word <= NEGATION_REACH && tokens.sentence[word] === sentence && sameClause(word));
  if (!negated) return false;
  return !restrictives.some((word) => word > hit.last && word - hit.last <= RESTRICTIVE_REACH && tokens.sentence[word] === sentence);
}

/**
 * Where a block's own label ends, or -1: the first cell of a table row that names what the row holds
 * (`Responsable | Empresa S.L.`), or a short lead-in ending in a colon or a question mark (`Durée de conservation :
 * 3 ans`, `¿Para qué? Solo para…`).
 */
function labelEnd(block: Block): number {
  if (block.kind === 'heading') return -1;
  const first = block.cells?.[0];
  if (block.kind === 'table-row') {
    if (block.header || !first || (block.cells?.length ?? 0) < 2) return -1;
    const at = block.text.indexOf(first);
    const words = first.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    return at >= 0 && words > 0 && words <= LABEL_WORDS ? at + first.length : -1;
  }
  return inlineLabelEnd(block.text);
}

function inlineLabelEnd(text: string): number {
  const end = text.search(/[:?]/);
  if (end <= 0 || end > 80) return -1;
  const lead = text.slice(0, end);
  if (/https?$|[.!]/.test(lead)) return -1;
  const words = lead.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words > 0 && words <= LABEL_WORDS ? end : -1;
}

/**
 * A number word or digits right before a time unit: `13 mois`, `dix ans`, `treize (13) mois`, `1,5 Jahre`. Not an age:
 * `menor de 14 años`, `under 16 years`, `16 Jahre alt` say who a child is, and a deletion cue in the same sentence
 * (`if we learn we hold data of a child under 14 years, we delete it`) would otherwise read as a retention period.
 */
function findDurations(index: CueIndex, folded: FoldedText, tokens: Tokens, units: CueHit[], ages: CueHit[]): Duration[] {
  const found: Duration[] = [];
  const ageBefore = new Set(ages.filter((hit) => hit.target.label === 'before').map((hit) => hit.last));
  const ageAfter = new Set(ages.filter((hit) => hit.target.label === 'after').map((hit) => hit.first));
  for (const unit of units) {
    const n = unit.first - 1;
    if (n < 0 || tokens.sentence[n] !== tokens.sentence[unit.first]) continue;
    if (unit.target.label === 'year' && (ageAfter.has(unit.last + 1) || ageBefore.has(n - 1))) continue;
    const between = folded.lower.slice(tokens.end[n], tokens.start[unit.first]);
    if (!/^[\s()\-]{1,4}$/.test(between)) continue;
    const word = tokens.value[n] as string;
    let value = /^\d+$/.test(word) ? Number(word) : index.numbers.get(word);
    if (value === undefined || value === 0) continue;
    const previous = n - 1;
    if (previous >= 0 && /^\d+$/.test(word) && /^\d+$/.test(tokens.value[previous] as string)) {
      const separator = folded.lower.slice(tokens.end[previous], tokens.start[n]);
      if (separator === ',' || separator === '.') value = Number(`${tokens.value[previous]}.${word}`);
    }
    if (value > 1000) continue;
    // Whole days from a day up; hours stay fractions (a 2-hour cookie is not a 0-day one).
    const days = value * UNIT_DAYS[unit.target.label as TimeUnit];
    found.push({ days: days >= 1 ? Math.round(days) : Math.round(days * 1000) / 1000, sentence: tokens.sentence[n] as number, start: tokens.start[n] as number, end: unit.end });
  }
  return found;
}

const ORDINAL_DAY = /^(\d{1,2})(?:er|re|st|nd|rd|th|o|a|e)?$/;
const FILLER = new Set(['de', 'del', 'of', 'the', 'den', 'le', 'el', 'il']);

/** `21 novembre 2019`, `November 21, 2019`, `21. November 2019`, `21 de noviembre de 2019`, `mai 2018`, `02/04/2020`, `2020-04-02`. */
function findDates(folded: FoldedText, tokens: Tokens, months: CueHit[]): FoundDate[] {
  const found: FoundDate[] = [];
  const value = (i: number): string => (i >= 0 && i < tokens.count ? (tokens.value[i] as string) : '');
  const skipBack = (i: number): number => (FILLER.has(value(i)) ? i - 1 : i);
  const skipForward = (i: number): number => (FILLER.has(value(i)) ? i + 1 : i);
  for (const hit of months) {
    const month = Number(hit.target.label);
    const before = skipBack(hit.first - 1);
    const after = skipForward(hit.last + 1);
    let day = ORDINAL_DAY.exec(value(before))?.[1];
    let yearAt = after;
    if (!day && ORDINAL_DAY.test(value(after)) && /^\d{4}$/.test(value(after + 1))) {
      day = ORDINAL_DAY.exec(value(after))?.[1];
      yearAt = after + 1;
    }
    const year = value(yearAt);
    if (!/^(19|20)\d\d$/.test(year)) continue;
    const dayNumber = day ? Number(day) : 0;
    if (dayNumber > 31) continue;
    const start = tokens.start[day && before < hit.first ? before : hit.first] as number;
    found.push({ iso: isoDate(Number(year), month, dayNumber), sentence: tokens.sentence[hit.first] as number, start });
  }
  // `12.05.2021`, `2021-05-12`, and a month alone as `Stand: 05/2018`.
  const numeric = /\b(?:(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)|((?:19|20)\d\d)-(\d{2})-(\d{2})|(?<!\d[./-])(\d{1,2})[./]((?:19|20)\d\d))\b/g;
  for (let match = numeric.exec(folded.lower); match; match = numeric.exec(folded.lower)) {
    if (match[7]) {
      const m = Number(match[7]);
      const token = Math.min(tokenAt(tokens, match.index), tokens.count - 1);
      if (m >= 1 && m <= 12) found.push({ iso: isoDate(Number(match[8]), m, 0), sentence: tokens.sentence[token] ?? 0, start: match.index });
      continue;
    }
    const [day, month, year] = match[1] ? [match[1], match[2], match[3]] : [match[6], match[5], match[4]];
    const d = Number(day);
    const m = Number(month);
    if (m < 1 || m > 12 || d < 1 || d > 31) continue;
    const token = Math.min(tokenAt(tokens, match.index), tokens.count - 1);
    found.push({ iso: isoDate(Number(year), m, d), sentence: tokens.sentence[token] ?? 0, start: match.index });
  }
  return found.sort((a, b) => a.start - b.start);
}

function isoDate(year: number, month: number, day: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return day > 0 ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
}
