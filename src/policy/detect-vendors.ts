/**
 * Service vendors (rules/vendors/*.json): which named service a policy mentions, and whether using it sends
 * personal data outside the EEA. A policy that names Google Analytics transfers data to the US whether it says so
 * or not; the transfer rules compare what it says with what its vendors imply.
 */
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../config/ajv.js';
import { readJsonFile } from '../config/read-json.js';
import { PrivacyLintError } from '../errors.js';
import { bundledRulesPath } from '../rules-dir.js';
import { checkPhrase } from './cues.js';
import { listJsonFiles, readRulesFile } from './elements.js';

export interface Vendor {
  id: string;
  name: string;
  company?: string;
  /** ISO 3166-1 alpha-2 code of the country where the provider processes the data. */
  country: string;
  outsideEEA: boolean;
  /** The country has an EU adequacy decision. */
  adequacy?: boolean;
  category: string;
  note?: string;
  patterns: string[];
}

let validateVendors: ValidateFunction | undefined;
const cache = new Map<string, Vendor[]>();

/** Reads and validates vendor files: the bundled ones by default, every `*.json` of a folder, or the files listed. */
export function loadVendors(dirOrFiles?: string | string[]): Vendor[] {
  const files = listJsonFiles(dirOrFiles ?? bundledRulesPath('vendors'));
  const key = files.join('\n');
  const cached = cache.get(key);
  if (cached) return cached;
  validateVendors ??= createAjv().compile(readJsonFile(bundledRulesPath('schema', 'vendors.schema.json'), 'RULES_INVALID') as object);
  const seen = new Set<string>();
  const vendors: Vendor[] = [];
  for (const path of files) {
    readRulesFile<{ vendors: Vendor[] }>(path, validateVendors).vendors.forEach((vendor, index) => {
      if (seen.has(vendor.id)) throw new PrivacyLintError('RULES_INVALID', `${path}: /vendors/${index}/id "${vendor.id}" is defined twice`);
      seen.add(vendor.id);
      vendor.patterns.forEach((pattern, p) => {
        const problem = checkPhrase(pattern);
        if (problem) throw new PrivacyLintError('RULES_INVALID', `${path}: /vendors/${index}/patterns/${p} ${problem}`);
      });
      vendors.push(vendor);
    });
  }
  cache.set(key, vendors);
  return vendors;
}
