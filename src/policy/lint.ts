/**
 * The policy pipeline in one place: load → segment → detect → validate + quality → levels. Everything here returns
 * plain data; the CLI decides what to print and which exit code that means.
 */
import { bundledChecks } from '../checks.js';
import { loadInput, type LoadOptions } from '../document/load.js';
import type { LoadedSource, SourceFormat } from '../document/model.js';
import { segmentDocument } from '../document/segment.js';
import { describeError } from '../errors.js';
import { applyLevels, compareFindings, countFindings } from '../findings.js';
import type { Language, PolicyResult, RuleLevel } from '../types.js';
import { detectElements } from './detect.js';
import { loadElementDefinitions } from './elements.js';
import { inferJurisdiction, JURISDICTIONS, nationalRequirements, profileForJurisdiction } from './jurisdiction.js';
import { builtInProfileNames, loadProfile, type Profile } from './profile.js';
import { createQualityContext } from './quality/context.js';
import { runQualityChecks } from './quality/index.js';
import { validateFacts, type ElementMeta, type ProfileInstance } from './validate.js';

export interface LintOptions {
  /** Built-in profile name, path to a profile schema, or a loaded profile. Default: the jurisdiction's profile, else `gdpr`. */
  profile?: string | Profile;
  /** Force the document language instead of detecting it. */
  language?: Language;
  /** Language of the messages beside English (default: the document's language). */
  locale?: Language;
  /** Country whose national rules apply (`fr`, `be`, `de`, `uk`…). Default: inferred from the policy. */
  jurisdiction?: string;
  /** Per-rule levels; `off` removes a rule's findings. */
  rules?: Record<string, RuleLevel>;
  cwd?: string;
  /** Options for reading files, URLs and stdin. */
  load?: LoadOptions;
}

let elementMeta: Map<string, ElementMeta> | undefined;

function elements(): Map<string, ElementMeta> {
  elementMeta ??= new Map(loadElementDefinitions().map((definition) => [definition.id, definition as ElementMeta]));
  return elementMeta;
}

function resolveProfile(profile: string | Profile, cwd: string): Profile {
  return typeof profile === 'object' ? profile : loadProfile(profile, cwd);
}

/** A national built-in profile chosen explicitly (`--profile fr`) also says which jurisdiction applies. */
function jurisdictionOfProfile(profile: LintOptions['profile']): string | undefined {
  const name = typeof profile === 'object' ? profile.id : profile;
  return name !== undefined && name in JURISDICTIONS ? name : undefined;
}

/** Lints a loaded source. Throws only for unusable options (a bad profile); the document itself cannot make it fail. */
export function lintSource(source: LoadedSource, options: LintOptions = {}): PolicyResult {
  const document = segmentDocument(source);
  const facts = detectElements(document, options.language ? { language: options.language } : {});
  const jurisdiction = options.jurisdiction ?? jurisdictionOfProfile(options.profile) ?? inferJurisdiction(facts, document);
  const profile = resolveProfile(options.profile ?? profileForJurisdiction(jurisdiction, builtInProfileNames()), options.cwd ?? process.cwd());
  const national = nationalRequirements(document, facts, jurisdiction);
  const instance: ProfileInstance = {
    language: facts.language,
    jurisdiction,
    elements: Object.fromEntries(Object.entries(facts.elements).map(([id, result]) => [id, result.status])),
    context: { ...facts.context },
    national: national.values,
  };
  const locale = options.locale ?? facts.language;
  const required = validateFacts(instance, { ...facts.elements, ...national.results }, profile, {
    target: source.target,
    locale,
    elements: elements(),
    checks: bundledChecks('checks'),
  });
  const levels = { ...profile.levels, ...options.rules };
  const quality = runQualityChecks(document, facts, createQualityContext(document, facts, { target: source.target, locale, jurisdiction, levels }));
  const findings = applyLevels([...required, ...quality], options.rules ?? {}).sort(compareFindings);
  return {
    target: source.target,
    kind: 'policy',
    language: facts.language,
    format: source.format,
    profile: profile.id,
    ...(jurisdiction ? { jurisdiction } : {}),
    elements: facts.elements,
    findings,
    ...countFindings(findings),
  };
}

/** Lints text already in memory (a test suite's fixture, an editor buffer). */
export function lintText(text: string, options: LintOptions & { format?: SourceFormat; target?: string } = {}): PolicyResult {
  return lintSource({ target: options.target ?? '<text>', format: options.format ?? 'markdown', text, encoding: 'utf-8' }, options);
}

/** Lints one file, URL or `-` (stdin). Unusable input throws a PrivacyLintError with a one-line message. */
export async function lintPolicy(input: string, options: LintOptions = {}): Promise<PolicyResult> {
  const source = await loadInput(input, { cwd: options.cwd, ...options.load });
  return lintSource(source, options);
}

/**
 * Lints several inputs. A target that cannot be read becomes a result carrying `error`, so one bad file never hides
 * the others' findings; option errors (a bad profile) still throw.
 */
export async function lintPolicies(inputs: string[], options: LintOptions = {}): Promise<PolicyResult[]> {
  // An explicit profile is loaded once, so that a bad one fails before any input is read.
  const profile = options.profile === undefined ? undefined : resolveProfile(options.profile, options.cwd ?? process.cwd());
  const results: PolicyResult[] = [];
  for (const input of inputs) {
    try {
      results.push(await lintPolicy(input, profile ? { ...options, profile } : options));
    } catch (error) {
      const described = describeError(error);
      if (described.code === 'INTERNAL' || described.code === 'PROFILE_INVALID' || described.code === 'RULES_INVALID') throw error;
      results.push(failedPolicyResult(input, profile?.id ?? 'gdpr', described));
    }
  }
  return results;
}

function failedPolicyResult(target: string, profile: string, error: PolicyResult['error']): PolicyResult {
  return { target, kind: 'policy', language: null, format: null, profile, elements: {}, findings: [], errorCount: 0, warningCount: 0, infoCount: 0, ...(error ? { error } : {}) };
}
