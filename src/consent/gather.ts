/**
 * The gather stage of the consent audit: visits a site three times in fresh browser contexts (before any choice, after
 * rejecting, after accepting) and records what each visit left behind as `ConsentArtifacts`. The audits read only
 * these artifacts. Whatever a page does (hang, crash, redirect forever, pop up windows), the run ends within its time
 * limit and returns what it captured, with the errors met.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PrivacyLintError } from '../errors.js';
import { type ChoiceKind, makeChoice } from './act.js';
import {
  ARTIFACTS_VERSION,
  type ActionRecord,
  type BannerInfo,
  type ConsentArtifacts,
  type GatherError,
  type PageCapture,
  type PhaseArtifacts,
  type PhaseName,
} from './artifacts.js';
import { type AutoconsentBridge, installAutoconsent } from './banner-autoconsent.js';
import { type DetectedBanner, detectBanner, newMarker } from './banner.js';
import { type BrowserHandle, launchBrowser } from './browser.js';
import { type Deadline, GatherStopped, createDeadline, pause, settleWithin, toGatherError, within, withinOr } from './gather-deadline.js';
import { type PageGuard, guardContext } from './gather-guard.js';
import { type LoadBounds, type ScreenshotTarget, firstViewScreenshot, loadPage, scrollThrough } from './gather-navigate.js';
import { sameSitePages } from './gather-links.js';
import { captureState } from './gather-page.js';
import { type ConsentHooks, type HookMark, installConsentHooks } from './page-hooks.js';
import { siteOf } from './site-of.js';

export { capturePage, type CaptureOptions } from './gather-page.js';
export { installConsentHooks, type ConsentHooks, type ConsentHooksOptions, type HookMark } from './page-hooks.js';

export const PHASE_ORDER: readonly PhaseName[] = ['before-consent', 'after-reject', 'after-accept'];

export interface GatherTimeouts {
  /** Each navigation, up to the `load` event (default 30000). */
  navigationMs?: number;
  /** Pause after a page loads (and after scrolling, and after a choice) for late scripts (default 1500). */
  settleMs?: number;
  /** Bound on any other single step: waiting for a banner, a CMP's answer, a screenshot (default 10000). */
  stepMs?: number;
  /** The whole run (default 120000); past it the run stops and returns what it has, marked partial. */
  totalMs?: number;
}

export interface GatherOptions {
  /** A browser to use (and leave open); else one is launched, or connected to with `browserEndpoint`, and closed. */
  browser?: BrowserHandle;
  executablePath?: string;
  browserEndpoint?: string;
  /** Pages per phase: the start page plus same-site links (default 2). */
  pages?: number;
  /**
   * Same-site pages to visit after the start page, in this order (the pages a crawl chose), instead of the start
   * page's own links; other sites' pages and the start page itself are left out. May be a promise (a crawl still
   * running): it is awaited only when the second page is due, for at most the navigation timeout.
   */
  visit?: readonly string[] | Promise<readonly string[]>;
  phases?: PhaseName[];
  timeouts?: GatherTimeouts;
  /** Scroll through the start page before consent (default true). */
  scroll?: boolean;
  /** Keep cookie and storage values (default false). */
  includeValues?: boolean;
  /** First-view screenshot before consent: a data URL in the artifacts, or a PNG file in `dir` (default none). */
  screenshot?: ScreenshotTarget | false;
  /** Sites besides the audited one that count as first party. */
  firstPartySites?: string[];
  /** The site is known to show a banner: not finding one is then recorded as an error, so audits say incomplete. */
  expectBanner?: boolean;
  signal?: AbortSignal;
}

interface Settings {
  pages: number;
  /** Pages to visit after the start page; null to follow the start page's links. */
  visit: Promise<string[] | null>;
  navigationMs: number;
  settleMs: number;
  stepMs: number;
  scroll: boolean;
  includeValues: boolean;
  screenshot: ScreenshotTarget | false;
  firstPartySites: string[];
  expectBanner: boolean;
  userAgent: string | undefined;
}

/** What earlier phases learnt that later ones use. */
interface Knowledge {
  banner?: BannerInfo;
}

/**
 * Gathers consent artifacts for `url`. Throws only when no browser can be had (`BROWSER_UNAVAILABLE`) or the URL is
 * not http(s) (`USAGE`); everything that goes wrong on the site is recorded in the artifacts instead.
 */
export async function gatherConsentArtifacts(url: string, options: GatherOptions = {}): Promise<ConsentArtifacts> {
  const start = parseStartUrl(url);
  const timeouts = options.timeouts ?? {};
  const deadline = createDeadline(timeouts.totalMs ?? 120_000, options.signal);
  const phases = PHASE_ORDER.filter((phase) => (options.phases ?? PHASE_ORDER).includes(phase));
  let handle: BrowserHandle | undefined = options.browser;
  try {
    handle ??= await launchBrowser({
      ...(options.executablePath ? { executablePath: options.executablePath } : {}),
      ...(options.browserEndpoint ? { browserEndpoint: options.browserEndpoint } : {}),
      timeoutMs: Math.min(30_000, Math.max(1000, deadline.remaining())),
    });
    const settings: Settings = {
      pages: Math.max(1, Math.floor(options.pages ?? 2)),
      visit: chosenPages(options.visit, start.href),
      navigationMs: timeouts.navigationMs ?? 30_000,
      settleMs: timeouts.settleMs ?? 1500,
      stepMs: timeouts.stepMs ?? 10_000,
      scroll: options.scroll ?? true,
      includeValues: options.includeValues ?? false,
      screenshot: options.screenshot ?? false,
      firstPartySites: [...new Set((options.firstPartySites ?? []).map(siteOf).filter(Boolean))],
      expectBanner: options.expectBanner ?? false,
      userAgent: handle.userAgent,
    };
    const artifacts: ConsentArtifacts = {
      version: ARTIFACTS_VERSION,
      url: start.href,
      site: siteOf(start.href),
      firstPartySites: settings.firstPartySites,
      browser: { name: 'chromium', version: handle.version },
      settings: {
        pages: settings.pages,
        settleMs: settings.settleMs,
        scroll: settings.scroll,
        includeValues: settings.includeValues,
        thirdPartyCookies: handle.thirdPartyCookies,
      },
      phases: {},
      errors: [],
      partial: false,
    };
    const knowledge: Knowledge = {};
    for (const phase of phases) {
      if (deadline.signal.aborted) {
        artifacts.errors.push(toGatherError(deadline.signal.reason, phase, start.href));
        artifacts.partial = true;
        break;
      }
      if (!handle.browser.isConnected()) {
        artifacts.errors.push({ code: 'BROWSER_CLOSED', message: 'The browser closed before this phase.', step: phase, url: start.href });
        artifacts.partial = true;
        break;
      }
      const result = await runPhase(phase, handle.browser, start.href, settings, knowledge, deadline);
      artifacts.phases[phase] = result;
      if (phase === 'before-consent') knowledge.banner = result.banner;
      if (result.partial) artifacts.partial = true;
    }
    return artifacts;
  } finally {
    deadline.dispose();
    if (handle && handle !== options.browser) await handle.close();
  }
}

function parseStartUrl(url: string): URL {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed;
  } catch {
    // Reported below.
  }
  throw new PrivacyLintError('USAGE', `Not an http(s) URL: ${JSON.stringify(url.slice(0, 200))}.`, {
    hint: 'Give the full address, for example https://example.com/',
  });
}

/** Everything one phase needs, passed around instead of a dozen arguments. */
interface PhaseRun {
  phase: PhaseName;
  url: string;
  site: string;
  settings: Settings;
  knowledge: Knowledge;
  deadline: Deadline;
  page: Page;
  hooks: ConsentHooks;
  bridge: AutoconsentBridge;
  guard: PageGuard;
  marker: string;
  result: PhaseArtifacts;
  /** The step running now, for error records. */
  step: string;
}

const EMPTY_BANNER: BannerInfo = { found: false, cmp: null, method: null, context: null, buttons: [] };

/** After the run is stopped, a short grace to read the jar and keep what the hooks saw. */
const SALVAGE_MS = 3000;
const CLOSE_CONTEXT_MS = 5000;

async function runPhase(
  phase: PhaseName,
  browser: Browser,
  url: string,
  settings: Settings,
  knowledge: Knowledge,
  deadline: Deadline,
): Promise<PhaseArtifacts> {
  const started = Date.now();
  const result: PhaseArtifacts = { phase, pages: [], banner: { ...EMPTY_BANNER, buttons: [] }, errors: [], partial: false };
  const browserGone = () => !browser.isConnected();
  let context: BrowserContext | undefined;
  let run: PhaseRun | undefined;
  try {
    context = await within(
      browser.newContext({ acceptDownloads: false, ...(settings.userAgent ? { userAgent: settings.userAgent } : {}) }),
      settings.stepMs,
      deadline,
      'opening a browser context',
    );
    const hooks = await within(installConsentHooks(context), settings.stepMs, deadline, 'installing hooks');
    const bridge = await within(installAutoconsent(context, hooks.elapsed), settings.stepMs, deadline, 'installing autoconsent');
    const page = await within(context.newPage(), settings.stepMs, deadline, 'opening a page');
    const guard = guardContext(context, page);
    run = { phase, url, site: siteOf(url), settings, knowledge, deadline, page, hooks, bridge, guard, marker: newMarker(), result, step: 'navigate' };
    page.on('crash', () => result.errors.push({ code: 'RENDERER_CRASHED', message: 'The page renderer crashed.', step: run?.step ?? 'navigate', url }));
    if (phase === 'before-consent') await beforeConsent(run);
    else await afterChoice(run, phase === 'after-reject' ? 'reject' : 'accept');
  } catch (error) {
    result.errors.push(toGatherError(error, run?.step ?? 'navigate', url, browserGone()));
    result.partial = true;
    if (run && result.pages.length === 0) await salvage(run, browserGone);
  } finally {
    run?.hooks.dispose();
    run?.guard.dispose();
    if (context) await settleWithin(context.close(), CLOSE_CONTEXT_MS);
  }
  if (result.pages.some((page) => page.partial) || result.errors.length > 0) result.partial = true;
  result.durationMs = Date.now() - started;
  return result;
}

/** The run stopped or broke before any capture: keep the jar (if readable) and the events recorded in Node. */
async function salvage(run: PhaseRun, browserGone: () => boolean): Promise<void> {
  const grace = createDeadline(SALVAGE_MS);
  try {
    run.result.pages.push(
      await captureState(run.page, {
        hooks: run.hooks,
        guard: run.guard,
        visit: 'initial',
        url: run.url,
        includeValues: run.settings.includeValues,
        firstPartySites: run.settings.firstPartySites,
        site: run.site,
        stepMs: Math.min(1000, run.settings.stepMs),
        deadline: grace,
      }),
    );
  } catch (error) {
    run.result.errors.push(toGatherError(error, 'collect', run.url, browserGone()));
  } finally {
    grace.dispose();
  }
}

function bounds(run: PhaseRun): LoadBounds {
  return { navigationMs: run.settings.navigationMs, stepMs: run.settings.stepMs, deadline: run.deadline };
}

async function capture(run: PhaseRun, visit: PageCapture['visit'], url: string, since: HookMark, errors: GatherError[]): Promise<PageCapture> {
  run.step = 'collect';
  return captureState(run.page, {
    hooks: run.hooks,
    since,
    guard: run.guard,
    visit,
    url,
    includeValues: run.settings.includeValues,
    firstPartySites: run.settings.firstPartySites,
    site: run.site,
    errors,
    stepMs: run.settings.stepMs,
    deadline: run.deadline,
  });
}

async function settle(run: PhaseRun): Promise<void> {
  run.step = 'settle';
  await pause(run.settings.settleMs, run.deadline);
}

async function beforeConsent(run: PhaseRun): Promise<void> {
  const { page, settings, result } = run;
  const mark = run.hooks.mark();
  run.step = 'navigate';
  const navigationErrors = await loadPage(page, (timeout) => page.goto(run.url, { waitUntil: 'domcontentloaded', timeout }), 'navigate', run.url, bounds(run));
  await settle(run);
  let screenshot: string | undefined;
  if (settings.screenshot) {
    run.step = 'screenshot';
    try {
      screenshot = await firstViewScreenshot(page, settings.screenshot, run.url, run.phase, { stepMs: settings.stepMs, deadline: run.deadline });
    } catch (error) {
      if (error instanceof GatherStopped) throw error;
      result.errors.push({ ...toGatherError(error, 'screenshot', run.url), code: 'SCREENSHOT_FAILED' });
    }
  }
  if (settings.scroll) {
    run.step = 'scroll';
    await scrollThrough(page, settings.stepMs, run.deadline);
    await settle(run);
  }
  run.step = 'banner';
  const detected = await detectBanner(page, run.bridge, {
    marker: run.marker,
    deadline: run.deadline,
    clock: run.hooks.elapsed,
    waitMs: settings.expectBanner ? settings.stepMs : settings.settleMs,
    graceMs: 1500,
    cmpWaitMs: settings.stepMs,
    stop: () => run.guard.crashed,
  });
  result.banner = { ...detected.info, ...(screenshot ? { screenshot } : {}) };
  result.errors.push(...bannerErrors(run, detected, settings.expectBanner));
  const first = await capture(run, 'initial', run.url, mark, navigationErrors);
  result.pages.push(first);
  if (settings.pages > 1) {
    for (const link of (await pagesAfterStart(run, first.links ?? [])).slice(0, settings.pages - 1)) await visitSecondPage(run, link);
  }
}

async function afterChoice(run: PhaseRun, kind: ChoiceKind): Promise<void> {
  const { page, settings, result, knowledge } = run;
  const mark = run.hooks.mark();
  run.step = 'navigate';
  const navigationErrors = await loadPage(page, (timeout) => page.goto(run.url, { waitUntil: 'domcontentloaded', timeout }), 'navigate', run.url, bounds(run));
  // Before consent, the banner was seen (or not): wait long only for one that is expected, and take a heuristic find
  // at once when heuristics were what found it, so the choice is made as soon as a visitor could make it.
  const expected = settings.expectBanner || !knowledge.banner || knowledge.banner.found;
  const method = knowledge.banner?.method;
  run.step = 'banner';
  const detected = await detectBanner(page, run.bridge, {
    marker: run.marker,
    deadline: run.deadline,
    clock: run.hooks.elapsed,
    waitMs: expected ? settings.stepMs : settings.settleMs,
    graceMs: method === 'heuristic' ? 0 : method === 'autoconsent' ? settings.stepMs : 1500,
    cmpWaitMs: settings.stepMs,
    stop: () => run.guard.crashed,
  });
  result.banner = detected.info;
  result.errors.push(...bannerErrors(run, detected, settings.expectBanner || Boolean(knowledge.banner?.found)));

  let actionMark = mark;
  let initialErrors = navigationErrors;
  if (detected.info.found) {
    result.beforeAction = await capture(run, 'initial', run.url, mark, navigationErrors);
    initialErrors = [];
    actionMark = run.hooks.mark();
    run.step = 'act';
    result.action = await makeChoice(page, {
      kind,
      banner: detected,
      bridge: run.bridge,
      hooks: run.hooks,
      marker: run.marker,
      deadline: run.deadline,
      stepMs: settings.stepMs,
    });
  } else {
    result.action = notAttempted(kind);
  }
  await settle(run);
  const afterChoiceCapture = await capture(run, 'initial', run.url, actionMark, initialErrors);
  result.pages.push(afterChoiceCapture);

  const reloadMark = run.hooks.mark();
  run.step = 'reload';
  const reloadErrors = await loadPage(page, (timeout) => page.reload({ waitUntil: 'domcontentloaded', timeout }), 'reload', run.url, bounds(run));
  await settle(run);
  result.pages.push(await capture(run, 'reload', run.url, reloadMark, reloadErrors));

  if (settings.pages > 1) {
    const [link] = await pagesAfterStart(run, afterChoiceCapture.links?.length ? afterChoiceCapture.links : (result.beforeAction?.links ?? []));
    if (link) await visitSecondPage(run, link);
  }
}

function notAttempted(kind: ChoiceKind): ActionRecord {
  return { kind, attempted: false, succeeded: false, method: null, attempts: 0, detail: 'no banner was found' };
}

function chosenPages(pages: GatherOptions['visit'], start: string): Promise<string[] | null> {
  if (!pages) return Promise.resolve(null);
  return Promise.resolve(pages).then(
    (list) => sameSitePages(list, start),
    () => null,
  );
}

/** The pages chosen for the run when they come in time, else the links of the page just captured. */
async function pagesAfterStart(run: PhaseRun, links: string[]): Promise<string[]> {
  return (await withinOr(run.settings.visit, run.settings.navigationMs, run.deadline, null)) ?? links;
}

async function visitSecondPage(run: PhaseRun, link: string): Promise<void> {
  const mark = run.hooks.mark();
  run.step = 'second-page';
  const errors = await loadPage(run.page, (timeout) => run.page.goto(link, { waitUntil: 'domcontentloaded', timeout }), 'second-page', link, bounds(run));
  await settle(run);
  run.result.pages.push(await capture(run, 'second-page', link, mark, errors));
}

/**
 * A banner that should be there and is not makes the phase unreliable: recorded as a `banner` step error so the
 * audits answer "incomplete", never "pass".
 */
function bannerErrors(run: PhaseRun, detected: DetectedBanner, expected: boolean): GatherError[] {
  if (detected.info.found) return [];
  const cmps = detected.info.detectedCmps ?? [];
  if (cmps.length) {
    return [{ code: 'BANNER_NOT_SHOWN', message: `${cmps.join(', ')} detected on the page, but no consent banner was shown.`, step: 'banner', url: run.url }];
  }
  if (expected) return [{ code: 'BANNER_NOT_FOUND', message: 'No consent banner was found.', step: 'banner', url: run.url }];
  return [];
}
