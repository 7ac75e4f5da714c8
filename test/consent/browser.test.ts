import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, chromiumCandidates, findChromium, launchBrowser, socketTempDir } from '../../src/consent/browser.js';
import { PrivacyLintError } from '../../src/errors.js';
import { noChromium } from '../support/chromium.js';

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'find-chromium-'));
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function fakeExecutable(path: string): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

describe('findChromium', () => {
  test('an explicit path wins over the environment', () => {
    const explicit = fakeExecutable(join(scratch, 'explicit', 'chrome'));
    const fromEnv = fakeExecutable(join(scratch, 'env', 'chrome'));
    expect(findChromium({ executablePath: explicit, env: { PRIVACY_LINT_CHROMIUM: fromEnv } })).toBe(explicit);
    expect(findChromium({ env: { PRIVACY_LINT_CHROMIUM: fromEnv } })).toBe(fromEnv);
  });

  test('an explicit path that is not an executable is an error, not a silent fallback', () => {
    const notExecutable = join(scratch, 'plain-file');
    writeFileSync(notExecutable, '');
    expect(() => findChromium({ executablePath: notExecutable })).toThrow(PrivacyLintError);
    expect(() => findChromium({ env: { PRIVACY_LINT_CHROMIUM: join(scratch, 'missing') } })).toThrow(/No Chromium executable/);
  });

  test('looks at /usr/bin/chromium, then on PATH, then in the Playwright cache, newest first', () => {
    const cache = join(scratch, 'cache');
    mkdirSync(join(cache, 'chromium-1100'), { recursive: true });
    mkdirSync(join(cache, 'chromium-1200'), { recursive: true });
    mkdirSync(join(cache, 'firefox-1300'), { recursive: true });
    expect(chromiumCandidates({ PATH: '/opt/a:/opt/b', PLAYWRIGHT_BROWSERS_PATH: cache })).toEqual([
      '/usr/bin/chromium',
      '/opt/a/chromium-browser',
      '/opt/b/chromium-browser',
      '/opt/a/chromium',
      '/opt/b/chromium',
      '/opt/a/google-chrome',
      '/opt/b/google-chrome',
      '/opt/a/google-chrome-stable',
      '/opt/b/google-chrome-stable',
      join(cache, 'chromium-1200', 'chrome-linux', 'chrome'),
      join(cache, 'chromium-1200', 'chrome-linux64', 'chrome'),
      join(cache, 'chromium-1100', 'chrome-linux', 'chrome'),
      join(cache, 'chromium-1100', 'chrome-linux64', 'chrome'),
    ]);
  });

  test.skipIf(findChromiumOnSystem())('takes the first candidate that is an executable file', () => {
    const onPath = fakeExecutable(join(scratch, 'bin', 'chromium'));
    expect(findChromium({ env: { PATH: join(scratch, 'bin') } })).toBe(onPath);
  });

  test.skipIf(findChromiumOnSystem())('says how to install one when there is none', () => {
    let error: unknown;
    try {
      findChromium({ env: { PATH: join(scratch, 'empty'), PLAYWRIGHT_BROWSERS_PATH: join(scratch, 'empty') } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PrivacyLintError);
    expect(error).toMatchObject({ code: 'BROWSER_UNAVAILABLE', hint: expect.stringContaining('apt-get install chromium') });
  });
});

/** /usr/bin/chromium is checked before PATH, so lookups past it can only be tested where it is absent. */
function findChromiumOnSystem(): boolean {
  try {
    return findChromium({ env: { PATH: '', PLAYWRIGHT_BROWSERS_PATH: '/nonexistent' } }) === '/usr/bin/chromium';
  } catch {
    return false;
  }
}

describe('chromiumArgs', () => {
  test('quiet, not flagged as automated, third-party cookies as in a normal browser', () => {
    const args = chromiumArgs(false);
    expect(args).toEqual(
      expect.arrayContaining(['--disable-background-networking', '--disable-blink-features=AutomationControlled', '--disable-features=TrackingProtection3pcd']),
    );
    expect(args).not.toContain('--no-sandbox');
  });

  test('no sandbox only for root', () => {
    expect(chromiumArgs(true)).toContain('--no-sandbox');
  });
});

/** Browsers started here directly also keep their crash-dump folder out of the home directory. */
function quietEnv(): NodeJS.ProcessEnv {
  return { ...process.env, XDG_CONFIG_HOME: join(scratch, 'xdg-config'), XDG_CACHE_HOME: join(scratch, 'xdg-cache') };
}

describe('socketTempDir', () => {
  test('keeps a short temporary folder and replaces a long one by a writable fallback', () => {
    expect(socketTempDir('/tmp/short')).toBe('/tmp/short');
    const long = `/tmp/${'nested-folder/'.repeat(6)}`;
    expect(socketTempDir(long, tmpdir())).toBe(tmpdir());
    expect(socketTempDir(long, '/no/such/folder')).toBe(long);
  });
});

describe.skipIf(noChromium())('launching and connecting', () => {
  test('launches under a temporary folder too long for Chromium\'s singleton socket', async () => {
    const long = join(tmpdir(), 'a-temporary-folder-nested-deep-enough-to-overflow-a-unix-socket-path');
    mkdirSync(long, { recursive: true });
    const handle = await launchBrowser({ env: { ...process.env, TMPDIR: long }, timeoutMs: 20_000 });
    try {
      expect(handle.browser.isConnected()).toBe(true);
    } finally {
      await handle.close();
      rmSync(long, { recursive: true, force: true });
    }
  });

  test('launches, reports a version and a visitor-like user agent, and closes twice without error', async () => {
    const handle = await launchBrowser();
    try {
      expect(handle.version).toMatch(/^\d+\./);
      expect(handle.userAgent).toMatch(/Chrome\//);
      expect(handle.userAgent).not.toMatch(/Headless/);
      expect(handle.thirdPartyCookies).toBe('allowed');
      const context = await handle.browser.newContext();
      const page = await context.newPage();
      expect(await page.evaluate(() => navigator.webdriver)).toBe(false);
      await context.close();
    } finally {
      await handle.close();
      await handle.close();
    }
    expect(handle.browser.isConnected()).toBe(false);
  });

  test('connects to a Playwright server and leaves it running', async () => {
    const server = await chromium.launchServer({ executablePath: findChromium(), args: chromiumArgs(), env: quietEnv() });
    try {
      const handle = await launchBrowser({ browserEndpoint: server.wsEndpoint(), timeoutMs: 10_000 });
      expect(handle.thirdPartyCookies).toBe('browser-default');
      expect(handle.version).toMatch(/^\d+\./);
      await handle.close();
      const again = await launchBrowser({ browserEndpoint: server.wsEndpoint(), timeoutMs: 10_000 });
      expect(again.browser.isConnected()).toBe(true);
      await again.close();
    } finally {
      await server.close();
    }
  });

  test('connects to a DevTools endpoint', async () => {
    const port = await freePort();
    const browser = await chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs(), `--remote-debugging-port=${port}`], env: quietEnv() });
    try {
      const handle = await launchBrowser({ browserEndpoint: `http://127.0.0.1:${port}`, timeoutMs: 10_000 });
      expect(handle.version).toBe(browser.version());
      await handle.close();
    } finally {
      await browser.close();
    }
  });

  test('an endpoint nothing answers on is a clear error naming both attempts', async () => {
    const port = await freePort();
    const attempt = launchBrowser({ browserEndpoint: `ws://127.0.0.1:${port}/`, timeoutMs: 2000 });
    await expect(attempt).rejects.toMatchObject({ code: 'BROWSER_UNAVAILABLE' });
    await expect(attempt).rejects.toThrow(/Playwright server.*DevTools endpoint/);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
