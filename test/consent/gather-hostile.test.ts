import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { ConsentArtifacts, GatherError, PageCapture } from '../../src/consent/artifacts.js';
import { type BrowserHandle, launchBrowser } from '../../src/consent/browser.js';
import { type GatherOptions, capturePage, gatherConsentArtifacts, installConsentHooks } from '../../src/consent/gather.js';
import { noChromium } from '../support/chromium.js';
import { type SiteServer, startSiteServer } from '../support/site-server.js';

const TIMEOUTS = { navigationMs: 2500, settleMs: 200, stepMs: 1500, totalMs: 30_000 };
const BEFORE_ONLY: GatherOptions = { phases: ['before-consent'], pages: 1, scroll: false, timeouts: TIMEOUTS };

function errorsOf(artifacts: ConsentArtifacts): GatherError[] {
  return [
    ...artifacts.errors,
    ...Object.values(artifacts.phases).flatMap((phase) => [...(phase?.errors ?? []), ...(phase?.pages.flatMap((page) => page.errors) ?? [])]),
  ];
}

function firstPage(artifacts: ConsentArtifacts): PageCapture | undefined {
  return artifacts.phases['before-consent']?.pages[0];
}

function names(page: PageCapture | undefined): string[] {
  return (page?.cookies ?? []).map((cookie) => cookie.name).sort();
}

/** A browser whose new contexts crash their first page's renderer once it has loaded (through the DevTools protocol). */
function crashingBrowser(handle: BrowserHandle): BrowserHandle {
  const crashOnLoad = (context: BrowserContext) => {
    context.once('page', (page: Page) => {
      page.once('load', () => {
        context
          .newCDPSession(page)
          .then((session) => session.send('Page.crash'))
          .catch(() => undefined);
      });
    });
  };
  const browser = new Proxy(handle.browser, {
    get(target, key) {
      if (key === 'newContext') {
        return async (...args: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...args);
          crashOnLoad(context);
          return context;
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { ...handle, browser, close: async () => undefined };
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

describe.skipIf(noChromium())('gathering from hostile pages', () => {
  let server: SiteServer;
  let browser: BrowserHandle;

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    server = await startSiteServer();
    browser = await launchBrowser();
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    process.off('unhandledRejection', onUnhandled);
  });

  beforeEach(() => {
    unhandled.length = 0;
  });

  afterEach(() => {
    expect(unhandled).toEqual([]);
  });

  test('a load that never ends: recorded, and what was captured is kept', async () => {
    const started = Date.now();
    const artifacts = await gatherConsentArtifacts(server.url('hostile-never-loads'), { ...BEFORE_ONLY, browser });
    expect(Date.now() - started).toBeLessThan(TIMEOUTS.navigationMs + 8000);
    const page = firstPage(artifacts);
    expect(page?.errors).toContainEqual(expect.objectContaining({ code: 'LOAD_TIMEOUT', step: 'navigate' }));
    expect(page?.partial).toBe(true);
    expect(artifacts.partial).toBe(true);
    expect(names(page)).toEqual(['early']);
  });

  test('an endless redirect: a navigation error, with the cookies set on the way', async () => {
    const artifacts = await gatherConsentArtifacts(server.url('hostile-redirect-loop'), { ...BEFORE_ONLY, browser });
    const page = firstPage(artifacts);
    expect(page?.errors).toContainEqual(expect.objectContaining({ code: 'NAVIGATION_FAILED', message: expect.stringContaining('ERR_TOO_MANY_REDIRECTS') }));
    expect(names(page)).toEqual(['loop_a', 'loop_root']);
    expect(page?.requests.length).toBeGreaterThan(10);
  });

  test('dialogs are answered, and a beforeunload handler does not block the reload after a choice', async () => {
    const artifacts = await gatherConsentArtifacts(server.url('hostile-dialogs'), {
      browser,
      phases: ['before-consent', 'after-reject'],
      scroll: false,
      timeouts: TIMEOUTS,
    });
    expect(firstPage(artifacts)?.dialogs).toEqual(['alert', 'confirm', 'prompt']);
    expect(names(firstPage(artifacts))).not.toContain('confirmed');
    const phase = artifacts.phases['after-reject'];
    expect(phase?.action).toMatchObject({ succeeded: true });
    const reload = phase?.pages.find((page) => page.visit === 'reload');
    expect(reload?.dialogs).toEqual(expect.arrayContaining(['beforeunload', 'alert']));
    expect(reload?.errors).toEqual([]);
    expect(phase?.pages.map((page) => page.visit)).toEqual(['initial', 'reload', 'second-page']);
  });

  test('pop-ups are recorded and closed; their cookies are in the jar', async () => {
    const artifacts = await gatherConsentArtifacts(server.url('hostile-popup'), { ...BEFORE_ONLY, browser });
    const page = firstPage(artifacts);
    expect(page?.popups).toEqual([server.url('hostile-popup', 'popup.html')]);
    expect(names(page)).toEqual(['popup_header', 'popup_script']);
    expect(page?.partial).toBe(false);
  });

  test('a download instead of a page: a recorded error, and the response cookie is kept', async () => {
    const artifacts = await gatherConsentArtifacts(server.url('hostile-download'), { ...BEFORE_ONLY, browser });
    const page = firstPage(artifacts);
    expect(page?.errors).toContainEqual(expect.objectContaining({ code: 'DOWNLOAD', step: 'navigate' }));
    expect(page?.cookies).toContainEqual(expect.objectContaining({ name: 'dl', sources: ['jar', 'set-cookie'] }));
  });

  test('cookie names with markup, templates, a right-to-left override or no name are kept as they are', async () => {
    const artifacts = await gatherConsentArtifacts(server.url('hostile-evil-cookie-names'), { ...BEFORE_ONLY, browser });
    expect(names(firstPage(artifacts))).toEqual(
      ['', '<b>bold</b>', '<img src', '{{7*7}}', "{{constructor.constructor('return 1')()}}", '\u202Egnp.exe'].sort(),
    );
    expect(firstPage(artifacts)?.title).toBe('<script>alert(1)</script>');
    expect(JSON.parse(JSON.stringify(artifacts))).toEqual(artifacts);
  });

  test('floods of cookies and requests are capped, and the capture says what it dropped', async () => {
    const artifacts = await gatherConsentArtifacts(server.url('hostile-many-cookies'), {
      ...BEFORE_ONLY,
      browser,
      timeouts: { ...TIMEOUTS, navigationMs: 8000, stepMs: 4000 },
    });
    const page = firstPage(artifacts);
    expect(page?.cookies.length).toBe(1000);
    expect(page?.requests.length).toBeLessThanOrEqual(3000);
    expect(page?.truncated?.cookies).toBeGreaterThan(0);
    expect(page?.truncated?.requests).toBeGreaterThan(0);
    expect(page?.errors).toContainEqual(expect.objectContaining({ code: 'LIMIT_REACHED', step: 'collect' }));
    expect(page?.partial).toBe(true);
  }, 60_000);

  test('a renderer crash: recorded, and the jar is still read', async () => {
    const artifacts = await gatherConsentArtifacts(server.url('hostile-crash'), { ...BEFORE_ONLY, browser: crashingBrowser(browser) });
    const phase = artifacts.phases['before-consent'];
    expect(phase?.errors).toContainEqual(expect.objectContaining({ code: 'RENDERER_CRASHED' }));
    expect(phase?.partial).toBe(true);
    expect(phase?.pages[0]?.cookies).toContainEqual(expect.objectContaining({ name: 'before_crash', sources: ['jar', 'document.cookie'] }));
  });

  test('capturePage after a crash keeps the jar and the recorded events', async () => {
    const context = await browser.browser.newContext();
    try {
      await installConsentHooks(context);
      const page = await context.newPage();
      await page.goto(server.url('hostile-crash'));
      const crashed = new Promise((resolve) => page.once('crash', resolve));
      const session = await context.newCDPSession(page);
      session.send('Page.crash').catch(() => undefined);
      await crashed;
      const capture = await capturePage(page, { timeoutMs: 1000 });
      expect(capture.cookies).toContainEqual(expect.objectContaining({ name: 'before_crash', sources: ['jar', 'document.cookie'] }));
      expect(capture.requests.length).toBeGreaterThan(0);
      expect(capture.partial).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('the total time limit stops the run in time and marks it partial', async () => {
    const started = Date.now();
    const artifacts = await gatherConsentArtifacts(server.url('hostile-never-loads'), {
      browser,
      timeouts: { ...TIMEOUTS, navigationMs: 10_000, totalMs: 1500 },
    });
    // The limit, then at most the salvage grace (3 s) and closing the context (5 s): never the 10 s navigation.
    expect(Date.now() - started).toBeLessThan(1500 + 8000);
    expect(artifacts.partial).toBe(true);
    expect(errorsOf(artifacts).map((error) => error.code)).toContain('TOTAL_TIMEOUT');
    expect(artifacts.phases['after-accept']).toBeUndefined();
  });

  test("the caller's abort signal stops the run the same way, keeping what the page did before it", async () => {
    // Abort once the page says its cookie is written, so the cookie must be in the result however slow the machine is.
    const controller = new AbortController();
    const seenBefore = server.requests.length;
    const hung = setInterval(() => {
      const seen = server.requests.slice(seenBefore);
      if (seen.some((request) => request.path.endsWith('/hostile-never-loads/cookie-written'))) controller.abort();
    }, 50);
    try {
      const artifacts = await gatherConsentArtifacts(server.url('hostile-never-loads'), {
        browser,
        signal: controller.signal,
        timeouts: { ...TIMEOUTS, navigationMs: 20_000, totalMs: 25_000 },
      });
      expect(controller.signal.aborted).toBe(true);
      expect(artifacts.partial).toBe(true);
      expect(errorsOf(artifacts).map((error) => error.code)).toContain('ABORTED');
      expect(names(firstPage(artifacts))).toEqual(['early']);
    } finally {
      clearInterval(hung);
    }
  }, 40_000);
});

describe.skipIf(noChromium())('a browser that dies in the middle of a run', () => {
  test('gives BROWSER_CLOSED and partial artifacts, without unhandled rejections', async () => {
    process.on('unhandledRejection', onUnhandled);
    unhandled.length = 0;
    const server = await startSiteServer();
    const handle = await launchBrowser();
    try {
      const session = await handle.browser.newBrowserCDPSession();
      const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
      const pid = processInfo.find((entry) => entry.type === 'browser')?.id;
      expect(pid).toBeGreaterThan(0);
      setTimeout(() => process.kill(pid!, 'SIGKILL'), 1200);
      const artifacts = await gatherConsentArtifacts(server.url('hostile-never-loads'), { browser: handle, timeouts: { ...TIMEOUTS, navigationMs: 8000 } });
      expect(artifacts.partial).toBe(true);
      expect(errorsOf(artifacts).map((error) => error.code)).toContain('BROWSER_CLOSED');
      expect(artifacts.phases['after-reject']).toBeUndefined();
      expect(artifacts.phases['before-consent']?.pages.length).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
    } finally {
      await handle.close();
      await server.close();
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
