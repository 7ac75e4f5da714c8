/**
 * Audits many URLs: a bounded pool of workers, a time limit per URL, and a results file that makes the batch
 * resumable. Pure orchestration: the audit function brings the browser, so this module runs with fakes in tests.
 *
 * Whatever one URL does (throw, hang, ignore its signal) it ends as one result and never stops the batch; only an
 * error the caller calls fatal (no browser to be had), a failing results file, or the caller's signal stops it, and
 * then nothing half-done is recorded, so a rerun picks up exactly where it stopped.
 */
import { describeError, PrivacyLintError } from '../errors.js';
import type { SiteResult, TargetError, TargetResult } from '../types.js';
import { failedSiteResult } from './batch-failed-result.js';
import { appendToJournal, openJournal } from './batch-journal.js';
import { distinctUrls } from './batch-urls.js';
import { selectShard, type Shard } from './shard.js';

export interface BatchProgress {
  /** URLs with a result, including those found in the results file. */
  done: number;
  total: number;
  /** Results carrying an error. */
  failed: number;
  /** Estimated time left, from this run's pace; null until a URL has finished. */
  etaMs: number | null;
}

interface BatchBaseOptions<R extends TargetResult> {
  /** URLs audited at once. */
  concurrency: number;
  /** Each URL's signal fires after this long; the audit should then return what it has, quickly. */
  perUrlTimeoutMs: number;
  /** How long an audit may take to return once its signal fired, before its URL gets a timeout result (default 10000). */
  graceMs?: number;
  /** A JSON Lines results file: finished URLs are appended at once, and URLs already in it are not audited again. */
  out?: string;
  shard?: Shard;
  audit: (url: string, signal: AbortSignal) => Promise<R>;
  /** Errors that stop the whole batch instead of becoming the URL's result (a browser that cannot be had). */
  isFatal?: (error: unknown) => boolean;
  onProgress?: (progress: BatchProgress) => void;
  signal?: AbortSignal;
}

type FailedResult<R> = (url: string, error: TargetError) => R;

/** How a URL whose audit threw or never returned is recorded: a failed `SiteResult`, unless results are of another kind. */
type FailedResultOption<R> = SiteResult extends R ? { failed?: FailedResult<R> } : { failed: FailedResult<R> };

export type BatchOptions<R extends TargetResult> = BatchBaseOptions<R> & FailedResultOption<R>;

export interface BatchOutcome<R> {
  /** One result per distinct URL of the (shard's) list, in input order; those read from the results file included. */
  results: R[];
  /** URLs not audited because the results file already had them. */
  skipped: number;
}

const DEFAULT_GRACE_MS = 10_000;

export async function runBatch<R extends TargetResult>(urls: string[], options: BatchOptions<R>): Promise<BatchOutcome<R>> {
  checkWhole('concurrency', options.concurrency, 1);
  checkWhole('per-URL time limit', options.perUrlTimeoutMs, 1);
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  checkWhole('grace period', graceMs, 0);
  const failed = options.failed ?? (failedSiteResult as FailedResult<R>);

  const selected = distinctUrls(options.shard ? selectShard(urls, options.shard) : urls);
  const previous = options.out ? openJournal(options.out) : new Map<string, TargetResult>();
  const results = new Map<string, R>();
  for (const url of selected) {
    const result = previous.get(url);
    if (result) results.set(url, result as R);
  }
  const skipped = results.size;
  const pending = selected.filter((url) => !results.has(url));
  const progress = trackProgress(selected.length, [...results.values()], options.onProgress);

  const stop = new AbortController();
  const onCallerAbort = () => stop.abort(options.signal?.reason);
  if (options.signal?.aborted) onCallerAbort();
  else options.signal?.addEventListener('abort', onCallerAbort, { once: true });

  let next = 0;
  const worker = async () => {
    while (!stop.signal.aborted && next < pending.length) {
      const url = pending[next++]!;
      const result = await auditOne(url, { ...options, graceMs, failed }, stop);
      if (result === undefined) continue;
      try {
        const line = result.target === url ? result : { ...result, target: url };
        if (options.out) appendToJournal(options.out, line);
        results.set(url, line);
        progress.record(line);
      } catch (error) {
        stop.abort(error);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency, pending.length) }, worker));
  } finally {
    options.signal?.removeEventListener('abort', onCallerAbort);
  }
  if (stop.signal.aborted) throw stop.signal.reason;
  return { results: selected.map((url) => results.get(url)!), skipped };
}

type Attempt<R> = { kind: 'returned'; result: R } | { kind: 'threw'; error: unknown } | { kind: 'abandoned' };

/**
 * One URL under its time limit. Returns undefined when the batch is stopping: the audit was cut short by the stop,
 * not by the site, so it must not be recorded as done.
 */
async function auditOne<R extends TargetResult>(
  url: string,
  options: BatchBaseOptions<R> & { graceMs: number; failed: FailedResult<R> },
  stop: AbortController,
): Promise<R | undefined> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`${url} reached the per-URL time limit`, 'TimeoutError'));
  }, options.perUrlTimeoutMs);
  const onStop = () => controller.abort(stop.signal.reason);
  stop.signal.addEventListener('abort', onStop, { once: true });
  // An audit that ignores its signal is abandoned after the grace period; its late result or error goes nowhere.
  let graceTimer: NodeJS.Timeout | undefined;
  const abandoned = new Promise<Attempt<R>>((resolve) => {
    controller.signal.addEventListener('abort', () => (graceTimer = setTimeout(() => resolve({ kind: 'abandoned' }), options.graceMs)), { once: true });
  });
  // Started at once (not on a later tick), so a stop that comes while it runs always reaches its signal.
  const attempt = (async () => options.audit(url, controller.signal))().then(
      (result): Attempt<R> => ({ kind: 'returned', result }),
      (error: unknown): Attempt<R> => ({ kind: 'threw', error }),
    );
  try {
    const outcome = await Promise.race([attempt, abandoned]);
    if (stop.signal.aborted) return undefined;
    if (outcome.kind === 'threw' && options.isFatal?.(outcome.error)) {
      stop.abort(outcome.error);
      return undefined;
    }
    if (outcome.kind === 'abandoned') return options.failed(url, timeoutError(options.perUrlTimeoutMs, `nor ${options.graceMs} ms after being told to stop`));
    if (timedOut) {
      const cut = timeoutError(options.perUrlTimeoutMs, 'and was stopped there; what was gathered before is kept');
      return outcome.kind === 'returned' ? { ...outcome.result, error: cut } : options.failed(url, cut);
    }
    return outcome.kind === 'returned' ? outcome.result : options.failed(url, describeError(outcome.error));
  } finally {
    clearTimeout(timer);
    clearTimeout(graceTimer);
    stop.signal.removeEventListener('abort', onStop);
  }
}

function timeoutError(limitMs: number, what: string): TargetError {
  return {
    code: 'TOTAL_TIMEOUT',
    message: `The audit did not finish within the per-URL time limit of ${limitMs} ms, ${what}.`,
    hint: 'raise the per-URL time limit (--timeout) or lower the work per URL (--max-pages, --pages)',
  };
}

function trackProgress(total: number, previous: TargetResult[], onProgress: BatchBaseOptions<TargetResult>['onProgress']) {
  const started = Date.now();
  let done = previous.length;
  let failed = previous.filter((result) => result.error).length;
  let finishedHere = 0;
  const emit = () =>
    onProgress?.({ done, total, failed, etaMs: finishedHere === 0 ? null : Math.round(((Date.now() - started) / finishedHere) * (total - done)) });
  emit();
  return {
    record(result: TargetResult) {
      done += 1;
      finishedHere += 1;
      if (result.error) failed += 1;
      emit();
    },
  };
}

function checkWhole(what: string, value: number, minimum: number): void {
  if (!Number.isSafeInteger(value) || value < minimum) throw new PrivacyLintError('USAGE', `the ${what} must be a whole number ≥ ${minimum}, got ${value}`);
}
