/**
 * Detecting the consent banner, without clicking: autoconsent's rules first, text heuristics as the fallback, and in
 * both cases the visible first-layer buttons with their roles.
 */
import { randomBytes } from 'node:crypto';
import type { Frame, Page } from 'playwright-core';
import type { BannerInfo } from './artifacts.js';
import type { AutoconsentBridge } from './banner-autoconsent.js';
import { BANNER_NAME_PATTERN, type BannerCandidate, pickBanner, readFrameScan, scanFrame } from './banner-heuristics.js';
import { type Deadline, pause, withinOr } from './gather-deadline.js';

const MAX_FRAMES = 20;
const MAX_BUTTONS_REPORTED = 20;
const SCAN_TIMEOUT_MS = 2000;

/** A banner found by heuristics: where it is, so its buttons can be clicked and its disappearance checked. */
export interface BannerHit {
  frame: Frame;
  isMainFrame: boolean;
  candidate: BannerCandidate;
}

export interface DetectedBanner {
  info: BannerInfo;
  hit?: BannerHit;
  autoconsent?: { frame: Frame; cmp: string };
}

/** Attribute that marks scanned elements, random per run so a page cannot pre-plant it. */
export function newMarker(): string {
  return `data-pl-${randomBytes(6).toString('hex')}`;
}

let scans = 0;

/** One heuristic pass over the page's frames (main document first). */
export async function scanForBanner(page: Page, marker: string, deadline: Deadline): Promise<BannerHit | null> {
  const main = page.mainFrame();
  const frames = [main, ...page.frames().filter((frame) => frame !== main)].slice(0, MAX_FRAMES);
  scans += 1;
  const scan = `s${scans}`;
  const results = await Promise.all(
    frames.map((frame) =>
      withinOr(
        frame.evaluate(scanFrame, {
          marker,
          scan,
          namePattern: BANNER_NAME_PATTERN,
          wholeFrame: frame !== main,
          maxElements: 20_000,
          maxButtons: 300,
        }),
        SCAN_TIMEOUT_MS,
        deadline,
        null,
      ).then(readFrameScan),
    ),
  );
  const candidate = pickBanner(results);
  if (!candidate) return null;
  const frame = frames[candidate.frameIndex]!;
  return { frame, isMainFrame: frame === main, candidate };
}

export interface DetectOptions {
  marker: string;
  deadline: Deadline;
  clock: () => number;
  /** Longest wait for a banner to appear. */
  waitMs: number;
  /**
   * How long a heuristic find waits for autoconsent to name the CMP (it drives multi-layer banners better). Zero takes
   * the heuristic find at once.
   */
  graceMs: number;
  /** Longer wait allowed once autoconsent has detected a CMP whose banner has not shown yet. */
  cmpWaitMs: number;
  /** True once waiting is pointless (the renderer crashed, the page closed). */
  stop?: () => boolean;
}

export async function detectBanner(page: Page, bridge: AutoconsentBridge, options: DetectOptions): Promise<DetectedBanner> {
  const started = Date.now();
  let hit: BannerHit | null = null;
  let heuristicSeenAt: number | undefined;
  let heuristicSince: number | undefined;
  for (;;) {
    const popup = bridge.state.popup;
    hit = (await scanForBanner(page, options.marker, options.deadline)) ?? hit;
    if (popup) return describeBanner({ hit, autoconsent: { frame: popup.frame, cmp: popup.cmp }, seenAt: popup.at, detectedCmps: [...bridge.state.detected] });
    if (hit) {
      heuristicSince ??= Date.now();
      heuristicSeenAt ??= options.clock();
      if (Date.now() - heuristicSince >= options.graceMs) break;
    }
    if (page.isClosed() || options.stop?.()) break;
    const waited = Date.now() - started;
    const cmpPending = !hit && bridge.state.detected.length > 0;
    if (waited >= options.waitMs && !(cmpPending && waited < options.cmpWaitMs)) break;
    await pause(250, options.deadline);
  }
  return describeBanner({ hit, seenAt: heuristicSeenAt, detectedCmps: [...bridge.state.detected] });
}

/** The banner as artifacts record it, from what autoconsent and the heuristics found. */
export function describeBanner(found: {
  hit: BannerHit | null;
  autoconsent?: { frame: Frame; cmp: string };
  seenAt: number | undefined;
  detectedCmps: string[];
}): DetectedBanner {
  const { hit, autoconsent, detectedCmps } = found;
  const buttons: BannerInfo['buttons'] = [];
  for (const button of hit?.candidate.buttons ?? []) {
    if (buttons.length >= MAX_BUTTONS_REPORTED) break;
    if (!buttons.some((known) => known.label === button.label && known.role === button.role)) buttons.push({ label: button.label, role: button.role });
  }
  if (!hit && !autoconsent) {
    return {
      info: { found: false, cmp: null, method: null, context: null, buttons: [], ...(detectedCmps.length ? { detectedCmps } : {}) },
    };
  }
  const frame = autoconsent?.frame ?? hit!.frame;
  const inMain = frame.parentFrame() === null;
  const inShadow = hit?.frame === frame && hit.candidate.buttons.some((button) => button.shadow);
  const info: BannerInfo = {
    found: true,
    cmp: autoconsent ? autoconsent.cmp : 'heuristic',
    method: autoconsent ? 'autoconsent' : 'heuristic',
    context: !inMain ? 'iframe' : inShadow ? 'shadow' : 'main',
    buttons,
    ...(found.seenAt !== undefined ? { seenAt: found.seenAt } : {}),
    ...(detectedCmps.length ? { detectedCmps } : {}),
  };
  return { info, ...(hit ? { hit } : {}), ...(autoconsent ? { autoconsent } : {}) };
}
