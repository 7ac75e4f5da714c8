import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ConsentArtifacts, CookieRecord, PageCapture } from '../../src/consent/artifacts.js';
import { type BrowserHandle, launchBrowser } from '../../src/consent/browser.js';
import { capturePage, gatherConsentArtifacts, installConsentHooks } from '../../src/consent/gather.js';
import { noChromium } from '../support/chromium.js';
import { type SiteServer, startSiteServer } from '../support/site-server.js';

const TIMEOUTS = { navigationMs: 5000, settleMs: 300, stepMs: 4000, totalMs: 60_000 };
const TWO_YEARS = 2 * 365 * 24 * 60 * 60;
const FOUR_HUNDRED_DAYS = 400 * 24 * 60 * 60;

function cookie(page: PageCapture | undefined, name: string): CookieRecord | undefined {
  return page?.cookies.find((entry) => entry.name === name);
}

function allCookieNames(pages: PageCapture[]): string[] {
  return [...new Set(pages.flatMap((page) => page.cookies.filter((entry) => !entry.deleted).map((entry) => entry.name)))].sort();
}

describe.skipIf(noChromium())('gathering in Chromium', () => {
  let server: SiteServer;
  let browser: BrowserHandle;

  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launchBrowser();
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('gatherConsentArtifacts on a site with every cookie source', () => {
    let artifacts: ConsentArtifacts;
    let startedAt: number;

    beforeAll(async () => {
      startedAt = Date.now() / 1000;
      artifacts = await gatherConsentArtifacts(server.url('gather-sources'), { browser, timeouts: TIMEOUTS, screenshot: 'inline' });
    }, 90_000);

    test('records the run as a whole', () => {
      expect(artifacts).toMatchObject({
        version: 1,
        url: server.url('gather-sources'),
        site: '127.0.0.1',
        browser: { name: 'chromium', version: browser.version },
        settings: { pages: 2, settleMs: 300, scroll: true, includeValues: false, thirdPartyCookies: 'allowed' },
        errors: [],
        partial: false,
      });
      expect(Object.keys(artifacts.phases)).toEqual(['before-consent', 'after-reject', 'after-accept']);
      for (const phase of Object.values(artifacts.phases)) expect(phase?.durationMs).toBeGreaterThan(0);
    });

    test('before consent: a header cookie, with its attributes from the jar', () => {
      const page = artifacts.phases['before-consent']?.pages[0];
      expect(cookie(page, 'srv_session')).toMatchObject({ domain: '127.0.0.1', path: '/', httpOnly: true, sameSite: 'Lax', expires: null, thirdParty: false });
      expect(cookie(page, 'srv_session')?.sources).toEqual(['jar', 'set-cookie']);
    });

    test('before consent: the lifetime asked for is kept though the jar caps it at 400 days', () => {
      const pref = cookie(artifacts.phases['before-consent']?.pages[0], 'srv_pref');
      expect(pref?.requestedLifetime).toBe(TWO_YEARS);
      const stored = (pref?.expires ?? 0) - startedAt;
      expect(stored).toBeLessThanOrEqual(FOUR_HUNDRED_DAYS + 120);
      expect(stored).toBeGreaterThan(FOUR_HUNDRED_DAYS - 120);
    });

    test('before consent: a script cookie removed after 100 ms is still seen, as deleted', () => {
      const flash = cookie(artifacts.phases['before-consent']?.pages[0], 'flash');
      expect(flash).toMatchObject({ deleted: true, sources: ['document.cookie'], setBy: server.url('gather-sources'), requestedLifetime: null });
    });

    test('before consent: third-party cookies land in the jar, the CHIPS one with its partition key', () => {
      const page = artifacts.phases['before-consent']?.pages[0];
      expect(cookie(page, 'tp_id')).toMatchObject({ domain: 'gather-probe.localhost', thirdParty: true, sources: ['jar', 'set-cookie'], setBy: server.thirdParty('gather-probe', 'pixel.gif') });
      expect(cookie(page, 'tp_id')).not.toHaveProperty('partitionKey');
      expect(cookie(page, 'tp_chips')).toMatchObject({ thirdParty: true, partitionKey: 'http://127.0.0.1' });
    });

    test('before consent: storage keys and databases, without values', () => {
      const storage = artifacts.phases['before-consent']?.pages[0]?.storage ?? [];
      expect(storage).toEqual(
        expect.arrayContaining([
          { area: 'localStorage', origin: server.origin, key: 'ls_probe', thirdParty: false },
          { area: 'indexedDB', origin: server.origin, key: 'idb_probe', thirdParty: false },
        ]),
      );
    });

    test('before consent: requests with their site, party and status; no cookie values', () => {
      const page = artifacts.phases['before-consent']?.pages[0];
      expect(page?.requests).toContainEqual(
        expect.objectContaining({ url: server.thirdParty('gather-probe', 'pixel.gif'), site: 'gather-probe.localhost', thirdParty: true, status: 204, resourceType: 'image' }),
      );
      expect(page?.requests).toContainEqual(expect.objectContaining({ url: server.url('gather-sources'), thirdParty: false, resourceType: 'document', status: 200 }));
      expect(page?.cookies.some((entry) => 'value' in entry)).toBe(false);
    });

    test('before consent: TCF from the euconsent-v2 cookie when there is no CMP API, and the GPP sections, without strings', () => {
      const page = artifacts.phases['before-consent']?.pages[0];
      expect(page?.tcf).toEqual({
        source: 'cookie',
        cmpId: 300,
        purposeConsents: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        vendorConsents: [755, 793],
        specialFeatureOptins: [1],
      });
      expect(page?.gpp).toEqual({ sections: ['2'] });
    });

    test('before consent: the hand-made banner, its buttons and a first-view screenshot; then a second page', () => {
      const phase = artifacts.phases['before-consent'];
      expect(phase?.banner).toMatchObject({
        found: true,
        cmp: 'heuristic',
        method: 'heuristic',
        context: 'main',
        buttons: [
          { label: 'Reject all', role: 'reject' },
          { label: 'Accept all', role: 'accept' },
        ],
      });
      expect(phase?.banner.screenshot).toMatch(/^data:image\/png;base64,iVBOR/);
      expect(phase?.pages.map((page) => [page.visit, page.url])).toEqual([
        ['initial', server.url('gather-sources')],
        ['second-page', server.url('gather-sources', 'page2.html')],
      ]);
      expect(phase?.action).toBeUndefined();
    });

    test('after reject: the inert buttons are retried until the refusal takes', () => {
      const phase = artifacts.phases['after-reject'];
      expect(phase?.action).toMatchObject({ kind: 'reject', attempted: true, succeeded: true, method: 'heuristic', effect: { bannerGone: true, consentStored: true } });
      expect(phase?.action?.attempts).toBeGreaterThan(1);
      expect(phase?.beforeAction?.cookies.map((entry) => entry.name)).not.toContain('consent');
      expect(phase?.pages.map((page) => page.visit)).toEqual(['initial', 'reload', 'second-page']);
      expect(allCookieNames(phase?.pages ?? [])).toContain('consent');
      expect(allCookieNames(phase?.pages ?? [])).not.toContain('_probe_id');
      expect(phase?.pages.flatMap((page) => page.requests).some((request) => request.url.includes('/collect'))).toBe(false);
    });

    test('after accept: the measurement runs, on the page, after a reload and on the second page', () => {
      const phase = artifacts.phases['after-accept'];
      expect(phase?.action).toMatchObject({ kind: 'accept', succeeded: true });
      for (const page of phase?.pages ?? []) {
        expect(cookie(page, '_probe_id')?.deleted).toBeUndefined();
        expect(page.requests.some((request) => request.url.startsWith(server.thirdParty('gather-probe', 'collect')))).toBe(true);
      }
    });

    test('the artifacts are plain JSON', () => {
      expect(JSON.parse(JSON.stringify(artifacts))).toEqual(artifacts);
    });
  });

  describe('capturePage and other options', () => {
    let folder: string;

    beforeAll(() => {
      folder = mkdtempSync(join(tmpdir(), 'gather-shots-'));
    });

    afterAll(() => {
      rmSync(folder, { recursive: true, force: true });
    });

    test('captures a page driven by your own Playwright code, values included when asked', async () => {
      const context = await browser.browser.newContext();
      try {
        const hooks = await installConsentHooks(context);
        const page = await context.newPage();
        await page.goto(server.url('gather-sources'));
        await page.waitForTimeout(400);
        const capture = await capturePage(page, { includeValues: true });
        expect(capture).toMatchObject({ visit: 'initial', url: server.url('gather-sources'), finalUrl: server.url('gather-sources'), title: 'Gather sources', partial: false });
        expect(cookie(capture, 'srv_pref')).toMatchObject({ value: 'long', requestedLifetime: TWO_YEARS });
        expect(cookie(capture, 'flash')).toMatchObject({ deleted: true, value: '1' });
        expect(capture.storage).toContainEqual(expect.objectContaining({ area: 'localStorage', key: 'ls_probe', value: 'local-value' }));
        expect(capture.tcf?.tcString).toMatch(/^CQLS0dAQLS0dAEsABBENBkFoAP/);
        expect(capture.gpp).toEqual({ sections: ['2'], gppString: 'DBABMA~probe' });
        expect(capture.links).toEqual([server.url('gather-sources', 'page2.html')]);
        const later = await capturePage(page, { since: hooks.mark() });
        expect(later.requests).toEqual([]);
        expect(cookie(later, 'flash')).toBeUndefined();
        expect(cookie(later, 'srv_pref')?.sources).toEqual(['jar']);
      } finally {
        await context.close();
      }
    });

    test('without hooks, capturePage still reads the jar and storage', async () => {
      const context = await browser.browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(server.url('gather-sources'));
        const capture = await capturePage(page);
        expect(cookie(capture, 'srv_session')?.sources).toEqual(['jar']);
        expect(capture.requests).toEqual([]);
        expect(capture.storage.map((entry) => entry.key)).toContain('ls_probe');
      } finally {
        await context.close();
      }
    });

    test('one phase, one page, screenshot to a folder; an expected banner that is missing is recorded', async () => {
      const artifacts = await gatherConsentArtifacts(server.url('hostile-crash'), {
        browser,
        timeouts: { ...TIMEOUTS, stepMs: 1500 },
        phases: ['before-consent'],
        pages: 1,
        scroll: false,
        screenshot: { dir: folder },
        expectBanner: true,
      });
      const phase = artifacts.phases['before-consent'];
      expect(Object.keys(artifacts.phases)).toEqual(['before-consent']);
      expect(phase?.pages).toHaveLength(1);
      expect(phase?.banner.found).toBe(false);
      expect(phase?.errors).toContainEqual(expect.objectContaining({ code: 'BANNER_NOT_FOUND', step: 'banner' }));
      const file = phase?.banner.screenshot ?? '';
      expect(file).toMatch(/^127-0-0-1-\d+-hostile-crash-[0-9a-f]{8}-before-consent\.png$/);
      expect(existsSync(join(folder, file))).toBe(true);
      expect(readFileSync(join(folder, file)).subarray(1, 4).toString()).toBe('PNG');
    });

    test('visits the pages it is given, in their order, leaving out other sites and the start page', async () => {
      const start = server.url('xcheck-matching');
      const privacy = server.url('xcheck-matching', 'privacy.html');
      const artifacts = await gatherConsentArtifacts(start, {
        browser,
        timeouts: TIMEOUTS,
        phases: ['before-consent', 'after-reject'],
        pages: 3,
        scroll: false,
        visit: Promise.resolve([`${start}#top`, 'http://elsewhere.localhost/', privacy, server.url('xcheck-matching', 'page2.html')]),
      });
      const visited = (phase: 'before-consent' | 'after-reject') => artifacts.phases[phase]?.pages.map((page) => [page.visit, page.url]);
      expect(visited('before-consent')).toEqual([
        ['initial', start],
        ['second-page', privacy],
        ['second-page', server.url('xcheck-matching', 'page2.html')],
      ]);
      expect(visited('after-reject')?.at(-1)).toEqual(['second-page', privacy]);
      expect(server.requests.some((request) => request.host === 'elsewhere.localhost')).toBe(false);
    }, 90_000);

    test('follows the start page\'s own links when the chosen pages do not come in time', async () => {
      const artifacts = await gatherConsentArtifacts(server.url('xcheck-matching'), {
        browser,
        timeouts: { ...TIMEOUTS, navigationMs: 1500 },
        phases: ['before-consent'],
        pages: 2,
        scroll: false,
        visit: new Promise<string[]>(() => undefined),
      });
      expect(artifacts.phases['before-consent']?.pages.map((page) => page.url)).toEqual([server.url('xcheck-matching'), server.url('xcheck-matching', 'page2.html')]);
    }, 90_000);

    test('a URL that is not http(s) is a usage error, before any browser work', async () => {
      await expect(gatherConsentArtifacts('file:///etc/passwd', { browser })).rejects.toMatchObject({ code: 'USAGE' });
    });
  });
});
