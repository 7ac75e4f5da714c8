import type { Finding } from '../../types.js';
import type { ConsentArtifacts } from '../artifacts.js';
import type { AuditContext } from './context.js';
import { needsConsent, observedStorage, phaseState, storageData } from './observed.js';
import { reporter } from './report.js';

/** localStorage, sessionStorage and IndexedDB entries that need consent, written before any choice. */
export function auditStorageBeforeConsent(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('storage-before-consent', artifacts, context);
  const state = phaseState(artifacts, 'before-consent');
  if (state.status !== 'recorded') return [report.phaseNotRecorded(state, 'before-consent')];
  const entries = observedStorage(state.phase, context);
  const violations = entries
    .filter((entry) => needsConsent(entry.classification))
    .map((entry) => report.finding('violation', storageData(entry, 'before-consent'), { page: entry.page }));
  if (violations.length) return violations;
  const unknown = entries.filter((entry) => entry.classification.category === 'unknown').map((entry) => entry.key);
  return [report.conclude(state, 'before-consent', unknown)];
}
