import type { ConsentArtifacts } from '../artifacts.js';
import type { Finding } from '../../types.js';
import { choiceNotMade } from './choice.js';
import type { AuditContext } from './context.js';
import { phaseState } from './observed.js';
import { reporter } from './report.js';
import { judgeTcfCapture, strongestTcfFindings, tcfCaptures } from './tcf-signals.js';

/**
 * After "reject all", the TCF string the CMP hands to every ad vendor must grant nothing: a purpose or vendor consent
 * still true means the refusal never reached the vendors, whatever the cookies say.
 */
export function auditTcfConsentAfterReject(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('tcf-consent-after-reject', artifacts, context);
  const state = phaseState(artifacts, 'after-reject');
  if (state.status !== 'recorded') return [report.phaseNotRecorded(state, 'after-reject')];
  const captures = tcfCaptures(state.phase);
  if (captures.length === 0) {
    const before = artifacts.phases['before-consent'];
    const seenBefore = before !== undefined && tcfCaptures(before).length > 0;
    if (seenBefore || state.partial) return [report.finding('incomplete', { phase: 'after-reject' }, { message: 'incomplete-not-seen' })];
    return [report.finding('inapplicable', {}, { message: 'inapplicable' })];
  }
  const notMade = choiceNotMade(report, artifacts, context, state.phase, 'reject');
  if (notMade) return [notMade];
  return strongestTcfFindings(captures.map((capture) => judgeTcfCapture(report, 'after-reject', capture))) ?? [report.conclude(state, 'after-reject')];
}
