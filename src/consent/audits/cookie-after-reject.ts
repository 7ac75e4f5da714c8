import type { Finding } from '../../types.js';
import type { ConsentArtifacts } from '../artifacts.js';
import { choiceNotMade } from './choice.js';
import type { AuditContext } from './context.js';
import { cookieData, needsConsent, observedCookies, phaseState } from './observed.js';
import { reporter } from './report.js';

/**
 * Cookies that need consent present after the refusal: on the page, after a reload or on a second page, including
 * ones set before and never removed. Deleting a cookie that existed before is the expected reaction, not a new one.
 */
export function auditCookieAfterReject(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('cookie-after-reject', artifacts, context);
  const state = phaseState(artifacts, 'after-reject');
  if (state.status !== 'recorded') return [report.phaseNotRecorded(state, 'after-reject')];
  const notMade = choiceNotMade(report, artifacts, context, state.phase, 'reject');
  if (notMade) return [notMade];
  const before = artifacts.phases['before-consent'];
  const existing = new Set(before ? observedCookies(before, context).filter((cookie) => !cookie.deleted).map((cookie) => cookie.key) : []);
  const cookies = observedCookies(state.phase, context).filter((cookie) => !(cookie.deleted && existing.has(cookie.key)));
  const violations = cookies
    .filter((cookie) => needsConsent(cookie.classification))
    .map((cookie) => report.finding('violation', { ...cookieData(cookie, 'after-reject'), preExisting: existing.has(cookie.key) }, { page: cookie.page }));
  if (violations.length) return violations;
  const unknown = cookies.filter((cookie) => cookie.classification.category === 'unknown').map((cookie) => cookie.name);
  return [report.conclude(state, 'after-reject', unknown)];
}
