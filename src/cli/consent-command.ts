import { auditArtifacts, auditUrls, buildClassifier, readArtifacts, type ConsentAuditOptions } from '../consent/audit.js';
import type { ConsentConfig } from '../config/load-config.js';
import type { Language } from '../types.js';
import { VERSION } from '../version.js';
import { emitReport, exitCodeFor, maxWarningsOf, resolveConfig, ruleLevels, type CommonOptions, type Io } from './output.js';

export interface ConsentCliOptions extends CommonOptions {
  pages?: number;
  timeout?: number;
  navigationTimeout?: number;
  settle?: number;
  concurrency: number;
  executablePath?: string;
  browserEndpoint?: string;
  saveArtifacts?: string;
  fromArtifacts?: string;
  screenshots?: string;
  includeValues?: boolean;
  cookieDb?: string;
  knowledgeBase?: string[];
  essentialCookie?: string[];
  firstParty?: string[];
  locale?: Language;
}

/** Flags win over the config file's `consent` section. */
export function consentSettings(options: ConsentCliOptions, config: ConsentConfig = {}): ConsentAuditOptions {
  const pick = <T>(flag: T | undefined, fromConfig: T | undefined) => flag ?? fromConfig;
  const settings: ConsentAuditOptions = {
    pages: pick(options.pages, config.pages) ?? 2,
    timeouts: {
      totalMs: pick(options.timeout, config.timeoutMs) ?? 120_000,
      navigationMs: pick(options.navigationTimeout, config.navigationTimeoutMs) ?? 30_000,
      settleMs: pick(options.settle, config.settleMs) ?? 1500,
    },
    includeValues: pick(options.includeValues, config.includeValues) ?? false,
    knowledgeBase: [...(config.knowledgeBase ?? []), ...(options.knowledgeBase ?? [])],
    essentialCookies: [...(config.essentialCookies ?? []), ...(options.essentialCookie ?? [])],
    firstPartySites: [...(config.firstPartySites ?? []), ...(options.firstParty ?? [])],
    allowDomains: config.allowDomains ?? [],
  };
  const executablePath = pick(options.executablePath, config.executablePath);
  const browserEndpoint = pick(options.browserEndpoint, config.browserEndpoint);
  const cookieDb = pick(options.cookieDb, config.cookieDb);
  if (executablePath) settings.executablePath = executablePath;
  if (browserEndpoint) settings.browserEndpoint = browserEndpoint;
  if (cookieDb) settings.cookieDb = cookieDb;
  if (options.saveArtifacts) settings.saveArtifacts = options.saveArtifacts;
  if (options.screenshots) settings.screenshot = { dir: options.screenshots };
  return settings;
}

export async function runConsentCommand(urls: string[], options: ConsentCliOptions, io: Io): Promise<number> {
  const { path, config } = resolveConfig(options, io);
  const levels = ruleLevels(config.rules, options.rule);
  const maxWarnings = maxWarningsOf(options, config);
  const settings: ConsentAuditOptions = { ...consentSettings(options, config.consent), levels };
  const locale = options.locale ?? config.locale;
  if (locale) settings.locale = locale;
  if (options.printConfig) {
    io.stdout(`${JSON.stringify({ configFile: path, ...config, consent: settings }, null, 2)}\n`);
    return 0;
  }
  settings.classifier = buildClassifier(settings);
  const results = options.fromArtifacts
    ? readArtifacts(options.fromArtifacts).map((artifacts) => auditArtifacts(artifacts, settings))
    : await auditUrls(urls, { ...settings, concurrency: options.concurrency });
  const report = { tool: { name: 'privacy-lint', version: VERSION }, results };
  emitReport(report, { ...options, maxWarnings }, io);
  return exitCodeFor(report, maxWarnings);
}
