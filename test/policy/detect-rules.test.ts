import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPhrase, checkRegex } from '../../src/policy/cues.js';
import { loadVendors } from '../../src/policy/detect-vendors.js';
import { ELEMENT_IDS, loadElementDefinitions, loadLanguageVocabularies } from '../../src/policy/elements.js';
import { LANGUAGES } from '../../src/types.js';

const minimal = {
  id: 'custom-element',
  title: 'A custom element',
  articles: ['GDPR Art. 13(1)(a)'],
  tags: ['gdpr-art13-1a', 'cat.custom'],
  helpUrl: 'https://gdpr-info.eu/art-13-gdpr/',
  message: {
    missing: Object.fromEntries(LANGUAGES.map((language) => [language, 'Something is missing here.'])),
    partial: Object.fromEntries(LANGUAGES.map((language) => [language, 'Something is only partly here.'])),
  },
  cues: { en: { strong: ['custom thing'] } },
};

function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-rules-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('bundled element definitions', () => {
  it('define exactly the element ids, one file each', () => {
    expect(loadElementDefinitions().map((definition) => definition.id).sort()).toEqual([...ELEMENT_IDS].sort());
  });

  it('come with the shared vocabulary of every language and valid vendors', () => {
    expect(loadLanguageVocabularies().map((vocabulary) => vocabulary.language).sort()).toEqual([...LANGUAGES].sort());
    const vendors = loadVendors();
    expect(new Set(vendors.map((vendor) => vendor.id)).size).toBe(vendors.length);
    expect(vendors.find((vendor) => vendor.id === 'google-analytics')).toMatchObject({ country: 'US', outsideEEA: true });
    expect(vendors.find((vendor) => vendor.id === 'brevo')).toMatchObject({ country: 'FR', outsideEEA: false });
  });
});

describe('loadElementDefinitions on user files', () => {
  it('loads a valid folder', () => {
    const dir = folderWith({ 'custom-element.json': minimal });
    expect(loadElementDefinitions(dir).map((definition) => definition.id)).toEqual(['custom-element']);
  });

  it.each([
    ['an unknown property', { ...minimal, severity: 'high' }, /custom-element\.json: \/ must NOT have additional properties \(severity\)/],
    ['a missing translation', { ...minimal, message: { ...minimal.message, missing: { en: 'Something is missing here.' } } }, /\/message\/missing must have required property 'fr'/],
    ['a wildcard on a short word', { ...minimal, cues: { en: { strong: ['ab*'] } } }, /\/cues\/en\/strong\/0 "ab\*": a wildcard needs at least 3 letters/],
    ['an invalid regex', { ...minimal, cues: { any: { patterns: [{ regex: '(unclosed', role: 'strong' }] } } }, /\/cues\/any\/patterns\/0\/regex is not a valid regular expression/],
    ['a regex that backtracks without bound', { ...minimal, cues: { any: { patterns: [{ regex: '(a+)+b', role: 'strong' }] } } }, /\/cues\/any\/patterns\/0\/regex must not repeat a group/],
    ['an id that is not the file name', { ...minimal, id: 'other-id' }, /\/id "other-id" must equal the file name/],
  ])('refuses %s with RULES_INVALID and a JSON pointer', (_case, content, message) => {
    const dir = folderWith({ 'custom-element.json': content });
    expect(() => loadElementDefinitions(dir)).toThrow(expect.objectContaining({ code: 'RULES_INVALID', message: expect.stringMatching(message) }));
  });

  it('refuses a file that is not JSON and a folder that does not exist', () => {
    expect(() => loadElementDefinitions(folderWith({ 'custom-element.json': '{ nope' }))).toThrow(expect.objectContaining({ code: 'RULES_INVALID', message: expect.stringMatching(/not valid JSON/) }));
    expect(() => loadElementDefinitions(join(tmpdir(), 'privacy-lint-no-such-folder'))).toThrow(expect.objectContaining({ code: 'RULES_INVALID' }));
  });

  it('refuses a bad vocabulary or vendor file', () => {
    const vocabularies = folderWith({ 'fr.json': { language: 'de' } });
    expect(() => loadLanguageVocabularies(vocabularies)).toThrow(expect.objectContaining({ code: 'RULES_INVALID', message: expect.stringMatching(/must equal the file name/) }));
    const vendors = folderWith({ 'cdn.json': { vendors: [{ id: 'cdn', name: 'Some CDN', country: 'USA', outsideEEA: true, category: 'hosting', patterns: ['some cdn'] }] } });
    expect(() => loadVendors(vendors)).toThrow(expect.objectContaining({ code: 'RULES_INVALID', message: expect.stringMatching(/\/vendors\/0\/country must match pattern/) }));
  });
});

describe('cue syntax', () => {
  it.each([
    ['droit d’accès', null],
    ['auskunft*', null],
    ['*übertragbarkeit', null],
    ['moins de # ans', null],
    ['einwilligung ... widerruf*', null],
    ['=ICO', null],
    ['... consent', 'has "..." with no word before it'],
    ['consent ...', 'ends with "..."'],
    ['#', 'has no word besides "#"'],
    ['=ICO ... office', 'a case-sensitive phrase cannot have "..."'],
  ])('%s → %s', (phrase, problem) => {
    expect(checkPhrase(phrase)).toBe(problem);
  });

  it.each([
    ['\\bart\\.?\\s*6\\b', null],
    ['(?:a|b){1,5}c', null],
    ['(\\w+)\\1', 'must not use back-references'],
    ['(?<=x)y', 'must not use lookbehind'],
    ['(?:a*)*', 'must not repeat a group that already repeats (catastrophic backtracking)'],
  ])('regex %s → %s', (regex, problem) => {
    expect(checkRegex(regex)).toBe(problem);
  });
});

describe('a user folder of vocabularies', () => {
  it('is read from languages/ next to the element files', () => {
    const root = folderWith({});
    mkdirSync(join(root, 'languages'));
    writeFileSync(join(root, 'languages', 'nl.json'), JSON.stringify({ language: 'nl', negations: ['niet'] }));
    expect(loadLanguageVocabularies(join(root, 'languages'))).toEqual([{ language: 'nl', negations: ['niet'] }]);
  });
});
