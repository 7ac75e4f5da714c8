/**
 * Quality cues (rules/quality-cues/<id>.json): the phrases quality checks and national requirements look for, in
 * named groups per language, so that a language is added by editing data. The phrase syntax is the one element cues
 * use, and all files are compiled into one cue index, so a document is matched once however many checks read it.
 */
import { basename } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { createAjv, describeAjvErrors } from '../../config/ajv.js';
import { readJsonFile } from '../../config/read-json.js';
import { PrivacyLintError } from '../../errors.js';
import { bundledRulesPath } from '../../rules-dir.js';
import { checkPhrase, checkRegex, createCueIndex, type CueIndex, type CueSource, type PatternSource } from '../cues.js';
import { foldPhrase } from '../cues-text.js';
import type { Vendor } from '../detect-vendors.js';
import { listJsonFiles, type CueLanguage, type LanguageVocabulary } from '../elements.js';

export type CueEntry = string | { regex: string; caseSensitive?: boolean; labels?: Record<string, string> };

export interface QualityCueFile {
  id: string;
  description: string;
  groups: Record<string, string>;
  cues: Partial<Record<CueLanguage, Record<string, CueEntry[]>>>;
}

/** Owners of the vocabulary's negation words and of service names in the compiled index (cue file ids never start with `*`). */
export const NEGATION_OWNER = '*negation';
export const VENDOR_OWNER = '*vendor';

let validateFile: ValidateFunction | undefined;
const fileCache = new Map<string, QualityCueFile[]>();

/** Reads and checks cue files: the bundled ones by default, every `*.json` of a folder, or the files listed. */
export function loadQualityCues(dirOrFiles?: string | string[]): QualityCueFile[] {
  const files = listJsonFiles(dirOrFiles ?? bundledRulesPath('quality-cues'));
  const key = files.join('\n');
  const cached = fileCache.get(key);
  if (cached) return cached;
  if (!validateFile) {
    const ajv = createAjv();
    ajv.addSchema(readJsonFile(bundledRulesPath('schema', 'element.schema.json'), 'RULES_INVALID') as object);
    validateFile = ajv.compile(readJsonFile(bundledRulesPath('schema', 'quality-cues.schema.json'), 'RULES_INVALID') as object);
  }
  const validate = validateFile;
  const loaded = files.map((path) => {
    const data = readJsonFile(path, 'RULES_INVALID');
    if (!validate(data)) throw new PrivacyLintError('RULES_INVALID', describeAjvErrors(path, validate.errors));
    const file = data as QualityCueFile;
    if (file.id !== basename(path, '.json')) throw new PrivacyLintError('RULES_INVALID', `${path}: /id "${file.id}" must equal the file name`);
    checkEntries(path, file);
    return file;
  });
  fileCache.set(key, loaded);
  return loaded;
}

function checkEntries(path: string, file: QualityCueFile): void {
  for (const [language, groups] of Object.entries(file.cues)) {
    for (const [group, entries] of Object.entries(groups)) {
      const pointer = `/cues/${language}/${group}`;
      if (!(group in file.groups)) throw new PrivacyLintError('RULES_INVALID', `${path}: ${pointer} is not declared in /groups`);
      entries.forEach((entry, index) => {
        const problem = typeof entry === 'string' ? checkPhrase(entry) : checkRegex(entry.regex);
        if (problem) throw new PrivacyLintError('RULES_INVALID', `${path}: ${pointer}/${index} ${problem}`);
        for (const [value, target] of Object.entries(typeof entry === 'string' ? {} : (entry.labels ?? {}))) {
          if (!(target in file.groups)) throw new PrivacyLintError('RULES_INVALID', `${path}: ${pointer}/${index}/labels/${value} names a group not declared in /groups`);
        }
      });
    }
  }
}

/**
 * A compiled cue index where each match names its file (`owner`) and group (`label`); service names match as group
 * `name` of VENDOR_OWNER, labelled by vendor id.
 */
export function compileQualityCues(files: QualityCueFile[], vocabularies: LanguageVocabulary[], vendors: Vendor[] = []): CueIndex {
  const phrases: CueSource[] = [];
  const patterns: PatternSource[] = [];
  for (const file of files) {
    for (const [language, groups] of Object.entries(file.cues) as [CueLanguage, Record<string, CueEntry[]>][]) {
      for (const [group, entries] of Object.entries(groups)) {
        for (const entry of entries) {
          if (typeof entry === 'string') phrases.push({ phrase: entry, language, target: { owner: file.id, group: 'strong', label: group } });
          else {
            const { regex, caseSensitive, labels } = entry;
            patterns.push({ pattern: { regex, role: 'strong', label: group, ...(labels ? { labels } : {}), ...(caseSensitive ? { caseSensitive } : {}) }, language, owner: file.id });
          }
        }
      }
    }
  }
  for (const vendor of vendors) {
    for (const phrase of vendor.patterns) phrases.push({ phrase, language: 'any', target: { owner: VENDOR_OWNER, group: 'strong', label: vendor.id } });
  }
  const numbers = new Map<string, number>();
  for (const vocabulary of vocabularies) {
    for (const phrase of vocabulary.negations ?? []) phrases.push({ phrase, language: vocabulary.language, target: { owner: NEGATION_OWNER, group: 'negation' } });
    for (const [word, value] of Object.entries(vocabulary.numbers ?? {})) numbers.set(foldPhrase(word), value);
  }
  return createCueIndex(phrases, patterns, numbers);
}
