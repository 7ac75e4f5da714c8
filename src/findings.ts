/** Small helpers every producer of findings shares, so that counts, levels and ordering agree everywhere. */
import type { Finding, Language, LocalizedText, RuleLevel, Severity } from './types.js';

export function severityOf(level: Exclude<RuleLevel, 'off'>): Severity {
  return level === 'error' ? 'error' : level === 'warn' ? 'warning' : 'info';
}

/** Fills `{{name}}` placeholders; an unknown placeholder stays visible rather than silently disappearing. */
export function fillTemplate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, key: string) => {
    const value = data[key];
    if (value === undefined || value === null) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const MAX_SHOWN = 120;

/**
 * Page data shown inside a sentence: control and bidirectional-override characters become visible escapes (a cookie
 * name must not reorder the text around it) and very long values are cut. A finding's `data` keeps the raw values.
 */
export function shownInMessage(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => shownInMessage(item)).join(', ');
  if (typeof value !== 'string') return value;
  const visible = value.replace(INVISIBLE, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`);
  return visible.length > MAX_SHOWN ? `${visible.slice(0, MAX_SHOWN)}…` : visible;
}

/** A message in English and, where written, in the other languages. */
export type MessageSet = Partial<Record<Language, string>> & { en: string };

/** What any check says when it crashed: the run goes on, and the finding carries the error. */
export const INTERNAL_ERROR: MessageSet = {
  en: 'This check failed with an internal error ({{error}}).',
  fr: 'Cette vérification a échoué sur une erreur interne ({{error}}).',
};

/** English text plus the text in `locale` when the messages have it and it is not English. */
export function localize(
  messages: Partial<Record<Language, string>>,
  locale: Language | null | undefined,
  data?: Record<string, unknown>,
): { message: string; localizedMessage?: LocalizedText } {
  const message = fillTemplate(messages.en ?? '', data);
  const own = locale && locale !== 'en' ? messages[locale] : undefined;
  return own ? { message, localizedMessage: { locale: locale!, text: fillTemplate(own, data) } } : { message };
}

/**
 * Applies per-rule levels (config overrides profile or rule defaults): `off` drops the finding, other levels set its
 * severity. An `incomplete` finding asks for a human review, so it is at most a warning: only a proven violation may
 * fail a build.
 */
export function applyLevels(findings: Finding[], levels: Record<string, RuleLevel>): Finding[] {
  const out: Finding[] = [];
  for (const finding of findings) {
    const level = levels[finding.ruleId];
    if (level === 'off') continue;
    let severity = level && (finding.outcome === 'violation' || finding.outcome === 'incomplete') ? severityOf(level) : finding.severity;
    if (finding.outcome === 'incomplete' && severity === 'error') severity = 'warning';
    out.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  return out;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.target, b.location.target) ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    (a.location.column ?? 0) - (b.location.column ?? 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.location.url ?? '', b.location.url ?? '') ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts only what needs attention: violations and items to review. Passes and inapplicable rules count for nothing. */
export function countFindings(findings: Finding[]): { errorCount: number; warningCount: number; infoCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const { outcome, severity } of findings) {
    if (outcome !== 'violation' && outcome !== 'incomplete') continue;
    if (severity === 'error') errorCount++;
    else if (severity === 'warning') warningCount++;
    else infoCount++;
  }
  return { errorCount, warningCount, infoCount };
}
