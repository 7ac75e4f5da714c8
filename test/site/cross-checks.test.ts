import { describe, expect, it } from 'vitest';
import type { ConsentArtifacts, CookieRecord, PhaseName, RequestRecord } from '../../src/consent/artifacts.js';
import { bundledKnowledgeBase, type KnowledgeBase } from '../../src/consent/classify-knowledge-base.js';
import { createClassifier } from '../../src/consent/classify.js';
import { segmentDocument } from '../../src/document/segment.js';
import { detectElements } from '../../src/policy/detect.js';
import { siteVerdict } from '../../src/site/audit-site.js';
import type { CrossCheckInput, PolicyEvidence, PolicySearch } from '../../src/site/cross-checks/context.js';
import { CROSS_CHECKS, runCrossChecks } from '../../src/site/cross-checks/index.js';
import { crossCheckMetas } from '../../src/site/cross-checks/report.js';
import { extractDeclaredCookies } from '../../src/site/declared-cookies.js';
import { vendorDirectory } from '../../src/site/policy-mentions.js';
import type { ConsentResult, Finding, PolicyResult } from '../../src/types.js';

const NOW = Date.UTC(2026, 0, 1);
const SITE = 'https://shop.example.eu/';
const DAY = 86_400;

const TEST_KB: KnowledgeBase = {
  entries: [
    {
      id: 'tagbox',
      name: 'Tagbox Analytics',
      vendor: { name: 'Tagbox Inc.', country: 'US', outsideEEA: true },
      kind: 'tracker',
      category: 'analytics',
      description: 'Analytics tag of the tests.',
      source: 'https://tagbox.example/',
      cookies: [{ name: '_tb' }, { prefix: '_tb_' }],
      domains: ['tagbox.example'],
    },
    {
      id: 'eu-fonts',
      name: 'EU Fonts',
      vendor: { name: 'Schriftwerk GmbH', country: 'DE', outsideEEA: false },
      kind: 'service',
      category: 'functional',
      description: 'Font service of the tests.',
      source: 'https://fonts.eu.example/',
      domains: ['fonts.eu.example'],
    },
  ],
};
const classifier = createClassifier({ extraKnowledgeBases: [TEST_KB] });
const directory = vendorDirectory([TEST_KB, bundledKnowledgeBase()]);

function cookie(name: string, overrides: Partial<CookieRecord> = {}): CookieRecord {
  return { name, domain: 'shop.example.eu', path: '/', expires: null, requestedLifetime: 30 * DAY, sources: ['set-cookie'], firstSeen: 10, thirdParty: false, ...overrides };
}

function request(url: string, overrides: Partial<RequestRecord> = {}): RequestRecord {
  const host = new URL(url).hostname;
  return { url, method: 'GET', resourceType: 'script', site: host.split('.').slice(-2).join('.'), thirdParty: !host.endsWith('shop.example.eu'), time: 20, ...overrides };
}

type PhaseContent = { cookies?: CookieRecord[]; requests?: RequestRecord[]; partial?: boolean };

function artifacts(phases: Partial<Record<PhaseName, PhaseContent>>): ConsentArtifacts {
  const built: ConsentArtifacts['phases'] = {};
  for (const [name, content] of Object.entries(phases) as [PhaseName, PhaseContent][]) {
    built[name] = {
      phase: name,
      pages: [{ url: SITE, finalUrl: SITE, visit: 'initial', cookies: content.cookies ?? [], storage: [], requests: content.requests ?? [], errors: [], partial: content.partial ?? false }],
      banner: { found: false, cmp: null, method: null, context: null, buttons: [] },
      errors: [],
      partial: content.partial ?? false,
    };
  }
  return {
    version: 1,
    url: SITE,
    site: 'example.eu',
    firstPartySites: [],
    browser: { name: 'chromium', version: 'test' },
    settings: { pages: 1, settleMs: 0, scroll: false, includeValues: false },
    phases: built,
    errors: [],
    partial: false,
  };
}

function policy(markdown: string): PolicyEvidence {
  const document = segmentDocument({ target: `${SITE}privacy`, format: 'markdown', text: markdown, encoding: 'utf-8' });
  return { url: `${SITE}privacy`, declared: extractDeclaredCookies(document), facts: detectElements(document), documents: [document] };
}

function input(site: ConsentArtifacts | null, evidence: PolicyEvidence | null, overrides: Partial<CrossCheckInput> = {}): CrossCheckInput {
  return {
    target: SITE,
    search: evidence ? { status: 'found', url: evidence.url, page: SITE } : { status: 'not-found', pages: [SITE] },
    policy: evidence,
    artifacts: site,
    classifier,
    directory,
    now: NOW,
    ...overrides,
  };
}

const run = (id: string, value: CrossCheckInput): Finding[] => runCrossChecks({ ...value, levels: Object.fromEntries(Object.keys(CROSS_CHECKS).filter((other) => other !== id).map((other) => [other, 'off'])) });
const outcomes = (findings: Finding[]) => findings.map((finding) => `${finding.outcome}${finding.data?.name ? `:${String(finding.data.name)}` : ''}`);

const TABLE = (rows: string) => `# Privacy policy\n\n## Cookies\n\n| Cookie | Provider | Purpose | Lifetime |\n|---|---|---|---|\n${rows}`;

describe('cookie-undeclared', () => {
  it.each([
    ['its exact name', TABLE('| `session_id` | Us | Keeps you signed in | session |\n'), 'session_id'],
    ['a declared prefix', TABLE('| `_tb_<id>` | Tagbox | Statistics | 13 months |\n'), '_tb_x9'],
    ['a declared wildcard', TABLE('| `_pk_id.*` | Us | Statistics | 13 months |\n'), '_pk_id.1.ab'],
    ['its family name', TABLE('| `_pk_id` | Us | Statistics | 13 months |\n'), '_pk_id.1.ab'],
    ['the service that sets it', 'We measure audience with Tagbox Analytics, with your consent.\n', '_tb'],
    ['the company behind it', 'Our statistics are processed by Tagbox, Inc. in the United States.\n', '_tb'],
    ['the category of a cookie of the site itself', 'We only use strictly necessary cookies, for example to keep your session.\n', 'PHPSESSID'],
  ])('passes a cookie declared by %s', (_how, text, name) => {
    expect(outcomes(run('cookie-undeclared', input(artifacts({ 'after-accept': { cookies: [cookie(name)] } }), policy(text))))).toEqual(['pass']);
  });

  it('fires for a cookie the policy mentions in no way, with its vendor and phases', () => {
    const site = artifacts({ 'before-consent': { cookies: [cookie('session_id')] }, 'after-accept': { cookies: [cookie('session_id'), cookie('_tb')] } });
    const findings = run('cookie-undeclared', input(site, policy(TABLE('| `session_id` | Us | Session | session |\n'))));
    expect(outcomes(findings)).toEqual(['violation:_tb']);
    expect(findings[0]).toMatchObject({ severity: 'error', data: { vendor: 'Tagbox Analytics', provider: 'Tagbox Inc.', category: 'analytics', phases: ['after-accept'] }, location: { target: SITE } });
    expect(findings[0]!.message).toContain('“_tb”');
  });

  it('does not let a declared category cover a cookie whose vendor the policy does not name', () => {
    const findings = run('cookie-undeclared', input(artifacts({ 'after-accept': { cookies: [cookie('_tb')] } }), policy('We use analytics cookies to count visits.\n')));
    expect(outcomes(findings)).toEqual(['violation:_tb']);
  });

  it('leaves out a cookie written and removed at once', () => {
    expect(outcomes(run('cookie-undeclared', input(artifacts({ 'before-consent': { cookies: [cookie('probe', { deleted: true })] } }), policy('Nothing here.\n'))))).toEqual(['pass']);
  });

  it('is inapplicable without a policy, and incomplete when the policy or the site could not be read', () => {
    const site = artifacts({ 'before-consent': { cookies: [cookie('_tb')] } });
    expect(run('cookie-undeclared', input(site, null))).toMatchObject([{ outcome: 'inapplicable' }]);
    expect(run('cookie-undeclared', input(site, null, { search: { status: 'unreadable', url: `${SITE}privacy`, reason: 'HTTP 500' } }))).toMatchObject([{ outcome: 'incomplete', data: { reason: 'HTTP 500' } }]);
    expect(run('cookie-undeclared', input(null, policy('Text.\n')))).toMatchObject([{ outcome: 'incomplete' }]);
    expect(run('cookie-undeclared', input(artifacts({ 'before-consent': { partial: true } }), policy('Text.\n')))).toMatchObject([{ outcome: 'incomplete' }]);
  });
});

describe('cookie-lifetime-mismatch', () => {
  const site = (record: Partial<CookieRecord>) => artifacts({ 'after-accept': { cookies: [cookie('_tb', record)] } });
  const declaring = (lifetime: string) => policy(TABLE(`| \`_tb\` | Tagbox | Statistics | ${lifetime} |\n`));

  it.each([
    ['13 months', { requestedLifetime: 730 * DAY }, 'violation', 730],
    ['session', { requestedLifetime: 365 * DAY }, 'violation', 365],
    ['1 month', { requestedLifetime: undefined, expires: NOW / 1000 + 90 * DAY }, 'violation', 90],
    ['13 months', { requestedLifetime: 365 * DAY }, 'pass', undefined],
    ['1 year', { requestedLifetime: 370 * DAY }, 'pass', undefined],
    ['2 years', { requestedLifetime: undefined, expires: NOW / 1000 + 400 * DAY }, 'pass', undefined],
    ['6 months', { requestedLifetime: null }, 'pass', undefined],
  ])('declared %s, observed %j: %s', (lifetime, record, outcome, observedDays) => {
    const findings = run('cookie-lifetime-mismatch', input(site(record), declaring(lifetime)));
    expect(findings.map((finding) => finding.outcome)).toEqual([outcome]);
    if (observedDays !== undefined) expect(findings[0]!.data).toMatchObject({ name: '_tb', observedDays, declared: lifetime });
  });

  it('says when the lifetime is the one the browser stored', () => {
    const [finding] = run('cookie-lifetime-mismatch', input(site({ requestedLifetime: undefined, expires: NOW / 1000 + 90 * DAY }), declaring('1 month')));
    expect(finding).toMatchObject({ data: { basis: 'stored' } });
    expect(finding!.message).toContain('the browser kept it for 90 days');
  });

  it('compares only cookies declared by name, not those covered by a vendor', () => {
    expect(run('cookie-lifetime-mismatch', input(site({ requestedLifetime: 730 * DAY }), policy('Tagbox Analytics sets cookies for 1 month.\n')))).toMatchObject([{ outcome: 'pass', data: { count: 0 } }]);
  });
});

describe('third-party-undeclared', () => {
  const site = (...urls: string[]) => artifacts({ 'before-consent': { requests: urls.map((url) => request(url)) } });

  it('fires for a service the policy does not name, with its provider', () => {
    const findings = run('third-party-undeclared', input(site('https://fonts.eu.example/css?family=Inter'), policy('We use a hosting provider.\n')));
    expect(findings).toMatchObject([{ outcome: 'violation', data: { service: 'EU Fonts', provider: 'Schriftwerk GmbH', hosts: ['fonts.eu.example'], category: 'functional' } }]);
  });

  it.each([
    ['its service name', 'Fonts come from EU Fonts.\n'],
    ['its company', 'Fonts are served by Schriftwerk GmbH.\n'],
    ['its host', 'Fonts are loaded from fonts.eu.example.\n'],
  ])('passes a service named by %s', (_how, text) => {
    expect(outcomes(run('third-party-undeclared', input(site('https://fonts.eu.example/css'), policy(text))))).toEqual(['pass']);
  });

  it('ignores first-party requests and asks for a review of hosts nobody knows', () => {
    expect(outcomes(run('third-party-undeclared', input(site(`${SITE}app.js`), policy('Text.\n'))))).toEqual(['pass']);
    const unknown = run('third-party-undeclared', input(site('https://cdn.mystery.example/x.js'), policy('Text.\n')));
    expect(unknown).toMatchObject([{ outcome: 'incomplete', data: { hosts: ['cdn.mystery.example'] } }]);
    expect(outcomes(run('third-party-undeclared', input(site('https://cdn.mystery.example/x.js'), policy('Scripts come from cdn.mystery.example.\n'))))).toEqual(['pass']);
  });
});

describe('transfer-undisclosed-observed', () => {
  const usSite = artifacts({ 'after-accept': { requests: [request('https://collect.tagbox.example/hit')] } });
  const naming = 'We measure audience with Tagbox Analytics.\n';

  it('fires when services outside the EEA are contacted and the policy is silent on transfers', () => {
    expect(run('transfer-undisclosed-observed', input(usSite, policy(naming)))).toMatchObject([
      { outcome: 'violation', data: { services: ['Tagbox Analytics'], companies: ['Tagbox Inc.'], countries: ['US'], statement: 'absent' } },
    ]);
  });

  it('says so when the policy denies any transfer', () => {
    const [finding] = run('transfer-undisclosed-observed', input(usSite, policy(`${naming}\nWe do not transfer your personal data outside the European Economic Area.\n`)));
    expect(finding).toMatchObject({ outcome: 'violation', data: { statement: 'denied' } });
    expect(finding!.message).toContain('although the policy says');
  });

  it('passes when the policy informs about transfers, or when only EEA services are contacted', () => {
    const informed = `${naming}\nTagbox Inc. processes the data in the United States; transfers rely on the Standard Contractual Clauses of the European Commission.\n`;
    expect(outcomes(run('transfer-undisclosed-observed', input(usSite, policy(informed))))).toEqual(['pass']);
    const euSite = artifacts({ 'after-accept': { requests: [request('https://fonts.eu.example/css')] } });
    expect(outcomes(run('transfer-undisclosed-observed', input(euSite, policy('EU Fonts serves our fonts.\n'))))).toEqual(['pass']);
  });
});

describe('declared-not-observed', () => {
  it('lists, for review, declared cookies the site never set', () => {
    const findings = run('declared-not-observed', input(artifacts({ 'after-accept': { cookies: [cookie('_tb_x1')] } }), policy(TABLE('| `_tb_<id>` | Tagbox | Statistics | 13 months |\n| `legacy_id` | Us | Old | 1 year |\n'))));
    expect(findings).toMatchObject([{ outcome: 'violation', severity: 'info', data: { count: 1, names: ['legacy_id'] }, location: { target: SITE, url: `${SITE}privacy` } }]);
    expect(findings[0]!.data?.declarations).toMatchObject([{ name: 'legacy_id', line: 8, kind: 'table' }]);
  });

  it('passes when every declared cookie was seen', () => {
    expect(outcomes(run('declared-not-observed', input(artifacts({ 'after-accept': { cookies: [cookie('_tb_x1')] } }), policy(TABLE('| `_tb_*` | Tagbox | Statistics | 13 months |\n')))))).toEqual(['pass']);
  });
});

describe('policy-not-found', () => {
  it.each<[PolicySearch, Finding['outcome']]>([
    [{ status: 'found', url: `${SITE}privacy`, page: SITE }, 'pass'],
    [{ status: 'given', url: `${SITE}privacy` }, 'pass'],
    [{ status: 'not-found', pages: [SITE, `${SITE}about`] }, 'violation'],
    [{ status: 'unreadable', url: `${SITE}privacy`, reason: 'HTTP 404' }, 'incomplete'],
    [{ status: 'not-searched', reason: 'connection refused' }, 'incomplete'],
  ])('%j → %s', (search, outcome) => {
    const [finding] = run('policy-not-found', input(null, null, { search }));
    expect(finding?.outcome).toBe(outcome);
  });

  it('counts the pages searched and speaks the locale', () => {
    const [finding] = run('policy-not-found', input(null, null, { search: { status: 'not-found', pages: [SITE, `${SITE}about`] }, locale: 'fr' }));
    expect(finding).toMatchObject({ severity: 'error', data: { count: 2 }, localizedMessage: { locale: 'fr' } });
    expect(finding!.message).toContain('(2 in all)');
  });
});

describe('runCrossChecks', () => {
  const site = artifacts({ 'after-accept': { cookies: [cookie('_tb')], requests: [request('https://collect.tagbox.example/hit')] } });

  it('runs every check once, in the project order, and applies levels', () => {
    const findings = runCrossChecks(input(site, policy('Nothing about cookies.\n'), { levels: { 'cookie-undeclared': 'warn', 'declared-not-observed': 'off' } }));
    expect(findings.map((finding) => finding.ruleId)).toEqual(['cookie-lifetime-mismatch', 'cookie-undeclared', 'policy-not-found', 'third-party-undeclared', 'transfer-undisclosed-observed']);
    expect(findings.find((finding) => finding.ruleId === 'cookie-undeclared')).toMatchObject({ outcome: 'violation', severity: 'warning' });
  });

  it('turns a check that throws into an incomplete finding', () => {
    const broken = { ...classifier, classifyCookie: () => { throw new Error('boom'); } };
    const findings = runCrossChecks(input(site, policy('Text.\n'), { classifier: broken }));
    expect(findings.filter((finding) => finding.data?.error === 'boom').length).toBe(Object.keys(CROSS_CHECKS).length - 1);
  });

  it('has metadata with English and French texts for every check', () => {
    const metas = crossCheckMetas();
    expect([...metas.keys()].sort()).toEqual(Object.keys(CROSS_CHECKS).sort());
    for (const meta of metas.values()) {
      expect(meta.kind).toBe('cross-check');
      for (const messages of [meta.message, ...Object.values(meta.messages ?? {})]) expect(Object.keys(messages)).toEqual(expect.arrayContaining(['en', 'fr']));
    }
  });
});

describe('siteVerdict', () => {
  const finding = (outcome: Finding['outcome'], severity: Finding['severity']): Finding => ({ ruleId: 'x', outcome, severity, message: 'm', tags: [], helpUrl: '', location: { target: SITE } });
  const consent = (verdict: ConsentResult['verdict'], findings: Finding[] = []) => ({ verdict, findings }) as ConsentResult;
  const policyWith = (findings: Finding[]) => ({ findings }) as PolicyResult;

  it.each([
    ['an error in the cross-checks', [finding('violation', 'error')], null, consent('pass'), false, 'fail'],
    ['an error in the policy', [], policyWith([finding('violation', 'error')]), consent('pass'), false, 'fail'],
    ['a failed consent audit', [], null, consent('fail'), false, 'fail'],
    ['a cross-check to review', [finding('incomplete', 'warning')], null, consent('pass'), false, 'incomplete'],
    ['an incomplete consent audit', [], null, consent('incomplete'), false, 'incomplete'],
    ['an audit cut short', [], null, consent('pass'), true, 'incomplete'],
    ['only warnings and information', [finding('violation', 'warning'), finding('violation', 'info')], policyWith([finding('violation', 'warning')]), consent('pass'), false, 'pass'],
  ] as const)('%s → %s', (_case, findings, policyResult, consentResult, partial, verdict) => {
    expect(siteVerdict([...findings], policyResult, consentResult, partial)).toBe(verdict);
  });
});
