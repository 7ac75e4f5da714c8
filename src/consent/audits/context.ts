/** What every consent audit receives besides the artifacts. */
import type { Language, RuleLevel } from '../../types.js';
import type { Classifier } from '../classify.js';
import { hostListMatcher, nameListMatcher } from '../classify-patterns.js';

export interface AuditConfig {
  /** How the caller turns findings into an exit status; audits do not read it. */
  failOn?: string;
  /** Cookie names and storage keys (`name`, or `prefix*`) never reported. */
  allowCookies?: string[];
  /** Host suffixes whose cookies, storage and requests are never reported. */
  allowDomains?: string[];
}

export interface AuditContext {
  classifier: Classifier;
  /** Milliseconds since the epoch, to turn a stored expiry into a remaining lifetime; defaults to the current time. */
  now?: number;
  config: AuditConfig;
  /** Per-audit level overrides; `off` drops the audit's findings. */
  levels?: Record<string, RuleLevel>;
  /** Language of the localized message beside English. */
  locale?: Language;
}

export interface AllowLists {
  name(name: string): boolean;
  host(host: string): boolean;
}

const allowLists = new WeakMap<AuditConfig, AllowLists>();

/** Compiled once per config object, however many audits and items ask. */
export function allowListsOf(config: AuditConfig): AllowLists {
  let lists = allowLists.get(config);
  if (!lists) {
    lists = { name: nameListMatcher(config.allowCookies ?? []), host: hostListMatcher(config.allowDomains ?? []) };
    allowLists.set(config, lists);
  }
  return lists;
}
