/**
 * Event recording for one browser context: `document.cookie` writes (through an init script), `Set-Cookie` headers and
 * every request, from the moment the hooks are installed. Pages are hostile, so whatever they send is checked, cut to
 * size and counted against a cap.
 */
import { randomBytes } from 'node:crypto';
import type { BrowserContext, Frame, Request, Response } from 'playwright-core';
import { parseCookieLine, scriptUrlFromStack } from './gather-cookie-parse.js';
import { settleWithin } from './gather-deadline.js';
import type { CookieWrite } from './gather-cookies.js';
import { cookieHookScript } from './page-hooks-script.js';

export interface ConsentHooksOptions {
  /** Cookie writes kept per context (headers and scripts together); later ones are counted, not kept. */
  maxCookieWrites?: number;
  /** Requests kept per context. */
  maxRequests?: number;
}

export interface RequestEvent {
  url: string;
  method: string;
  resourceType: string;
  frameUrl?: string;
  time: number;
  status?: number;
  failed?: string;
}

/** A position in the event logs, to capture only what happened after it. */
export interface HookMark {
  writes: number;
  requests: number;
  droppedWrites: number;
  droppedRequests: number;
}

export interface ConsentHooks {
  readonly context: BrowserContext;
  /** Milliseconds since the hooks were installed: the clock of every recorded time. */
  elapsed(): number;
  mark(): HookMark;
  writesSince(mark?: HookMark): CookieWrite[];
  requestsSince(mark?: HookMark): RequestEvent[];
  /** Events not kept since `mark` because a cap was reached. */
  droppedSince(mark?: HookMark): { cookieWrites: number; requests: number };
  /** Waits, at most `ms`, for response headers still being read. */
  flush(ms: number): Promise<void>;
  dispose(): void;
}

export const MAX_URL_LENGTH = 2048;
const MAX_COOKIE_TEXT = 8192;
const MAX_STACK = 4000;

const installed = new WeakMap<BrowserContext, ConsentHooks>();

/** The hooks installed on `context`, if any. */
export function hooksFor(context: BrowserContext): ConsentHooks | undefined {
  return installed.get(context);
}

/**
 * Starts recording on `context`. Install before opening pages: the cookie hook reaches documents created afterwards.
 * Installing twice returns the same hooks.
 */
export async function installConsentHooks(context: BrowserContext, options: ConsentHooksOptions = {}): Promise<ConsentHooks> {
  const existing = installed.get(context);
  if (existing) return existing;
  const maxWrites = options.maxCookieWrites ?? 2000;
  const maxRequests = options.maxRequests ?? 5000;
  const startedAt = Date.now();
  const elapsed = () => Date.now() - startedAt;
  const writes: CookieWrite[] = [];
  const requests: RequestEvent[] = [];
  const requestEvents = new WeakMap<Request, RequestEvent>();
  const pending = new Set<Promise<void>>();
  const dropped = { cookieWrites: 0, requests: 0 };
  let disposed = false;

  const keepWrite = (write: CookieWrite) => {
    if (disposed) return;
    if (writes.length >= maxWrites) dropped.cookieWrites += 1;
    else writes.push(write);
  };

  const onRequest = (request: Request) => {
    if (disposed) return;
    if (requests.length >= maxRequests) {
      dropped.requests += 1;
      return;
    }
    const frameUrl = safeFrameUrl(request);
    const event: RequestEvent = {
      url: clip(request.url(), MAX_URL_LENGTH),
      method: request.method(),
      resourceType: request.resourceType(),
      ...(frameUrl ? { frameUrl: clip(frameUrl, MAX_URL_LENGTH) } : {}),
      time: elapsed(),
    };
    requests.push(event);
    requestEvents.set(request, event);
  };
  const onResponse = (response: Response) => {
    if (disposed) return;
    const event = requestEvents.get(response.request());
    if (event) event.status = response.status();
    const time = elapsed();
    const url = response.url();
    // headers() hides cookie headers; allHeaders() waits for the raw ones.
    const reading = response
      .allHeaders()
      .then((headers) => {
        for (const line of (headers['set-cookie'] ?? '').split('\n')) {
          if (!line.trim()) continue;
          const parsed = parseCookieLine(line, url, startedAt + time);
          if (parsed) keepWrite({ ...parsed, source: 'set-cookie', setBy: clip(url, MAX_URL_LENGTH), time });
        }
      })
      .catch(() => undefined)
      .finally(() => pending.delete(reading));
    pending.add(reading);
  };
  const onRequestFailed = (request: Request) => {
    const event = requestEvents.get(request);
    if (event) event.failed = clip(request.failure()?.errorText ?? 'failed', 200);
  };

  const binding = `__${randomBytes(12).toString('hex')}`;
  await context.exposeBinding(binding, (source: { frame: Frame }, payload: unknown) => {
    if (disposed) return;
    const report = readHookPayload(payload);
    if (!report) return;
    const time = elapsed();
    const documentUrl = documentUrlOf(source.frame, report.origin);
    if (!documentUrl) return;
    const parsed = parseCookieLine(report.text, documentUrl, startedAt + time);
    if (!parsed) return;
    const setBy = scriptUrlFromStack(report.stack) ?? documentUrl;
    keepWrite({ ...parsed, source: 'document.cookie', setBy: clip(setBy, MAX_URL_LENGTH), time });
  });
  // The page stops reporting well past the cap, so Node can still count (not keep) what goes over it.
  await context.addInitScript(cookieHookScript, { binding, maxWrites: maxWrites * 10, maxLength: MAX_COOKIE_TEXT });
  context.on('request', onRequest);
  context.on('response', onResponse);
  context.on('requestfailed', onRequestFailed);

  const hooks: ConsentHooks = {
    context,
    elapsed,
    mark: () => ({ writes: writes.length, requests: requests.length, droppedWrites: dropped.cookieWrites, droppedRequests: dropped.requests }),
    writesSince: (mark) => writes.slice(mark?.writes ?? 0),
    requestsSince: (mark) => requests.slice(mark?.requests ?? 0),
    droppedSince: (mark) => ({
      cookieWrites: dropped.cookieWrites - (mark?.droppedWrites ?? 0),
      requests: dropped.requests - (mark?.droppedRequests ?? 0),
    }),
    async flush(ms) {
      if (pending.size > 0) await settleWithin(Promise.allSettled([...pending]), ms);
    },
    dispose() {
      disposed = true;
      context.off('request', onRequest);
      context.off('response', onResponse);
      context.off('requestfailed', onRequestFailed);
      installed.delete(context);
    },
  };
  installed.set(context, hooks);
  return hooks;
}

/** What the page reported, or null for anything that is not what the hook sends. */
function readHookPayload(payload: unknown): { text: string; stack: string; origin: string } | null {
  if (!payload || typeof payload !== 'object') return null;
  const { text, stack, origin } = payload as Record<string, unknown>;
  if (typeof text !== 'string' || text.length > MAX_COOKIE_TEXT) return null;
  return {
    text,
    stack: typeof stack === 'string' ? stack.slice(0, MAX_STACK) : '',
    origin: typeof origin === 'string' ? origin.slice(0, MAX_URL_LENGTH) : '',
  };
}

/**
 * The frame's URL; for `about:blank` and `srcdoc` frames, which write cookies for the origin they inherit, the origin
 * the page reported (only accepted as an http(s) origin).
 */
function documentUrlOf(frame: Frame, reportedOrigin: string): string | undefined {
  let url = '';
  try {
    url = frame.url();
  } catch {
    url = '';
  }
  if (/^https?:\/\//i.test(url)) return url;
  try {
    const origin = new URL(reportedOrigin);
    if (origin.protocol === 'http:' || origin.protocol === 'https:') return `${origin.origin}/`;
  } catch {
    return undefined;
  }
  return undefined;
}

function safeFrameUrl(request: Request): string | undefined {
  try {
    return request.frame().url();
  } catch {
    // Service-worker requests have no frame.
    return undefined;
  }
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
