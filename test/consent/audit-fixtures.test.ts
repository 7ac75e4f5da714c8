import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConsentArtifacts } from '../../src/consent/artifacts.js';
import { runConsentAudits, type AuditContext } from '../../src/consent/audits/index.js';
import { OUTCOME_MESSAGES } from '../../src/consent/audits/outcome-messages.js';
import { auditMetas } from '../../src/consent/audits/report.js';
import { createClassifier } from '../../src/consent/classify.js';
import { summarizeConsent } from '../../src/consent/summarize.js';
import { consentVerdict } from '../../src/consent/verdict.js';
import type { Finding } from '../../src/types.js';

const DIR = 'fixtures/artifacts';
/** The instant the recorded expiries were written against (2026-01-01T00:00:00Z). */
const NOW = Date.UTC(2026, 0, 1);

interface Expected {
  verdict: string;
  findings: { ruleId: string; outcome: string }[];
}

const CASES = readdirSync(DIR)
  .filter((name) => name.endsWith('.expected.json'))
  .sort()
  .map((name) => name.slice(0, -'.expected.json'.length));

const load = <T>(file: string): T => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as T;
const context = (): AuditContext => ({ classifier: createClassifier(), now: NOW, config: {} });
const pairs = (findings: readonly { ruleId: string; outcome: string }[]) => [...new Set(findings.map((f) => `${f.ruleId} ${f.outcome}`))].sort();

const results = new Map<string, Finding[]>();
const findingsOf = (name: string): Finding[] => {
  let findings = results.get(name);
  if (!findings) results.set(name, (findings = runConsentAudits(load<ConsentArtifacts>(`${name}.json`), context())));
  return findings;
};

describe('recorded artifacts', () => {
  it('has the cases the audits are specified against', () => {
    expect(CASES).toEqual(
      expect.arrayContaining([
        'compliant-opt-in',
        'analytics-before-consent',
        'trackers-after-reject',
        'tcf-consent-preset',
        'essential-only',
        'no-banner-with-trackers',
        'no-banner-no-trackers',
        'short-lived-cookie',
        'partial-phase',
        'excessive-lifetime',
        'accept-not-recorded',
        'tcf-reject-ignored',
      ]),
    );
  });

  it.each(CASES)('%s gives the expected outcomes and verdict', (name) => {
    const expected = load<Expected>(`${name}.expected.json`);
    const artifacts = load<ConsentArtifacts>(`${name}.json`);
    const findings = findingsOf(name);
    expect(pairs(findings)).toEqual(pairs(expected.findings));
    expect(consentVerdict(findings, artifacts)).toBe(expected.verdict);
  });

  it.each(CASES)('%s gives the same findings in the same order every time', (name) => {
    const again = runConsentAudits(load<ConsentArtifacts>(`${name}.json`), context());
    expect(JSON.stringify(again)).toBe(JSON.stringify(findingsOf(name)));
  });
});

describe('messages', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((match) => match[1]!);
  const crashed = runConsentAudits(load<ConsentArtifacts>('compliant-opt-in.json'), {
    ...context(),
    classifier: {
      ...createClassifier(),
      classifyCookie: () => {
        throw new Error('classifier exploded');
      },
    },
  });
  const all = [...CASES.flatMap((name) => findingsOf(name)), ...crashed];

  it('fills every placeholder of every audit message from the data of some recorded case', () => {
    const missing: string[] = [];
    for (const [id, meta] of auditMetas()) {
      const keys = new Set(all.filter((finding) => finding.ruleId === id).flatMap((finding) => Object.keys(finding.data ?? {})));
      for (const [variant, messages] of Object.entries({ message: meta.message, ...meta.messages })) {
        for (const [locale, text] of Object.entries(messages)) {
          for (const name of placeholders(text)) if (!keys.has(name)) missing.push(`${id} ${variant}.${locale}: {{${name}}}`);
        }
      }
    }
    const keys = new Set(all.flatMap((finding) => Object.keys(finding.data ?? {})));
    for (const [variant, messages] of Object.entries(OUTCOME_MESSAGES)) {
      for (const text of Object.values(messages)) for (const name of placeholders(text)) if (!keys.has(name)) missing.push(`${variant}: {{${name}}}`);
    }
    expect(missing).toEqual([]);
  });

  it('leaves no placeholder unfilled (no recorded name contains braces)', () => {
    for (const finding of all) {
      expect(finding.message, finding.ruleId).not.toContain('{{');
      expect(finding.localizedMessage, finding.ruleId).toBeUndefined();
    }
  });

  it('localizes messages when a locale is asked for', () => {
    const [finding] = runConsentAudits(load<ConsentArtifacts>('no-banner-with-trackers.json'), { ...context(), locale: 'fr' }).filter((f) => f.ruleId === 'banner-missing');
    expect(finding?.localizedMessage?.locale).toBe('fr');
    expect(finding?.localizedMessage?.text).toContain('Aucun bandeau de consentement');
    expect(finding?.message).toContain('No consent banner was found');
  });
});

describe('summarizeConsent', () => {
  const artifacts = load<ConsentArtifacts>('trackers-after-reject.json');
  const withValues: ConsentArtifacts = JSON.parse(JSON.stringify(artifacts), (key, value) => (key === 'cookies' ? (value as object[]).map((c) => ({ ...c, value: 'SECRET-ID-42' })) : value));
  const classifier = createClassifier();
  const findings = runConsentAudits(withValues, context());

  it('follows the ConsentResult shape, with phases keyed by name', () => {
    const result = summarizeConsent(withValues, findings, classifier, { includeValues: false });
    expect(result).toMatchObject({ kind: 'consent', target: artifacts.url, verdict: 'fail', partial: false, banner: { found: true, cmp: 'Onetrust', method: 'autoconsent' } });
    expect(Object.keys(result.phases)).toEqual(['before-consent', 'after-reject', 'after-accept']);
    expect(result.errorCount).toBe(findings.filter((f) => f.outcome === 'violation' && f.severity === 'error').length);
    const afterReject = result.phases['after-reject']!;
    expect(afterReject.cookies.find((c) => c.name === '_fbp')).toMatchObject({ category: 'marketing', essential: false, setBy: 'https://connect.facebook.net/en_US/fbevents.js' });
    expect(afterReject.thirdPartyRequests.map((r) => r.url)).toContain('https://www.facebook.com/tr/');
  });

  it('keeps cookie values and query strings out unless asked', () => {
    expect(JSON.stringify(findings)).not.toContain('SECRET-ID-42');
    const without = JSON.stringify(summarizeConsent(withValues, findings, classifier, { includeValues: false }));
    expect(without).not.toContain('SECRET-ID-42');
    expect(without).not.toContain('fbp=fb.2');
    const withThem = summarizeConsent(withValues, findings, classifier, { includeValues: true });
    expect(withThem.phases['after-reject']!.cookies[0]!.value).toBe('SECRET-ID-42');
  });

  it('reports a partial run and its first error', () => {
    const partial = load<ConsentArtifacts>('banner-unidentified.json');
    const result = summarizeConsent(partial, runConsentAudits(partial, context()), classifier);
    expect(result).toMatchObject({ partial: true, verdict: 'incomplete', error: { code: 'BROWSER_CLOSED' } });
  });
});
