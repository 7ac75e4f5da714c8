/**
 * transfer-undisclosed: the policy names services whose providers process data outside the EEA (from the vendors
 * knowledge base) but says nothing about transfers, so Art. 13(1)(f) information is missing even though the transfer
 * happens. Denying any transfer while naming such services does not count as disclosing it; a service named only as
 * where data comes from (a profile imported from LinkedIn) is no transfer.
 */
import type { PolicyDocument } from '../../document/model.js';
import type { Finding } from '../../types.js';
import type { ServiceMention } from '../attributes.js';
import type { PolicyFacts } from '../detect.js';
import { qualityFinding, type QualityContext } from './context.js';
import type { PolicyText } from './text.js';
import { namesMechanism, statedTransfers } from './transfer-statements.js';

export function transferUndisclosed(_document: PolicyDocument, facts: PolicyFacts, context: QualityContext): Finding[] {
  const services = longestAtEachPlace(facts.attributes.services.filter((service) => service.outsideEEA && !onlyASource(context.text, service.vendorId)));
  const first = services[0];
  if (!first) return [];
  const element = facts.elements['international-transfers'];
  if (element && element.status !== 'absent' && element.attributes?.negated !== true) return [];
  const transfers = statedTransfers(context.text);
  if (transfers.length > 0 || namesMechanism(context.text, transfers)) return [];
  return [qualityFinding(context, 'transfer-undisclosed', first, { services: services.map((service) => service.name) })];
}

/** "Google Analytics" also names "Google": of services found at the same place, the longest name is the one meant. */
function longestAtEachPlace(services: ServiceMention[]): ServiceMention[] {
  const longest = new Map<string, ServiceMention>();
  for (const service of services) {
    const key = `${service.line}:${service.column}`;
    const known = longest.get(key);
    if (!known || service.name.length > known.name.length) longest.set(key, service);
  }
  return services.filter((service) => longest.get(`${service.line}:${service.column}`) === service);
}

/** Every mention of the service presents it as where data comes from (`imported from LinkedIn`), not where it goes. */
function onlyASource(text: PolicyText, vendorId: string): boolean {
  const mentions = text.services().filter((mention) => mention.group === vendorId);
  const sources = text.hits('transfers', 'service-source');
  return (
    mentions.length > 0 &&
    mentions.every((mention) => sources.some((source) => source.block === mention.block && (source.last + 1 === mention.first || mention.last + 1 === source.first)))
  );
}
