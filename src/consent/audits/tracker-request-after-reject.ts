import type { Finding } from '../../types.js';
import type { ConsentArtifacts } from '../artifacts.js';
import { choiceNotMade } from './choice.js';
import type { AuditContext } from './context.js';
import { observedServices, phaseState, serviceData } from './observed.js';
import { reporter } from './report.js';

/** Analytics and advertising services contacted after the refusal, on the page, after a reload or on a second page. */
export function auditTrackerRequestAfterReject(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('tracker-request-after-reject', artifacts, context);
  const state = phaseState(artifacts, 'after-reject');
  if (state.status !== 'recorded') return [report.phaseNotRecorded(state, 'after-reject')];
  const notMade = choiceNotMade(report, artifacts, context, state.phase, 'reject');
  if (notMade) return [notMade];
  const violations = observedServices(state.phase, context)
    .filter((service) => service.classification.tracker)
    .map((service) => report.finding('violation', serviceData(service, 'after-reject'), { page: service.page }));
  return violations.length ? violations : [report.conclude(state, 'after-reject')];
}
