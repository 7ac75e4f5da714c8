/**
 * Builds a cross-check's findings from its metadata (rules/cross-checks/<id>.json): message in English and in the
 * locale, severity from the default level, legal tags, help link, and a location on the audited site.
 */
import { bundledChecks, type CheckMeta } from '../../checks.js';
import { localize, severityOf, shownInMessage as shown } from '../../findings.js';
import type { Finding, Language, Outcome } from '../../types.js';
import { OUTCOME_MESSAGES, type OutcomeMessageKey } from './outcome-messages.js';

type Messages = CheckMeta['message'];
type CrossCheckMeta = CheckMeta & { messages?: Record<string, Messages> };

let metas: Map<string, CrossCheckMeta> | undefined;

export function crossCheckMetas(): Map<string, CrossCheckMeta> {
  metas ??= bundledChecks('cross-checks') as Map<string, CrossCheckMeta>;
  return metas;
}

export interface Reporter {
  /** `message`: a key of the check's `messages` or of the shared outcome messages; absent = the main message. */
  finding(outcome: Outcome, data: Record<string, unknown>, options?: { message?: string; page?: string }): Finding;
}

export function reporter(id: string, target: string, locale: Language | undefined): Reporter {
  const meta = crossCheckMetas().get(id);
  if (!meta) throw new Error(`cross-check "${id}" has no rules/cross-checks/${id}.json`);
  return {
    finding(outcome, data, options = {}) {
      const key = options.message;
      const messages = key === undefined ? meta.message : (meta.messages?.[key] ?? OUTCOME_MESSAGES[key as OutcomeMessageKey]);
      if (!messages) throw new Error(`cross-check "${id}" has no message "${key}"`);
      const display = Object.fromEntries(Object.entries(data).map(([name, value]) => [name, shown(value)]));
      return {
        ruleId: id,
        outcome,
        severity: severityOf(meta.defaultLevel),
        ...localize(messages, locale, display),
        tags: [...meta.tags],
        helpUrl: meta.helpUrl,
        location: options.page && options.page !== target ? { target, url: options.page } : { target },
        data,
      };
    },
  };
}
