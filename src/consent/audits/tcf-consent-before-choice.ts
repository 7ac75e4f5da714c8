import type { Finding } from '../../types.js';
import type { ConsentArtifacts, TcfState } from '../artifacts.js';
import type { AuditContext } from './context.js';
import { phaseState } from './observed.js';
import { reporter } from './report.js';

function listOrDash(values: readonly number[]): string {
  return values.length ? values.join(', ') : '—';
}

/**
 * Before the visitor acts, the TCF says every consent signal must be false (CMP API v2.1, `cmpuishown`). Any purpose,
 * vendor or special-feature consent then is consent nobody gave.
 */
export function auditTcfConsentBeforeChoice(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const report = reporter('tcf-consent-before-choice', artifacts, context);
  const state = phaseState(artifacts, 'before-consent');
  if (state.status !== 'recorded') return [report.phaseNotRecorded(state, 'before-consent')];
  const captures = state.phase.pages.flatMap((page) => (page.tcf ? [{ page: page.finalUrl || page.url, tcf: page.tcf }] : []));
  if (captures.length === 0) {
    return [state.partial ? report.finding('incomplete', { phase: 'before-consent' }, { message: 'incomplete-not-seen' }) : report.finding('inapplicable', {}, { message: 'inapplicable' })];
  }
  const granted = (tcf: TcfState) => tcf.purposeConsents.length + tcf.vendorConsents.length + tcf.specialFeatureOptins.length > 0;
  const findings: Finding[] = [];
  for (const { page, tcf } of captures) {
    const base = { source: tcf.source, cmpId: tcf.cmpId ?? null, eventStatus: tcf.eventStatus ?? null, phase: 'before-consent', page };
    if (tcf.decodeError) findings.push(report.finding('incomplete', { ...base, reason: tcf.decodeError }, { message: 'incomplete-undecodable', page }));
    else if (tcf.gdprApplies === false) findings.push(report.finding('incomplete', base, { message: 'incomplete-gdpr-not-applicable', page }));
    else if (granted(tcf)) {
      findings.push(
        report.finding(
          'violation',
          {
            ...base,
            purposes: listOrDash(tcf.purposeConsents),
            purposeConsents: tcf.purposeConsents,
            vendorCount: tcf.vendorConsents.length,
            specialFeatures: listOrDash(tcf.specialFeatureOptins),
          },
          { page },
        ),
      );
    }
  }
  if (findings.some((finding) => finding.outcome === 'violation')) return findings.filter((finding) => finding.outcome === 'violation');
  if (findings.length) return findings;
  return [report.conclude(state, 'before-consent')];
}
