import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledChecks } from '../../src/checks.js';
import { segmentDocument } from '../../src/document/segment.js';
import { PrivacyLintError } from '../../src/errors.js';
import { detectElements, type PolicyFacts } from '../../src/policy/detect.js';
import { nationalRequirements } from '../../src/policy/jurisdiction.js';
import { createQualityContext } from '../../src/policy/quality/context.js';
import { loadQualityCues } from '../../src/policy/quality/cues.js';
import { QUALITY_CHECKS, runQualityChecks } from '../../src/policy/quality/index.js';
import { LANGUAGES } from '../../src/types.js';
import { lintFile, QUALITY_FIXTURES, qualityIds } from './quality-fixtures.js';

const fixture = (path: string): string => join(QUALITY_FIXTURES, path);

describe('quality checks on their fixtures', () => {
  it.each([
    ['retention-vague/fires.md', ['retention-vague']],
    ['retention-vague/passes.txt', []],
    ['implied-consent/fires.html', ['implied-consent']],
    ['implied-consent/fires-de.txt', ['implied-consent']],
    ['implied-consent/fires-es.md', ['implied-consent']],
    ['implied-consent/fires-it.md', ['implied-consent']],
    ['implied-consent/fires-nl.md', ['implied-consent']],
    ['implied-consent/passes.md', []],
    ['transfer-safeguards-missing/fires.md', ['transfer-safeguards-missing']],
    ['transfer-safeguards-missing/passes.txt', []],
    ['transfer-undisclosed/fires.md', ['transfer-undisclosed']],
    ['transfer-undisclosed/passes.html', []],
    ['obsolete-transfer-mechanism/fires.md', ['obsolete-transfer-mechanism']],
    ['obsolete-transfer-mechanism/passes.md', []],
    ['dangling-contact/fires.txt', ['dangling-contact']],
    ['dangling-contact/passes.md', []],
    ['template-leftover/fires.md', ['template-leftover']],
    ['template-leftover/passes.txt', []],
    ['right-object-not-prominent/fires.md', ['right-object-not-prominent']],
    ['right-object-not-prominent/passes.md', []],
    ['legal-basis-not-per-purpose/fires.txt', ['legal-basis-not-per-purpose']],
    ['legal-basis-not-per-purpose/passes.md', []],
    ['vague-language/fires.md', ['vague-language']],
    ['vague-language/passes.txt', []],
    ['complaint-authority-unnamed/fires.md', ['complaint-authority-unnamed']],
    ['complaint-authority-unnamed/passes.md', []],
  ])('%s raises %j', (path, expected) => {
    expect(qualityIds(lintFile(fixture(path)))).toEqual(expected);
  });

  it('has a fixture that fires and one that passes for every check', () => {
    for (const id of bundledChecks('checks').keys()) {
      const files = readdirSync(fixture(id));
      expect(files.some((file) => file.startsWith('fires')), `${id}: fires.*`).toBe(true);
      expect(files.some((file) => file.startsWith('passes')), `${id}: passes.*`).toBe(true);
    }
  });

  it('points at the offending text and takes its text, tags, link and level from the check file', () => {
    const result = lintFile(fixture('implied-consent/fires.html'));
    const finding = result.findings.find((f) => f.ruleId === 'implied-consent')!;
    const meta = bundledChecks('checks').get('implied-consent')!;
    expect(finding).toMatchObject({ outcome: 'violation', severity: 'error', message: meta.message.en, tags: meta.tags, helpUrl: meta.helpUrl });
    expect(finding.localizedMessage).toEqual({ locale: 'fr', text: meta.message.fr });
    expect(finding.location).toMatchObject({ line: 8, column: expect.any(Number) });
    expect(String(finding.data?.text)).toContain('En poursuivant votre navigation');
  });

  it('fills placeholders from what it found', () => {
    const finding = lintFile(fixture('transfer-undisclosed/fires.md'), { locale: 'de' }).findings.find((f) => f.ruleId === 'transfer-undisclosed')!;
    expect(finding.data).toEqual({ services: ['Google Analytics'] });
    expect(finding.message).toContain('(Google Analytics)');
    expect(finding.localizedMessage?.text).toMatch(/^Die Erklärung nennt Dienste.*\(Google Analytics\)/);
  });

  it('reports every dangling contact and every placeholder where it is', () => {
    const lines = (path: string, id: string): number[] =>
      lintFile(fixture(path))
        .findings.filter((f) => f.ruleId === id)
        .map((f) => f.location.line ?? 0);
    expect(lines('dangling-contact/fires.txt', 'dangling-contact')).toEqual([6]);
    expect(lines('template-leftover/fires.md', 'template-leftover')).toEqual([5]);
  });

  it('reports vague language once, with its worst sentences', () => {
    const findings = lintFile(fixture('vague-language/fires.md')).findings.filter((f) => f.ruleId === 'vague-language');
    expect(findings).toHaveLength(1);
    const data = findings[0]!.data as { vague: number; total: number; examples: { line: number; text: string }[] };
    expect(data.vague).toBeGreaterThanOrEqual(4);
    expect(data.examples.length).toBeGreaterThan(0);
    expect(data.examples.every((example) => example.line === 9)).toBe(true);
  });
});

describe('running the checks', () => {
  const document = segmentDocument({ target: 'p.md', format: 'markdown', text: '# Cookies\n\nBy continuing to browse this site you accept our cookies.\n', encoding: 'utf-8' });
  const facts: PolicyFacts = detectElements(document, { language: 'en' });

  it('turns a check that throws into an incomplete finding and runs the others', () => {
    const context = createQualityContext(document, facts);
    const findings = runQualityChecks(document, facts, context, {
      'vague-language': () => {
        throw new Error('boom');
      },
      'implied-consent': QUALITY_CHECKS['implied-consent']!,
    });
    expect(findings.map((f) => [f.ruleId, f.outcome])).toEqual([
      ['vague-language', 'incomplete'],
      ['implied-consent', 'violation'],
    ]);
    expect(findings[0]).toMatchObject({ severity: 'warning', data: { error: 'boom' } });
  });

  it('skips a check set to off and applies the level set for it', () => {
    expect(runQualityChecks(document, facts, createQualityContext(document, facts, { levels: { 'implied-consent': 'off' } }))).toEqual([]);
    const [finding] = runQualityChecks(document, facts, createQualityContext(document, facts, { levels: { 'implied-consent': 'warn' } }));
    expect(finding).toMatchObject({ ruleId: 'implied-consent', severity: 'warning' });
  });
});

describe('check and cue files', () => {
  const checks = bundledChecks('checks');
  const empty = segmentDocument({ target: 'x', format: 'text', text: 'x', encoding: 'utf-8' });
  const national = Object.keys(nationalRequirements(empty, detectElements(empty), null).values);

  it('describe every registered check, and only registered checks or national requirements', () => {
    expect([...checks.keys()].sort()).toEqual([...Object.keys(QUALITY_CHECKS), ...national].sort());
  });

  it('give every check a quality kind and a message in all six languages', () => {
    for (const check of checks.values()) {
      expect(check.kind).toBe('quality');
      expect(Object.keys(check.message).sort(), check.id).toEqual([...LANGUAGES].sort());
    }
  });

  it('load and compile', () => {
    expect(loadQualityCues().map((file) => file.id)).toEqual(expect.arrayContaining(['implied-consent', 'transfers', 'authorities']));
  });

  describe('reject a broken file with its name and the place of the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-cues-'));
    const write = (name: string, content: unknown): string => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(content));
      return path;
    };
    const base = { id: 'sample', description: 'A sample cue file.', groups: { hedge: 'Words that hedge a statement.' } };

    it.each([
      ['a group not declared', { ...base, cues: { en: { other: ['may'] } } }, /\/cues\/en\/other is not declared/],
      ['an unsafe regex', { ...base, cues: { en: { hedge: [{ regex: '(?<=a)b' }] } } }, /\/cues\/en\/hedge\/0 must not use lookbehind/],
      ['a phrase with a short wildcard', { ...base, cues: { en: { hedge: ['ma*'] } } }, /\/cues\/en\/hedge\/0 "ma\*": a wildcard needs/],
      ['an unknown language', { ...base, cues: { xx: { hedge: ['may'] } } }, /must NOT have additional properties/],
      ['a label naming a group not declared', { ...base, cues: { any: { hedge: [{ regex: '(?<label>x)', labels: { x: 'other' } }] } } }, /hedge\/0\/labels\/x names a group not declared/],
    ])('%s', (_name, content, message) => {
      const path = write('sample.json', content);
      expect(() => loadQualityCues([path])).toThrow(message);
      expect(() => loadQualityCues([path])).toThrow(PrivacyLintError);
    });

    it('an id that is not the file name', () => {
      expect(() => loadQualityCues([write('other.json', { ...base, cues: { en: { hedge: ['may'] } } })])).toThrow(/"sample" must equal the file name/);
    });
  });
});
