/**
 * What every quality check receives besides the document and its facts, and the one way a check turns what it found
 * into a finding: metadata, level and messages come from rules/checks/<id>.json, never from the check's code.
 */
import type { CheckMeta } from '../../checks.js';
import { bundledChecks } from '../../checks.js';
import type { PolicyDocument, SourcePosition } from '../../document/model.js';
import { localize, severityOf } from '../../findings.js';
import type { Finding, Language, RuleLevel } from '../../types.js';
import type { PolicyFacts } from '../detect.js';
import { readPolicyText, type PolicyText } from './text.js';

export interface QualityContext {
  target: string;
  /** Language of the messages beside English. */
  locale: Language | null;
  jurisdiction: string | null;
  /** Levels set by the profile or the user; a check set to `off` does not run. */
  levels: Record<string, RuleLevel>;
  checks: Map<string, CheckMeta>;
  text: PolicyText;
}

export interface QualityContextOptions {
  target?: string;
  locale?: Language | null;
  jurisdiction?: string | null;
  levels?: Record<string, RuleLevel>;
  checks?: Map<string, CheckMeta>;
}

export function createQualityContext(document: PolicyDocument, facts: PolicyFacts, options: QualityContextOptions = {}): QualityContext {
  return {
    target: options.target ?? document.target,
    locale: options.locale === undefined ? facts.language : options.locale,
    jurisdiction: options.jurisdiction ?? null,
    levels: options.levels ?? {},
    checks: options.checks ?? bundledChecks('checks'),
    text: readPolicyText(document, facts.language),
  };
}

export function levelOf(context: QualityContext, id: string): RuleLevel {
  return context.levels[id] ?? metaOf(context, id).defaultLevel;
}

export function metaOf(context: QualityContext, id: string): CheckMeta {
  const meta = context.checks.get(id);
  if (!meta) throw new Error(`quality check "${id}" has no rules/checks/${id}.json`);
  return meta;
}

/** A violation of check `id`, at a place in the source or about the whole document. */
export function qualityFinding(context: QualityContext, id: string, at: SourcePosition | null, data?: Record<string, unknown>): Finding {
  const meta = metaOf(context, id);
  const level = levelOf(context, id);
  return checkFinding(meta, level === 'off' ? meta.defaultLevel : level, { target: context.target, locale: context.locale, at, data });
}

/** A violation of a check described by rules/checks/<id>.json: its text, tags and link come from the file. */
export function checkFinding(
  meta: CheckMeta,
  level: Exclude<RuleLevel, 'off'>,
  where: { target: string; locale: Language | null; at: SourcePosition | null | undefined; data?: Record<string, unknown> | undefined },
): Finding {
  const { target, locale, at, data } = where;
  return {
    ruleId: meta.id,
    outcome: 'violation',
    severity: severityOf(level),
    ...localize(meta.message, locale, data),
    tags: meta.tags,
    helpUrl: meta.helpUrl,
    location: at ? { target, line: at.line, column: at.column } : { target },
    ...(data ? { data } : {}),
  };
}
