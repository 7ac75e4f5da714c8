/**
 * Builds an audit's findings from its metadata (rules/audits/<id>.json): message and localized message, severity from
 * the default level, legal tags, help link, and a location on the audited site.
 */
import { bundledChecks, type CheckMeta } from '../../checks.js';
import { localize, severityOf, shownInMessage as shown } from '../../findings.js';
import type { Finding, Outcome } from '../../types.js';
import type { ConsentArtifacts, PhaseName } from '../artifacts.js';
import type { AuditContext } from './context.js';
import type { PhaseState } from './observed.js';
import { OUTCOME_MESSAGES, type OutcomeMessageKey } from './outcome-messages.js';

type Messages = CheckMeta['message'];

/** Check metadata plus the texts for outcomes other than a violation. */
export type AuditMeta = CheckMeta & { messages?: Record<string, Messages> };

let metas: Map<string, AuditMeta> | undefined;

export function auditMetas(): Map<string, AuditMeta> {
  metas ??= bundledChecks('audits') as Map<string, AuditMeta>;
  return metas;
}

export interface Reporter {
  /** `message`: a key of the audit's `messages` or of the shared outcome messages; absent = the main message. */
  finding(outcome: Outcome, data: Record<string, unknown>, options?: { message?: string; page?: string }): Finding;
  /** The finding for a phase that is missing (inapplicable) or could not be recorded (incomplete). */
  phaseNotRecorded(state: Exclude<PhaseState, { status: 'recorded' }>, phase: PhaseName): Finding;
  /**
   * The closing finding when nothing was proven wrong: incomplete if the phase was partial or items are unclassified
   * (`incomplete-unclassified`), else a pass.
   */
  conclude(state: Extract<PhaseState, { status: 'recorded' }>, phase: PhaseName, unclassified?: readonly string[]): Finding;
}

/** Enough names to recognise the items without flooding the message. */
export function sample(names: readonly string[], max = 10): string[] {
  return names.length > max ? [...names.slice(0, max), `+${names.length - max}`] : [...names];
}

export function reporter(id: string, artifacts: ConsentArtifacts, context: AuditContext): Reporter {
  const meta = auditMetas().get(id);
  if (!meta) throw new Error(`consent audit "${id}" has no rules/audits/${id}.json`);
  const finding: Reporter['finding'] = (outcome, data, options = {}) => {
    const key = options.message;
    const messages = key === undefined ? meta.message : (meta.messages?.[key] ?? OUTCOME_MESSAGES[key as OutcomeMessageKey]);
    if (!messages) throw new Error(`consent audit "${id}" has no message "${key}"`);
    const display = Object.fromEntries(Object.entries(data).map(([name, value]) => [name, shown(value)]));
    const page = options.page;
    return {
      ruleId: id,
      outcome,
      severity: severityOf(meta.defaultLevel),
      ...localize(messages, context.locale, display),
      tags: [...meta.tags],
      helpUrl: meta.helpUrl,
      location: page && page !== artifacts.url ? { target: artifacts.url, url: page } : { target: artifacts.url },
      data,
    };
  };
  return {
    finding,
    phaseNotRecorded: (state, phase) =>
      state.status === 'missing'
        ? finding('inapplicable', { phase }, { message: 'phase-missing' })
        : finding('incomplete', { phase, reason: state.reason }, { message: 'phase-unavailable' }),
    conclude: (state, phase, unclassified = []) => {
      if (state.partial) return finding('incomplete', { phase, reason: state.partial }, { message: 'phase-partial' });
      if (unclassified.length) {
        return finding('incomplete', { phase, count: unclassified.length, names: sample(unclassified) }, { message: 'incomplete-unclassified' });
      }
      return finding('pass', { phase }, { message: 'pass' });
    },
  };
}
