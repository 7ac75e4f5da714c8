/** What the TCF audits share: the consent signals a phase's pages exposed, and how one of them becomes a finding. */
import type { Finding } from '../../types.js';
import type { PhaseArtifacts, PhaseName, TcfState } from '../artifacts.js';
import type { Reporter } from './report.js';

export interface TcfCapture {
  page: string;
  tcf: TcfState;
}

export function tcfCaptures(phase: PhaseArtifacts): TcfCapture[] {
  return phase.pages.flatMap((page) => (page.tcf ? [{ page: page.finalUrl || page.url, tcf: page.tcf }] : []));
}

function listOrDash(values: readonly number[]): string {
  return values.length ? values.join(', ') : '—';
}

/** Consent signals only: legitimate-interest signals stay true after a refusal, objecting to them is another choice. */
function grantsConsent(tcf: TcfState): boolean {
  return tcf.purposeConsents.length + tcf.vendorConsents.length + tcf.specialFeatureOptins.length > 0;
}

/**
 * One page's TCF state judged against "no consent signal may be true here": a violation when one is, incomplete when
 * the string cannot be read or the CMP says the GDPR does not apply, null when every consent signal is false.
 */
export function judgeTcfCapture(report: Reporter, phase: PhaseName, { page, tcf }: TcfCapture): Finding | null {
  const base = { source: tcf.source, cmpId: tcf.cmpId ?? null, eventStatus: tcf.eventStatus ?? null, phase, page };
  if (tcf.decodeError) return report.finding('incomplete', { ...base, reason: tcf.decodeError }, { message: 'incomplete-undecodable', page });
  if (tcf.gdprApplies === false) return report.finding('incomplete', base, { message: 'incomplete-gdpr-not-applicable', page });
  if (!grantsConsent(tcf)) return null;
  const data = {
    ...base,
    purposes: listOrDash(tcf.purposeConsents),
    purposeConsents: tcf.purposeConsents,
    vendorCount: tcf.vendorConsents.length,
    specialFeatures: listOrDash(tcf.specialFeatureOptins),
  };
  return report.finding('violation', data, { page });
}

/** Violations if any page had one; else the incomplete findings; else null (every page was clean). */
export function strongestTcfFindings(findings: (Finding | null)[]): Finding[] | null {
  const kept = findings.filter((finding): finding is Finding => finding !== null);
  const violations = kept.filter((finding) => finding.outcome === 'violation');
  if (violations.length) return violations;
  return kept.length ? kept : null;
}
