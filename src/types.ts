/**
 * The result model shared by both halves of privacy-lint. Formatters only ever see these types, so they never need
 * to know whether a finding came from a policy text or from a live site.
 */

/** axe-core's four buckets: `incomplete` means a human has to look, never a silent pass. */
export type Outcome = 'violation' | 'incomplete' | 'pass' | 'inapplicable';

export type Severity = 'error' | 'warning' | 'info';

/** Levels a user sets in config or a profile; `off` removes the rule's findings. */
export type RuleLevel = 'off' | 'info' | 'warn' | 'error';

export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Location {
  /** File path (relative to the working directory), URL, or `<stdin>`. */
  target: string;
  /** 1-based; absent when the finding is about something missing from the whole document or about a live page. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Page URL for findings about a live site, when it differs from the target. */
  url?: string;
}

export interface LocalizedText {
  locale: Language;
  text: string;
}

export interface Finding {
  ruleId: string;
  outcome: Outcome;
  severity: Severity;
  /** One English sentence: what is wrong and why it matters. */
  message: string;
  /** The same message in the document's language, when that is not English. */
  localizedMessage?: LocalizedText;
  /** Legal references (`gdpr-art13-1a`, `eprivacy-art5-3`, `edpb-05-2020`…) and one `cat.*` tag. */
  tags: string[];
  helpUrl: string;
  location: Location;
  /** Rule-specific facts (cookie name, duration found…). Plain JSON, already free of cookie values. */
  data?: Record<string, unknown>;
}

/** A fatal problem with one target (unreadable file, unreachable URL…): the target has no trustworthy findings. */
export interface TargetError {
  code: string;
  message: string;
  hint?: string;
}

interface ResultBase {
  target: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Set when the target could not be processed, or only partly (see `partial`). */
  error?: TargetError;
}

export type ElementStatus = 'present' | 'partial' | 'absent';

export interface Evidence {
  line: number;
  column: number;
  text: string;
}

export interface ElementResult {
  status: ElementStatus;
  evidence: Evidence[];
  /** Element-specific attributes (retention periods, authorities, countries…). */
  attributes?: Record<string, unknown>;
}

export interface PolicyResult extends ResultBase {
  kind: 'policy';
  language: Language | null;
  format: 'markdown' | 'html' | 'text' | null;
  profile: string;
  /** Country whose national rules were applied (given or inferred), when there is one. */
  jurisdiction?: string;
  elements: Record<string, ElementResult>;
}

export type ConsentVerdict = 'pass' | 'fail' | 'incomplete';

export interface ConsentCookieSummary {
  name: string;
  domain: string;
  category: string;
  essential: boolean;
  setBy: string | null;
  value?: string;
}

export interface ConsentPhaseSummary {
  /** The pages visited in this phase, in order: the start page, its reload after the choice, further pages. */
  pages?: { url: string; visit: 'initial' | 'reload' | 'second-page' }[];
  cookies: ConsentCookieSummary[];
  storage: { area: string; origin: string; key: string; category: string }[];
  thirdPartyRequests: { url: string; site: string; category: string; vendor: string | null }[];
  partial: boolean;
}

export interface ConsentResult extends ResultBase {
  kind: 'consent';
  verdict: ConsentVerdict;
  partial: boolean;
  phases: Partial<Record<'before-consent' | 'after-reject' | 'after-accept', ConsentPhaseSummary>>;
  banner: {
    found: boolean;
    cmp: string | null;
    method: string | null;
    /** First view before any choice, as a `data:image/png;base64,…` URL, when one was taken inline. */
    screenshot?: string;
  };
}

/** A cookie a privacy or cookie policy declares: a row of a cookie table, or a name given in the text. */
export interface DeclaredCookie {
  /** The name as written, or the prefix it stands for (`_ga_` for `_ga_<id>` or `_ga_*`) when `match` is `prefix`. */
  name: string;
  match: 'exact' | 'prefix';
  provider?: string;
  purpose?: string;
  category?: 'strictly-necessary' | 'functional' | 'analytics' | 'marketing';
  /** Declared lifetime in days; 0 for a session cookie. */
  lifetimeDays?: number;
  /** The lifetime as the policy words it (`13 mois`). */
  lifetimeText?: string;
  /** Where the policy declares it: the policy's URL or path, and the line and column there. */
  source: { target: string; line: number; column: number; kind: 'table' | 'text' };
}

export interface SiteResult extends ResultBase {
  kind: 'site';
  verdict: ConsentVerdict;
  policyUrl: string | null;
  policy: PolicyResult | null;
  consent: ConsentResult | null;
  pages: string[];
  /** A cookie policy published apart from the privacy policy, when the site has one. */
  cookiePolicyUrl?: string | null;
  /** Cookies the privacy and cookie policies declare, in the order they declare them. */
  declaredCookies?: DeclaredCookie[];
  /** The audit stopped early (its signal fired, or a page could not be fetched): what is here may miss things. */
  partial?: boolean;
}

export type TargetResult = PolicyResult | ConsentResult | SiteResult;

export interface Report {
  tool: { name: string; version: string };
  results: TargetResult[];
  /** When the run happened (ISO 8601), only when asked for: a report is otherwise the same bytes on every run. */
  date?: string;
}

/** What a rule, element or audit says about itself; formatters use it for SARIF rules and help text. */
export interface RuleMeta {
  id: string;
  kind: 'element' | 'quality' | 'audit' | 'cross-check';
  title: string;
  description: string;
  tags: string[];
  helpUrl: string;
  defaultLevel: RuleLevel;
}
