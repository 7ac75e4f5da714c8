/**
 * What the formats written for people (markdown, html) show of a target, decided once: its status, its findings, its
 * policy and consent parts, and the phase tables, all in one order whatever order the input was in.
 */
import type {
  ConsentPhaseSummary,
  ConsentResult,
  ElementResult,
  Evidence,
  Finding,
  PolicyResult,
  TargetResult,
} from '../types.js';
import { compareFindings, compareStrings } from './order.js';

/** `warnings` is a policy with warnings but no errors; `error` a target that could not be checked. */
export type TargetStatus = 'pass' | 'fail' | 'incomplete' | 'warnings' | 'error';

export function targetStatus(result: TargetResult): TargetStatus {
  if (result.error) return 'error';
  if (result.kind !== 'policy') return result.verdict;
  if (result.errorCount > 0) return 'fail';
  return result.warningCount > 0 ? 'warnings' : 'pass';
}

export function policyOf(result: TargetResult): PolicyResult | null {
  if (result.kind === 'policy') return result;
  return result.kind === 'site' ? result.policy : null;
}

export function consentOf(result: TargetResult): ConsentResult | null {
  if (result.kind === 'consent') return result;
  return result.kind === 'site' ? result.consent : null;
}

/**
 * Every finding of a target once, sorted. A site result may or may not repeat the findings of its policy and
 * consent parts, so identical findings are shown once.
 */
export function findingsOf(result: TargetResult): Finding[] {
  if (result.kind !== 'site') return [...result.findings].sort(compareFindings);
  const unique = new Map<string, Finding>();
  for (const finding of [result.findings, result.policy?.findings ?? [], result.consent?.findings ?? []].flat()) {
    unique.set(JSON.stringify(finding), finding);
  }
  return [...unique.values()].sort(compareFindings);
}

export const PHASE_TITLES = {
  'before-consent': 'Before any choice',
  'after-reject': 'After “reject all”',
  'after-accept': 'After “accept all”',
} as const;

export type PhaseName = keyof typeof PHASE_TITLES;

export const PHASE_NAMES = Object.keys(PHASE_TITLES) as PhaseName[];

/** The phase with its rows sorted, so a report does not depend on the order the browser saw things in. */
export function sortedPhase(phase: ConsentPhaseSummary): ConsentPhaseSummary {
  return {
    ...phase,
    cookies: [...phase.cookies].sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.domain, b.domain) || compareStrings(a.setBy ?? '', b.setBy ?? '')),
    storage: [...phase.storage].sort((a, b) => compareStrings(a.origin, b.origin) || compareStrings(a.area, b.area) || compareStrings(a.key, b.key)),
    thirdPartyRequests: [...phase.thirdPartyRequests].sort((a, b) => compareStrings(a.url, b.url) || compareStrings(a.site, b.site)),
  };
}

/** Evidence items shown per element: enough to find the place in the policy; the JSON report has them all. */
export const EVIDENCE_SHOWN = 3;

/** Elements by id, each with its evidence once per line and text, in document order. */
export function checklistOf(policy: PolicyResult): { id: string; element: ElementResult; evidence: Evidence[] }[] {
  return Object.keys(policy.elements)
    .sort(compareStrings)
    .map((id) => {
      const element = policy.elements[id]!;
      const unique = new Map<string, Evidence>();
      const ordered = [...element.evidence].sort((a, b) => a.line - b.line || a.column - b.column || compareStrings(a.text, b.text));
      for (const evidence of ordered) {
        const key = `${evidence.line}\u0000${evidence.text}`;
        if (!unique.has(key)) unique.set(key, evidence);
      }
      return { id, element, evidence: [...unique.values()] };
    });
}

/** The URL when it is an absolute http(s) URL, else null: only such URLs ever become links. */
export function httpUrl(value: string): URL | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
}
