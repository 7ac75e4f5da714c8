/**
 * validate: checks detected facts against a requirement profile (JSON Schema, compiled by ajv) and turns every
 * failed requirement into a finding named after the element (or national requirement) it concerns.
 */
import type { ErrorObject } from 'ajv';
import type { CheckMeta } from '../checks.js';
import { localize, severityOf } from '../findings.js';
import type { ElementResult, Finding, Language, RuleLevel } from '../types.js';
import type { Profile } from './profile.js';
import { checkFinding } from './quality/context.js';

/** What validation needs to know of an element definition (rules/elements/<id>.json). */
export interface ElementMeta {
  id: string;
  title: string;
  tags: string[];
  helpUrl: string;
  message: { missing: Partial<Record<Language, string>>; partial: Partial<Record<Language, string>> };
}

/** The instance a profile validates: small, stable and documented, so users can write profiles against it. */
export interface ProfileInstance {
  language: Language | null;
  jurisdiction: string | null;
  elements: Record<string, ElementResult['status']>;
  context: Record<string, boolean>;
  /** National requirements (`post-mortem-directives`, `uk-transfer-mechanism`…) that jurisdiction profiles require. */
  national?: Record<string, boolean>;
}

export interface ValidateOptions {
  target: string;
  /** Language of the messages beside English. */
  locale: Language | null;
  elements: Map<string, ElementMeta>;
  /** Metadata (rules/checks/<id>.json) of the national requirements. */
  checks?: Map<string, CheckMeta>;
}

export function validateFacts(
  instance: ProfileInstance,
  results: Record<string, ElementResult>,
  profile: Profile,
  options: ValidateOptions,
): Finding[] {
  profile.validate(instance);
  const failed = new Map<string, ErrorObject>();
  const unmapped: ErrorObject[] = [];
  for (const error of profile.validate.errors ?? []) {
    // `if`/`allOf` wrappers repeat what the inner keyword already said.
    if (error.keyword === 'if' || error.keyword === 'allOf' || error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const id = elementOfError(error);
    if (id === null) unmapped.push(error);
    else if (!failed.has(id)) failed.set(id, error);
  }

  const findings: Finding[] = [];
  for (const [id, error] of failed) {
    const check = options.elements.has(id) ? undefined : options.checks?.get(id);
    const level = profile.levels[id] ?? check?.defaultLevel ?? 'error';
    if (level === 'off') continue;
    // A national requirement reads like a quality check: its text comes from its check file, its place and data from its result.
    if (check) findings.push(checkFinding(check, level, { target: options.target, locale: options.locale, at: results[id]?.evidence[0], data: results[id]?.attributes }));
    else findings.push(elementFinding(id, options.elements.get(id), instance.elements[id] ?? 'absent', results[id], level, options, error));
  }
  // A partial element that the profile accepts still deserves a warning: it is there, but not good enough.
  for (const [id, status] of Object.entries(instance.elements)) {
    if (status !== 'partial' || failed.has(id) || profile.levels[id] === 'off') continue;
    const meta = options.elements.get(id);
    if (meta) findings.push(elementFinding(id, meta, status, results[id], 'warn', options));
  }
  for (const error of unmapped) findings.push(profileFinding(error, profile, options));
  return findings;
}

/** `/elements/<id>` or `/national/<id>` (enum, const, not…), or `required` at `/elements` or `/national`. */
export function elementOfError(error: ErrorObject): string | null {
  const match = /^\/(?:elements|national)\/([^/]+)/.exec(error.instancePath);
  if (match) return match[1]!.replace(/~1/g, '/').replace(/~0/g, '~');
  if ((error.instancePath === '/elements' || error.instancePath === '/national') && error.keyword === 'required') return String(error.params.missingProperty);
  return null;
}

function elementFinding(
  id: string,
  meta: ElementMeta | undefined,
  status: ElementResult['status'],
  result: ElementResult | undefined,
  level: Exclude<RuleLevel, 'off'>,
  options: ValidateOptions,
  error?: ErrorObject,
): Finding {
  const messages = meta ? (status === 'partial' ? meta.message.partial : meta.message.missing) : { en: `Requirement "${id}" is not met (${error?.message ?? 'invalid'}).` };
  const first = status === 'partial' ? result?.evidence[0] : undefined;
  return {
    ruleId: id,
    outcome: 'violation',
    severity: severityOf(level),
    ...localize(messages, options.locale),
    tags: meta?.tags ?? ['cat.profile'],
    helpUrl: meta?.helpUrl ?? '',
    location: first ? { target: options.target, line: first.line, column: first.column } : { target: options.target },
    data: { status },
  };
}

function profileFinding(error: ErrorObject, profile: Profile, options: ValidateOptions): Finding {
  return {
    ruleId: 'profile',
    outcome: 'violation',
    severity: 'error',
    message: `Profile "${profile.title}": ${error.instancePath || '/'} ${error.message ?? 'is invalid'}.`,
    tags: ['cat.profile'],
    helpUrl: '',
    location: { target: options.target },
    data: { instancePath: error.instancePath, keyword: error.keyword },
  };
}
