/** What every cross-check but policy-not-found needs: a policy that was read and a site that was recorded. */
import type { Finding } from '../../types.js';
import type { DeclaredCookies } from '../declared-cookies.js';
import type { PolicyMentions } from '../policy-mentions.js';
import type { CrossCheckContext, PolicyEvidence } from './context.js';
import type { Observation } from './observe.js';

export type Comparable = {
  policy: PolicyEvidence;
  declared: DeclaredCookies;
  mentions: PolicyMentions;
  observation: Extract<Observation, { status: 'recorded' }>;
};

/** Both halves, or the one finding that says why the check cannot compare them. */
export function comparable(context: CrossCheckContext): Comparable | { finding: Finding } {
  const { input, mentions, report } = context;
  if (!input.policy || !mentions) {
    const search = input.search;
    if (search.status === 'not-found') return { finding: report.finding('inapplicable', {}, { message: 'no-policy' }) };
    const reason = search.status === 'unreadable' || search.status === 'not-searched' ? search.reason : 'it was not analysed';
    return { finding: report.finding('incomplete', { reason }, { message: 'policy-unavailable' }) };
  }
  // Read only now: observing the site is work a check without a policy to compare with does not need.
  const observation = context.observation;
  if (observation.status !== 'recorded') return { finding: report.finding('incomplete', { reason: observation.reason }, { message: 'site-unavailable' }) };
  return { policy: input.policy, declared: input.policy.declared, mentions, observation };
}

/** The closing finding when nothing contradicted the policy: a pass, or incomplete when the recording was partial. */
export function conclude(context: CrossCheckContext, observation: Comparable['observation'], data: Record<string, unknown>, message = 'pass'): Finding {
  return observation.partial
    ? context.report.finding('incomplete', { ...data, reason: observation.partial }, { message: 'site-partial' })
    : context.report.finding('pass', data, { message });
}
