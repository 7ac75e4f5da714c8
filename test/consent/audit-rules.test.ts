import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConsentArtifacts, CookieRecord, PhaseArtifacts } from '../../src/consent/artifacts.js';
import { auditConsentNotAppliedAfterAccept } from '../../src/consent/audits/consent-not-applied-after-accept.js';
import { auditCookieAfterReject } from '../../src/consent/audits/cookie-after-reject.js';
import { auditCookieBeforeConsent } from '../../src/consent/audits/cookie-before-consent.js';
import { auditCookieLifetimeExcessive } from '../../src/consent/audits/cookie-lifetime-excessive.js';
import { runConsentAudits, type AuditContext } from '../../src/consent/audits/index.js';
import { auditTrackerRequestAfterReject } from '../../src/consent/audits/tracker-request-after-reject.js';
import { auditTrackerRequestBeforeConsent } from '../../src/consent/audits/tracker-request-before-consent.js';
import { createClassifier } from '../../src/consent/classify.js';
import { consentVerdict } from '../../src/consent/verdict.js';
import type { Finding } from '../../src/types.js';

const NOW = Date.UTC(2026, 0, 1);
const fixture = (name: string): ConsentArtifacts => JSON.parse(readFileSync(`fixtures/artifacts/${name}.json`, 'utf8')) as ConsentArtifacts;
const context = (overrides: Partial<AuditContext> = {}): AuditContext => ({ classifier: createClassifier(), now: NOW, config: {}, ...overrides });
const outcomes = (findings: Finding[]) => findings.map((finding) => finding.outcome);
const phase = (artifacts: ConsentArtifacts, name: keyof ConsentArtifacts['phases']): PhaseArtifacts => artifacts.phases[name]!;

function cookie(name: string, overrides: Partial<CookieRecord> = {}): CookieRecord {
  return { name, domain: '.shop.example', path: '/', expires: null, sources: ['jar'], firstSeen: 10, thirdParty: false, ...overrides };
}

describe('levels and failures', () => {
  const artifacts = fixture('analytics-before-consent');

  it('drops an audit turned off and re-levels the others; a finding to review is never an error', () => {
    const findings = runConsentAudits(artifacts, context({ levels: { 'cookie-before-consent': 'off', 'no-reject-on-first-layer': 'warn', 'unclassified-cookie': 'error' } }));
    expect(findings.some((f) => f.ruleId === 'cookie-before-consent')).toBe(false);
    expect(findings.find((f) => f.ruleId === 'no-reject-on-first-layer')).toMatchObject({ outcome: 'violation', severity: 'warning' });
    expect(findings.find((f) => f.ruleId === 'unclassified-cookie')).toMatchObject({ outcome: 'incomplete', severity: 'warning' });
  });

  it('turns an audit that throws into an incomplete finding and runs the rest', () => {
    const classifier = createClassifier();
    const findings = runConsentAudits(artifacts, context({ classifier: { ...classifier, classifyCookie: () => { throw new Error('boom'); } } }));
    expect(findings.find((f) => f.ruleId === 'cookie-before-consent')).toMatchObject({ outcome: 'incomplete', data: { error: 'boom' } });
    expect(findings.find((f) => f.ruleId === 'cookie-before-consent')?.message).toContain('internal error (boom)');
    expect(findings.filter((f) => f.ruleId === 'tracker-request-before-consent').every((f) => f.outcome === 'violation')).toBe(true);
  });
});

describe('what never counts', () => {
  const artifacts = fixture('analytics-before-consent');

  it('skips cookies and hosts the config allows', () => {
    const findings = auditCookieBeforeConsent(artifacts, context({ config: { allowCookies: ['_ga*', '_gid', '_hj*'] } }));
    expect(findings).toMatchObject([{ outcome: 'incomplete', data: { names: ['ab_bucket'] } }]);
    const requests = auditTrackerRequestBeforeConsent(artifacts, context({ config: { allowDomains: ['google-analytics.com', '*.hotjar.com'] } }));
    expect(outcomes(requests)).toEqual(['pass']);
  });

  it('never reports cookies the site declares essential', () => {
    const findings = auditCookieBeforeConsent(artifacts, context({ classifier: createClassifier({ essentialCookies: ['_ga*', '_gid', '_hjSessionUser_*', 'ab_bucket'] }) }));
    expect(outcomes(findings)).toEqual(['pass']);
  });
});

describe('cookie details', () => {
  it('reports partitioned third-party cookies and says so', () => {
    const findings = auditCookieBeforeConsent(fixture('no-banner-with-trackers'), context());
    expect(findings.find((f) => f.data?.name === 'fr')?.data).toMatchObject({ domain: 'facebook.com', thirdParty: true, partitioned: true, vendor: 'Meta Pixel' });
  });

  it('escapes direction overrides in messages but keeps the raw name in data', () => {
    const artifacts = fixture('no-banner-with-trackers');
    phase(artifacts, 'before-consent').pages[0]!.cookies.push(cookie('\u202Egpj.{{domain}}', { requestedLifetime: 60 }));
    const findings = auditCookieBeforeConsent(artifacts, context({ classifier: createClassifier({ extraKnowledgeBases: [{ entries: [{ id: 'x', name: 'X', kind: 'tracker', category: 'marketing', description: 'Hostile test entry.', source: 'https://x.example/', cookies: [{ prefix: '\u202E' }] }] }] }) }));
    const hostile = findings.find((f) => String(f.data?.name).startsWith('\u202E'))!;
    expect(hostile.message).toContain('“\\u{202E}gpj.{{domain}}”');
    expect(hostile.data?.name).toBe('\u202Egpj.{{domain}}');
  });

  it('does not blame a refusal for the removal of a cookie set before it, but does for a cookie set and removed after it', () => {
    const artifacts = fixture('analytics-before-consent');
    const afterReject = phase(artifacts, 'after-reject');
    for (const page of afterReject.pages) page.cookies = page.cookies.filter((c) => c.name === 'CookieConsent');
    afterReject.pages[0]!.cookies.push(cookie('_ga', { domain: '.velo-rapide.de', sources: ['document.cookie'], deleted: true, requestedLifetime: -1 }));
    expect(outcomes(auditCookieAfterReject(artifacts, context()))).toEqual(['pass']);
    afterReject.pages[0]!.cookies.push(cookie('_fbp', { domain: '.velo-rapide.de', sources: ['document.cookie'], deleted: true, requestedLifetime: 7776000 }));
    expect(auditCookieAfterReject(artifacts, context())).toMatchObject([{ outcome: 'violation', data: { name: '_fbp', deleted: true, preExisting: false } }]);
  });

  it('measures the lifetime the site asked for, else the stored expiry', () => {
    const findings = auditCookieLifetimeExcessive(fixture('excessive-lifetime'), context());
    expect(findings.map((f) => f.data)).toMatchObject([
      { name: '_ga', days: 730, requestedDays: 730, storedDays: 400, basis: 'requested', limitDays: 395, phase: 'after-accept' },
      { name: '_pk_id.3.a1b2', days: 400, storedDays: 400, basis: 'stored' },
    ]);
  });
});

describe('the choice itself', () => {
  it('expects a banner when items needing consent exist, so a refusal that could not be tried is incomplete', () => {
    const artifacts = fixture('no-banner-with-trackers');
    artifacts.phases['after-reject'] = { phase: 'after-reject', pages: [], banner: phase(artifacts, 'before-consent').banner, action: { kind: 'reject', attempted: false, succeeded: false, method: null, attempts: 0 }, errors: [], partial: false };
    expect(auditTrackerRequestAfterReject(artifacts, context())).toMatchObject([{ outcome: 'incomplete', data: { action: 'reject' } }]);
  });

  it('does not call a missing record a violation unless the hosted consent manager was seen running', () => {
    const artifacts = fixture('accept-not-recorded');
    expect(outcomes(auditConsentNotAppliedAfterAccept(artifacts, context()))).toEqual(['violation']);
    const withoutCookiebot = fixture('accept-not-recorded');
    for (const p of Object.values(withoutCookiebot.phases)) for (const page of p.pages) page.requests = page.requests.filter((r) => !r.url.includes('cookiebot'));
    expect(outcomes(auditConsentNotAppliedAfterAccept(withoutCookiebot, context()))).toEqual(['incomplete']);
    const heuristic = fixture('accept-not-recorded');
    for (const p of Object.values(heuristic.phases)) p.banner = { ...p.banner, cmp: 'heuristic', method: 'heuristic' };
    expect(outcomes(auditConsentNotAppliedAfterAccept(heuristic, context()))).toEqual(['incomplete']);
  });

  it('accepts a TCF consent string after accepting as the record', () => {
    const artifacts = fixture('accept-not-recorded');
    phase(artifacts, 'after-accept').pages[0]!.tcf = { source: 'api', purposeConsents: [1], vendorConsents: [755], specialFeatureOptins: [] };
    expect(auditConsentNotAppliedAfterAccept(artifacts, context())).toMatchObject([{ outcome: 'pass', data: { record: ['IAB TCF consent string'] } }]);
  });
});

describe('consentVerdict', () => {
  const finding = (outcome: Finding['outcome'], severity: Finding['severity']): Finding => ({ ruleId: 'x', outcome, severity, message: 'm', tags: [], helpUrl: '', location: { target: 't' } });
  const clean = fixture('essential-only');

  it.each([
    [[finding('pass', 'error')], 'pass'],
    [[finding('violation', 'warning')], 'pass'],
    [[finding('violation', 'error'), finding('incomplete', 'warning')], 'fail'],
    [[finding('incomplete', 'info')], 'incomplete'],
  ] as const)('%j gives %s', (findings, verdict) => {
    expect(consentVerdict(findings, clean)).toBe(verdict);
  });

  it('is incomplete for a partial run or a banner that should have been seen', () => {
    expect(consentVerdict([], { ...clean, partial: true })).toBe('incomplete');
    const withCmp = fixture('essential-only');
    phase(withCmp, 'before-consent').pages[0]!.tcf = { source: 'api', purposeConsents: [], vendorConsents: [], specialFeatureOptins: [] };
    expect(consentVerdict([], withCmp)).toBe('incomplete');
  });
});
