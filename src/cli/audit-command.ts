/**
 * `privacy-lint audit`: many sites in one run. One browser serves the whole batch (contexts side by side); each site
 * goes through the per-site pipeline under its own time limit; finished sites are appended to `--out` as they come, so
 * an interrupted run resumes, and `--shard i/n` splits the list across machines.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildClassifier, type ConsentAuditOptions } from '../consent/audit.js';
import { launchBrowser, type BrowserHandle, type LaunchOptions } from '../consent/browser.js';
import { isPrivacyLintError, PrivacyLintError } from '../errors.js';
import { auditSite, type SiteAuditOptions } from '../site/audit-site.js';
import { runBatch, type BatchProgress } from '../site/batch.js';
import { normalizeUrl, parseUrlList } from '../site/batch-urls.js';
import { parseShard } from '../site/shard.js';
import type { SiteResult } from '../types.js';
import { VERSION } from '../version.js';
import { consentSettings, type ConsentCliOptions } from './consent-command.js';
import { emitReport, exitCodeFor, maxWarningsOf, resolveConfig, ruleLevels, type Io } from './output.js';

export interface AuditCliOptions extends Omit<ConsentCliOptions, 'fromArtifacts'> {
  /** A file of URLs, one a line. */
  urls?: string;
  out?: string;
  shard?: string;
  maxPages?: number;
  depth?: number;
  ignoreRobots?: boolean;
  seed?: string;
  policyUrl?: string;
}

/** Crawl, policy and consent of one site together; the consent part alone defaults to 120 s. */
const DEFAULT_SITE_TIMEOUT_MS = 180_000;

/** Errors about the run, not the site: every other site would fail the same way, so the batch stops (resumable). */
const FATAL_CODES = new Set(['BROWSER_UNAVAILABLE', 'USAGE', 'CONFIG_INVALID', 'PROFILE_INVALID', 'RULES_INVALID']);

export async function runAuditCommand(args: string[], options: AuditCliOptions, io: Io): Promise<number> {
  const { path, config } = resolveConfig(options, io);
  const levels = ruleLevels(config.rules, options.rule);
  const maxWarnings = maxWarningsOf(options, config);
  const perUrlTimeoutMs = options.timeout ?? DEFAULT_SITE_TIMEOUT_MS;
  // --timeout bounds the whole site here, so it is not the consent command's deadline for the consent part.
  const consent: ConsentAuditOptions = { ...consentSettings({ ...options, timeout: undefined }, config.consent), levels };
  consent.timeouts = { ...consent.timeouts, totalMs: Math.min(consent.timeouts?.totalMs ?? perUrlTimeoutMs, perUrlTimeoutMs) };
  const locale = options.locale ?? config.locale;
  if (locale) consent.locale = locale;
  const site: Omit<SiteAuditOptions, keyof ConsentAuditOptions> = {
    lint: {
      rules: levels,
      cwd: io.cwd,
      ...(config.profile ? { profile: config.profile } : {}),
      ...(config.jurisdiction ? { jurisdiction: config.jurisdiction } : {}),
      ...(locale ? { locale } : {}),
    },
    ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
    ...(options.depth !== undefined ? { depth: options.depth } : {}),
    ...(options.ignoreRobots ? { ignoreRobots: true } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.policyUrl ? { policyUrl: normalizeUrl(options.policyUrl) } : {}),
  };
  if (options.printConfig) {
    io.stdout(`${JSON.stringify({ configFile: path, ...config, consent, site }, null, 2)}\n`);
    return 0;
  }
  const urls = [...args.map(normalizeUrl), ...(options.urls ? parseUrlList(readUrlFile(resolve(io.cwd, options.urls)), options.urls) : [])];
  if (urls.length === 0) throw new PrivacyLintError('USAGE', 'give at least one URL, or --urls FILE', { hint: 'privacy-lint audit https://example.com --urls more-sites.txt' });
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  consent.classifier = buildClassifier(consent);

  const browser = sharedBrowser({
    ...(consent.executablePath ? { executablePath: consent.executablePath } : {}),
    ...(consent.browserEndpoint ? { browserEndpoint: consent.browserEndpoint } : {}),
  });
  const progress = io.stderrIsTTY ? progressLine(io) : undefined;
  let results: SiteResult[];
  try {
    ({ results } = await runBatch(urls, {
      concurrency: options.concurrency,
      perUrlTimeoutMs,
      ...(options.out ? { out: resolve(io.cwd, options.out) } : {}),
      ...(shard ? { shard } : {}),
      audit: async (url, signal) => auditSite(url, { ...consent, ...site, browser: await browser.get(), signal }),
      isFatal: (error) => isPrivacyLintError(error) && FATAL_CODES.has(error.code),
      ...(progress ? { onProgress: progress.update } : {}),
    }));
  } finally {
    progress?.end();
    await browser.close();
  }
  const report = { tool: { name: 'privacy-lint', version: VERSION }, results };
  emitReport(report, { ...options, maxWarnings }, io);
  return exitCodeFor(report, maxWarnings);
}

function readUrlFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new PrivacyLintError('INPUT_NOT_FOUND', `cannot read the URL list ${path}: ${(error as Error).message}`);
  }
}

/**
 * One browser for the batch: started when the first site needs it, and started again if it dies, so that a crash
 * costs the sites that were open in it, not every site after it.
 */
function sharedBrowser(options: LaunchOptions) {
  const started: Promise<BrowserHandle>[] = [];
  let current: Promise<BrowserHandle> | undefined;
  const launch = () => {
    current = launchBrowser(options);
    started.push(current);
    return current;
  };
  return {
    async get(): Promise<BrowserHandle> {
      const pending = current ?? launch();
      const handle = await pending;
      if (handle.browser.isConnected()) return handle;
      return current === pending ? launch() : current!;
    },
    async close(): Promise<void> {
      await Promise.all(started.map((pending) => pending.then((handle) => handle.close(), () => undefined)));
    },
  };
}

/** Progress on one terminal line, rewritten in place; finished with a newline. */
function progressLine(io: Io) {
  let shown = false;
  return {
    update(progress: BatchProgress) {
      shown = true;
      io.stderr(`\r${formatProgress(progress)}\u001b[K`);
    },
    end() {
      if (shown) io.stderr('\n');
    },
  };
}

export function formatProgress({ done, total, failed, etaMs }: BatchProgress): string {
  const left = done === total ? 'finished' : etaMs === null ? 'estimating time left' : `about ${formatDuration(etaMs)} left`;
  return `privacy-lint audit: ${done}/${total} sites, ${failed} failed, ${left}`;
}

function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
