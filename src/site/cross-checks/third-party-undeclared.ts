import { sample } from '../../consent/audits/report.js';
import type { Finding } from '../../types.js';
import type { CrossCheckContext } from './context.js';
import { comparable, conclude } from './preconditions.js';

/**
 * Every third-party service the pages contacted must be named in the policy: the service, its company, or its host.
 * A host the knowledge base does not know, and the policy does not name, needs a person to find out who runs it.
 */
export function checkThirdPartyUndeclared(context: CrossCheckContext): Finding[] {
  const halves = comparable(context);
  if ('finding' in halves) return [halves.finding];
  const { directory } = context.input;
  const findings: Finding[] = [];
  const unknown: string[] = [];
  const services = halves.observation.services;
  for (const service of services) {
    const info = service.entry ? directory.get(service.entry) : undefined;
    const named =
      (service.entry !== null && halves.mentions.vendorIds.has(service.entry)) ||
      halves.mentions.named([service.classification.vendor, info?.name, info?.company, service.site, ...service.hosts]) !== null;
    if (named) continue;
    if (!service.entry) {
      unknown.push(...service.hosts);
      continue;
    }
    findings.push(
      context.report.finding(
        'violation',
        {
          service: service.service,
          provider: info?.company ?? service.service,
          category: service.classification.category,
          hosts: service.hosts,
          outsideEEA: service.classification.outsideEEA,
          phases: service.phases,
          page: service.page,
        },
        { page: service.page },
      ),
    );
  }
  if (unknown.length > 0) findings.push(context.report.finding('incomplete', { hosts: sample(unknown.sort()), count: unknown.length }, { message: 'incomplete-unknown' }));
  return findings.length > 0 ? findings : [conclude(context, halves.observation, { count: services.length })];
}
