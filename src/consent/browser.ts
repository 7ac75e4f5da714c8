/**
 * Finding, launching and closing the Chromium that consent audits run in. The only module that starts a browser;
 * playwright-core is imported lazily so linting policies never loads it.
 */
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { PrivacyLintError } from '../errors.js';
import { settleWithin } from './gather-deadline.js';

const CHROMIUM_HINT = 'Install Chromium (Debian: apt-get install chromium) or set PRIVACY_LINT_CHROMIUM / --executable-path';

const PATH_NAMES = ['chromium-browser', 'chromium', 'google-chrome', 'google-chrome-stable'];

export interface FindChromiumOptions {
  executablePath?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * The Chromium to launch: the explicit option, then `PRIVACY_LINT_CHROMIUM`, `/usr/bin/chromium`, the usual names on
 * `PATH`, then a browser Playwright already downloaded. Never downloads anything.
 */
export function findChromium(options: FindChromiumOptions = {}): string {
  const env = options.env ?? process.env;
  const explicit = options.executablePath ?? env.PRIVACY_LINT_CHROMIUM;
  if (explicit) {
    if (isExecutableFile(explicit)) return explicit;
    throw new PrivacyLintError('BROWSER_UNAVAILABLE', `No Chromium executable at ${explicit}.`, { hint: CHROMIUM_HINT });
  }
  const found = chromiumCandidates(env).find(isExecutableFile);
  if (found) return found;
  throw new PrivacyLintError('BROWSER_UNAVAILABLE', 'No Chromium or Chrome was found on this machine.', { hint: CHROMIUM_HINT });
}

/** Where to look when no path is given, in order: Debian's package, the usual names on PATH, Playwright's cache. */
export function chromiumCandidates(env: NodeJS.ProcessEnv): string[] {
  return ['/usr/bin/chromium', ...onPath(env.PATH ?? ''), ...playwrightCache(env)];
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function onPath(pathVariable: string): string[] {
  const dirs = pathVariable.split(delimiter).filter(Boolean);
  return PATH_NAMES.flatMap((name) => dirs.map((dir) => join(dir, name)));
}

function playwrightCache(env: NodeJS.ProcessEnv): string[] {
  const root = env.PLAYWRIGHT_BROWSERS_PATH || join(env.HOME || homedir(), '.cache', 'ms-playwright');
  try {
    return readdirSync(root)
      .filter((name) => /^chromium-\d+$/.test(name))
      .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)))
      .flatMap((name) => [join(root, name, 'chrome-linux', 'chrome'), join(root, name, 'chrome-linux64', 'chrome')]);
  } catch {
    return [];
  }
}

export interface LaunchOptions extends FindChromiumOptions {
  /** `ws://…` of a running Playwright server or a Chromium DevTools endpoint (`http://…` works for CDP too). */
  browserEndpoint?: string;
  /** Bound on starting or connecting, in milliseconds. */
  timeoutMs?: number;
}

export interface BrowserHandle {
  browser: Browser;
  version: string;
  /** Chromium's user agent with the headless marker removed, so sites treat the audit as an ordinary visitor. */
  userAgent?: string;
  /**
   * Whether unpartitioned third-party cookies can be set: `allowed` for a browser launched here; `browser-default`
   * for a connected browser, whose own settings decide (Chromium blocks them in fresh contexts by default).
   */
  thirdPartyCookies: 'allowed' | 'browser-default';
  /** Idempotent; bounded in time (the browser process is killed if it does not exit). */
  close(): Promise<void>;
}

/** Background traffic a real visitor's browser does not make towards the audited site, and noise in the request log. */
const QUIET_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--metrics-recording-only',
  '--disable-quic',
  '--disable-gpu',
];

/** Consent libraries hide from `navigator.webdriver`; third-party cookie deprecation would hide third-party cookies. */
const VISITOR_ARGS = ['--disable-blink-features=AutomationControlled', '--disable-features=TrackingProtection3pcd'];

const CLOSE_TIMEOUT_MS = 5_000;
const IDENTITY_TIMEOUT_MS = 5_000;

/** Chromium flags used for an audit. */
export function chromiumArgs(isRoot = process.getuid?.() === 0): string[] {
  return [...QUIET_ARGS, ...VISITOR_ARGS, ...(isRoot ? ['--no-sandbox'] : [])];
}

/** Room for Chromium's `/.org.chromium.Chromium.XXXXXX/SingletonSocket` under TMPDIR within a socket path's 107 bytes. */
const SOCKET_TEMP_MAX = 56;

/**
 * Where Chromium may create its singleton socket. It does so under TMPDIR, and a Unix socket path longer than 107
 * bytes makes the launch fail with nothing but "browser has been closed": a long TMPDIR (macOS, nested CI folders)
 * is replaced by /tmp when that is writable.
 */
export function socketTempDir(current: string, fallback = '/tmp'): string {
  if (Buffer.byteLength(current) <= SOCKET_TEMP_MAX) return current;
  try {
    accessSync(fallback, constants.W_OK);
    return fallback;
  } catch {
    return current;
  }
}

/**
 * Starts Chromium, or connects to `browserEndpoint`. A launched browser gets a throw-away profile folder (also used as
 * `XDG_CONFIG_HOME`, where Debian's Chromium writes crash dumps), removed on close.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserHandle> {
  const { chromium } = await import('playwright-core');
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (options.browserEndpoint) return connectBrowser(chromium, options.browserEndpoint, timeoutMs);

  const executablePath = findChromium(options);
  const home = mkdtempSync(join(tmpdir(), 'privacy-lint-chromium-'));
  const profile = join(home, 'profile');
  writeProfilePreferences(profile);
  const env = {
    ...(options.env ?? process.env),
    XDG_CONFIG_HOME: join(home, 'config'),
    XDG_CACHE_HOME: join(home, 'cache'),
    TMPDIR: socketTempDir(options.env?.TMPDIR ?? tmpdir()),
  };
  let persistent: BrowserContext;
  try {
    // A persistent profile is the only way to set its preferences; audit contexts are then opened beside it. Contexts
    // of a plain launch are off-the-record, where Chromium blocks third-party cookies whatever the flags say.
    persistent = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...chromiumArgs(), `--crash-dumps-dir=${join(home, 'crashes')}`],
      env,
      timeout: timeoutMs,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    rmSync(home, { recursive: true, force: true });
    throw new PrivacyLintError('BROWSER_UNAVAILABLE', `Chromium at ${executablePath} did not start: ${firstLine(error)}`, {
      hint: CHROMIUM_HINT,
      cause: error,
    });
  }
  const browser = persistent.browser();
  if (!browser) {
    await persistent.close().catch(() => undefined);
    rmSync(home, { recursive: true, force: true });
    throw new PrivacyLintError('BROWSER_UNAVAILABLE', 'Chromium started without a browser handle.', { hint: CHROMIUM_HINT });
  }
  return handleFor(browser, 'allowed', async (pid) => {
    const closed = await settleWithin(persistent.close(), CLOSE_TIMEOUT_MS);
    if (!closed && pid) killQuietly(pid);
    rmSync(home, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  });
}

/** The handle for a started or connected browser; `shutdown` runs once, however often `close` is called. */
async function handleFor(
  browser: Browser,
  thirdPartyCookies: BrowserHandle['thirdPartyCookies'],
  shutdown: (pid: number | undefined) => Promise<void>,
): Promise<BrowserHandle> {
  const identity = await browserIdentity(browser);
  let closing: Promise<void> | undefined;
  return {
    browser,
    version: browser.version(),
    ...(identity.userAgent ? { userAgent: identity.userAgent } : {}),
    thirdPartyCookies,
    close() {
      closing ??= shutdown(identity.pid);
      return closing;
    },
  };
}

function writeProfilePreferences(profile: string): void {
  mkdirSync(join(profile, 'Default'), { recursive: true });
  // cookie_controls_mode 0: third-party cookies allowed, as in a default non-incognito profile of most browsers.
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
}

async function connectBrowser(
  chromium: typeof import('playwright-core').chromium,
  endpoint: string,
  timeoutMs: number,
): Promise<BrowserHandle> {
  const attempts: { kind: string; connect: () => Promise<Browser> }[] = [
    { kind: 'Playwright server', connect: () => chromium.connect(endpoint, { timeout: timeoutMs }) },
    { kind: 'Chrome DevTools endpoint', connect: () => chromium.connectOverCDP(endpoint, { timeout: timeoutMs }) },
  ];
  if (looksLikeCdpEndpoint(endpoint)) attempts.reverse();
  const failures: string[] = [];
  for (const attempt of attempts) {
    try {
      const browser = await attempt.connect();
      // Closing disconnects only: a browser someone else started stays theirs to stop.
      return await handleFor(browser, 'browser-default', async () => {
        await settleWithin(browser.close(), CLOSE_TIMEOUT_MS);
      });
    } catch (error) {
      failures.push(`as a ${attempt.kind}: ${firstLine(error)}`);
    }
  }
  throw new PrivacyLintError('BROWSER_UNAVAILABLE', `Could not connect to ${endpoint} (${failures.join('; ')}).`, {
    hint: 'Pass the ws:// endpoint printed by a Playwright server (launchServer) or Chromium --remote-debugging-port.',
  });
}

function looksLikeCdpEndpoint(endpoint: string): boolean {
  try {
    const url = new URL(endpoint);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.pathname.startsWith('/devtools/');
  } catch {
    return false;
  }
}

/** The browser's process id (to kill it if it hangs) and user agent, through the DevTools protocol; bounded. */
async function browserIdentity(browser: Browser): Promise<{ pid?: number; userAgent?: string }> {
  let identity: { pid?: number; userAgent?: string } = {};
  const read = async () => {
    const session = await browser.newBrowserCDPSession();
    const [version, processes] = await Promise.all([
      session.send('Browser.getVersion'),
      session.send('SystemInfo.getProcessInfo').catch(() => ({ processInfo: [] as { type: string; id: number }[] })),
    ]);
    await session.detach().catch(() => undefined);
    const pid = processes.processInfo.find((entry) => entry.type === 'browser')?.id;
    const userAgent = version.userAgent.replace(/HeadlessChrome\//, 'Chrome/');
    identity = pid === undefined ? { userAgent } : { pid, userAgent };
  };
  await settleWithin(read(), IDENTITY_TIMEOUT_MS);
  return identity;
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? message;
}
