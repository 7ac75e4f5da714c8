import type { ConsentArtifacts } from '../artifacts.js';
import type { Finding } from '../../types.js';
import type { AuditContext } from './context.js';
import { phaseState } from './observed.js';
import { reporter } from './report.js';
import { judgeTcfCapture, strongestTcfFindings, tcfCaptures } from './tcf-signals.js';

/**
 * Before the visitor acts, the TCF says every consent signal must be false (CMP API v2.1, `cmpuishown`). Any purpose,
 * vendor or special-feature consent then is consent nobody gave.
 */
export function auditTcfConsentBeforeChoice(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('tcf-consent-before-choice', artifacts, context);
  const state = phaseState(artifacts, 'before-consent');
  if (state.status !== 'recorded') return [report.phaseNotRecorded(state, 'before-consent')];
  const captures = tcfCaptures(state.phase);
  if (captures.length === 0) {
    return [state.partial ? report.finding('incomplete', { phase: 'before-consent' }, { message: 'incomplete-not-seen' }) : report.finding('inapplicable', {}, { message: 'inapplicable' })];
  }
  return strongestTcfFindings(captures.map((capture) => judgeTcfCapture(report, 'before-consent', capture))) ?? [report.conclude(state, 'before-consent')];
}
