/** Whether the visitor's choice of a phase was really made, so that what follows it can be judged. */
import type { Finding } from '../../types.js';
import type { ConsentArtifacts, PhaseArtifacts } from '../artifacts.js';
import type { AuditContext } from './context.js';
import { activityBeforeConsent } from './observed.js';
import type { Reporter } from './report.js';

/**
 * Null when the choice was made and had a visible effect. Otherwise the finding that replaces the audit: inapplicable
 * when there was no banner and nothing needed one, incomplete when a banner was expected or the click did nothing.
 */
export function choiceNotMade(report: Reporter, artifacts: ConsentArtifacts, context: AuditContext, phase: PhaseArtifacts, kind: 'reject' | 'accept'): Finding | null {
  const action = phase.action;
  if (action?.attempted && action.succeeded) return null;
  const failed = (reason: string) => report.finding('incomplete', { action: kind, phase: phase.phase, reason }, { message: 'action-failed' });
  if (action?.attempted) return failed(action.detail ?? `no visible effect after ${action.attempts} attempt(s)`);
  const before = artifacts.phases['before-consent'];
  if (before?.banner.found || phase.banner.found) return failed(action?.detail ?? 'the banner offered no such button');
  const activity = before ? activityBeforeConsent(before, context) : { needsConsent: [], unknown: [] };
  if (activity.needsConsent.length || activity.unknown.length) return failed('no consent banner was found although the site uses items that may need consent');
  return report.finding('inapplicable', { action: kind, phase: phase.phase }, { message: 'no-banner' });
}
