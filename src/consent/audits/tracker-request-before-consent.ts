import type { Finding } from '../../types.js';
import type { ConsentArtifacts } from '../artifacts.js';
import type { AuditContext } from './context.js';
import { observedServices, phaseState, serviceData } from './observed.js';
import { reporter } from './report.js';

/** Analytics and advertising services contacted before any choice, even when the request failed or set nothing. */
export function auditTrackerRequestBeforeConsent(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('tracker-request-before-consent', artifacts, context);
  const state = phaseState(artifacts, 'before-consent');
  if (state.status !== 'recorded') return [report.phaseNotRecorded(state, 'before-consent')];
  const violations = observedServices(state.phase, context)
    .filter((service) => service.classification.tracker)
    .map((service) => report.finding('violation', serviceData(service, 'before-consent'), { page: service.page }));
  return violations.length ? violations : [report.conclude(state, 'before-consent')];
}
