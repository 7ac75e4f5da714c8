/**
 * Quality checks: findings beyond presence. Each check is a pure function of the document, its facts and the context,
 * registered here under the id of its rules/checks/<id>.json; one that throws yields an `incomplete` finding and the
 * others still run.
 */
import type { PolicyDocument } from '../../document/model.js';
import type { Finding } from '../../types.js';
import type { PolicyFacts } from '../detect.js';
import { complaintAuthorityUnnamed } from './complaint-authority-unnamed.js';
import { levelOf, metaOf, type QualityContext } from './context.js';
import { danglingContact } from './dangling-contact.js';
import { impliedConsent } from './implied-consent.js';
import { legalBasisNotPerPurpose } from './legal-basis-not-per-purpose.js';
import { obsoleteTransferMechanism } from './obsolete-transfer-mechanism.js';
import { retentionVague } from './retention-vague.js';
import { rightObjectNotProminent } from './right-object-not-prominent.js';
import { templateLeftover } from './template-leftover.js';
import { transferSafeguardsMissing } from './transfer-safeguards-missing.js';
import { transferUndisclosed } from './transfer-undisclosed.js';
import { vagueLanguage } from './vague-language.js';

export type QualityCheck = (document: PolicyDocument, facts: PolicyFacts, context: QualityContext) => Finding[];

export const QUALITY_CHECKS: Readonly<Record<string, QualityCheck>> = {
  'retention-vague': retentionVague,
  'implied-consent': impliedConsent,
  'transfer-safeguards-missing': transferSafeguardsMissing,
  'transfer-undisclosed': transferUndisclosed,
  'obsolete-transfer-mechanism': obsoleteTransferMechanism,
  'dangling-contact': danglingContact,
  'template-leftover': templateLeftover,
  'right-object-not-prominent': rightObjectNotProminent,
  'legal-basis-not-per-purpose': legalBasisNotPerPurpose,
  'vague-language': vagueLanguage,
  'complaint-authority-unnamed': complaintAuthorityUnnamed,
};

export function runQualityChecks(
  document: PolicyDocument,
  facts: PolicyFacts,
  context: QualityContext,
  checks: Readonly<Record<string, QualityCheck>> = QUALITY_CHECKS,
): Finding[] {
  const findings: Finding[] = [];
  for (const [id, check] of Object.entries(checks)) {
    if (levelOf(context, id) === 'off') continue;
    try {
      findings.push(...check(document, facts, context));
    } catch (error) {
      findings.push(failedCheck(context, id, error));
    }
  }
  return findings;
}

/** A check that could not decide leaves the question to a human instead of passing silently. */
function failedCheck(context: QualityContext, id: string, error: unknown): Finding {
  const meta = metaOf(context, id);
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: id,
    outcome: 'incomplete',
    severity: 'warning',
    message: `The check "${meta.title}" could not run on this document (${reason}); review this point by hand.`,
    tags: meta.tags,
    helpUrl: meta.helpUrl,
    location: { target: context.target },
    data: { error: reason },
  };
}
