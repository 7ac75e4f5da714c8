import type { Finding } from '../../types.js';
import type { ConsentArtifacts } from '../artifacts.js';
import { choiceNotMade } from './choice.js';
import type { AuditContext } from './context.js';
import { observedCookies, observedServices, observedStorage, phaseState, storageId } from './observed.js';
import { reporter } from './report.js';

/**
 * Accepting must leave a consent record. Evidence, strongest first:
 * - pass: a record the knowledge base knows (a consent manager's cookie or storage key) was written by the choice —
 *   new since before consent, written by a response or script in this phase, or with a changed value — or the TCF
 *   signal now carries consent;
 * - violation: the banner is a hosted consent manager the knowledge base knows, its service was seen running, and
 *   none of its records exists after accepting;
 * - incomplete otherwise: the site may keep the choice somewhere nobody told us about.
 */
export function auditConsentNotAppliedAfterAccept(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('consent-not-applied-after-accept', artifacts, context);
  const state = phaseState(artifacts, 'after-accept');
  if (state.status !== 'recorded') return [report.phaseNotRecorded(state, 'after-accept')];
  const notMade = choiceNotMade(report, artifacts, context, state.phase, 'accept');
  if (notMade) return [notMade];

  const before = artifacts.phases['before-consent'];
  const cookiesBefore = new Map((before ? observedCookies(before, context) : []).filter((cookie) => !cookie.deleted).map((cookie) => [cookie.key, cookie]));
  const storageBefore = new Map((before ? observedStorage(before, context) : []).map((entry) => [storageId(entry.area, entry.origin, entry.key), entry]));

  const written: string[] = [];
  const unchanged: string[] = [];
  for (const cookie of observedCookies(state.phase, context)) {
    if (!cookie.classification.consentState || cookie.deleted) continue;
    const earlier = cookiesBefore.get(cookie.key);
    const rewritten = cookie.sources.includes('set-cookie') || cookie.sources.includes('document.cookie');
    const changed = earlier?.value !== undefined && cookie.value !== undefined && earlier.value !== cookie.value;
    (!earlier || rewritten || changed ? written : unchanged).push(cookie.name);
  }
  for (const entry of observedStorage(state.phase, context)) {
    if (!entry.classification.consentState) continue;
    const earlier = storageBefore.get(storageId(entry.area, entry.origin, entry.key));
    const changed = earlier?.value !== undefined && entry.value !== undefined && earlier.value !== entry.value;
    (!earlier || changed ? written : unchanged).push(entry.key);
  }
  if (state.phase.pages.some((page) => page.tcf && !page.tcf.decodeError && page.tcf.purposeConsents.length + page.tcf.vendorConsents.length > 0)) {
    written.push('IAB TCF consent string');
  }
  if (written.length) return [report.finding('pass', { phase: 'after-accept', record: [...new Set(written)] }, { message: 'pass' })];
  if (unchanged.length) return [report.finding('incomplete', { phase: 'after-accept', record: [...new Set(unchanged)] }, { message: 'incomplete-unchanged' })];

  const cmp = state.phase.banner.cmp ?? before?.banner.cmp ?? null;
  const manager = cmp ? context.classifier.consentManager(cmp) : null;
  if (manager?.hosted && !state.partial) {
    const running = [state.phase, ...(before ? [before] : [])].some((phase) =>
      observedServices(phase, context).some((service) => service.classification.entry === manager.entry),
    );
    if (running) return [report.finding('violation', { phase: 'after-accept', cmp, manager: manager.name, entry: manager.entry })];
  }
  if (state.partial) return [report.conclude(state, 'after-accept')];
  return [report.finding('incomplete', { phase: 'after-accept', cmp }, { message: 'incomplete' })];
}
