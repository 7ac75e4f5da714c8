/**
 * Classifies cookies, storage keys and requests by purpose, from (in order of precedence) the user's essential list
 * and knowledge bases, the bundled knowledge base, and an Open Cookie Database file. Anything none of them knows is
 * `unknown`: a human has to decide, it is never taken as essential.
 */
import { bundledKnowledgeBase, type Category, type KnowledgeBase } from './classify-knowledge-base.js';
import { compileKnowledgeBase, matchHost, matchName, type CompiledKnowledgeBase, type ConsentManagerInfo, type Rule } from './classify-matcher.js';
import { hostOfUrl, hostSuffixes, nameListMatcher, normalizeHost } from './classify-patterns.js';
import { cookieDbKnowledgeBase, type CookieDbEntry } from './cookie-db.js';

export type ClassifiedCategory = Category | 'unknown';
export type ClassificationSource = 'knowledge-base' | 'user' | 'cookie-db' | 'none';

export interface CookieClassification {
  category: ClassifiedCategory;
  vendor: string | null;
  /** True only for strictly necessary items, the ones exempt from consent. */
  essential: boolean;
  lifetimeDays?: number;
  source: ClassificationSource;
  /** Id of the knowledge-base entry that matched. */
  entry?: string;
  /** The item is where a consent manager records the visitor's choice. */
  consentState?: boolean;
}

export type StorageClassification = CookieClassification;

export interface RequestClassification {
  category: ClassifiedCategory;
  vendor: string | null;
  /** The request feeds analytics or marketing. */
  tracker: boolean;
  /** Whether the receiving vendor is established outside the EEA; null when unknown. */
  outsideEEA: boolean | null;
  source: ClassificationSource;
  entry?: string;
}

export interface Classifier {
  classifyCookie(cookie: { name: string; domain: string }): CookieClassification;
  classifyStorageKey(item: { key: string; origin: string }): StorageClassification;
  classifyRequest(request: { url: string }): RequestClassification;
  /** The knowledge-base entry of a consent manager, by the name a banner detector reported (case-insensitive). */
  consentManager(cmp: string): ConsentManagerInfo | null;
}

export interface ClassifierOptions {
  /** Replaces the bundled knowledge base. */
  knowledgeBase?: KnowledgeBase;
  /** The user's own knowledge bases; they win over the bundled one. */
  extraKnowledgeBases?: KnowledgeBase[];
  /** Cookie names or storage keys (`name`, or `prefix*`) the site declares strictly necessary. */
  essentialCookies?: string[];
  /** Open Cookie Database rows; the knowledge bases win over them. */
  cookieDb?: readonly CookieDbEntry[];
}

interface Layer {
  compiled: CompiledKnowledgeBase;
  source: Exclude<ClassificationSource, 'none'>;
}

const compiledKnowledgeBases = new WeakMap<KnowledgeBase, CompiledKnowledgeBase>();
const compiledCookieDbs = new WeakMap<readonly CookieDbEntry[], CompiledKnowledgeBase>();

function compiledFor(kb: KnowledgeBase): CompiledKnowledgeBase {
  let compiled = compiledKnowledgeBases.get(kb);
  if (!compiled) compiledKnowledgeBases.set(kb, (compiled = compileKnowledgeBase(kb)));
  return compiled;
}

function compiledCookieDb(entries: readonly CookieDbEntry[]): CompiledKnowledgeBase {
  let compiled = compiledCookieDbs.get(entries);
  if (!compiled) compiledCookieDbs.set(entries, (compiled = compileKnowledgeBase(cookieDbKnowledgeBase(entries), { vendorFromName: true })));
  return compiled;
}

const UNKNOWN_ITEM: CookieClassification = Object.freeze({ category: 'unknown', vendor: null, essential: false, source: 'none' });
const UNKNOWN_REQUEST: RequestClassification = Object.freeze({ category: 'unknown', vendor: null, tracker: false, outsideEEA: null, source: 'none' });
const USER_ESSENTIAL: CookieClassification = Object.freeze({ category: 'strictly-necessary', vendor: null, essential: true, source: 'user' });

function itemResult(rule: Rule, source: Layer['source'], byName: boolean): CookieClassification {
  return {
    category: rule.category,
    vendor: rule.vendor,
    essential: rule.category === 'strictly-necessary',
    ...(rule.lifetimeDays === undefined ? {} : { lifetimeDays: rule.lifetimeDays }),
    source,
    entry: rule.entry,
    ...(byName && rule.consentState ? { consentState: true } : {}),
  };
}

/** Host suffix lists are asked for again and again for the same few hosts; the cache is bounded for long crawls. */
const MAX_CACHED_HOSTS = 10_000;

export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const layers: Layer[] = [
    ...(options.extraKnowledgeBases ?? []).map((kb): Layer => ({ compiled: compiledFor(kb), source: 'user' })),
    { compiled: compiledFor(options.knowledgeBase ?? bundledKnowledgeBase()), source: 'knowledge-base' },
  ];
  const cookieDb: Layer | null = options.cookieDb?.length ? { compiled: compiledCookieDb(options.cookieDb), source: 'cookie-db' } : null;
  const essential = nameListMatcher(options.essentialCookies ?? []);
  const suffixCache = new Map<string, string[]>();

  const suffixesOf = (host: string): string[] => {
    let suffixes = suffixCache.get(host);
    if (!suffixes) {
      if (suffixCache.size >= MAX_CACHED_HOSTS) suffixCache.clear();
      suffixCache.set(host, (suffixes = hostSuffixes(host)));
    }
    return suffixes;
  };

  // Per layer: a specific name rule, then the vendor owning the item's domain, then a generic name (PHPSESSID on a
  // tracker's domain is the tracker's). The Open Cookie Database has no usable domains, so it only matches names.
  const classifyItem = (kind: 'cookies' | 'storage', name: string, host: string): CookieClassification => {
    if (essential(name)) return USER_ESSENTIAL;
    for (const layer of layers) {
      const match = matchName(layer.compiled[kind], name, host);
      if (match.rule) return itemResult(match.rule, layer.source, true);
      const owner = matchHost(layer.compiled.hosts, suffixesOf(host), null);
      if (owner) return itemResult(owner, layer.source, false);
      if (match.generic) return itemResult(match.generic, layer.source, true);
    }
    if (cookieDb) {
      const match = matchName(cookieDb.compiled[kind], name, host);
      const rule = match.rule ?? match.generic;
      if (rule) return itemResult(rule, cookieDb.source, true);
    }
    return UNKNOWN_ITEM;
  };

  return {
    classifyCookie: ({ name, domain }) => classifyItem('cookies', name, normalizeHost(domain)),
    classifyStorageKey: ({ key, origin }) => classifyItem('storage', key, hostOfUrl(origin)),
    classifyRequest: ({ url }) => {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return UNKNOWN_REQUEST;
      }
      const suffixes = suffixesOf(parsed.hostname.toLowerCase());
      for (const layer of layers) {
        const rule = matchHost(layer.compiled.hosts, suffixes, parsed.pathname);
        if (rule) {
          const tracker = rule.category === 'analytics' || rule.category === 'marketing';
          return { category: rule.category, vendor: rule.vendor, tracker, outsideEEA: rule.outsideEEA, source: layer.source, entry: rule.entry };
        }
      }
      return UNKNOWN_REQUEST;
    },
    consentManager: (cmp) => {
      const key = cmp.toLowerCase();
      for (const layer of layers) {
        const info = layer.compiled.consentManagers.get(key);
        if (info) return info;
      }
      return null;
    },
  };
}

let bundledClassifier: Classifier | undefined;
const classifiers = new WeakMap<KnowledgeBase, Classifier>();

function classifierFor(kb: KnowledgeBase | undefined): Classifier {
  if (!kb) return (bundledClassifier ??= createClassifier());
  let classifier = classifiers.get(kb);
  if (!classifier) classifiers.set(kb, (classifier = createClassifier({ knowledgeBase: kb })));
  return classifier;
}

/** Purpose of a cookie; `kb` defaults to the bundled knowledge base. */
export function classifyCookie(cookie: { name: string; domain: string }, kb?: KnowledgeBase): CookieClassification {
  return classifierFor(kb).classifyCookie(cookie);
}

/** Purpose of a localStorage / sessionStorage key or IndexedDB database of an origin. */
export function classifyStorageKey(item: { key: string; origin: string }, kb?: KnowledgeBase): StorageClassification {
  return classifierFor(kb).classifyStorageKey(item);
}

/** Purpose and vendor of a request, by host suffix and path. */
export function classifyRequest(request: { url: string }, kb?: KnowledgeBase): RequestClassification {
  return classifierFor(kb).classifyRequest(request);
}
