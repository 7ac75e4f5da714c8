/**
 * What a phase observed, deduplicated across its pages and classified once: the shared input of the audits. Items the
 * user allowed are left out here, so no audit can report them.
 */
import type { CookieSource, GatherError, PageCapture, PhaseArtifacts, PhaseName, ConsentArtifacts } from '../artifacts.js';
import type { CookieClassification, RequestClassification } from '../classify.js';
import { hostOfUrl, normalizeHost } from '../classify-patterns.js';
import { allowListsOf, type AuditContext } from './context.js';

export type Visit = PageCapture['visit'];

export const PHASES: readonly PhaseName[] = ['before-consent', 'after-reject', 'after-accept'];

export type PhaseState =
  | { status: 'missing' }
  | { status: 'unavailable'; reason: string }
  /** `partial`: why the phase may have missed things, or null when it completed. */
  | { status: 'recorded'; phase: PhaseArtifacts; partial: string | null };

function describeError(error: GatherError): string {
  return error.message.trim() || error.code;
}

export function phaseState(artifacts: ConsentArtifacts, name: PhaseName): PhaseState {
  const phase = artifacts.phases[name];
  if (!phase) {
    // A phase the gatherer never reached because it failed is unknown territory, not something that does not apply.
    const error = artifacts.errors[0];
    if (error) return { status: 'unavailable', reason: describeError(error) };
    return artifacts.partial ? { status: 'unavailable', reason: 'the audit stopped before this phase' } : { status: 'missing' };
  }
  const pageErrors = phase.pages.flatMap((page) => page.errors);
  if (phase.pages.length === 0) {
    const error = phase.errors[0] ?? pageErrors[0];
    return { status: 'recorded', phase, partial: error ? describeError(error) : 'no page was captured' };
  }
  if (phase.partial || phase.pages.some((page) => page.partial)) {
    const error = phase.errors[0] ?? pageErrors[0];
    return { status: 'recorded', phase, partial: error ? describeError(error) : 'the page did not settle in time' };
  }
  return { status: 'recorded', phase, partial: null };
}

export type RecordedPhase = { name: PhaseName; state: Extract<PhaseState, { status: 'recorded' }> };

/**
 * Every phase that was recorded, in order, for audits that look across phases; when there is none, the state of the
 * first phase explains why.
 */
export function recordedPhases(artifacts: ConsentArtifacts): { phases: RecordedPhase[]; none: Exclude<PhaseState, { status: 'recorded' }> } {
  const phases: RecordedPhase[] = [];
  for (const name of PHASES) {
    const state = phaseState(artifacts, name);
    if (state.status === 'recorded') phases.push({ name, state });
  }
  const first = phaseState(artifacts, 'before-consent');
  return { phases, none: first.status === 'recorded' ? { status: 'missing' } : first };
}

/** Origin and path only: query strings of tracker requests carry identifiers, often cookie values. */
export function urlWithoutQuery(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'data:' || parsed.protocol === 'blob:' ? `${parsed.protocol}…` : `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url.split(/[?#]/, 1)[0] ?? '';
  }
}

export function needsConsent(classification: { category: string; essential: boolean }): boolean {
  return classification.category !== 'unknown' && !classification.essential;
}

function addVisit(visits: Visit[], visit: Visit): void {
  if (!visits.includes(visit)) visits.push(visit);
}

export interface ObservedCookie {
  key: string;
  name: string;
  domain: string;
  partitionKey?: string;
  /** Final URL of the first page it was seen on. */
  page: string;
  visits: Visit[];
  /** Every sighting was a cookie a script wrote and removed again. */
  deleted: boolean;
  sources: CookieSource[];
  thirdParty: boolean;
  /** Largest lifetime the site asked for, in seconds; null for a session cookie; undefined when never seen. */
  requestedLifetime?: number | null;
  /** Latest stored expiry, seconds since the epoch. */
  expires: number | null;
  value?: string;
  classification: CookieClassification;
}

/** Same name on the same host is the same cookie for these checks, whatever its path. */
export function cookieKey(name: string, domain: string, partitionKey?: string): string {
  return `${name}\u0000${normalizeHost(domain)}\u0000${partitionKey ?? ''}`;
}

export function observedCookies(phase: PhaseArtifacts, context: AuditContext): ObservedCookie[] {
  const allow = allowListsOf(context.config);
  const seen = new Map<string, ObservedCookie>();
  for (const page of phase.pages) {
    for (const cookie of page.cookies) {
      if (allow.name(cookie.name) || allow.host(cookie.domain)) continue;
      const key = cookieKey(cookie.name, cookie.domain, cookie.partitionKey);
      let item = seen.get(key);
      if (!item) {
        item = {
          key,
          name: cookie.name,
          domain: normalizeHost(cookie.domain),
          ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
          page: page.finalUrl || page.url,
          visits: [],
          deleted: true,
          sources: [],
          thirdParty: cookie.thirdParty,
          expires: null,
          classification: context.classifier.classifyCookie({ name: cookie.name, domain: cookie.domain }),
        };
        seen.set(key, item);
      }
      addVisit(item.visits, page.visit);
      item.deleted &&= cookie.deleted === true;
      for (const source of cookie.sources) if (!item.sources.includes(source)) item.sources.push(source);
      if (cookie.requestedLifetime !== undefined) {
        const current = item.requestedLifetime;
        item.requestedLifetime = cookie.requestedLifetime === null ? (current ?? null) : Math.max(current ?? 0, cookie.requestedLifetime);
      }
      if (cookie.expires !== null && (item.expires === null || cookie.expires > item.expires)) item.expires = cookie.expires;
      if (cookie.value !== undefined) item.value = cookie.value;
    }
  }
  return [...seen.values()];
}

export interface ObservedStorage {
  key: string;
  area: string;
  origin: string;
  page: string;
  visits: Visit[];
  thirdParty: boolean;
  value?: string;
  classification: CookieClassification;
}

export function storageId(area: string, origin: string, key: string): string {
  return `${area}\u0000${origin}\u0000${key}`;
}

export function observedStorage(phase: PhaseArtifacts, context: AuditContext): ObservedStorage[] {
  const allow = allowListsOf(context.config);
  const seen = new Map<string, ObservedStorage>();
  for (const page of phase.pages) {
    for (const entry of page.storage) {
      if (allow.name(entry.key) || allow.host(hostOfUrl(entry.origin))) continue;
      const id = storageId(entry.area, entry.origin, entry.key);
      let item = seen.get(id);
      if (!item) {
        item = {
          key: entry.key,
          area: entry.area,
          origin: entry.origin,
          page: page.finalUrl || page.url,
          visits: [],
          thirdParty: entry.thirdParty,
          classification: context.classifier.classifyStorageKey({ key: entry.key, origin: entry.origin }),
        };
        seen.set(id, item);
      }
      addVisit(item.visits, page.visit);
      if (entry.value !== undefined) item.value = entry.value;
    }
  }
  return [...seen.values()];
}

export interface ObservedService {
  host: string;
  site: string;
  /** First request, without its query string. */
  url: string;
  page: string;
  visits: Visit[];
  count: number;
  /** Every request to it failed (blocked, aborted): the page still tried. */
  failed: boolean;
  thirdParty: boolean;
  classification: RequestClassification;
}

/** Requests grouped by host and knowledge-base entry: one line per service contacted, with a count. */
export function observedServices(phase: PhaseArtifacts, context: AuditContext): ObservedService[] {
  const allow = allowListsOf(context.config);
  const seen = new Map<string, ObservedService>();
  for (const page of phase.pages) {
    for (const request of page.requests) {
      const host = hostOfUrl(request.url);
      if (allow.host(host)) continue;
      const classification = context.classifier.classifyRequest({ url: request.url });
      const id = `${host}\u0000${classification.entry ?? ''}`;
      let item = seen.get(id);
      if (!item) {
        item = {
          host,
          site: request.site,
          url: urlWithoutQuery(request.url),
          page: page.finalUrl || page.url,
          visits: [],
          count: 0,
          failed: true,
          thirdParty: request.thirdParty,
          classification,
        };
        seen.set(id, item);
      }
      addVisit(item.visits, page.visit);
      item.count++;
      item.failed &&= request.failed !== undefined;
    }
  }
  return [...seen.values()];
}

/** Labels of what the visitor's choice is about, before consent: items that need it and items nobody could classify. */
export function activityBeforeConsent(phase: PhaseArtifacts, context: AuditContext): { needsConsent: string[]; unknown: string[] } {
  const needs: string[] = [];
  const unknown: string[] = [];
  for (const cookie of observedCookies(phase, context)) {
    if (needsConsent(cookie.classification)) needs.push(cookie.name);
    else if (cookie.classification.category === 'unknown') unknown.push(cookie.name);
  }
  for (const entry of observedStorage(phase, context)) {
    if (needsConsent(entry.classification)) needs.push(entry.key);
    else if (entry.classification.category === 'unknown') unknown.push(entry.key);
  }
  for (const service of observedServices(phase, context)) {
    if (service.classification.tracker) needs.push(service.host);
  }
  return { needsConsent: needs, unknown };
}

export function cookieData(cookie: ObservedCookie, phase: PhaseName): Record<string, unknown> {
  return {
    name: cookie.name,
    domain: cookie.domain,
    category: cookie.classification.category,
    vendor: cookie.classification.vendor,
    phase,
    page: cookie.page,
    visits: cookie.visits,
    thirdParty: cookie.thirdParty,
    partitioned: cookie.partitionKey !== undefined,
    deleted: cookie.deleted,
    sources: cookie.sources,
  };
}

export function storageData(entry: ObservedStorage, phase: PhaseName): Record<string, unknown> {
  return {
    key: entry.key,
    area: entry.area,
    origin: entry.origin,
    category: entry.classification.category,
    vendor: entry.classification.vendor,
    phase,
    page: entry.page,
    visits: entry.visits,
    thirdParty: entry.thirdParty,
  };
}

export function serviceData(service: ObservedService, phase: PhaseName): Record<string, unknown> {
  return {
    service: service.classification.vendor ?? service.site,
    vendor: service.classification.vendor,
    category: service.classification.category,
    host: service.host,
    site: service.site,
    url: service.url,
    count: service.count,
    failed: service.failed,
    phase,
    page: service.page,
    visits: service.visits,
    thirdParty: service.thirdParty,
    outsideEEA: service.classification.outsideEEA,
  };
}
