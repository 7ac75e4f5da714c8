import type { Finding } from '../../types.js';
import type { ConsentArtifacts } from '../artifacts.js';
import type { AuditContext } from './context.js';
import { activityBeforeConsent, phaseState } from './observed.js';
import { reporter, sample } from './report.js';

/** Something that needs consent was used before any choice and no banner asked for it. */
export function auditBannerMissing(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('banner-missing', artifacts, context);
  const state = phaseState(artifacts, 'before-consent');
  if (state.status !== 'recorded') return [report.phaseNotRecorded(state, 'before-consent')];
  if (state.phase.banner.found) return [report.finding('pass', { cmp: state.phase.banner.cmp }, { message: 'pass' })];
  const bannerError = [...state.phase.errors, ...state.phase.pages.flatMap((page) => page.errors)].find((error) => error.step === 'banner');
  if (bannerError) return [report.finding('incomplete', { reason: bannerError.message || bannerError.code }, { message: 'incomplete-banner-error' })];
  const activity = activityBeforeConsent(state.phase, context);
  if (activity.needsConsent.length) {
    return [report.finding('violation', { count: activity.needsConsent.length, examples: sample(activity.needsConsent, 5), phase: 'before-consent' })];
  }
  if (state.partial) return [report.conclude(state, 'before-consent')];
  if (activity.unknown.length) {
    return [report.finding('incomplete', { count: activity.unknown.length, examples: sample(activity.unknown, 5), phase: 'before-consent' }, { message: 'incomplete-unclassified' })];
  }
  return [report.finding('pass', { phase: 'before-consent' }, { message: 'pass-not-needed' })];
}
