/**
 * Cookie lifetimes as policies word them, in days: `13 mois`, `2 years`, `30 Tage`, `1 an`, `24h`, `session`. Number
 * words and the units of the policy linter's language files serve here too; seconds and minutes, which retention
 * periods never use but cookie tables do, are added.
 */
import { loadLanguageVocabularies, type TimeUnit } from '../policy/elements.js';
import { foldWords } from './fold.js';

type Unit = TimeUnit | 'second' | 'minute';

const UNIT_DAYS: Record<Unit, number> = { second: 1 / 86_400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 365 / 12, year: 365 };

/** Units and abbreviations the language files do not list. */
const EXTRA_UNITS: Record<Unit, string[]> = {
  second: ['s', 'sec', 'secs', 'second', 'seconds', 'seconde', 'secondes', 'sekunde', 'sekunden', 'segundo', 'segundos', 'secondo', 'secondi', 'seconden'],
  minute: ['min', 'mins', 'minute', 'minutes', 'minuten', 'minuto', 'minutos', 'minuti', 'minuut'],
  hour: ['h', 'hr', 'std'],
  day: ['j', 'gg'],
  week: ['wk', 'wks'],
  month: ['mo', 'mos', 'mth', 'mths'],
  year: ['yr'],
};

/** Words that make a cookie last only as long as the browser session. */
const SESSION_WORDS = new Set(['session', 'sessions', 'sitzung', 'sitzungsende', 'sesion', 'sessione', 'sessie', 'browsersitzung']);

let vocabulary: { numbers: Map<string, number>; units: Map<string, Unit> } | undefined;

function words(): NonNullable<typeof vocabulary> {
  if (vocabulary) return vocabulary;
  const numbers = new Map<string, number>();
  const units = new Map<string, Unit>();
  for (const language of loadLanguageVocabularies()) {
    for (const [word, value] of Object.entries(language.numbers ?? {})) for (const folded of foldWords(word)) numbers.set(folded, value);
    for (const [unit, list] of Object.entries(language.units ?? {}) as [TimeUnit, string[]][]) {
      // One-word units only: `jours ouvrés` is a retention idiom, `werktag*` a prefix; a cookie table says `jours`.
      for (const word of list) if (/^[\p{L}]+$/u.test(word)) units.set(foldWords(word)[0]!, unit);
    }
  }
  for (const [unit, list] of Object.entries(EXTRA_UNITS) as [Unit, string[]][]) for (const word of list) units.set(word, unit);
  vocabulary = { numbers, units };
  return vocabulary;
}

const TOKEN = /(\d+(?:[.,]\d+)?)|([\p{L}]+)/gu;

export interface Lifetime {
  days: number;
  /** The words that gave it. */
  text: string;
}

/**
 * Every lifetime stated in `text`, in order. `24h` and `13 (thirteen) months` count; a number not followed by a unit
 * does not.
 */
export function findLifetimes(text: string): (Lifetime & { start: number; end: number })[] {
  const { numbers, units } = words();
  const tokens: { value: string; number: boolean; start: number; end: number }[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[1] ?? foldWords(match[2]!)[0] ?? '';
    tokens.push({ value, number: match[1] !== undefined, start: match.index, end: match.index + match[0].length });
  }
  const found: (Lifetime & { start: number; end: number })[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    const amount = token.number ? Number(token.value.replace(',', '.')) : numbers.get(token.value);
    if (amount === undefined || !(amount > 0)) continue;
    // `13 (thirteen) months`: a number word in brackets may stand between the amount and its unit.
    const next = tokens[i + 1]!;
    const unitToken = numbers.has(next.value) && /^\s*\(\s*$/.test(text.slice(token.end, next.start)) ? tokens[i + 2] : next;
    if (!unitToken) continue;
    const between = text.slice(unitToken === next ? token.end : next.end, unitToken.start);
    if (!/^[\s()\-]{0,4}$/.test(between)) continue;
    const unit = units.get(unitToken.value);
    if (!unit) continue;
    const days = amount * UNIT_DAYS[unit];
    found.push({ days: Math.round(days * 1000) / 1000, text: text.slice(token.start, unitToken.end), start: token.start, end: unitToken.end });
    i = tokens.indexOf(unitToken);
  }
  return found;
}

/** The longest lifetime stated in a table cell or a sentence; 0 for a session cookie; null when none is stated. */
export function parseLifetime(text: string): Lifetime | null {
  const found = findLifetimes(text);
  if (found.length > 0) return found.reduce((longest, lifetime) => (lifetime.days > longest.days ? lifetime : longest), found[0]!);
  const session = foldWords(text).find((word) => SESSION_WORDS.has(word));
  return session ? { days: 0, text: session } : null;
}
