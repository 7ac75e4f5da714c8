/** What the cross-checks compare: the policy as read (declarations, facts, text) and the site as recorded. */
import type { ConsentArtifacts } from '../../consent/artifacts.js';
import type { AuditConfig } from '../../consent/audits/context.js';
import type { Classifier } from '../../consent/classify.js';
import type { PolicyDocument } from '../../document/model.js';
import type { PolicyFacts } from '../../policy/detect.js';
import type { Language, RuleLevel } from '../../types.js';
import type { DeclaredCookies } from '../declared-cookies.js';
import type { PolicyMentions, VendorDirectory } from '../policy-mentions.js';
import type { Observation } from './observe.js';
import type { Reporter } from './report.js';

/** How the search for the privacy policy ended. */
export type PolicySearch =
  | { status: 'found'; url: string; page: string }
  | { status: 'given'; url: string }
  | { status: 'not-found'; pages: string[] }
  | { status: 'unreadable'; url: string; reason: string }
  | { status: 'not-searched'; reason: string };

export interface PolicyEvidence {
  /** The privacy policy's final URL. */
  url: string;
  /** Cookies declared by the privacy policy and the cookie policy together. */
  declared: DeclaredCookies;
  /** What the policy linter detected in the privacy policy. */
  facts: PolicyFacts;
  /** The privacy policy, and the cookie policy when it is a separate page: where services must be named. */
  documents: PolicyDocument[];
}

export interface CrossCheckInput {
  /** The audited site's start URL: every finding's target. */
  target: string;
  search: PolicySearch;
  /** Null when no policy was found or it could not be read (`search` says which). */
  policy: PolicyEvidence | null;
  /** What the browser recorded; null when the site could not be visited. */
  artifacts: ConsentArtifacts | null;
  classifier: Classifier;
  /** Knowledge-base entries by id: the service and company behind what the classifier recognised. */
  directory: VendorDirectory;
  /** Allow lists of the consent audit: what they hide is hidden here too. */
  config?: AuditConfig;
  /** Milliseconds since the epoch, to turn stored expiries into lifetimes (default now). */
  now?: number;
  locale?: Language;
  levels?: Record<string, RuleLevel>;
}

/** What a check receives: the input, the site as observed, the policy's mentions, and its finding builder. */
export interface CrossCheckContext {
  input: CrossCheckInput;
  observation: Observation;
  mentions: PolicyMentions | null;
  report: Reporter;
}
