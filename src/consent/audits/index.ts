/**
 * The consent audits, by id, and the runner. Each audit is a pure function of the artifacts; an audit that throws
 * yields an `incomplete` finding carrying the error instead of ending the run.
 */
import { applyLevels, compareFindings, localize, severityOf } from '../../findings.js';
import type { Finding } from '../../types.js';
import type { ConsentArtifacts } from '../artifacts.js';
import { auditBannerMissing } from './banner-missing.js';
import { auditConsentNotAppliedAfterAccept } from './consent-not-applied-after-accept.js';
import type { AuditContext } from './context.js';
import { auditCookieAfterReject } from './cookie-after-reject.js';
import { auditCookieBeforeConsent } from './cookie-before-consent.js';
import { auditCookieLifetimeExcessive } from './cookie-lifetime-excessive.js';
import { auditNoRejectOnFirstLayer } from './no-reject-on-first-layer.js';
import { OUTCOME_MESSAGES } from './outcome-messages.js';
import { auditMetas } from './report.js';
import { auditStorageBeforeConsent } from './storage-before-consent.js';
import { auditTcfConsentAfterReject } from './tcf-consent-after-reject.js';
import { auditTcfConsentBeforeChoice } from './tcf-consent-before-choice.js';
import { auditTrackerRequestAfterReject } from './tracker-request-after-reject.js';
import { auditTrackerRequestBeforeConsent } from './tracker-request-before-consent.js';
import { auditUnclassifiedCookie } from './unclassified-cookie.js';

export type ConsentAudit = (artifacts: ConsentArtifacts, context: AuditContext) => Finding[];

export const CONSENT_AUDITS: Readonly<Record<string, ConsentAudit>> = Object.freeze({
  'banner-missing': auditBannerMissing,
  'consent-not-applied-after-accept': auditConsentNotAppliedAfterAccept,
  'cookie-after-reject': auditCookieAfterReject,
  'cookie-before-consent': auditCookieBeforeConsent,
  'cookie-lifetime-excessive': auditCookieLifetimeExcessive,
  'no-reject-on-first-layer': auditNoRejectOnFirstLayer,
  'storage-before-consent': auditStorageBeforeConsent,
  'tcf-consent-after-reject': auditTcfConsentAfterReject,
  'tcf-consent-before-choice': auditTcfConsentBeforeChoice,
  'tracker-request-after-reject': auditTrackerRequestAfterReject,
  'tracker-request-before-consent': auditTrackerRequestBeforeConsent,
  'unclassified-cookie': auditUnclassifiedCookie,
});

function crashed(id: string, artifacts: ConsentArtifacts, context: AuditContext, error: unknown): Finding {
  const meta = auditMetas().get(id);
  const data = { error: error instanceof Error ? error.message : String(error) };
  return {
    ruleId: id,
    outcome: 'incomplete',
    severity: severityOf(meta?.defaultLevel ?? 'warn'),
    ...localize(OUTCOME_MESSAGES['audit-error'], context.locale, data),
    tags: meta ? [...meta.tags] : [],
    helpUrl: meta?.helpUrl ?? '',
    location: { target: artifacts.url },
    data,
  };
}

/** Runs every audit not turned off, applies the levels and returns the findings in the project's one order. */
export function runConsentAudits(artifacts: ConsentArtifacts, context: AuditContext): Finding[] {
  const levels = context.levels ?? {};
  const findings: Finding[] = [];
  for (const [id, audit] of Object.entries(CONSENT_AUDITS)) {
    if (levels[id] === 'off') continue;
    try {
      findings.push(...audit(artifacts, context));
    } catch (error) {
      findings.push(crashed(id, artifacts, context, error));
    }
  }
  return applyLevels(findings, levels).sort(compareFindings);
}

export type { AuditConfig, AuditContext } from './context.js';
