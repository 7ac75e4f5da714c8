import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClassifier } from '../../src/consent/audit.js';
import { auditPage } from '../../src/consent/audit-page.js';
import { launchBrowser, type BrowserHandle } from '../../src/consent/browser.js';
import { installConsentHooks } from '../../src/consent/page-hooks.js';
import { noChromium } from '../support/chromium.js';
import { startSiteServer, type SiteServer } from '../support/site-server.js';

const classifier = buildClassifier({ knowledgeBase: [join(__dirname, '..', '..', 'fixtures', 'sites', 'knowledge-base.json')] });

describe.skipIf(noChromium())('auditPage on a page the caller drives', () => {
  let server: SiteServer;
  let browser: BrowserHandle;
  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(site: string) {
    const context = await browser.browser.newContext();
    await installConsentHooks(context);
    const page = await context.newPage();
    await page.goto(server.url(site), { waitUntil: 'load' });
    await page.waitForTimeout(800);
    return { context, page };
  }

  it('finds trackers set before any choice, and the missing banner', async () => {
    const { context, page } = await open('no-banner-trackers');
    const result = await auditPage(page, { classifier });
    await context.close();
    const violations = result.findings.filter((f) => f.outcome === 'violation').map((f) => f.ruleId);
    expect(violations).toEqual(expect.arrayContaining(['cookie-before-consent', 'banner-missing']));
    expect(result.phases['before-consent']?.cookies.map((c) => c.name)).toContain('_ga');
  });

  it('passes an opt-in page before the choice and sees its banner', async () => {
    const { context, page } = await open('banner-shadow');
    const result = await auditPage(page, { classifier });
    await context.close();
    expect(result.banner.found).toBe(true);
    expect(result.findings.filter((f) => f.outcome === 'violation')).toEqual([]);
  });
});
