/**
 * Getting a page loaded, each wait bounded: the document first (`domcontentloaded`), then `load`, then a quiet
 * network. A page that never finishes loading is recorded, not waited for.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { GatherError } from './artifacts.js';
import { type Deadline, GatherStopped, toGatherError, within, withinOr } from './gather-deadline.js';

export interface LoadBounds {
  navigationMs: number;
  stepMs: number;
  deadline: Deadline;
}

/**
 * A page that polls forever never goes network-idle; past this wait the audit moves on (the settle delay that
 * follows still lets late trackers fire).
 */
const IDLE_MS = 5000;

/**
 * Runs a navigation (`goto`, `reload`) and waits for the page to load. Returns the errors met; the page is still
 * captured afterwards, whatever state it is in.
 */
export async function loadPage(
  page: Page,
  navigate: (timeout: number) => Promise<unknown>,
  step: 'navigate' | 'reload' | 'second-page',
  url: string,
  bounds: LoadBounds,
): Promise<GatherError[]> {
  const started = Date.now();
  const browserGone = () => !page.context().browser()?.isConnected();
  try {
    await within(navigate(bounds.navigationMs), bounds.navigationMs + 1000, bounds.deadline, 'navigation');
  } catch (error) {
    if (error instanceof GatherStopped) throw error;
    return [toGatherError(error, step, url, browserGone())];
  }
  const errors: GatherError[] = [];
  const loadMs = Math.max(1000, bounds.navigationMs - (Date.now() - started));
  try {
    await within(page.waitForLoadState('load', { timeout: loadMs }), loadMs + 500, bounds.deadline, 'the load event');
  } catch (error) {
    if (error instanceof GatherStopped) throw error;
    const record = toGatherError(error, step, url, browserGone());
    errors.push(record.code === 'NAVIGATION_TIMEOUT' ? { ...record, code: 'LOAD_TIMEOUT', message: `The page did not finish loading within ${loadMs} ms.` } : record);
    return errors;
  }
  const idleMs = Math.min(IDLE_MS, bounds.stepMs);
  await withinOr(page.waitForLoadState('networkidle', { timeout: idleMs }), idleMs + 500, bounds.deadline, undefined);
  return errors;
}

/** Some sites load trackers only when the visitor scrolls; go down in screen-sized steps, then back to the top. */
export async function scrollThrough(page: Page, stepMs: number, deadline: Deadline): Promise<void> {
  const scrolling = page.mainFrame().evaluate(async ({ steps, delayMs }) => {
    const height = () => Math.max(document.documentElement?.scrollHeight ?? 0, document.body?.scrollHeight ?? 0);
    for (let step = 0; step < steps && window.scrollY + window.innerHeight < height(); step += 1) {
      window.scrollBy(0, Math.max(200, window.innerHeight * 0.9));
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
    window.scrollTo(0, 0);
  }, { steps: 20, delayMs: 120 });
  await withinOr(scrolling, stepMs, deadline, undefined);
}

export type ScreenshotTarget = 'inline' | { dir: string };

/** The first view as PNG: a data URL, or a file in `dir` (returned as its name, relative to `dir`). */
export async function firstViewScreenshot(
  page: Page,
  target: ScreenshotTarget,
  url: string,
  phase: string,
  bounds: { stepMs: number; deadline: Deadline },
): Promise<string | undefined> {
  const image = await withinOr(page.screenshot({ type: 'png', timeout: bounds.stepMs }), bounds.stepMs + 500, bounds.deadline, null);
  if (!image) return undefined;
  if (target === 'inline') return `data:image/png;base64,${image.toString('base64')}`;
  const name = `${screenshotSlug(url)}-${phase}.png`;
  await mkdir(target.dir, { recursive: true });
  await writeFile(join(target.dir, name), image);
  return name;
}

/** A file-name-safe, collision-resistant name for a URL. */
function screenshotSlug(url: string): string {
  const readable = url
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 8);
  return `${readable || 'page'}-${hash}`;
}
