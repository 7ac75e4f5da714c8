import type { Finding } from '../../types.js';
import type { ConsentArtifacts, PhaseName } from '../artifacts.js';
import type { AuditContext } from './context.js';
import { observedCookies, recordedPhases, type ObservedCookie } from './observed.js';
import { reporter } from './report.js';

/** One finding per cookie nobody could classify, across all phases: a person has to decide what it is for. */
export function auditUnclassifiedCookie(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('unclassified-cookie', artifacts, context);
  const { phases: recorded, none } = recordedPhases(artifacts);
  if (recorded.length === 0) return [report.phaseNotRecorded(none, 'before-consent')];
  const unknown = new Map<string, { cookie: ObservedCookie; phases: PhaseName[] }>();
  for (const { name, state } of recorded) {
    for (const cookie of observedCookies(state.phase, context)) {
      if (cookie.classification.category !== 'unknown') continue;
      const seen = unknown.get(cookie.key);
      if (seen) seen.phases.push(name);
      else unknown.set(cookie.key, { cookie, phases: [name] });
    }
  }
  if (unknown.size) {
    return [...unknown.values()].map(({ cookie, phases }) =>
      report.finding(
        'incomplete',
        { name: cookie.name, domain: cookie.domain, phases, page: cookie.page, thirdParty: cookie.thirdParty, partitioned: cookie.partitionKey !== undefined },
        { page: cookie.page },
      ),
    );
  }
  const partial = recorded.find(({ state }) => state.partial);
  return [partial ? report.conclude(partial.state, partial.name) : report.finding('pass', {}, { message: 'pass' })];
}
