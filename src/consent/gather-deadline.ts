/**
 * Time bounds for everything the gatherer awaits. A hostile page can make any browser call hang (a load that never
 * ends, a renderer stuck in a loop), so no await on the browser goes unbounded, and one total deadline stops the run.
 */
import type { GatherError } from './artifacts.js';

/** The run was stopped (total deadline or the caller's signal); what was captured so far is kept. */
export class GatherStopped extends Error {
  readonly code: 'TOTAL_TIMEOUT' | 'ABORTED';

  constructor(code: 'TOTAL_TIMEOUT' | 'ABORTED') {
    super(code === 'TOTAL_TIMEOUT' ? 'The audit reached its total time limit.' : 'The audit was cancelled.');
    this.name = 'GatherStopped';
    this.code = code;
  }
}

/** One step took longer than its bound. */
export class StepTimeout extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not finish within ${ms} ms.`);
    this.name = 'StepTimeout';
  }
}

export interface Deadline {
  /** Aborted when the total time is up or the caller's signal fires. */
  readonly signal: AbortSignal;
  remaining(): number;
  /** Throws `GatherStopped` once the deadline has passed. */
  check(): void;
  dispose(): void;
}

export function createDeadline(totalMs: number, outer?: AbortSignal): Deadline {
  const controller = new AbortController();
  const endsAt = Date.now() + totalMs;
  let reason: GatherStopped | undefined;
  const stop = (code: 'TOTAL_TIMEOUT' | 'ABORTED') => {
    if (reason) return;
    reason = new GatherStopped(code);
    controller.abort(reason);
  };
  const timer = setTimeout(() => stop('TOTAL_TIMEOUT'), Math.max(0, totalMs));
  const onOuterAbort = () => stop('ABORTED');
  if (outer?.aborted) stop('ABORTED');
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    remaining: () => (reason ? 0 : Math.max(0, endsAt - Date.now())),
    check() {
      if (reason) throw reason;
    },
    dispose() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}

/**
 * Waits for `promise` at most `ms` and never past the deadline. The abandoned promise keeps running; its rejection is
 * swallowed so it can never surface as an unhandled rejection.
 */
export async function within<T>(promise: Promise<T>, ms: number, deadline: Deadline, what: string): Promise<T> {
  deadline.check();
  promise.catch(() => undefined);
  const bound = Math.max(0, Math.min(ms, deadline.remaining()));
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    // When the deadline, not the step, set the bound, running out of it is the run's stop, not a slow step.
    const onTimer = () => reject(bound < ms ? (deadline.signal.reason ?? new GatherStopped('TOTAL_TIMEOUT')) : new StepTimeout(what, bound));
    timer = setTimeout(onTimer, bound);
    onAbort = () => reject(deadline.signal.reason);
    deadline.signal.addEventListener('abort', onAbort, { once: true });
  });
  stop.catch(() => undefined);
  try {
    return await Promise.race([promise, stop]);
  } finally {
    clearTimeout(timer);
    if (onAbort) deadline.signal.removeEventListener('abort', onAbort);
  }
}

/** Like `within`, but a failure or timeout gives `fallback` instead of throwing (a stopped run still throws). */
export async function withinOr<T>(promise: Promise<T>, ms: number, deadline: Deadline, fallback: T): Promise<T> {
  try {
    return await within(promise, ms, deadline, 'step');
  } catch (error) {
    if (error instanceof GatherStopped) throw error;
    return fallback;
  }
}

/** Resolves true when `promise` settles within `ms`, false otherwise; never rejects. For clean-up with no deadline. */
export async function settleWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true, () => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Sleeps, waking early (and throwing) when the run is stopped. */
export async function pause(ms: number, deadline: Deadline): Promise<void> {
  deadline.check();
  const bound = Math.max(0, Math.min(ms, deadline.remaining()));
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, bound);
    deadline.signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      deadline.signal.removeEventListener('abort', done);
      resolve();
    }
  });
  deadline.check();
}

const MAX_MESSAGE = 500;

/**
 * A stable error record for the artifacts. `browserGone` tells a browser that died from a page that merely closed,
 * since Playwright words both the same way.
 */
export function toGatherError(error: unknown, step: string, url: string | undefined, browserGone = false): GatherError {
  const message = cleanMessage(error);
  const record = (code: string): GatherError => (url === undefined ? { code, message, step } : { code, message, step, url });
  if (error instanceof GatherStopped) return record(error.code);
  if (browserGone) return record('BROWSER_CLOSED');
  if (/Download is starting/i.test(message)) return record('DOWNLOAD');
  if (/Target crashed|Page crashed|renderer.*crash/i.test(message)) return record('RENDERER_CRASHED');
  if (error instanceof StepTimeout || (error instanceof Error && error.name === 'TimeoutError')) {
    return record(step === 'navigate' || step === 'reload' || step === 'second-page' ? 'NAVIGATION_TIMEOUT' : 'STEP_TIMEOUT');
  }
  if (/Target page, context or browser has been closed|Target closed|has been closed/i.test(message)) return record('PAGE_CLOSED');
  if (/net::ERR_|NS_ERROR_|Navigation failed|interrupted by another navigation/i.test(message)) return record('NAVIGATION_FAILED');
  return record('STEP_FAILED');
}

/** First line of an error, without Playwright's call log, cut to a readable length. */
function cleanMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const firstLine = (raw.split('\n', 1)[0] ?? raw).replace(/^\w+(\.\w+)?: /, '').trim();
  return firstLine.length > MAX_MESSAGE ? `${firstLine.slice(0, MAX_MESSAGE - 1)}…` : firstLine;
}
