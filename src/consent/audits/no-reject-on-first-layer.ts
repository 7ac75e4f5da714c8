import type { Finding } from '../../types.js';
import type { ConsentArtifacts } from '../artifacts.js';
import type { AuditContext } from './context.js';
import { phaseState } from './observed.js';
import { reporter } from './report.js';

/** A first layer with an accept button must have a refusal beside it; "settings" is not one. */
export function auditNoRejectOnFirstLayer(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('no-reject-on-first-layer', artifacts, context);
  const state = phaseState(artifacts, 'before-consent');
  if (state.status !== 'recorded') return [report.phaseNotRecorded(state, 'before-consent')];
  const banner = state.phase.banner;
  if (!banner.found) return [state.partial ? report.conclude(state, 'before-consent') : report.finding('inapplicable', {}, { message: 'inapplicable' })];
  const cmp = banner.cmp ?? 'unidentified';
  if (banner.buttons.length === 0) return [report.finding('incomplete', { cmp }, { message: 'incomplete-no-buttons' })];
  const accept = banner.buttons.find((button) => button.role === 'accept');
  const rejects = banner.buttons.some((button) => button.role === 'reject');
  const labels = banner.buttons.map((button) => button.label);
  if (accept && !rejects) return [report.finding('violation', { cmp, acceptLabel: accept.label, buttons: labels, context: banner.context })];
  return [report.finding('pass', { cmp, buttons: labels }, { message: 'pass' })];
}
