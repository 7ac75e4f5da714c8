/**
 * Element definitions (rules/elements/<id>.json) and the per-language vocabularies every element shares
 * (rules/elements/languages/<language>.json): data, validated against rules/schema/element.schema.json.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { createAjv, describeAjvErrors } from '../config/ajv.js';
import { readJsonFile } from '../config/read-json.js';
import { PrivacyLintError } from '../errors.js';
import { bundledRulesPath } from '../rules-dir.js';
import type { Language } from '../types.js';
import { checkPhrase, checkRegex } from './cues.js';

export const ELEMENT_IDS = [
  'controller-identity',
  'controller-contact',
  'dpo-contact',
  'purposes',
  'legal-basis',
  'legitimate-interests',
  'recipients',
  'international-transfers',
  'retention',
  'right-access',
  'right-rectification',
  'right-erasure',
  'right-restriction',
  'right-portability',
  'right-object',
  'right-withdraw-consent',
  'right-complaint',
  'statutory-contractual-requirement',
  'automated-decision-making',
  'data-categories',
  'data-source',
  'cookies',
  'children',
  'security',
  'policy-date',
] as const;

export type ElementId = (typeof ELEMENT_IDS)[number];

export type CueLanguage = Language | 'any';

export type PatternRole =
  | 'heading'
  | 'strong'
  | 'weak'
  | 'support'
  | 'vague'
  | 'negation'
  | 'exclusion'
  | 'placeholder'
  | 'channel'
  | 'label';

export interface CuePattern {
  regex: string;
  role: PatternRole;
  label?: string;
  labels?: Record<string, string>;
  caseSensitive?: boolean;
}

export type ChannelKind = 'email' | 'phone' | 'postal' | 'form' | 'url';

export interface CueSet {
  headings?: string[];
  parentHeadings?: string[];
  strong?: string[];
  weak?: string[];
  support?: string[];
  /** What a cue of the element must speak of in its sentence (`the data you provide`): see the schema. */
  subjects?: string[];
  vague?: string[];
  negations?: string[];
  exclusions?: string[];
  pointers?: string[];
  placeholders?: string[];
  announcements?: string[];
  channels?: Partial<Record<'form' | 'postal', string[]>>;
  labels?: Record<string, string[]>;
  patterns?: CuePattern[];
}

export type Signal = 'support' | 'contact' | 'duration' | 'date' | 'row';

export interface ElementDetection {
  needs?: Signal[];
  scope?: 'sentence' | 'block' | 'section';
  otherwise?: 'partial' | 'absent';
  negated?: 'present' | 'absent' | 'none';
  /** With `negated: none`: a denial whose sentence holds a cue of one of these elements rules out one use only. */
  restrictedBy?: string[];
  /** With `otherwise: partial`: a heading, a weak cue or a cue beside a contact channel leaves the element absent. */
  selfAddressed?: 'absent';
  labelScope?: 'document' | 'sentence';
  exclusionScope?: 'match' | 'sentence';
  templateScope?: 'clause' | 'sentence';
  /** A fact about the whole document (its date): read in skipped sections too. */
  documentWide?: boolean;
  enumeration?: { labelsOf: string; minimum: number };
  services?: boolean;
  supportFrom?: string[];
  letterhead?: 'block' | 'name';
  /** Its own support counts only where it names someone (see namesSomeone): `Praxis Dr. Weber`, not `die Praxis`. */
  supportNames?: boolean;
  /**
   * Channels that belong to someone else (the DPO's): one in a sentence that names them, or in a section whose heading
   * announces them and neither this element nor `sharedWith`, is no way to reach this element's party; with `services`,
   * nor is a postal address right after the name of a service (its provider's).
   */
  foreignChannels?: { owners: string[]; sharedWith?: string[]; services?: boolean };
  /**
   * Under a heading that announces one of `headings` and not this element, a cue in running text counts only where its
   * sentence also holds a cue of one of `unless` (a kind of data) or one of the element's labels.
   */
  asideUnder?: { headings: string[]; unless: string[] };
  /** A form named in a sentence holding a cue of one of these elements is where data is entered, not a way to reach anyone. */
  sourceForms?: string[];
  /**
   * A cue of this element (of `cues`, default every stating group) whose sentence, or list of clauses joined by
   * semicolons, holds a cue of one of `owners` (of `by`, default strong) is part of what that element states.
   */
  yieldsTo?: YieldRule[];
  /** A heading that also announces one of `with` counts only where what is written under it holds a cue of this one. */
  sharedHeading?: { with: string[] };
  /** A cue before a contact channel announced with nothing after it (`… scrivendo a:`) still states the element. */
  statedBeforeChannel?: boolean;
}

export interface YieldRule {
  owners: string[];
  cues?: ('heading' | 'strong' | 'weak')[];
  by?: ('heading' | 'strong')[];
}

export interface ElementDefinition {
  id: string;
  title: string;
  articles: string[];
  tags: string[];
  helpUrl: string;
  message: { missing: Record<Language, string>; partial: Record<Language, string> };
  detection?: ElementDetection;
  cues: Partial<Record<CueLanguage, CueSet>>;
}

export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface LanguageVocabulary {
  language: Language;
  negations?: string[];
  restrictives?: string[];
  abbreviations?: string[];
  skipHeadings?: string[];
  policyHeadings?: string[];
  functionWords?: string[];
  roleTitles?: string[];
  channelWords?: string[];
  channelLeads?: string[];
  numbers?: Record<string, number>;
  units?: Partial<Record<TimeUnit, string[]>>;
  months?: string[][];
  /** Words that make the number of years next to them an age (`under 16 years`, `16 years old`), not a period. */
  ages?: { before?: string[]; after?: string[] };
}

const SCHEMA_ID = 'https://privacy-lint.dev/schema/element.schema.json';

interface Validators {
  element: ValidateFunction;
  vocabulary: ValidateFunction;
}

let validators: Validators | undefined;

function schemaValidators(): Validators {
  if (validators) return validators;
  const ajv = createAjv();
  ajv.addSchema(readJsonFile(bundledRulesPath('schema', 'element.schema.json'), 'RULES_INVALID') as object);
  validators = { element: ajv.getSchema(SCHEMA_ID)!, vocabulary: ajv.getSchema(`${SCHEMA_ID}#/$defs/vocabulary`)! };
  return validators;
}

const definitionCache = new Map<string, ElementDefinition[]>();
const vocabularyCache = new Map<string, LanguageVocabulary[]>();

/**
 * Reads element definitions: the bundled ones by default, every `*.json` of a folder, or the files listed. Each file is
 * validated against the element schema and its phrases and regexes are checked, so a bad user file fails here with
 * `<file>: <json pointer> <message>` instead of silently never matching.
 */
export function loadElementDefinitions(dirOrFiles?: string | string[]): ElementDefinition[] {
  const files = listJsonFiles(dirOrFiles ?? bundledRulesPath('elements'));
  const key = files.join('\n');
  const cached = definitionCache.get(key);
  if (cached) return cached;
  const { element: validate } = schemaValidators();
  const seen = new Set<string>();
  const definitions = files.map((path) => {
    const definition = readRulesFile<ElementDefinition>(path, validate);
    if (definition.id !== basename(path, '.json')) {
      throw new PrivacyLintError('RULES_INVALID', `${path}: /id "${definition.id}" must equal the file name`);
    }
    if (seen.has(definition.id)) throw new PrivacyLintError('RULES_INVALID', `${path}: /id "${definition.id}" is defined twice`);
    seen.add(definition.id);
    checkCues(path, definition);
    return definition;
  });
  definitionCache.set(key, definitions);
  return definitions;
}

/** The per-language vocabularies, from `rules/elements/languages/` or the folder given. */
export function loadLanguageVocabularies(dir?: string): LanguageVocabulary[] {
  const folder = resolve(dir ?? bundledRulesPath('elements', 'languages'));
  const cached = vocabularyCache.get(folder);
  if (cached) return cached;
  const { vocabulary: validate } = schemaValidators();
  const vocabularies = listJsonFiles(folder).map((path) => {
    const vocabulary = readRulesFile<LanguageVocabulary>(path, validate);
    if (vocabulary.language !== basename(path, '.json')) {
      throw new PrivacyLintError('RULES_INVALID', `${path}: /language "${vocabulary.language}" must equal the file name`);
    }
    return vocabulary;
  });
  vocabularyCache.set(folder, vocabularies);
  return vocabularies;
}

/** A rules file read and validated, or a RULES_INVALID error naming the file and the JSON pointer. */
export function readRulesFile<T>(path: string, validate: ValidateFunction): T {
  const data = readJsonFile(path, 'RULES_INVALID');
  if (!validate(data)) throw new PrivacyLintError('RULES_INVALID', describeAjvErrors(path, validate.errors));
  return data as T;
}

export function listJsonFiles(dirOrFiles: string | string[]): string[] {
  if (Array.isArray(dirOrFiles)) return dirOrFiles.map((file) => resolve(file));
  const dir = resolve(dirOrFiles);
  if (!existsSync(dir)) throw new PrivacyLintError('RULES_INVALID', `${dir}: folder not found`);
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

function checkCues(path: string, definition: ElementDefinition): void {
  for (const [language, set] of Object.entries(definition.cues) as [CueLanguage, CueSet][]) {
    const base = `/cues/${language}`;
    for (const [group, value] of Object.entries(set)) {
      if (group === 'patterns') {
        (value as CuePattern[]).forEach((pattern, index) => fail(path, `${base}/patterns/${index}/regex`, checkRegex(pattern.regex)));
      } else if (Array.isArray(value)) {
        (value as string[]).forEach((phrase, index) => fail(path, `${base}/${group}/${index}`, checkPhrase(phrase)));
      } else {
        for (const [name, phrases] of Object.entries(value as Record<string, string[]>)) {
          phrases.forEach((phrase, index) => fail(path, `${base}/${group}/${name}/${index}`, checkPhrase(phrase)));
        }
      }
    }
  }
}

function fail(path: string, pointer: string, problem: string | null): void {
  if (problem) throw new PrivacyLintError('RULES_INVALID', `${path}: ${pointer} ${problem}`);
}
