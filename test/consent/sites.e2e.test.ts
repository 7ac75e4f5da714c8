/**
 * End to end: every fixture site with an `expect` block in its site.json, audited by the real pipeline in real
 * Chromium (one browser, contexts in parallel), must give the verdict, the CMP and at least the findings it declares.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditUrls, buildClassifier } from '../../src/consent/audit.js';
import { launchBrowser, type BrowserHandle } from '../../src/consent/browser.js';
import type { ConsentResult } from '../../src/types.js';
import { noChromium } from '../support/chromium.js';
import { startSiteServer, type SiteServer } from '../support/site-server.js';

interface Expectation {
  verdict: ConsentResult['verdict'];
  cmp: string | null;
  findings: { ruleId: string; outcome: string }[];
}

const SITES_DIR = join(__dirname, '..', '..', 'fixtures', 'sites');
const sites = readdirSync(SITES_DIR)
  .filter((name) => existsSync(join(SITES_DIR, name, 'site.json')))
  .map((name) => ({ name, expect: (JSON.parse(readFileSync(join(SITES_DIR, name, 'site.json'), 'utf8')) as { expect?: Expectation }).expect }))
  .filter((site): site is { name: string; expect: Expectation } => site.expect !== undefined)
  .sort((a, b) => a.name.localeCompare(b.name));

describe.skipIf(noChromium())('consent audit of the fixture sites in Chromium', () => {
  let server: SiteServer;
  let browser: BrowserHandle;
  const results = new Map<string, ConsentResult>();

  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launchBrowser();
    const classifier = buildClassifier({ knowledgeBase: [join(SITES_DIR, 'knowledge-base.json')] });
    const audited = await auditUrls(sites.map((site) => server.url(site.name)), { browser, classifier, concurrency: 3, pages: 2 });
    sites.forEach((site, index) => results.set(site.name, audited[index]!));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('covers at least ten sites, passing and failing', () => {
    expect(sites.length).toBeGreaterThanOrEqual(10);
    expect(new Set(sites.map((site) => site.expect.verdict))).toEqual(new Set(['pass', 'fail']));
  });

  it.each(sites)('$name', ({ name, expect: expected }) => {
    const result = results.get(name)!;
    const found = result.findings.map((finding) => `${finding.ruleId}:${finding.outcome}`);
    expect(result.verdict, `${name}: ${found.join(', ')}`).toBe(expected.verdict);
    expect(result.banner.cmp).toBe(expected.cmp);
    for (const { ruleId, outcome } of expected.findings) expect(found, name).toContain(`${ruleId}:${outcome}`);
    if (expected.verdict === 'pass') {
      expect(result.findings.filter((finding) => finding.outcome === 'violation' && finding.severity === 'error'), name).toEqual([]);
    }
    // Cookie values are personal identifiers: never in a result unless asked for.
    for (const phase of Object.values(result.phases)) for (const cookie of phase.cookies) expect(cookie.value).toBeUndefined();
  });

  it('no request left the machine', () => {
    for (const request of server.requests) expect(request.host).toMatch(/^(127\.0\.0\.1|[a-z0-9-]+\.localhost)$/);
  });
});
