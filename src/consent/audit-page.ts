/**
 * auditPage: the consent audit inside your own Playwright tests, on a page you drive yourself. It records the page's
 * state now, as one phase, and audits it with the same functions as a full run.
 */
import type { Page } from 'playwright-core';
import type { ConsentResult } from '../types.js';
import { ARTIFACTS_VERSION, type ConsentArtifacts, type PhaseName } from './artifacts.js';
import { auditArtifacts, type ConsentAuditOptions } from './audit.js';
import { describeBanner, newMarker, scanForBanner } from './banner.js';
import { createDeadline } from './gather-deadline.js';
import { capturePage } from './gather-page.js';
import { siteOf } from './site-of.js';

export interface AuditPageOptions extends ConsentAuditOptions {
  /** What the page's state stands for: before any choice (default), or after your test clicked reject or accept. */
  phase?: PhaseName;
}

/**
 * Audits `page` as it is now. Call `installConsentHooks(page.context())` before the page loads to also see
 * short-lived cookies, requested lifetimes and requests; without the hooks only the jar and storage are read.
 *
 * @example
 * await installConsentHooks(context);
 * await page.goto('https://shop.example');
 * const result = await auditPage(page);
 * expect(result.findings.filter((f) => f.outcome === 'violation')).toEqual([]);
 */
export async function auditPage(page: Page, options: AuditPageOptions = {}): Promise<ConsentResult> {
  const phase = options.phase ?? 'before-consent';
  const capture = await capturePage(page, {
    includeValues: options.includeValues ?? false,
    firstPartySites: options.firstPartySites ?? [],
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const hit = await scanForBanner(page, newMarker(), createDeadline(options.timeouts?.stepMs ?? 10_000, options.signal));
  const banner = describeBanner({ hit, seenAt: undefined, detectedCmps: [] }).info;
  const artifacts: ConsentArtifacts = {
    version: ARTIFACTS_VERSION,
    url: capture.url,
    site: siteOf(capture.url),
    firstPartySites: options.firstPartySites ?? [],
    browser: { name: 'chromium', version: page.context().browser()?.version() ?? 'unknown' },
    settings: { pages: 1, settleMs: 0, scroll: false, includeValues: options.includeValues ?? false },
    phases: { [phase]: { phase, pages: [capture], banner, errors: [], partial: capture.partial } },
    errors: [],
    partial: capture.partial,
  };
  return auditArtifacts(artifacts, options);
}
