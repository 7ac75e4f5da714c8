/**
 * A knowledge base compiled for fast lookups: exact names in a Map, prefixes in a Map probed once per distinct prefix
 * length (longest first), regexes last; hosts by suffix down to the registrable domain. Compiled once per knowledge
 * base object and reused for every cookie, storage key and request.
 */
import type { Category, KbEntry, KbPattern, KnowledgeBase } from './classify-knowledge-base.js';
import { hostWithin } from './classify-patterns.js';

export interface Rule {
  entry: string;
  /** Service name reported as the vendor; null for software the site runs itself. */
  vendor: string | null;
  outsideEEA: boolean | null;
  category: Category;
  lifetimeDays?: number;
  /** Only cookies on (storage of origins on) these host suffixes match. */
  domains?: readonly string[];
  /** A name many unrelated servers use: a known vendor domain takes precedence. */
  generic: boolean;
  consentState: boolean;
}

interface NameIndex {
  exact: Map<string, Rule[]>;
  prefix: Map<string, Rule[]>;
  prefixLengths: number[];
  regex: { re: RegExp; rule: Rule }[];
}

interface HostRules {
  /** Path prefixes on this host suffix, longest first. */
  paths: { path: string; rule: Rule }[];
  rule?: Rule;
}

export interface ConsentManagerInfo {
  entry: string;
  name: string;
  /** The consent manager is a hosted service whose requests show that it really runs on the page. */
  hosted: boolean;
}

export interface CompiledKnowledgeBase {
  cookies: NameIndex;
  storage: NameIndex;
  hosts: Map<string, HostRules>;
  consentManagers: Map<string, ConsentManagerInfo>;
}

/** Longer names cannot be a known cookie matched by a regex, and capping them bounds regex work on hostile input. */
const MAX_REGEX_INPUT = 256;

function emptyIndex(): NameIndex {
  return { exact: new Map(), prefix: new Map(), prefixLengths: [], regex: [] };
}

function push<K>(map: Map<K, Rule[]>, key: K, rule: Rule): void {
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

function addPattern(index: NameIndex, pattern: KbPattern, base: Omit<Rule, 'category' | 'lifetimeDays' | 'domains'>, entry: KbEntry): void {
  const lifetimeDays = pattern.lifetimeDays ?? entry.lifetimeDays;
  const rule: Rule = {
    ...base,
    category: pattern.category ?? entry.category,
    ...(lifetimeDays === undefined ? {} : { lifetimeDays }),
    ...(pattern.domains ? { domains: pattern.domains } : {}),
  };
  if ('name' in pattern) push(index.exact, pattern.name, rule);
  else if ('prefix' in pattern) push(index.prefix, pattern.prefix, rule);
  else index.regex.push({ re: new RegExp(pattern.regex), rule });
}

/** Rules bound to a domain are more specific than the same name anywhere, so they are tried first. */
function finishIndex(index: NameIndex): void {
  const bySpecificity = (a: Rule, b: Rule) => Number(!a.domains) - Number(!b.domains);
  for (const list of index.exact.values()) list.sort(bySpecificity);
  for (const list of index.prefix.values()) list.sort(bySpecificity);
  index.prefixLengths = [...new Set([...index.prefix.keys()].map((key) => key.length))].sort((a, b) => b - a);
}

function hostRules(hosts: Map<string, HostRules>, host: string): HostRules {
  let rules = hosts.get(host);
  if (!rules) hosts.set(host, (rules = { paths: [] }));
  return rules;
}

/** `vendorFromName`: sources without vendor records (the Open Cookie Database) still name the service. */
export function compileKnowledgeBase(kb: KnowledgeBase, options: { vendorFromName?: boolean } = {}): CompiledKnowledgeBase {
  const compiled: CompiledKnowledgeBase = { cookies: emptyIndex(), storage: emptyIndex(), hosts: new Map(), consentManagers: new Map() };
  for (const entry of kb.entries) {
    const base = {
      entry: entry.id,
      vendor: entry.vendor || options.vendorFromName ? entry.name : null,
      outsideEEA: entry.vendor ? entry.vendor.outsideEEA : null,
      generic: entry.genericNames === true,
      consentState: entry.kind === 'consent-manager',
    };
    for (const pattern of entry.cookies ?? []) addPattern(compiled.cookies, pattern, base, entry);
    for (const pattern of entry.storage ?? []) addPattern(compiled.storage, pattern, base, entry);
    const hostRule: Rule = { ...base, category: entry.category, ...(entry.lifetimeDays === undefined ? {} : { lifetimeDays: entry.lifetimeDays }) };
    for (const domain of entry.domains ?? []) {
      const rules = hostRules(compiled.hosts, domain);
      rules.rule ??= hostRule;
    }
    for (const url of entry.urls ?? []) {
      const slash = url.indexOf('/');
      hostRules(compiled.hosts, url.slice(0, slash)).paths.push({ path: url.slice(slash), rule: hostRule });
    }
    for (const name of entry.cmp ?? []) {
      const key = name.toLowerCase();
      if (!compiled.consentManagers.has(key)) compiled.consentManagers.set(key, { entry: entry.id, name: entry.name, hosted: Boolean(entry.domains?.length) });
    }
  }
  finishIndex(compiled.cookies);
  finishIndex(compiled.storage);
  for (const rules of compiled.hosts.values()) rules.paths.sort((a, b) => b.path.length - a.path.length);
  return compiled;
}

export interface NameMatch {
  /** Best rule that is not generic. */
  rule?: Rule;
  /** Best generic rule, used only when nothing more specific applies. */
  generic?: Rule;
}

/** Exact, then the longest prefix, then regexes; within each, rules bound to the item's host come first. */
export function matchName(index: NameIndex, name: string, host: string): NameMatch {
  let generic: Rule | undefined;
  const consider = (rules: readonly Rule[] | undefined): Rule | undefined => {
    if (!rules) return undefined;
    for (const rule of rules) {
      if (rule.domains && !rule.domains.some((domain) => hostWithin(host, domain))) continue;
      if (!rule.generic) return rule;
      generic ??= rule;
    }
    return undefined;
  };
  let found = consider(index.exact.get(name));
  for (let i = 0; !found && i < index.prefixLengths.length; i++) {
    const length = index.prefixLengths[i]!;
    if (length <= name.length) found = consider(index.prefix.get(name.slice(0, length)));
  }
  if (!found && name.length <= MAX_REGEX_INPUT) {
    for (const { re, rule } of index.regex) {
      if (re.test(name) && (found = consider([rule]))) break;
    }
  }
  return found ? { rule: found } : generic ? { generic } : {};
}

function pathMatches(pathname: string, prefix: string): boolean {
  return pathname === prefix || (pathname.startsWith(prefix) && pathname[prefix.length] === '/');
}

/** `pathname` null: match hosts only (cookies and storage have no path worth matching). */
export function matchHost(hosts: Map<string, HostRules>, suffixes: readonly string[], pathname: string | null): Rule | undefined {
  for (const suffix of suffixes) {
    const rules = hosts.get(suffix);
    if (!rules) continue;
    if (pathname !== null) {
      for (const { path, rule } of rules.paths) if (pathMatches(pathname, path)) return rule;
    }
    if (rules.rule) return rules.rule;
  }
  return undefined;
}
