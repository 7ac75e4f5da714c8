/**
 * One page's state as artifacts: cookies (jar, headers, script writes merged), storage, requests, consent signals and
 * same-site links. Every read is bounded and fails on its own, so a crashed renderer or a dead browser still leaves
 * whatever the event hooks recorded in Node.
 */
import type { Page } from 'playwright-core';
import type { GatherError, PageCapture, RequestRecord } from './artifacts.js';
import { type Deadline, GatherStopped, createDeadline, toGatherError, within, withinOr } from './gather-deadline.js';
import { type JarCookie, mergeCookies } from './gather-cookies.js';
import { collectAnchors, readAnchors, sameSiteLinks } from './gather-links.js';
import type { PageGuard } from './gather-guard.js';
import { readStorage } from './gather-storage.js';
import { type ConsentHooks, type HookMark, type RequestEvent, clip, hooksFor } from './page-hooks.js';
import { firstPartySet, isThirdPartySite, siteOf } from './site-of.js';
import { readConsentSignals } from './tcf.js';

/** Items kept per capture; past these the capture says how many were dropped. */
const CAPTURE_LIMITS = { cookies: 1000, storage: 1000, requests: 3000 };

export interface CaptureOptions {
  /** Which visit this is; `initial` by default. */
  visit?: PageCapture['visit'];
  /** The URL that was asked for; the page's current URL by default. */
  url?: string;
  /** Only events after this mark (from `hooks.mark()`); all recorded events by default. */
  since?: HookMark;
  /** Keep cookie and storage values (off by default: they are often identifiers). */
  includeValues?: boolean;
  /** Sites besides the page's own that count as first party. */
  firstPartySites?: string[];
  /** Bound on each browser read, in milliseconds (default 5000). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Captures `page` for your own Playwright tests: call `installConsentHooks(context)` before opening the page, drive
 * it as you like, then `capturePage(page)`. Without hooks, only the jar, storage and signals are read (no requests, no
 * `Set-Cookie` lifetimes, no short-lived cookies).
 *
 * @example
 * const hooks = await installConsentHooks(context);
 * const page = await context.newPage();
 * await page.goto(url);
 * const capture = await capturePage(page);
 */
export async function capturePage(page: Page, options: CaptureOptions = {}): Promise<PageCapture> {
  const stepMs = options.timeoutMs ?? 5000;
  const deadline = createDeadline(stepMs * 6, options.signal);
  try {
    return await captureState(page, {
      hooks: hooksFor(page.context()),
      ...(options.since ? { since: options.since } : {}),
      visit: options.visit ?? 'initial',
      url: options.url ?? page.url(),
      includeValues: options.includeValues ?? false,
      firstPartySites: options.firstPartySites ?? [],
      stepMs,
      deadline,
    });
  } finally {
    deadline.dispose();
  }
}

export interface CaptureState {
  hooks: ConsentHooks | undefined;
  since?: HookMark;
  guard?: PageGuard;
  visit: PageCapture['visit'];
  url: string;
  includeValues: boolean;
  /** Configured extra first-party sites; the audited site and the page's own are added. */
  firstPartySites: readonly string[];
  /** The audited site, when it differs from where the page ended up. */
  site?: string;
  /** Errors met on the way to the page (navigation), reported with the capture. */
  errors?: GatherError[];
  stepMs: number;
  deadline: Deadline;
}

export async function captureState(page: Page, state: CaptureState): Promise<PageCapture> {
  const { hooks, deadline } = state;
  const errors: GatherError[] = [...(state.errors ?? [])];
  const readMs = Math.min(state.stepMs, 5000);
  const finalUrl = safeUrl(page) || state.url;
  const firstParty = firstPartySet(state.site, finalUrl, state.url, state.firstPartySites);
  const crashed = state.guard?.crashed === true;

  await hooks?.flush(Math.min(1000, readMs));
  let jar: JarCookie[] = [];
  try {
    jar = await within(page.context().cookies(), readMs, deadline, 'reading the cookie jar');
  } catch (error) {
    if (error instanceof GatherStopped) throw error;
    errors.push(toGatherError(error, 'collect', finalUrl, !page.context().browser()?.isConnected()));
  }

  const writes = hooks?.writesSince(state.since) ?? [];
  const merged = mergeCookies({
    jar,
    writes,
    firstPartySites: firstParty,
    includeValues: state.includeValues,
    capturedAt: hooks?.elapsed() ?? 0,
    limit: CAPTURE_LIMITS.cookies,
  });

  let storage: PageCapture['storage'] = [];
  let storageDropped = 0;
  let tcf: PageCapture['tcf'];
  let gpp: PageCapture['gpp'];
  let links: string[] = [];
  let title: string | undefined;
  if (!crashed) {
    const [storageRead, signals, anchors, pageTitle] = await Promise.all([
      readStorage(page, { includeValues: state.includeValues, firstPartySites: firstParty, timeoutMs: readMs, deadline, limit: CAPTURE_LIMITS.storage }),
      readConsentSignals(page, { jar, includeValues: state.includeValues, timeoutMs: Math.min(1500, readMs), deadline }),
      withinOr(page.mainFrame().evaluate(collectAnchors, 2000), readMs, deadline, []),
      withinOr(page.title(), readMs, deadline, ''),
    ]);
    storage = storageRead.storage;
    storageDropped = storageRead.dropped;
    if (!storageRead.mainFrameRead && /^https?:/.test(finalUrl)) {
      errors.push({ code: 'STORAGE_UNREADABLE', message: 'The page storage could not be read.', step: 'collect', url: finalUrl });
    }
    tcf = signals.tcf;
    gpp = signals.gpp;
    links = sameSiteLinks(readAnchors(anchors), finalUrl);
    title = typeof pageTitle === 'string' && pageTitle ? clip(pageTitle, 300) : undefined;
  }

  const requestEvents = hooks?.requestsSince(state.since) ?? [];
  const requests = toRequestRecords(requestEvents, firstParty);
  const keptRequests = requests.slice(0, CAPTURE_LIMITS.requests);
  const events = state.guard?.drain();
  const droppedEvents = hooks?.droppedSince(state.since) ?? { cookieWrites: 0, requests: 0 };
  const droppedRequests = requests.length - keptRequests.length + droppedEvents.requests;
  const truncated = {
    ...(merged.dropped ? { cookies: merged.dropped } : {}),
    ...(storageDropped ? { storage: storageDropped } : {}),
    ...(droppedRequests ? { requests: droppedRequests } : {}),
    ...(droppedEvents.cookieWrites ? { cookieWrites: droppedEvents.cookieWrites } : {}),
  };
  const isTruncated = Object.keys(truncated).length > 0;
  if (isTruncated) {
    errors.push({ code: 'LIMIT_REACHED', message: `Too much to keep; dropped ${describeTruncation(truncated)}.`, step: 'collect', url: finalUrl });
  }
  return {
    url: state.url,
    finalUrl,
    ...(title ? { title } : {}),
    visit: state.visit,
    cookies: merged.cookies,
    storage,
    requests: keptRequests,
    ...(tcf ? { tcf } : {}),
    ...(gpp ? { gpp } : {}),
    links,
    errors,
    partial: errors.length > 0 || crashed,
    ...(events?.popups.length ? { popups: events.popups } : {}),
    ...(events?.dialogs.length ? { dialogs: events.dialogs } : {}),
    ...(isTruncated ? { truncated } : {}),
  };
}

function toRequestRecords(events: readonly RequestEvent[], firstParty: readonly string[]): RequestRecord[] {
  const records: RequestRecord[] = [];
  for (const event of events) {
    // data:, blob: and about: "requests" never leave the browser.
    if (!/^(https?|wss?):/i.test(event.url)) continue;
    const site = siteOf(event.url);
    records.push({
      url: event.url,
      method: event.method,
      resourceType: event.resourceType,
      ...(event.frameUrl ? { frameUrl: event.frameUrl } : {}),
      site,
      thirdParty: isThirdPartySite(site, firstParty),
      time: event.time,
      ...(event.status !== undefined ? { status: event.status } : {}),
      ...(event.failed ? { failed: event.failed } : {}),
    });
  }
  return records;
}

function describeTruncation(truncated: Record<string, number>): string {
  return Object.entries(truncated)
    .map(([what, count]) => `${count} ${what === 'cookieWrites' ? 'cookie writes' : what}`)
    .join(', ');
}

function safeUrl(page: Page): string {
  try {
    return page.url();
  } catch {
    return '';
  }
}
