/**
 * The policy pipeline in one place: load → segment → detect → validate. Everything here returns plain data; the CLI
 * decides what to print and which exit code that means.
 */
import { loadInput, type LoadOptions } from '../document/load.js';
import type { LoadedSource, SourceFormat } from '../document/model.js';
import { segmentDocument } from '../document/segment.js';
import { describeError } from '../errors.js';
import { applyLevels, compareFindings, countFindings } from '../findings.js';
import type { Language, PolicyResult, RuleLevel } from '../types.js';
import { detectElements } from './detect.js';
import { loadElementDefinitions } from './elements.js';
import { loadProfile, type Profile } from './profile.js';
import { validateFacts, type ElementMeta, type ProfileInstance } from './validate.js';

export interface LintOptions {
  /** Built-in profile name, path to a profile schema, or a loaded profile. Default `gdpr`. */
  profile?: string | Profile;
  /** Force the document language instead of detecting it. */
  language?: Language;
  /** Language of the messages beside English (default: the document's language). */
  locale?: Language;
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

function resolveProfile(profile: LintOptions['profile'], cwd: string): Profile {
  return typeof profile === 'object' ? profile : loadProfile(profile ?? 'gdpr', cwd);
}

/** Lints a loaded source. Throws only for unusable options (a bad profile); the document itself cannot make it fail. */
export function lintSource(source: LoadedSource, options: LintOptions = {}): PolicyResult {
  const profile = resolveProfile(options.profile, options.cwd ?? process.cwd());
  const document = segmentDocument(source);
  const facts = detectElements(document, options.language ? { language: options.language } : {});
  const instance: ProfileInstance = {
    language: facts.language,
    jurisdiction: options.jurisdiction ?? null,
    elements: Object.fromEntries(Object.entries(facts.elements).map(([id, result]) => [id, result.status])),
    context: { ...facts.context },
  };
  const locale = options.locale ?? facts.language;
  const findings = applyLevels(
    validateFacts(instance, facts.elements, profile, { target: source.target, locale, elements: elements() }),
    options.rules ?? {},
  ).sort(compareFindings);
  return {
    target: source.target,
    kind: 'policy',
    language: facts.language,
    format: source.format,
    profile: profile.id,
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
  const profile = resolveProfile(options.profile, options.cwd ?? process.cwd());
  const results: PolicyResult[] = [];
  for (const input of inputs) {
    try {
      results.push(await lintPolicy(input, { ...options, profile }));
    } catch (error) {
      const described = describeError(error);
      if (described.code === 'INTERNAL' || described.code === 'PROFILE_INVALID' || described.code === 'RULES_INVALID') throw error;
      results.push(failedPolicyResult(input, profile.id, described));
    }
  }
  return results;
}

function failedPolicyResult(target: string, profile: string, error: PolicyResult['error']): PolicyResult {
  return { target, kind: 'policy', language: null, format: null, profile, elements: {}, findings: [], errorCount: 0, warningCount: 0, infoCount: 0, ...(error ? { error } : {}) };
}
