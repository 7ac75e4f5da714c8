/**
 * The policy half of a site audit: find the privacy policy (and a separate cookie policy) among the crawled pages'
 * links, home page first, then read it, lint it with the policy linter, and extract what the cross-checks compare:
 * declared cookies, detected facts and the text where services must be named.
 */
import { loadInput, type LoadOptions } from '../document/load.js';
import type { LoadedSource, PolicyDocument } from '../document/model.js';
import { segmentDocument } from '../document/segment.js';
import { describeError } from '../errors.js';
import { detectElements } from '../policy/detect.js';
import { lintSource, type LintOptions } from '../policy/lint.js';
import type { PolicyResult } from '../types.js';
import type { CrawledPage } from './crawl.js';
import type { PolicyEvidence, PolicySearch } from './cross-checks/context.js';
import { extractDeclaredCookies, mergeDeclarations } from './declared-cookies.js';
import { findPolicyLinks } from './policy-links.js';

export interface FoundPolicies {
  privacy: { url: string; page: string } | null;
  cookies: { url: string; page: string } | null;
}

/** The best privacy and cookie policy links, from the first page (the home page first) that has one. */
export function discoverPolicies(pages: readonly Pick<CrawledPage, 'finalUrl' | 'html'>[]): FoundPolicies {
  const found: FoundPolicies = { privacy: null, cookies: null };
  const links = pages.map((page) => ({ page: page.finalUrl, links: findPolicyLinks(page.html, page.finalUrl) }));
  for (const { page, links: onPage } of links) {
    const best = onPage.privacy[0];
    if (best) {
      found.privacy = { url: best.url, page };
      break;
    }
  }
  for (const { page, links: onPage } of links) {
    const best = onPage.cookies.find((link) => link.url !== found.privacy?.url);
    if (best) {
      found.cookies = { url: best.url, page };
      break;
    }
  }
  return found;
}

export interface PolicyHalf {
  search: PolicySearch;
  policy: PolicyResult | null;
  evidence: PolicyEvidence | null;
  cookiePolicyUrl: string | null;
}

/**
 * Reads and lints the policy the search found (or was given), and the cookie policy at `cookieUrl` when there is
 * one. A policy that cannot be read turns the search `unreadable`; only unusable lint options throw.
 */
export async function readPolicy(search: PolicySearch, cookieUrl: string | null, lint: LintOptions = {}): Promise<PolicyHalf> {
  if (search.status !== 'found' && search.status !== 'given') return { search, policy: null, evidence: null, cookiePolicyUrl: cookieUrl };
  const load: LoadOptions = { ...lint.load };
  let source: LoadedSource;
  try {
    source = await loadInput(search.url, load);
  } catch (error) {
    return { search: { status: 'unreadable', url: search.url, reason: describeError(error).message }, policy: null, evidence: null, cookiePolicyUrl: cookieUrl };
  }
  const policy = lintSource(source, lint);
  const document = segmentDocument(source);
  const facts = detectElements(document, lint.language ? { language: lint.language } : {});
  const documents: PolicyDocument[] = [document];
  let cookiePolicyUrl: string | null = null;
  if (cookieUrl && cookieUrl !== source.target) {
    try {
      documents.push(segmentDocument(await loadInput(cookieUrl, load)));
      cookiePolicyUrl = documents[1]!.target;
    } catch {
      // A cookie policy that cannot be read leaves the privacy policy's declarations to compare with.
    }
  }
  const declared = mergeDeclarations(documents.map(extractDeclaredCookies));
  return { search, policy, evidence: { url: source.target, declared, facts, documents }, cookiePolicyUrl };
}
