/**
 * The site pipeline: crawl the site and read its privacy policy (Node's fetch), while the consent half records the
 * site in the browser — the start page, then the pages the crawl chose; then the cross-checks compare the two. The result nests the policy and consent results and
 * counts their findings with its own, so that one exit code covers all three.
 */
import { auditArtifacts, buildClassifier, saveArtifacts, type ConsentAuditOptions } from '../consent/audit.js';
import type { ConsentArtifacts } from '../consent/artifacts.js';
import { bundledKnowledgeBase, loadKnowledgeBase } from '../consent/classify-knowledge-base.js';
import { gatherConsentArtifacts } from '../consent/gather.js';
import { PrivacyLintError } from '../errors.js';
import { countFindings } from '../findings.js';
import type { LintOptions } from '../policy/lint.js';
import type { ConsentResult, ConsentVerdict, Finding, PolicyResult, SiteResult } from '../types.js';
import { crawl, DEFAULT_DEPTH, DEFAULT_MAX_PAGES, type CrawlResult } from './crawl.js';
import { runCrossChecks } from './cross-checks/index.js';
import type { PolicySearch } from './cross-checks/context.js';
import { vendorDirectory } from './policy-mentions.js';
import { discoverPolicies, readPolicy, type PolicyHalf } from './read-policy.js';

export interface SiteAuditOptions extends ConsentAuditOptions {
  /** Pages crawled, the start page included (default 5). */
  maxPages?: number;
  /** Link depth from the start page (default 2). */
  depth?: number;
  ignoreRobots?: boolean;
  /** Decides which pages are crawled when there are more links than `maxPages`; the same seed, the same pages. */
  seed?: string;
  /** The privacy policy's address: no discovery. */
  policyUrl?: string;
  /** Options of the policy linter (profile, rules, locale, load limits…). */
  lint?: LintOptions;
  /** Stops the audit: what is done is returned, marked partial. */
  signal?: AbortSignal;
}

/**
 * Audits the site at `url`. Throws only for a URL that is not http(s) (`USAGE`), a browser that cannot be had
 * (`BROWSER_UNAVAILABLE`) or unusable options; whatever the site does is reported in the result.
 */
export async function auditSite(url: string, options: SiteAuditOptions = {}): Promise<SiteResult> {
  const start = startUrl(url);
  const classifier = options.classifier ?? buildClassifier(options);
  const directory = vendorDirectory([...(options.knowledgeBase?.length ? [loadKnowledgeBase(options.knowledgeBase)] : []), bundledKnowledgeBase()]);

  // The browser starts on the start page at once; the pages it visits next are the ones the crawl chose.
  const crawling = crawlSite(start, options);
  const visit = crawling.then(
    (crawled) => crawled.pages.map((page) => page.finalUrl),
    () => [],
  );
  const [recorded, { crawled, half }] = await Promise.all([
    recordSite(start, { ...options, classifier, visit }),
    crawling.then(async (crawled) => ({ crawled, half: await readPolicyHalf(crawled, options) })),
  ]);
  const aborted = options.signal?.aborted === true;
  const locale = options.locale ?? half.policy?.language ?? undefined;
  const findings = runCrossChecks({
    target: url,
    search: half.search,
    policy: half.evidence,
    artifacts: recorded.artifacts,
    classifier,
    directory,
    config: {
      ...(options.allowCookies ? { allowCookies: options.allowCookies } : {}),
      ...(options.allowDomains ? { allowDomains: options.allowDomains } : {}),
    },
    ...(options.now !== undefined ? { now: options.now } : {}),
    ...(locale ? { locale } : {}),
    ...(options.levels ? { levels: options.levels } : {}),
  });
  const partial = aborted || crawled.partial;
  return {
    target: url,
    kind: 'site',
    verdict: siteVerdict(findings, half.policy, recorded.consent, partial),
    policyUrl: half.evidence?.url ?? (half.search.status === 'unreadable' ? half.search.url : null),
    policy: half.policy,
    consent: recorded.consent,
    pages: crawled.pages.map((page) => page.finalUrl),
    cookiePolicyUrl: half.cookiePolicyUrl,
    declaredCookies: half.evidence?.declared.cookies ?? [],
    findings,
    ...addCounts(countFindings(findings), half.policy, recorded.consent),
    ...(partial ? { partial } : {}),
    ...(crawled.error ? { error: crawled.error } : {}),
  };
}

/**
 * `fail` when any error-level violation stands in the policy, the consent audit or the cross-checks; `incomplete`
 * when something could not be determined (a finding to review, a consent audit not completed, an audit cut short);
 * otherwise `pass`.
 */
export function siteVerdict(findings: readonly Finding[], policy: PolicyResult | null, consent: ConsentResult | null, partial: boolean): ConsentVerdict {
  const all = [...findings, ...(policy?.findings ?? []), ...(consent?.findings ?? [])];
  if (all.some((finding) => finding.outcome === 'violation' && finding.severity === 'error') || consent?.verdict === 'fail') return 'fail';
  if (partial || !consent || consent.verdict === 'incomplete' || findings.some((finding) => finding.outcome === 'incomplete')) return 'incomplete';
  return 'pass';
}

function addCounts(own: ReturnType<typeof countFindings>, ...nested: ({ errorCount: number; warningCount: number; infoCount: number } | null)[]) {
  return nested.reduce<ReturnType<typeof countFindings>>(
    (sum, result) => ({
      errorCount: sum.errorCount + (result?.errorCount ?? 0),
      warningCount: sum.warningCount + (result?.warningCount ?? 0),
      infoCount: sum.infoCount + (result?.infoCount ?? 0),
    }),
    own,
  );
}

function startUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  } catch {
    // Reported below.
  }
  throw new PrivacyLintError('USAGE', `Not an http(s) URL: ${JSON.stringify(url.slice(0, 200))}.`, { hint: 'Give the full address, for example https://example.com/' });
}

/** The consent half: the browser records the site, the consent audits judge the recording. */
async function recordSite(start: string, options: SiteAuditOptions): Promise<{ artifacts: ConsentArtifacts; consent: ConsentResult }> {
  const artifacts = await gatherConsentArtifacts(start, options);
  if (options.saveArtifacts) saveArtifacts(artifacts, options.saveArtifacts);
  return { artifacts, consent: auditArtifacts(artifacts, options) };
}

function crawlSite(start: string, options: SiteAuditOptions): Promise<CrawlResult> {
  const load = options.lint?.load;
  return crawl(start, {
    maxPages: options.maxPages ?? DEFAULT_MAX_PAGES,
    depth: options.depth ?? DEFAULT_DEPTH,
    ...(options.ignoreRobots ? { ignoreRobots: true } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(load?.timeoutMs ? { timeoutMs: load.timeoutMs } : {}),
    ...(load?.maxBytes ? { maxBytes: load.maxBytes } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** The policy half: find the policies on the crawled pages, read and lint them. */
async function readPolicyHalf(crawled: CrawlResult, options: SiteAuditOptions): Promise<PolicyHalf> {
  const found = discoverPolicies(crawled.pages);
  let search: PolicySearch;
  if (options.policyUrl) search = { status: 'given', url: options.policyUrl };
  else if (found.privacy) search = { status: 'found', url: found.privacy.url, page: found.privacy.page };
  else if (crawled.pages.length > 0) search = { status: 'not-found', pages: crawled.pages.map((page) => page.finalUrl) };
  else search = { status: 'not-searched', reason: crawled.error?.message ?? 'no page could be fetched' };
  if (options.signal?.aborted && (search.status === 'found' || search.status === 'given')) {
    search = { status: 'unreadable', url: search.url, reason: 'the audit was stopped' };
  }
  return readPolicy(search, found.cookies?.url ?? null, { ...options.lint, ...(options.locale && !options.lint?.locale ? { locale: options.locale } : {}) });
}
