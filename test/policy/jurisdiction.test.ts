import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledChecks } from '../../src/checks.js';
import { segmentDocument } from '../../src/document/segment.js';
import { detectElements } from '../../src/policy/detect.js';
import { inferJurisdiction, profileForJurisdiction } from '../../src/policy/jurisdiction.js';
import { lintText } from '../../src/policy/lint.js';
import { builtInProfileNames, loadProfile } from '../../src/policy/profile.js';
import { validateFacts, type ProfileInstance } from '../../src/policy/validate.js';
import type { Language, PolicyResult } from '../../src/types.js';
import { lintFile, QUALITY_FIXTURES } from './quality-fixtures.js';

function jurisdictionOf(text: string, language: Language): string | null {
  const document = segmentDocument({ target: 'p.txt', format: 'text', text, encoding: 'utf-8' });
  return inferJurisdiction(detectElements(document, { language }), document);
}

describe('inferring the jurisdiction', () => {
  it.each([
    ['French', 'fr', 'Nous traitons vos données pour livrer vos commandes. Contact : contact@boutique.example.', 'fr'],
    ['French with a .be address', 'fr', 'Nous traitons vos données pour livrer vos commandes. Contact : contact@boutique.be.', 'be'],
    ['French naming the APD', 'fr', 'Vous pouvez introduire une plainte auprès de l’APD.', 'be'],
    ['French with a Belgian VAT number', 'fr', 'Atelier Dupont, TVA BE 0123.456.789, rue Haute 3, Namur.', 'be'],
    ['French naming Belgium once', 'fr', 'Nous livrons aussi en Belgique.', 'fr'],
    ['French naming Belgium twice', 'fr', 'Notre siège est en Belgique. Nos serveurs sont en Belgique.', 'be'],
    ['Dutch', 'nl', 'Wij verwerken uw gegevens om uw bestelling te leveren.', 'nl'],
    ['Dutch naming the GBA', 'nl', 'U kunt een klacht indienen bij de Gegevensbeschermingsautoriteit (GBA).', 'be'],
    ['German', 'de', 'Wir verarbeiten Ihre Daten, um Ihre Bestellung zu liefern.', 'de'],
    ['English naming the ICO', 'en', 'You can complain to the ICO.', 'uk'],
    ['English with a UK postcode', 'en', 'Write to us at 4 High Street, Bristol BS1 2AW.', 'uk'],
    ['English citing UK GDPR', 'en', 'We process your data in line with the UK GDPR.', 'uk'],
    ['English without British signals', 'en', 'We process your data to deliver your order.', null],
    ['Spanish', 'es', 'Tratamos sus datos para entregar su pedido.', 'es'],
    ['Italian', 'it', 'Trattiamo i suoi dati per consegnare il suo ordine.', 'it'],
  ] as const)('%s → %s', (_name, language, text, expected) => {
    expect(jurisdictionOf(text, language)).toBe(expected);
  });

  it('picks the profile named after the jurisdiction, else gdpr', () => {
    const builtIn = builtInProfileNames();
    expect(['fr', 'be', 'de', 'uk', 'es', null].map((jurisdiction) => profileForJurisdiction(jurisdiction, builtIn))).toEqual(['fr', 'be', 'de', 'uk', 'gdpr', 'gdpr']);
  });
});

describe('choosing the profile when linting', () => {
  const french = '# Politique\n\nNous traitons vos données pour livrer vos commandes. Vous pouvez vous plaindre auprès de la CNIL.\n';

  it('uses the profile of the inferred jurisdiction and records the jurisdiction', () => {
    expect(lintText(french, { language: 'fr' })).toMatchObject({ profile: 'fr', jurisdiction: 'fr' });
  });

  it('lets a given jurisdiction choose the profile', () => {
    expect(lintText(french, { language: 'fr', jurisdiction: 'de' })).toMatchObject({ profile: 'de', jurisdiction: 'de' });
  });

  it('lets an explicit profile win', () => {
    expect(lintText(french, { language: 'fr', profile: 'gdpr' })).toMatchObject({ profile: 'gdpr', jurisdiction: 'fr' });
  });

  it('reads a national profile given explicitly as its jurisdiction', () => {
    const result = lintText('# Notice\n\nWe process your data to deliver your order. You may lodge a complaint with a supervisory authority.\n', { language: 'en', profile: 'uk' });
    expect(result.jurisdiction).toBe('uk');
    expect(result.findings.find((finding) => finding.ruleId === 'complaint-authority-unnamed')?.message).toContain('ICO');
  });

  it('falls back to gdpr where no national profile exists', () => {
    expect(lintText('# Política\n\nTratamos sus datos para entregar su pedido.\n', { language: 'es' })).toMatchObject({ profile: 'gdpr', jurisdiction: 'es' });
  });
});

describe('national requirements on their fixtures', () => {
  const nationalIds = (path: string, jurisdiction?: string): string[] => {
    const result = lintFile(join(QUALITY_FIXTURES, path), jurisdiction ? { jurisdiction } : {});
    const national = new Set(['post-mortem-directives', 'children-consent-age', 'outdated-law-reference', 'uk-transfer-mechanism']);
    return result.findings.filter((finding) => national.has(finding.ruleId)).map((finding) => finding.ruleId);
  };

  it.each([
    ['post-mortem-directives/fires.md', 'fr', ['post-mortem-directives']],
    ['post-mortem-directives/passes.md', 'fr', []],
    ['children-consent-age/fires.md', 'fr', ['children-consent-age']],
    ['children-consent-age/passes.md', 'fr', []],
    ['outdated-law-reference/fires.md', 'de', ['outdated-law-reference']],
    ['outdated-law-reference/passes.md', 'de', []],
    ['uk-transfer-mechanism/fires.md', 'uk', ['uk-transfer-mechanism']],
    ['uk-transfer-mechanism/passes.md', 'uk', []],
  ])('%s (jurisdiction %s) raises %j', (path, jurisdiction, expected) => {
    expect(nationalIds(path, jurisdiction)).toEqual(expected);
  });

  it('gives a national finding its check file, its level from the profile and its place in the text', () => {
    const result = lintFile(join(QUALITY_FIXTURES, 'outdated-law-reference/fires.md'), { jurisdiction: 'de', locale: 'de' });
    const finding = result.findings.find((f) => f.ruleId === 'outdated-law-reference')!;
    const meta = bundledChecks('checks').get('outdated-law-reference')!;
    expect(finding).toMatchObject({ severity: 'info', tags: meta.tags, helpUrl: meta.helpUrl, location: { line: 9 }, data: { law: 'TTDSG' } });
    expect(finding.message).toContain('cites TTDSG');
    expect(finding.localizedMessage?.text).toContain('verweist auf TTDSG');
  });
});

describe('the supervisory authority to complain to', () => {
  const complaintWithoutAuthority: Record<string, string> = {
    fr: '# Politique\n\nNous traitons vos données pour livrer vos commandes. Vous pouvez introduire une réclamation auprès d’une autorité de contrôle.\n',
    be: '# Politique\n\nNous traitons vos données pour livrer vos commandes. Contact : contact@atelier.be. Vous pouvez introduire une réclamation auprès d’une autorité de contrôle.\n',
    uk: '# Notice\n\nWe process your data to deliver your order. Write to us at 4 High Street, Bristol BS1 2AW. You may lodge a complaint with a supervisory authority.\n',
    es: '# Política\n\nTratamos sus datos para entregar su pedido. Puede presentar una reclamación ante una autoridad de control.\n',
    it: '# Informativa\n\nTrattiamo i suoi dati per consegnare il suo ordine. Può proporre reclamo a un’autorità di controllo.\n',
  };
  /** Every finding about the complaint right, whichever rule raised it. */
  const complaintFindings = (result: PolicyResult) => result.findings.filter((finding) => finding.tags.includes('gdpr-art77'));

  it.each([
    ['fr', 'fr', 'CNIL', 'info'],
    ['be', 'fr', 'APD/GBA', 'info'],
    ['uk', 'en', 'ICO', 'warning'],
    ['es', 'es', 'AEPD', 'info'],
    ['it', 'it', 'Garante', 'info'],
  ] as const)('a %s policy (in %s) stating the complaint right without naming %s gets one %s finding', (jurisdiction, language, authority, severity) => {
    const result = lintText(complaintWithoutAuthority[jurisdiction]!, { language });
    expect(result.jurisdiction).toBe(jurisdiction);
    const findings = complaintFindings(result);
    expect(findings.map((finding) => [finding.ruleId, finding.severity, finding.data?.authority])).toEqual([['complaint-authority-unnamed', severity, authority]]);
    expect(findings[0]!.message).toContain(`(${authority})`);
  });

  it.each([
    ['complaint-authority-unnamed/fires-de.md', 'de', [['complaint-authority-unnamed', 'BfDI / Landesdatenschutzbehörde']]],
    ['complaint-authority-unnamed/fires.md', 'nl', [['complaint-authority-unnamed', 'Autoriteit Persoonsgegevens']]],
    ['complaint-authority-unnamed/passes.md', 'fr', []],
    ['complaint-authority-unnamed/passes-uk.md', 'uk', []],
  ])('%s (%s) raises %j', (path, jurisdiction, expected) => {
    const result = lintFile(join(QUALITY_FIXTURES, path));
    expect(result).toMatchObject({ jurisdiction, elements: { 'right-complaint': { status: 'present' } } });
    expect(complaintFindings(result).map((finding) => [finding.ruleId, finding.data?.authority])).toEqual(expected);
  });

  it('leaves a complaint without any authority to the element finding, which asks for the name', () => {
    const result = lintText('# Politique\n\nNous traitons vos données pour livrer vos commandes. Vous pouvez introduire une réclamation.\n', { language: 'fr' });
    expect(complaintFindings(result).map((finding) => [finding.ruleId, finding.data?.status])).toEqual([['right-complaint', 'partial']]);
  });

  it('follows the level a user gives over the profile\'s', () => {
    const result = lintText(complaintWithoutAuthority.uk!, { language: 'en', rules: { 'complaint-authority-unnamed': 'error' } });
    expect(complaintFindings(result).map((finding) => finding.severity)).toEqual(['error']);
  });
});

describe('national profiles', () => {
  const instance = (national: Record<string, boolean>, context: Record<string, boolean> = {}): ProfileInstance => ({
    language: 'fr',
    jurisdiction: 'fr',
    elements: {},
    context: { children: false, transfers: false, ...context },
    national,
  });
  const failed = (profile: string, inst: ProfileInstance): string[] =>
    validateFacts(inst, {}, loadProfile(profile), { target: 'p.md', locale: null, elements: new Map(), checks: bundledChecks('checks') })
      .map((finding) => finding.ruleId)
      .filter((id) => bundledChecks('checks').has(id))
      .sort();

  it.each([
    ['fr', {}, { 'post-mortem-directives': false, 'children-consent-age': false }, ['post-mortem-directives']],
    ['fr', { children: true }, { 'post-mortem-directives': true, 'children-consent-age': false }, ['children-consent-age']],
    ['be', {}, { 'post-mortem-directives': false, 'outdated-law-reference': true }, []],
    ['de', {}, { 'post-mortem-directives': false, 'outdated-law-reference': true }, ['outdated-law-reference']],
    ['uk', {}, { 'uk-transfer-mechanism': false }, []],
    ['uk', { transfers: true }, { 'uk-transfer-mechanism': false }, ['uk-transfer-mechanism']],
  ])('%s with context %j and %j fails %j', (profile, context, national, expected) => {
    expect(failed(profile, instance(national, context))).toEqual(expected);
  });

  it('maps a national requirement that a user profile requires but the instance lacks to its id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-national-'));
    const path = join(dir, 'acme.schema.json');
    writeFileSync(
      path,
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'ACME',
        type: 'object',
        properties: { national: { type: 'object', properties: { 'post-mortem-directives': { const: true } }, required: ['post-mortem-directives'] } },
      }),
    );
    const [finding] = validateFacts(instance({}), {}, loadProfile(path), { target: 'p.md', locale: 'fr', elements: new Map(), checks: bundledChecks('checks') });
    expect(finding).toMatchObject({ ruleId: 'post-mortem-directives', severity: 'info', localizedMessage: { locale: 'fr' } });
  });

  it('keep every level of the gdpr profile they extend', () => {
    const gdpr = loadProfile('gdpr').levels;
    for (const name of ['fr', 'be', 'de', 'uk']) expect(loadProfile(name).levels, name).toMatchObject(gdpr);
  });
});
