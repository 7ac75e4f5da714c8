/**
 * The consent pipeline in one place: gather (browser) → artifacts (JSON) → audits (pure) → result. Only
 * `gatherConsentArtifacts` touches a browser; everything after it also runs on recorded artifacts.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readJsonFile } from '../config/read-json.js';
import { PrivacyLintError } from '../errors.js';
import type { ConsentResult, Language, RuleLevel } from '../types.js';
import { ARTIFACTS_VERSION, type ConsentArtifacts } from './artifacts.js';
import { runConsentAudits } from './audits/index.js';
import { launchBrowser, type BrowserHandle } from './browser.js';
import { createClassifier, type Classifier } from './classify.js';
import { loadKnowledgeBase } from './classify-knowledge-base.js';
import { loadCookieDb } from './cookie-db.js';
import { gatherConsentArtifacts, type GatherOptions } from './gather.js';
import { summarizeConsent } from './summarize.js';

export interface ClassifierFiles {
  /** Extra knowledge-base files (rules/cookies format); they win over the bundled one. */
  knowledgeBase?: string[];
  /** An Open Cookie Database CSV or JSON file, used after the knowledge bases. */
  cookieDb?: string;
  /** Cookie names (`prefix*` allowed) the site declares strictly necessary. */
  essentialCookies?: string[];
}

export interface ConsentAuditOptions extends Omit<GatherOptions, 'browser'>, ClassifierFiles {
  browser?: BrowserHandle;
  /** A ready classifier; otherwise one is built from the files above. */
  classifier?: Classifier;
  /** Cookie names (`prefix*` allowed) and host suffixes never reported. */
  allowCookies?: string[];
  allowDomains?: string[];
  levels?: Record<string, RuleLevel>;
  locale?: Language;
  /** Write each URL's artifacts as JSON into this folder, to re-audit later with `auditArtifactsFolder`. */
  saveArtifacts?: string;
  /** The time audits compare expiries with (milliseconds since the epoch); now by default. */
  now?: number;
}

export function buildClassifier(files: ClassifierFiles): Classifier {
  return createClassifier({
    ...(files.knowledgeBase?.length ? { extraKnowledgeBases: [loadKnowledgeBase(files.knowledgeBase)] } : {}),
    ...(files.cookieDb ? { cookieDb: loadCookieDb(files.cookieDb).entries } : {}),
    ...(files.essentialCookies ? { essentialCookies: files.essentialCookies } : {}),
  });
}

/** Audits recorded artifacts: no browser, same result as the live run that recorded them. */
export function auditArtifacts(artifacts: ConsentArtifacts, options: ConsentAuditOptions = {}): ConsentResult {
  const classifier = options.classifier ?? buildClassifier(options);
  const findings = runConsentAudits(artifacts, {
    classifier,
    config: {
      ...(options.allowCookies ? { allowCookies: options.allowCookies } : {}),
      ...(options.allowDomains ? { allowDomains: options.allowDomains } : {}),
    },
    ...(options.levels ? { levels: options.levels } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
  return summarizeConsent(artifacts, findings, classifier, { includeValues: options.includeValues === true });
}

/** Opens `url` in fresh browser contexts (one per phase), records what happens, and audits it. */
export async function auditUrl(url: string, options: ConsentAuditOptions = {}): Promise<ConsentResult> {
  const classifier = options.classifier ?? buildClassifier(options);
  const artifacts = await gatherConsentArtifacts(url, options);
  if (options.saveArtifacts) saveArtifacts(artifacts, options.saveArtifacts);
  return auditArtifacts(artifacts, { ...options, classifier });
}

/**
 * Audits several URLs with one browser, `concurrency` of them at a time (each in its own contexts). A URL that fails
 * yields a result carrying its error; the others go on.
 */
export async function auditUrls(urls: string[], options: ConsentAuditOptions & { concurrency?: number; onResult?: (result: ConsentResult, index: number) => void } = {}): Promise<ConsentResult[]> {
  const classifier = options.classifier ?? buildClassifier(options);
  const owned = options.browser ? undefined : await launchBrowser({ ...(options.executablePath ? { executablePath: options.executablePath } : {}), ...(options.browserEndpoint ? { browserEndpoint: options.browserEndpoint } : {}) });
  const browser = options.browser ?? owned!;
  const results: ConsentResult[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      const url = urls[index]!;
      try {
        results[index] = await auditUrl(url, { ...options, browser, classifier });
      } catch (error) {
        results[index] = failedConsentResult(url, error);
      }
      options.onResult?.(results[index]!, index);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 1, urls.length)) }, worker));
  } finally {
    await owned?.close();
  }
  return results;
}

export function failedConsentResult(url: string, error: unknown): ConsentResult {
  const code = error instanceof PrivacyLintError ? error.code : 'INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  return {
    target: url,
    kind: 'consent',
    verdict: 'incomplete',
    partial: true,
    phases: {},
    banner: { found: false, cmp: null, method: null },
    findings: [],
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    error: { code, message, ...(error instanceof PrivacyLintError && error.hint ? { hint: error.hint } : {}) },
  };
}

/** A file name that says which URL it is, safe on every file system. */
export function artifactsFileName(url: string): string {
  const slug = url.replace(/^https?:\/\//i, '').replace(/[^a-zA-Z0-9.-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 150);
  return `${slug || 'site'}.artifacts.json`;
}

export function saveArtifacts(artifacts: ConsentArtifacts, dir: string): string {
  try {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, artifactsFileName(artifacts.url));
    writeFileSync(path, `${JSON.stringify(artifacts, null, 2)}\n`);
    return path;
  } catch (error) {
    throw new PrivacyLintError('OUTPUT_UNWRITABLE', `cannot write artifacts to ${dir}: ${(error as Error).message}`);
  }
}

/** Reads artifacts recorded with `saveArtifacts`: one file, or every `*.json` in a folder. */
export function readArtifacts(path: string): ConsentArtifacts[] {
  const absolute = resolve(path);
  let files: string[];
  try {
    files = statSync(absolute).isDirectory()
      ? readdirSync(absolute).filter((name) => name.endsWith('.json')).sort().map((name) => join(absolute, name))
      : [absolute];
  } catch {
    throw new PrivacyLintError('ARTIFACTS_INVALID', `${absolute}: no such file or folder`);
  }
  if (files.length === 0) throw new PrivacyLintError('ARTIFACTS_INVALID', `${absolute}: no artifacts (*.json) in this folder`);
  return files.map((file) => {
    const data = readJsonFile(file, 'ARTIFACTS_INVALID') as Partial<ConsentArtifacts>;
    if (data?.version !== ARTIFACTS_VERSION || typeof data.url !== 'string' || typeof data.phases !== 'object') {
      throw new PrivacyLintError('ARTIFACTS_INVALID', `${file}: not privacy-lint consent artifacts (version ${ARTIFACTS_VERSION})`);
    }
    return data as ConsentArtifacts;
  });
}
