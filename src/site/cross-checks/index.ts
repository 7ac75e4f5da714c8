/**
 * The cross-checks, by id, and the runner: each compares what the policy says with what the site was seen to do, as
 * a pure function of plain data. A check that throws yields an `incomplete` finding carrying the error.
 */
import { applyLevels, compareFindings } from '../../findings.js';
import type { Finding } from '../../types.js';
import { policyMentions } from '../policy-mentions.js';
import type { CrossCheckContext, CrossCheckInput } from './context.js';
import { checkCookieLifetimeMismatch } from './cookie-lifetime-mismatch.js';
import { checkCookieUndeclared } from './cookie-undeclared.js';
import { checkDeclaredNotObserved } from './declared-not-observed.js';
import { observeSite, type Observation } from './observe.js';
import { checkPolicyNotFound } from './policy-not-found.js';
import { reporter } from './report.js';
import { checkThirdPartyUndeclared } from './third-party-undeclared.js';
import { checkTransferUndisclosedObserved } from './transfer-undisclosed-observed.js';

export type CrossCheck = (context: CrossCheckContext) => Finding[];

export const CROSS_CHECKS: Readonly<Record<string, CrossCheck>> = Object.freeze({
  'cookie-lifetime-mismatch': checkCookieLifetimeMismatch,
  'cookie-undeclared': checkCookieUndeclared,
  'declared-not-observed': checkDeclaredNotObserved,
  'policy-not-found': checkPolicyNotFound,
  'third-party-undeclared': checkThirdPartyUndeclared,
  'transfer-undisclosed-observed': checkTransferUndisclosedObserved,
});

/** Runs every cross-check not turned off, applies the levels and returns the findings in the project's one order. */
export function runCrossChecks(input: CrossCheckInput): Finding[] {
  const levels = input.levels ?? {};
  const mentions = input.policy ? policyMentions(input.policy.documents, input.policy.facts.attributes.services) : null;
  // Observed once, when a check first asks; a failure then fails each check that needs it, not the run.
  let observation: Observation | undefined;
  let failure: { error: unknown } | undefined;
  const observe = (): Observation => {
    if (failure) throw failure.error;
    try {
      return (observation ??= observeSite(input.artifacts, input.classifier, input.config, input.now));
    } catch (error) {
      failure = { error };
      throw error;
    }
  };
  const findings: Finding[] = [];
  for (const [id, check] of Object.entries(CROSS_CHECKS)) {
    if (levels[id] === 'off') continue;
    const report = reporter(id, input.target, input.locale);
    try {
      findings.push(...check({ input, mentions, report, get observation() { return observe(); } }));
    } catch (error) {
      findings.push(report.finding('incomplete', { error: error instanceof Error ? error.message : String(error) }, { message: 'check-error' }));
    }
  }
  return applyLevels(findings, levels).sort(compareFindings);
}

export type { CrossCheckInput, PolicyEvidence, PolicySearch } from './context.js';
