/**
 * Consent-audit throughput on the fixture sites served on 127.0.0.1: seconds per URL for the three-phase audit,
 * sequential and with four contexts sharing one browser, against the baseline of simply loading each page once in
 * the same browser; and the browser's peak memory (sum of its processes' RSS, sampled).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { auditUrls, buildClassifier } from '../src/consent/audit.js';
import { findChromium, launchBrowser, type BrowserHandle } from '../src/consent/browser.js';
import { startSiteServer } from '../test/support/site-server.js';

export interface Row {
  section: string;
  measure: string;
  value: string;
  baseline: string;
  ratio: string;
}

/** RSS of a process and all its descendants, in MiB, from ps (Linux). */
function treeRssMiB(rootPid: number): number {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(table.map(([pid, , kb]) => [pid, kb]));
  let total = 0;
  for (const stack = [rootPid]; stack.length > 0; ) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/** Chromium's main process is a child of this Node process; sample the heaviest tree while `fn` runs. */
export async function withPeakMemory<T>(fn: () => Promise<T>): Promise<{ result: T; peakMiB: number }> {
  let peakMiB = 0;
  const sample = () => {
    const own = treeRssMiB(process.pid) - process.memoryUsage().rss / 1024 / 1024;
    peakMiB = Math.max(peakMiB, own);
  };
  const timer = setInterval(sample, 200);
  try {
    const result = await fn();
    sample();
    return { result, peakMiB };
  } finally {
    clearInterval(timer);
  }
}

export async function benchConsent(root: string): Promise<Row[]> {
  try {
    findChromium();
  } catch {
    return [{ section: 'consent', measure: 'skipped: no Chromium found', value: '-', baseline: '-', ratio: '-' }];
  }
  const sitesDir = join(root, 'fixtures', 'sites');
  const sites = readdirSync(sitesDir)
    .filter((name) => !name.startsWith('_') && !name.startsWith('hostile-') && existsSync(join(sitesDir, name, 'site.json')))
    .sort();
  const server = await startSiteServer();
  const urls = sites.map((site) => server.url(site));
  const classifier = buildClassifier({ knowledgeBase: [join(sitesDir, 'knowledge-base.json')] });
  const rows: Row[] = [];
  let browser: BrowserHandle | undefined;
  try {
    browser = await launchBrowser();
    const handle = browser;
    const load = performance.now();
    for (const url of urls) {
      const context = await handle.browser.newContext();
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await context.close();
    }
    const loadPerUrl = (performance.now() - load) / urls.length;
    for (const concurrency of [1, 4]) {
      const { result: seconds, peakMiB } = await withPeakMemory(async () => {
        const start = performance.now();
        await auditUrls(urls, { browser: handle, classifier, concurrency, pages: 2 });
        return (performance.now() - start) / 1000 / urls.length;
      });
      rows.push({
        section: 'consent',
        measure: `three-phase audit, ${urls.length} fixture sites, concurrency ${concurrency}: s/URL (browser peak ${peakMiB.toFixed(0)} MiB)`,
        value: `${seconds.toFixed(2)} s`,
        baseline: `one page load ${(loadPerUrl / 1000).toFixed(2)} s`,
        ratio: `${(seconds / (loadPerUrl / 1000)).toFixed(1)}×`,
      });
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return rows;
}
