/**
 * The consent result of one site: findings, verdict, and per phase what was set and contacted, classified. Values
 * appear only when asked for, and URLs lose their query strings unless values are asked for, since those carry
 * identifiers.
 */
import { countFindings } from '../findings.js';
import type { ConsentCookieSummary, ConsentPhaseSummary, ConsentResult, Finding, TargetError } from '../types.js';
import type { ConsentArtifacts, PhaseArtifacts } from './artifacts.js';
import { PHASES, urlWithoutQuery } from './audits/observed.js';
import type { Classifier } from './classify.js';
import { normalizeHost } from './classify-patterns.js';
import { consentVerdict } from './verdict.js';

function summarizePhase(phase: PhaseArtifacts, classifier: Classifier, includeValues: boolean): ConsentPhaseSummary {
  const shownUrl = (url: string) => (includeValues ? url : urlWithoutQuery(url));
  const cookies = new Map<string, ConsentCookieSummary>();
  const storage = new Map<string, ConsentPhaseSummary['storage'][number]>();
  const requests = new Map<string, ConsentPhaseSummary['thirdPartyRequests'][number]>();
  for (const page of phase.pages) {
    for (const cookie of page.cookies) {
      const key = `${cookie.name}\u0000${normalizeHost(cookie.domain)}\u0000${cookie.path}\u0000${cookie.partitionKey ?? ''}`;
      if (cookies.has(key)) continue;
      const { category, essential } = classifier.classifyCookie({ name: cookie.name, domain: cookie.domain });
      cookies.set(key, {
        name: cookie.name,
        domain: cookie.domain,
        category,
        essential,
        setBy: cookie.setBy ? shownUrl(cookie.setBy) : null,
        ...(includeValues && cookie.value !== undefined ? { value: cookie.value } : {}),
      });
    }
    for (const entry of page.storage) {
      const key = `${entry.area}\u0000${entry.origin}\u0000${entry.key}`;
      if (storage.has(key)) continue;
      storage.set(key, { area: entry.area, origin: entry.origin, key: entry.key, category: classifier.classifyStorageKey(entry).category });
    }
    for (const request of page.requests) {
      if (!request.thirdParty) continue;
      const url = shownUrl(request.url);
      if (requests.has(url)) continue;
      const { category, vendor } = classifier.classifyRequest({ url: request.url });
      requests.set(url, { url, site: request.site, category, vendor });
    }
  }
  return {
    pages: phase.pages.map((page) => ({ url: shownUrl(page.finalUrl || page.url), visit: page.visit })),
    cookies: [...cookies.values()],
    storage: [...storage.values()],
    thirdPartyRequests: [...requests.values()],
    partial: phase.partial || phase.pages.some((page) => page.partial),
  };
}

function targetError(artifacts: ConsentArtifacts, partial: boolean): TargetError | undefined {
  // A partial run names its first recorded error, wherever the gatherer put it: run, phase, or page.
  const phaseErrors = (name: (typeof PHASES)[number]) => {
    const phase = artifacts.phases[name];
    return phase ? [...phase.errors, ...phase.pages.flatMap((page) => page.errors)] : [];
  };
  const error = artifacts.errors[0] ?? (partial ? PHASES.flatMap(phaseErrors)[0] : undefined);
  return error ? { code: error.code, message: error.message } : undefined;
}

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/=]+$/;

export function summarizeConsent(
  artifacts: ConsentArtifacts,
  findings: Finding[],
  classifier: Classifier,
  options: { includeValues?: boolean } = {},
): ConsentResult {
  const includeValues = options.includeValues === true;
  const phases: ConsentResult['phases'] = {};
  for (const name of PHASES) {
    const phase = artifacts.phases[name];
    if (phase) phases[name] = summarizePhase(phase, classifier, includeValues);
  }
  const partial = artifacts.partial || Object.values(phases).some((phase) => phase.partial);
  const banner = artifacts.phases['before-consent']?.banner ?? PHASES.map((name) => artifacts.phases[name]?.banner).find(Boolean);
  const error = targetError(artifacts, partial);
  return {
    kind: 'consent',
    target: artifacts.url,
    findings,
    ...countFindings(findings),
    ...(error ? { error } : {}),
    verdict: consentVerdict(findings, artifacts),
    partial,
    phases,
    banner: {
      found: banner?.found ?? false,
      cmp: banner?.cmp ?? null,
      method: banner?.method ?? null,
      // Only an inline PNG travels with the result (a screenshot file path means nothing to a report read elsewhere).
      ...(banner?.screenshot && PNG_DATA_URL.test(banner.screenshot) ? { screenshot: banner.screenshot } : {}),
    },
  };
}
