import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledChecks } from '../../src/checks.js';
import { builtInProfileNames, loadProfile } from '../../src/policy/profile.js';
import { validateFacts, type ElementMeta, type ProfileInstance } from '../../src/policy/validate.js';
import { PrivacyLintError } from '../../src/errors.js';

const ALL_PRESENT = [
  'controller-identity', 'controller-contact', 'dpo-contact', 'purposes', 'legal-basis', 'legitimate-interests', 'recipients',
  'international-transfers', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction',
  'right-portability', 'right-object', 'right-withdraw-consent', 'right-complaint', 'statutory-contractual-requirement',
  'automated-decision-making', 'data-categories', 'data-source', 'cookies', 'children', 'security', 'policy-date',
];

function instance(overrides: Record<string, 'present' | 'partial' | 'absent'> = {}, context: Record<string, boolean> = {}): ProfileInstance {
  const elements = Object.fromEntries(ALL_PRESENT.map((id) => [id, 'present' as const]));
  return {
    language: 'fr',
    jurisdiction: null,
    elements: { ...elements, ...overrides },
    context: { consentBasis: false, legitimateInterests: false, transfers: false, indirectCollection: false, directMarketing: false, children: false, automatedDecisions: false, ...context },
  };
}

const meta: Map<string, ElementMeta> = new Map(
  ALL_PRESENT.map((id) => [id, { id, title: id, tags: [`cat.${id}`], helpUrl: `https://example.test/${id}`, message: { missing: { en: `${id} missing.`, fr: `${id} manquant.` }, partial: { en: `${id} partial.` } } }]),
);

function ruleIds(inst: ProfileInstance, profile = 'gdpr'): string[] {
  return validateFacts(inst, {}, loadProfile(profile), { target: 'p.md', locale: 'fr', elements: meta }).map((f) => f.ruleId).sort();
}

describe('requirement profiles', () => {
  it('ships gdpr and gdpr-art14', () => {
    expect(builtInProfileNames()).toEqual(expect.arrayContaining(['gdpr', 'gdpr-art14']));
  });

  it('accepts a policy that states everything', () => {
    expect(ruleIds(instance())).toEqual([]);
  });

  it.each([
    ['an always-required element', { retention: 'absent' as const }, {}, ['retention']],
    ['consent without the right to withdraw', { 'right-withdraw-consent': 'absent' as const }, { consentBasis: true }, ['right-withdraw-consent']],
    ['no consent basis, no withdrawal right needed', { 'right-withdraw-consent': 'absent' as const }, { consentBasis: false }, []],
    ['transfers stated without a safeguard', { 'international-transfers': 'partial' as const }, { transfers: true }, ['international-transfers']],
    ['indirect collection without its source', { 'data-source': 'absent' as const }, { indirectCollection: true }, ['data-source']],
    ['legitimate interests relied on but not named', { 'legitimate-interests': 'absent' as const }, { legitimateInterests: true }, ['legitimate-interests']],
    ['a DPO mentioned without a channel', { 'dpo-contact': 'partial' as const }, {}, ['dpo-contact']],
    ['no DPO at all', { 'dpo-contact': 'absent' as const }, {}, []],
  ])('%s', (_name, overrides, context, expected) => {
    expect(ruleIds(instance(overrides, context))).toEqual(expected);
  });

  it('gdpr-art14 requires the data source but not the statutory requirement', () => {
    const inst = instance({ 'data-source': 'absent', 'statutory-contractual-requirement': 'absent' });
    expect(ruleIds(inst, 'gdpr-art14')).toEqual(['data-source']);
    expect(ruleIds(inst, 'gdpr')).toEqual(['statutory-contractual-requirement']);
  });

  it('gives a missing element its level, message in both languages, tags and no line', () => {
    const [finding] = validateFacts(instance({ security: 'absent' }), {}, loadProfile('gdpr'), { target: 'p.md', locale: 'fr', elements: meta });
    expect(finding).toMatchObject({ ruleId: 'security', severity: 'info', message: 'security missing.', localizedMessage: { locale: 'fr', text: 'security manquant.' }, location: { target: 'p.md' } });
    expect(finding!.location.line).toBeUndefined();
  });

  it('points a partial element at its first evidence', () => {
    const results = { retention: { status: 'partial' as const, evidence: [{ line: 7, column: 3, text: 'as long as necessary' }] } };
    const findings = validateFacts(instance({ retention: 'partial' }), results, loadProfile('gdpr'), { target: 'p.md', locale: 'en', elements: meta });
    expect(findings).toEqual([expect.objectContaining({ ruleId: 'retention', severity: 'warning', message: 'retention partial.', location: { target: 'p.md', line: 7, column: 3 } })]);
  });
});

describe('user profiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-profile-'));
  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  it('extends a built-in profile by $ref and adds a requirement', () => {
    const path = write('company.schema.json', {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Company rules',
      type: 'object',
      'x-privacy-lint': { levels: { 'dpo-contact': 'warn' } },
      allOf: [{ $ref: 'https://privacy-lint.dev/profiles/gdpr.schema.json' }],
      properties: { elements: { properties: { 'dpo-contact': { const: 'present' } } } },
    });
    const findings = validateFacts(instance({ 'dpo-contact': 'absent', retention: 'absent' }), {}, loadProfile(path), { target: 'p.md', locale: null, elements: meta });
    expect(findings.map((f) => [f.ruleId, f.severity]).sort()).toEqual([['dpo-contact', 'warning'], ['retention', 'error']]);
  });

  it('inherits the levels of the profile it extends and of that profile\'s own base, and overrides one', () => {
    const path = write('french-company.schema.json', {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'French company rules',
      type: 'object',
      'x-privacy-lint': { levels: { 'post-mortem-directives': 'error' } },
      allOf: [{ $comment: 'French law first.', $ref: 'https://privacy-lint.dev/profiles/fr.schema.json' }],
    });
    const ownLevels = (name: string): Record<string, string> =>
      JSON.parse(readFileSync(new URL(`../../rules/profiles/${name}.schema.json`, import.meta.url), 'utf8'))['x-privacy-lint'].levels;
    const profile = loadProfile(path);
    expect(profile.levels).toEqual({ ...ownLevels('gdpr'), ...ownLevels('fr'), 'post-mortem-directives': 'error' });

    const inst = { ...instance({ security: 'absent', cookies: 'absent' }), national: { 'post-mortem-directives': false } };
    const findings = validateFacts(inst, {}, profile, { target: 'p.md', locale: null, elements: meta, checks: bundledChecks('checks') });
    expect(findings.map((f) => [f.ruleId, f.severity]).sort()).toEqual([['cookies', 'warning'], ['post-mortem-directives', 'error'], ['security', 'info']]);
  });

  it('inherits nothing from a $ref that is not a built-in profile', () => {
    const path = write('local-ref.schema.json', {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Local definitions',
      type: 'object',
      $defs: { anything: { type: 'object' } },
      allOf: [{ $ref: '#/$defs/anything' }],
    });
    expect(loadProfile(path).levels).toEqual({});
  });

  it.each([
    ['not JSON', '{ nope', /not valid JSON/],
    ['missing title', { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' }, /\/ must have required property 'title'/],
    ['an invalid schema', { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Mine', type: 'object', properties: { elements: { type: 'nonsense' } } }, /not a valid JSON Schema/],
    ['a bad level', { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Mine', type: 'object', 'x-privacy-lint': { levels: { retention: 'loud' } } }, /x-privacy-lint\/levels\/retention/],
  ])('rejects %s with the file name and a PROFILE_INVALID code', (_name, content, message) => {
    const path = write(`bad-${Math.random()}.json`, content);
    expect(() => loadProfile(path)).toThrow(PrivacyLintError);
    expect(() => loadProfile(path)).toThrow(message);
    try {
      loadProfile(path);
    } catch (error) {
      expect((error as PrivacyLintError).code).toBe('PROFILE_INVALID');
      expect((error as Error).message).toContain(path);
    }
  });

  it('names the built-in profiles when an unknown one is asked for', () => {
    expect(() => loadProfile('gdrp')).toThrow(/unknown profile "gdrp"/);
  });
});
