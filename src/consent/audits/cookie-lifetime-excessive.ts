import type { Finding } from '../../types.js';
import type { ConsentArtifacts } from '../artifacts.js';
import type { AuditContext } from './context.js';
import { cookieData, needsConsent, observedCookies, recordedPhases, type ObservedCookie } from './observed.js';
import { reporter } from './report.js';

/** 13 months, the longest lifetime the CNIL accepts for cookies that need consent. */
const LIMIT_DAYS = 395;
const DAY_MS = 86_400_000;

/**
 * The lifetime the site asked for is what counts: Chromium stores at most 400 days, which hides a two-year request.
 * Only when no Set-Cookie header or script write was seen does the stored expiry stand in.
 */
function lifetime(cookie: ObservedCookie, now: number): { days: number; requestedDays?: number; storedDays?: number } | null {
  const storedDays = cookie.expires === null ? undefined : Math.round((cookie.expires * 1000 - now) / DAY_MS);
  if (typeof cookie.requestedLifetime === 'number') {
    const requestedDays = Math.round(cookie.requestedLifetime / 86_400);
    return { days: requestedDays, requestedDays, ...(storedDays === undefined ? {} : { storedDays }) };
  }
  if (cookie.requestedLifetime === null || storedDays === undefined) return null;
  return { days: storedDays, storedDays };
}

export function auditCookieLifetimeExcessive(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('cookie-lifetime-excessive', artifacts, context);
  const now = context.now ?? Date.now();
  const { phases: recorded, none } = recordedPhases(artifacts);
  if (recorded.length === 0) return [report.phaseNotRecorded(none, 'before-consent')];
  const reported = new Set<string>();
  const violations: Finding[] = [];
  for (const { name, state } of recorded) {
    for (const cookie of observedCookies(state.phase, context)) {
      if (cookie.deleted || !needsConsent(cookie.classification) || reported.has(cookie.key)) continue;
      const found = lifetime(cookie, now);
      if (!found || found.days <= LIMIT_DAYS) continue;
      reported.add(cookie.key);
      violations.push(report.finding('violation', { ...cookieData(cookie, name), ...found, limitDays: LIMIT_DAYS, basis: found.requestedDays === undefined ? 'stored' : 'requested' }, { page: cookie.page }));
    }
  }
  if (violations.length) return violations;
  const partial = recorded.find(({ state }) => state.partial);
  return [partial ? report.conclude(partial.state, partial.name) : report.finding('pass', {}, { message: 'pass' })];
}
