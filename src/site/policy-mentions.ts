/**
 * Whether a policy names a service or company: its words compared with the policy's, folded, on word boundaries, with
 * legal forms dropped (`Google LLC` is named by `Google`). Services the policy linter recognised by their vendor
 * patterns count as named too.
 */
import type { KnowledgeBase } from '../consent/classify-knowledge-base.js';
import type { PolicyDocument } from '../document/model.js';
import type { ServiceMention } from '../policy/attributes.js';
import { foldedLine } from './fold.js';

/** What the knowledge base knows of the service behind an entry. */
export interface VendorInfo {
  /** Service name (`Google Analytics`). */
  name: string;
  /** Company that receives the data (`Google LLC`). */
  company?: string;
  country?: string;
  outsideEEA?: boolean;
}

export type VendorDirectory = ReadonlyMap<string, VendorInfo>;

export interface PolicyMentions {
  /** The first of `names` the policy names, or null. */
  named(names: readonly (string | null | undefined)[]): string | null;
  /** Knowledge-base or vendor ids the policy linter found named. */
  vendorIds: ReadonlySet<string>;
}

/** Legal forms at the end of a company name, folded: `Inc.`, `GmbH`, `S.A.S.`, `sp. z o.o.`… */
const LEGAL_FORM = / (inc|incorporated|llc|ltd|limited|gmbh|sas|sasu|sa|sarl|bv|b v|nv|n v|ag|plc|corp|corporation|co|kg|ab|as|oy|oyj|srl|s r l|spa|s p a|sl|s l|se|ou|pty|lp|llp|ug|sp z o o|s a|s a s|ltda|kft|aps)$/;
/** Shorter names are too likely to be ordinary words of the text. */
const MIN_NAME_CHARS = 3;

/** The directory of every entry with a vendor, from knowledge bases in order of precedence (first wins). */
export function vendorDirectory(knowledgeBases: readonly KnowledgeBase[]): VendorDirectory {
  const directory = new Map<string, VendorInfo>();
  for (const kb of knowledgeBases) {
    for (const entry of kb.entries) {
      if (directory.has(entry.id)) continue;
      directory.set(entry.id, {
        name: entry.name,
        ...(entry.vendor ? { company: entry.vendor.name, country: entry.vendor.country, outsideEEA: entry.vendor.outsideEEA } : {}),
      });
    }
  }
  return directory;
}

/** A company or service name as the policy may write it: folded, legal form dropped. */
export function nameForms(name: string): string[] {
  const full = foldedLine(name).trim();
  let short = full;
  for (let previous = ''; previous !== short; ) {
    previous = short;
    short = short.replace(LEGAL_FORM, '');
  }
  return [...new Set([full, short])].filter((form) => form.replace(/ /g, '').length >= MIN_NAME_CHARS);
}

export function policyMentions(documents: readonly PolicyDocument[], services: readonly ServiceMention[] = []): PolicyMentions {
  const text = documents.map((document) => foldedLine(document.blocks.map((block) => block.text).join('\n'))).join(' ');
  const cache = new Map<string, boolean>();
  const names = (name: string): boolean => {
    let found = cache.get(name);
    if (found === undefined) cache.set(name, (found = nameForms(name).some((form) => text.includes(` ${form} `))));
    return found;
  };
  return {
    named: (candidates) => candidates.find((name): name is string => typeof name === 'string' && names(name)) ?? null,
    vendorIds: new Set(services.map((service) => service.vendorId)),
  };
}
