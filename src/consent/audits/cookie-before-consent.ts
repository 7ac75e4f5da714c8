import type { Finding } from '../../types.js';
import type { ConsentArtifacts } from '../artifacts.js';
import type { AuditContext } from './context.js';
import { cookieData, needsConsent, observedCookies, phaseState } from './observed.js';
import { reporter } from './report.js';

/** Cookies that need consent, seen before any choice; short-lived ones a script removed again count too. */
export function auditCookieBeforeConsent(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('cookie-before-consent', artifacts, context);
  const state = phaseState(artifacts, 'before-consent');
  if (state.status !== 'recorded') return [report.phaseNotRecorded(state, 'before-consent')];
  const cookies = observedCookies(state.phase, context);
  const violations = cookies
    .filter((cookie) => needsConsent(cookie.classification))
    .map((cookie) => report.finding('violation', cookieData(cookie, 'before-consent'), { page: cookie.page }));
  if (violations.length) return violations;
  const unknown = cookies.filter((cookie) => cookie.classification.category === 'unknown').map((cookie) => cookie.name);
  return [report.conclude(state, 'before-consent', unknown)];
}
