/**
 * Batch throughput: the fixture sites of fixtures/batch/sites.txt, served on 127.0.0.1, audited by the site pipeline
 * through `runBatch` with one shared browser, at concurrency 1, 2 and 4. Reported as sites per minute, the speed-up
 * over concurrency 1 measured in the same run, and the browser's peak memory (sum of its processes' RSS, sampled).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildClassifier } from '../src/consent/audit.js';
import { findChromium, launchBrowser, type BrowserHandle } from '../src/consent/browser.js';
import { auditSite } from '../src/site/audit-site.js';
import { runBatch } from '../src/site/batch.js';
import { parseUrlList } from '../src/site/batch-urls.js';
import { startSiteServer } from '../test/support/site-server.js';
import { withPeakMemory, type Row } from './bench-consent.js';

const CONCURRENCY = [1, 2, 4];

export async function benchBatch(root: string): Promise<Row[]> {
  try {
    findChromium();
  } catch {
    return [{ section: 'batch', measure: 'skipped: no Chromium found', value: '-', baseline: '-', ratio: '-' }];
  }
  const server = await startSiteServer();
  const list = join(root, 'fixtures', 'batch', 'sites.txt');
  const urls = parseUrlList(readFileSync(list, 'utf8').replaceAll('{{PORT}}', String(server.port)), list);
  const classifier = buildClassifier({ knowledgeBase: [join(root, 'fixtures', 'sites', 'knowledge-base.json')] });
  const rows: Row[] = [];
  let browser: BrowserHandle | undefined;
  try {
    browser = await launchBrowser();
    const handle = browser;
    let baseline: number | undefined;
    for (const concurrency of CONCURRENCY) {
      const { result: perMinute, peakMiB } = await withPeakMemory(async () => {
        const start = performance.now();
        await runBatch(urls, { concurrency, perUrlTimeoutMs: 180_000, audit: (url, signal) => auditSite(url, { browser: handle, classifier, signal }) });
        return urls.length / ((performance.now() - start) / 60_000);
      });
      baseline ??= perMinute;
      rows.push({
        section: 'batch',
        measure: `privacy-lint audit, ${urls.length} fixture sites, concurrency ${concurrency}: sites/min (browser peak ${peakMiB.toFixed(0)} MiB)`,
        value: `${perMinute.toFixed(1)}/min`,
        baseline: `concurrency 1 ${baseline.toFixed(1)}/min`,
        ratio: `${(perMinute / baseline).toFixed(2)}×`,
      });
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return rows;
}
