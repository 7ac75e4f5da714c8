/**
 * End to end: every fixture site with an `expectSite` block in its site.json, audited by `auditSite` (crawl, policy
 * discovery and linting, consent audit in real Chromium, cross-checks), sites concurrently in one browser. The
 * cross-check violations must be exactly the ones the site declares, and the verdict the one it states.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClassifier } from '../../src/consent/audit.js';
import { launchBrowser, type BrowserHandle } from '../../src/consent/browser.js';
import { auditSite } from '../../src/site/audit-site.js';
import type { SiteResult } from '../../src/types.js';
import { noChromium } from '../support/chromium.js';
import { startSiteServer, type SiteServer } from '../support/site-server.js';

interface Expectation {
  verdict: SiteResult['verdict'];
  findings: { ruleId: string; outcome: string }[];
}

const SITES_DIR = join(__dirname, '..', '..', 'fixtures', 'sites');
const KNOWLEDGE_BASES = [join(SITES_DIR, 'knowledge-base.json'), join(SITES_DIR, 'xcheck-knowledge-base.json')];
const sites = readdirSync(SITES_DIR)
  .filter((name) => existsSync(join(SITES_DIR, name, 'site.json')))
  .map((name) => ({ name, expect: (JSON.parse(readFileSync(join(SITES_DIR, name, 'site.json'), 'utf8')) as { expectSite?: Expectation }).expectSite }))
  .filter((site): site is { name: string; expect: Expectation } => site.expect !== undefined)
  .sort((a, b) => a.name.localeCompare(b.name));

const CONCURRENCY = 4;

describe.skipIf(noChromium())('site audit of the cross-check fixture sites in Chromium', () => {
  let server: SiteServer;
  let browser: BrowserHandle;
  const results = new Map<string, SiteResult>();

  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launchBrowser();
    const classifier = buildClassifier({ knowledgeBase: KNOWLEDGE_BASES });
    const queue = [...sites];
    const worker = async () => {
      for (let site = queue.shift(); site; site = queue.shift()) {
        results.set(site.name, await auditSite(server.url(site.name), { browser, classifier, knowledgeBase: KNOWLEDGE_BASES, pages: 2, timeouts: { settleMs: 400 } }));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('covers a passing site, each cross-check violation and a site without a policy', () => {
    const shown = new Set(sites.flatMap((site) => site.expect.findings.map((finding) => finding.ruleId)));
    expect([...shown].sort()).toEqual(['cookie-lifetime-mismatch', 'cookie-undeclared', 'policy-not-found', 'third-party-undeclared', 'transfer-undisclosed-observed']);
    expect(sites.some((site) => site.expect.verdict === 'pass')).toBe(true);
  });

  it.each(sites)('$name', ({ name, expect: expected }) => {
    const result = results.get(name)!;
    const violations = result.findings.filter((finding) => finding.outcome === 'violation' && finding.severity !== 'info');
    const summary = [...result.findings, ...(result.consent?.findings ?? []), ...(result.policy?.findings ?? [])]
      .filter((finding) => finding.outcome === 'violation' || finding.outcome === 'incomplete')
      .map((finding) => `${finding.ruleId}:${finding.outcome}:${finding.severity}`);
    expect(result.verdict, `${name}: ${summary.join(', ')}`).toBe(expected.verdict);
    expect([...new Set(violations.map((finding) => `${finding.ruleId}:${finding.outcome}`))].sort()).toEqual(expected.findings.map((finding) => `${finding.ruleId}:${finding.outcome}`).sort());
    expect(result).toMatchObject({ kind: 'site', target: server.url(name) });
    expect(result.pages[0]).toBe(server.url(name));
    expect(result.errorCount).toBe(result.findings.concat(result.policy?.findings ?? [], result.consent?.findings ?? []).filter((finding) => (finding.outcome === 'violation' || finding.outcome === 'incomplete') && finding.severity === 'error').length);
    for (const finding of violations) expect(finding.location.target).toBe(server.url(name));
  });

  it('finds each policy from the footer, in its language, and reads its cookie table', () => {
    const policyOf = (name: string) => results.get(name)?.policyUrl?.slice(server.url(name).length);
    expect(sites.map((site) => [site.name, policyOf(site.name) ?? null])).toEqual([
      ['xcheck-datenschutz', 'datenschutz.html'],
      ['xcheck-matching', 'privacy.html'],
      ['xcheck-no-policy', null],
      ['xcheck-undeclared-cookie', 'confidentialite.html'],
      ['xcheck-undeclared-third-party', 'informativa-privacy.html'],
      ['xcheck-us-transfer', 'privacyverklaring.html'],
      ['xcheck-wrong-lifetime', 'privacidad.html'],
    ]);
    expect(results.get('xcheck-datenschutz')?.policy?.language).toBe('de');
    expect(results.get('xcheck-matching')?.declaredCookies?.map((cookie) => [cookie.name, cookie.match, Math.round(cookie.lifetimeDays ?? -1)])).toEqual([
      ['cc_cookie', 'exact', 183],
      ['_ga', 'exact', 395],
      ['_ga_', 'prefix', 395],
    ]);
  });

  it('names what is wrong: the undeclared cookie, the lifetimes, the service and the country', () => {
    const data = (name: string, ruleId: string) => results.get(name)!.findings.filter((finding) => finding.ruleId === ruleId && finding.outcome === 'violation').map((finding) => finding.data);
    expect(data('xcheck-undeclared-cookie', 'cookie-undeclared').map((item) => item?.name).sort()).toEqual(['_pk_id.1.a1b2', '_pk_ses.1.a1b2']);
    expect(data('xcheck-wrong-lifetime', 'cookie-lifetime-mismatch')).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: '_ga', declaredDays: 395, observedDays: 730, basis: 'requested' })]),
    );
    expect(data('xcheck-undeclared-third-party', 'third-party-undeclared')).toMatchObject([{ service: 'Fixture Fonts', provider: 'Fixture Fonts GmbH' }]);
    expect(data('xcheck-us-transfer', 'transfer-undisclosed-observed')).toMatchObject([{ services: ['Fixture Maps'], countries: ['US'], statement: 'absent' }]);
  });

  it('audits consent on the pages the crawl chose', () => {
    for (const [name, result] of results) {
      const further = Object.values(result.consent?.phases ?? {}).flatMap((phase) => (phase.pages ?? []).filter((page) => page.visit === 'second-page').map((page) => page.url));
      expect(further.length, name).toBeGreaterThan(0);
      for (const url of further) expect(result.pages, name).toContain(url);
    }
  });

  it('no request left the machine', () => {
    for (const request of server.requests) expect(request.host).toMatch(/^(127\.0\.0\.1|[a-z0-9-]+\.localhost)$/);
  });
});
