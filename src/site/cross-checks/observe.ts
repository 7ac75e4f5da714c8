/**
 * The site as recorded, across all phases: each cookie once (with the longest lifetime it was asked for and the
 * phases it appeared in), and each third-party service once, by knowledge-base entry (or by site when unknown).
 */
import type { ConsentArtifacts, PhaseName } from '../../consent/artifacts.js';
import type { AuditConfig, AuditContext } from '../../consent/audits/context.js';
import { observedCookies, observedServices, recordedPhases, type ObservedCookie } from '../../consent/audits/observed.js';
import type { Classifier, RequestClassification } from '../../consent/classify.js';

export interface SiteCookie extends Omit<ObservedCookie, 'visits' | 'sources' | 'value'> {
  phases: PhaseName[];
}

export interface SiteService {
  /** Knowledge-base entry, or null for a host nobody classified. */
  entry: string | null;
  /** Service name as the knowledge base gives it, else the registrable domain. */
  service: string;
  site: string;
  hosts: string[];
  /** First page it was contacted from. */
  page: string;
  phases: PhaseName[];
  classification: RequestClassification;
}

export type Observation =
  | { status: 'recorded'; cookies: SiteCookie[]; services: SiteService[]; /** Why things may be missing, or null. */ partial: string | null }
  | { status: 'unavailable'; reason: string };

export function observeSite(artifacts: ConsentArtifacts | null, classifier: Classifier, config: AuditConfig = {}, now?: number): Observation {
  if (!artifacts) return { status: 'unavailable', reason: 'the site could not be visited' };
  const context: AuditContext = { classifier, config, ...(now === undefined ? {} : { now }) };
  const { phases, none } = recordedPhases(artifacts);
  if (phases.length === 0) return { status: 'unavailable', reason: none.status === 'unavailable' ? none.reason : 'no phase was recorded' };
  const cookies = new Map<string, SiteCookie>();
  const services = new Map<string, SiteService>();
  for (const { name, state } of phases) {
    for (const cookie of observedCookies(state.phase, context)) mergeCookie(cookies, cookie, name);
    for (const service of observedServices(state.phase, context)) {
      if (!service.thirdParty) continue;
      const entry = service.classification.entry ?? null;
      const id = entry ?? `site:${service.site}`;
      let item = services.get(id);
      if (!item) {
        item = { entry, service: service.classification.vendor ?? service.site, site: service.site, hosts: [], page: service.page, phases: [], classification: service.classification };
        services.set(id, item);
      }
      if (!item.hosts.includes(service.host)) item.hosts.push(service.host);
      if (!item.phases.includes(name)) item.phases.push(name);
    }
  }
  const partial = phases.find(({ state }) => state.partial)?.state.partial ?? null;
  return { status: 'recorded', cookies: [...cookies.values()], services: [...services.values()], partial };
}

function mergeCookie(cookies: Map<string, SiteCookie>, cookie: ObservedCookie, phase: PhaseName): void {
  const known = cookies.get(cookie.key);
  if (!known) {
    const { visits: _visits, sources: _sources, value: _value, ...rest } = cookie;
    cookies.set(cookie.key, { ...rest, phases: [phase] });
    return;
  }
  if (!known.phases.includes(phase)) known.phases.push(phase);
  known.deleted &&= cookie.deleted;
  if (cookie.requestedLifetime !== undefined) {
    known.requestedLifetime = cookie.requestedLifetime === null ? (known.requestedLifetime ?? null) : Math.max(known.requestedLifetime ?? 0, cookie.requestedLifetime);
  }
  if (cookie.expires !== null && (known.expires === null || cookie.expires > known.expires)) known.expires = cookie.expires;
}
