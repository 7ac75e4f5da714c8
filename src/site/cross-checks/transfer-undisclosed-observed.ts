import type { Finding } from '../../types.js';
import type { CrossCheckContext } from './context.js';
import { comparable, conclude } from './preconditions.js';

/**
 * Requests to services the knowledge base places outside the EEA need the policy to speak of transfers: the
 * international-transfers element stated (not denied), or a third country named as a destination.
 */
export function checkTransferUndisclosedObserved(context: CrossCheckContext): Finding[] {
  const halves = comparable(context);
  if ('finding' in halves) return [halves.finding];
  const outside = halves.observation.services.filter((service) => service.classification.outsideEEA === true);
  const { elements, attributes } = halves.policy.facts;
  const transfers = elements['international-transfers'];
  const denied = transfers?.attributes?.negated === true;
  const stated = (transfers !== undefined && transfers.status !== 'absent' && !denied) || attributes.countries.length > 0;
  if (outside.length === 0) return [conclude(context, halves.observation, { count: 0 })];
  if (stated) return [conclude(context, halves.observation, { count: outside.length, services: outside.map((service) => service.service) }, 'pass-disclosed')];
  const { directory } = context.input;
  const data = {
    services: outside.map((service) => service.service),
    companies: outside.map((service) => (service.entry ? directory.get(service.entry)?.company : undefined) ?? service.service),
    countries: [...new Set(outside.map((service) => (service.entry ? directory.get(service.entry)?.country : undefined)).filter((country) => country !== undefined))].sort(),
    hosts: outside.flatMap((service) => service.hosts),
    statement: denied ? 'denied' : 'absent',
    page: outside[0]!.page,
  };
  return [context.report.finding('violation', data, { page: outside[0]!.page, ...(denied ? { message: 'violation-denied' } : {}) })];
}
