/**
 * Everything detection needs, compiled once per definition set: one cue index holding every element's phrases and
 * regexes, the shared vocabulary of each language (negations, numbers, time units, months) and the vendor names.
 */
import { createCueIndex, type CueGroup, type CueIndex, type CueSource, type PatternSource } from './cues.js';
import { foldPhrase } from './cues-text.js';
import type { CueLanguage, CueSet, ElementDefinition, LanguageVocabulary } from './elements.js';
import type { Vendor } from './detect-vendors.js';

export interface Engine {
  /** The cue index for a set of languages: only their cues are matched, so a French policy never pays for Dutch. */
  indexFor: (languages: ReadonlySet<CueLanguage>) => CueIndex;
  vendors: Map<string, Vendor>;
  abbreviations: Set<string>;
  /** Elements whose exclusions take away every cue of their sentence (`detection.exclusionScope: sentence`). */
  sentenceExclusions: Set<string>;
  /** Elements that template text silences in its whole sentence (`detection.templateScope: sentence`). */
  sentenceTemplates: Set<string>;
  /** Elements that need a way to reach someone (`detection.needs` lists `contact`): template text for a channel is theirs. */
  contactElements: Set<string>;
  /** Words of every language that tell a name from a kind or an office, and a channel's blank from other template text. */
  words: NameWords & { channel: Set<string>; channelLeads: Set<string> };
}

/** Lower-case words that open a phrase but belong to no name, and offices that make a kind of organisation no name. */
export interface NameWords {
  functionWords: Set<string>;
  roleTitles: Set<string>;
}

/** Label of the exclusions listed as `pointers`. */
export const POINTER = 'pointer';

/** Owner of the cues that belong to a language rather than to an element. */
export const VOCABULARY = '*';

const LIST_GROUPS: [keyof CueSet, CueGroup][] = [
  ['headings', 'heading'],
  ['parentHeadings', 'parent'],
  ['strong', 'strong'],
  ['weak', 'weak'],
  ['support', 'support'],
  ['subjects', 'subject'],
  ['vague', 'vague'],
  ['negations', 'negation'],
  ['exclusions', 'exclusion'],
  ['placeholders', 'placeholder'],
  ['announcements', 'announce'],
];

const engines = new WeakMap<ElementDefinition[], Map<string, Engine>>();

/** Compiles a definition set once (memoised per definitions array) and each language set's index on first use. */
export function compileEngine(definitions: ElementDefinition[], vocabularies: LanguageVocabulary[], vendors: Vendor[]): Engine {
  let byVocabulary = engines.get(definitions);
  if (!byVocabulary) engines.set(definitions, (byVocabulary = new Map()));
  const key = `${vocabularies.map((v) => v.language).join(',')}|${vendors.length}`;
  const cached = byVocabulary.get(key);
  if (cached) return cached;

  const phrases: CueSource[] = [];
  const patterns: PatternSource[] = [];
  for (const definition of definitions) {
    for (const [language, set] of Object.entries(definition.cues) as [CueLanguage, CueSet][]) {
      const owner = definition.id;
      for (const [field, group] of LIST_GROUPS) {
        for (const phrase of (set[field] as string[] | undefined) ?? []) phrases.push({ phrase, language, target: { owner, group } });
      }
      // A pointer is a false friend that takes its whole sentence with it, whatever the element's exclusionScope.
      for (const phrase of set.pointers ?? []) phrases.push({ phrase, language, target: { owner, group: 'exclusion', label: POINTER } });
      for (const [label, list] of Object.entries(set.channels ?? {})) {
        for (const phrase of list) phrases.push({ phrase, language, target: { owner, group: 'channel', label } });
      }
      for (const [label, list] of Object.entries(set.labels ?? {})) {
        for (const phrase of list) phrases.push({ phrase, language, target: { owner, group: 'label', label } });
      }
      for (const pattern of set.patterns ?? []) patterns.push({ pattern, language, owner });
    }
  }
  const numbers: { language: CueLanguage; word: string; value: number }[] = [];
  const abbreviations = new Set<string>();
  for (const vocabulary of vocabularies) {
    const { language } = vocabulary;
    const add = (list: string[] | undefined, group: CueGroup, label?: string): void => {
      for (const phrase of list ?? []) phrases.push({ phrase, language, target: { owner: VOCABULARY, group, ...(label ? { label } : {}) } });
    };
    add(vocabulary.negations, 'negation');
    add(vocabulary.restrictives, 'restrictive');
    add(vocabulary.skipHeadings, 'skip');
    add(vocabulary.policyHeadings, 'policy');
    for (const [unit, list] of Object.entries(vocabulary.units ?? {})) add(list, 'unit', unit);
    vocabulary.months?.forEach((names, month) => add(names, 'month', String(month + 1)));
    add(vocabulary.ages?.before, 'age', 'before');
    add(vocabulary.ages?.after, 'age', 'after');
    for (const [word, value] of Object.entries(vocabulary.numbers ?? {})) numbers.push({ language, word: foldPhrase(word), value });
    for (const word of vocabulary.abbreviations ?? []) abbreviations.add(foldPhrase(word));
  }
  for (const vendor of vendors) {
    for (const phrase of vendor.patterns) phrases.push({ phrase, language: 'any', target: { owner: vendor.id, group: 'vendor' } });
  }
  const indexes = new Map<string, CueIndex>();
  const engine: Engine = {
    indexFor: (languages) => {
      const languageKey = [...languages].sort().join(',');
      let index = indexes.get(languageKey);
      if (!index) {
        index = createCueIndex(
          phrases.filter((source) => languages.has(source.language)),
          patterns.filter((source) => languages.has(source.language)),
          new Map(numbers.filter((number) => languages.has(number.language)).map((number) => [number.word, number.value])),
        );
        indexes.set(languageKey, index);
      }
      return index;
    },
    vendors: new Map(vendors.map((vendor) => [vendor.id, vendor])),
    abbreviations,
    sentenceExclusions: new Set(definitions.filter((definition) => definition.detection?.exclusionScope === 'sentence').map((definition) => definition.id)),
    sentenceTemplates: new Set(definitions.filter((definition) => definition.detection?.templateScope === 'sentence').map((definition) => definition.id)),
    contactElements: new Set(definitions.filter((definition) => definition.detection?.needs?.includes('contact')).map((definition) => definition.id)),
    words: {
      functionWords: new Set(vocabularies.flatMap((vocabulary) => vocabulary.functionWords ?? [])),
      roleTitles: new Set(vocabularies.flatMap((vocabulary) => vocabulary.roleTitles ?? [])),
      channel: new Set(vocabularies.flatMap((vocabulary) => (vocabulary.channelWords ?? []).map(foldPhrase))),
      channelLeads: new Set(vocabularies.flatMap((vocabulary) => (vocabulary.channelLeads ?? []).map(foldPhrase))),
    },
  };
  byVocabulary.set(key, engine);
  return engine;
}
