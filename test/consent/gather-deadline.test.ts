import { describe, expect, test } from 'vitest';
import { GatherStopped, StepTimeout, createDeadline, pause, toGatherError, within, withinOr } from '../../src/consent/gather-deadline.js';

const never = () => new Promise<never>(() => undefined);

describe('bounded waits', () => {
  test('within gives the value when it comes in time', async () => {
    const deadline = createDeadline(1000);
    await expect(within(Promise.resolve(7), 100, deadline, 'x')).resolves.toBe(7);
    deadline.dispose();
  });

  test('within throws StepTimeout when the step is too slow', async () => {
    const deadline = createDeadline(1000);
    await expect(within(never(), 20, deadline, 'reading')).rejects.toBeInstanceOf(StepTimeout);
    deadline.dispose();
  });

  test('the total deadline cuts a longer step short', async () => {
    const deadline = createDeadline(30);
    const started = Date.now();
    await expect(within(never(), 5000, deadline, 'x')).rejects.toMatchObject({ code: 'TOTAL_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(1000);
    deadline.dispose();
  });

  test("the caller's signal stops the run", async () => {
    const controller = new AbortController();
    const deadline = createDeadline(5000, controller.signal);
    setTimeout(() => controller.abort(), 10);
    await expect(pause(5000, deadline)).rejects.toMatchObject({ code: 'ABORTED' });
    expect(deadline.remaining()).toBe(0);
    deadline.dispose();
  });

  test('withinOr falls back on timeouts and failures, but not once the run is stopped', async () => {
    const deadline = createDeadline(1000);
    await expect(withinOr(never(), 10, deadline, 'fallback')).resolves.toBe('fallback');
    await expect(withinOr(Promise.reject(new Error('boom')), 10, deadline, 'fallback')).resolves.toBe('fallback');
    deadline.dispose();
    const stopped = createDeadline(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await expect(withinOr(Promise.resolve(1), 10, stopped, 0)).rejects.toBeInstanceOf(GatherStopped);
    stopped.dispose();
  });
});

describe('toGatherError', () => {
  const timeout = Object.assign(new Error('page.goto: Timeout 3000ms exceeded.\nCall log:\n  - navigating'), { name: 'TimeoutError' });
  test.each([
    ['a navigation timeout', timeout, 'navigate', false, 'NAVIGATION_TIMEOUT', 'Timeout 3000ms exceeded.'],
    ['a timeout elsewhere', timeout, 'banner', false, 'STEP_TIMEOUT', 'Timeout 3000ms exceeded.'],
    ['a download', new Error('page.goto: Download is starting'), 'navigate', false, 'DOWNLOAD', 'Download is starting'],
    ['a crash', new Error('page.evaluate: Target crashed'), 'collect', false, 'RENDERER_CRASHED', 'Target crashed'],
    ['a network error', new Error('page.goto: net::ERR_TOO_MANY_REDIRECTS at http://x/'), 'navigate', false, 'NAVIGATION_FAILED', 'net::ERR_TOO_MANY_REDIRECTS at http://x/'],
    ['a closed page', new Error('Target page, context or browser has been closed'), 'collect', false, 'PAGE_CLOSED', 'Target page, context or browser has been closed'],
    ['a dead browser', new Error('Target page, context or browser has been closed'), 'collect', true, 'BROWSER_CLOSED', 'Target page, context or browser has been closed'],
    ['a stop', new GatherStopped('TOTAL_TIMEOUT'), 'settle', false, 'TOTAL_TIMEOUT', 'The audit reached its total time limit.'],
    ['anything else', 'weird', 'scroll', false, 'STEP_FAILED', 'weird'],
  ])('%s', (_, error, step, browserGone, code, message) => {
    expect(toGatherError(error, step, 'http://x/', browserGone)).toEqual({ code, message, step, url: 'http://x/' });
  });
});
