import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PrivacyLintError } from '../../src/errors.js';
import { runBatch, type BatchProgress } from '../../src/site/batch.js';
import type { SiteResult } from '../../src/types.js';

const urls = (count: number) => Array.from({ length: count }, (_, i) => `http://site-${i}.test/`);

function siteResult(url: string, extra: Partial<SiteResult> = {}): SiteResult {
  return { target: url, kind: 'site', verdict: 'pass', policyUrl: null, policy: null, consent: null, pages: [url], findings: [], errorCount: 0, warningCount: 0, infoCount: 0, ...extra };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const SCRATCH = mkdtempSync(join(tmpdir(), 'privacy-lint-batch-'));
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

function outFile(): string {
  return join(mkdtempSync(join(SCRATCH, 'run-')), 'results.jsonl');
}

function lines(path: string): SiteResult[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as SiteResult);
}

describe('runBatch', () => {
  it.each([1, 3, 5])('never runs more than %i audits at once, and uses all of them', async (concurrency) => {
    let active = 0;
    let peak = 0;
    await runBatch(urls(12), {
      concurrency,
      perUrlTimeoutMs: 5000,
      audit: async (url) => {
        active += 1;
        peak = Math.max(peak, active);
        await sleep(5 + (url.length % 7));
        active -= 1;
        return siteResult(url);
      },
    });
    expect(peak).toBe(concurrency);
  });

  it('returns results in input order whatever order they finish in', async () => {
    const list = urls(8);
    const finished: string[] = [];
    const { results } = await runBatch(list, {
      concurrency: 4,
      perUrlTimeoutMs: 5000,
      audit: async (url) => {
        await sleep(40 - list.indexOf(url) * 5);
        finished.push(url);
        return siteResult(url);
      },
    });
    expect(finished).not.toEqual(list);
    expect(results.map((result) => result.target)).toEqual(list);
  });

  it('audits a URL given twice (in any spelling) once, under its normal form', async () => {
    const audited: string[] = [];
    const { results } = await runBatch(['HTTP://Example.TEST:80/a#top', 'http://example.test/a', 'http://other.test'], {
      concurrency: 2,
      perUrlTimeoutMs: 5000,
      audit: async (url) => {
        audited.push(url);
        return siteResult(url);
      },
    });
    expect(audited.sort()).toEqual(['http://example.test/a', 'http://other.test/']);
    expect(results.map((result) => result.target)).toEqual(['http://example.test/a', 'http://other.test/']);
  });

  it('gives up on an audit that ignores its signal, records a timeout, and goes on with the next URL', async () => {
    const [hung, ...rest] = urls(4);
    const start = Date.now();
    const { results } = await runBatch([hung!, ...rest], {
      concurrency: 1,
      perUrlTimeoutMs: 60,
      graceMs: 40,
      audit: (url) => (url === hung ? new Promise<SiteResult>(() => undefined) : Promise.resolve(siteResult(url))),
    });
    expect(Date.now() - start).toBeLessThan(2000);
    expect(results[0]).toMatchObject({ target: hung, kind: 'site', verdict: 'incomplete', error: { code: 'TOTAL_TIMEOUT' } });
    expect(results[0]!.error!.message).toMatch(/60 ms.*40 ms after being told to stop/);
    expect(results.slice(1).map((result) => result.error)).toEqual([undefined, undefined, undefined]);
  });

  it('keeps the partial result of an audit that stops when its signal fires, marked as timed out', async () => {
    const signals: AbortSignal[] = [];
    const { results } = await runBatch(['http://slow.test/', 'http://fast.test/'], {
      concurrency: 2,
      perUrlTimeoutMs: 50,
      audit: (url, signal) => {
        signals.push(signal);
        if (url === 'http://fast.test/') return Promise.resolve(siteResult(url));
        return new Promise<SiteResult>((resolve) => signal.addEventListener('abort', () => resolve(siteResult(url, { verdict: 'incomplete', pages: [url, `${url}page2`] }))));
      },
    });
    expect(results[0]).toMatchObject({ verdict: 'incomplete', pages: ['http://slow.test/', 'http://slow.test/page2'], error: { code: 'TOTAL_TIMEOUT' } });
    expect(results[0]!.error!.message).toMatch(/what was gathered before is kept/);
    expect(results[1]!.error).toBeUndefined();
    // The finished URL's signal is left alone: only a URL past its limit is told to stop.
    expect(signals.map((signal) => signal.aborted)).toEqual([true, false]);
  });

  it('turns thrown errors into result lines, written as they finish', async () => {
    const out = outFile();
    const { results } = await runBatch(['http://ok.test/', 'http://down.test/', 'http://bug.test/'], {
      concurrency: 2,
      perUrlTimeoutMs: 5000,
      out,
      audit: async (url) => {
        if (url === 'http://down.test/') throw new PrivacyLintError('NAVIGATION_FAILED', 'net::ERR_CONNECTION_REFUSED', { hint: 'is it up?' });
        if (url === 'http://bug.test/') throw new TypeError('undefined is not a function');
        return siteResult(url);
      },
    });
    expect(results.map((result) => result.error?.code ?? 'ok')).toEqual(['ok', 'NAVIGATION_FAILED', 'INTERNAL']);
    expect(results[1]).toMatchObject({ kind: 'site', verdict: 'incomplete', findings: [], error: { message: 'net::ERR_CONNECTION_REFUSED', hint: 'is it up?' } });
    expect(lines(out).map((line) => line.target).sort()).toEqual(['http://bug.test/', 'http://down.test/', 'http://ok.test/']);
  });

  it('resumes: URLs already in the results file are returned from it and not audited again', async () => {
    const out = outFile();
    const first = urls(5);
    await runBatch(first, { concurrency: 2, perUrlTimeoutMs: 5000, out, audit: async (url) => siteResult(url, { pages: [url, 'first run'] }) });
    const audited: string[] = [];
    const more = [...first.slice(0, 3), 'http://new.test/', ...first.slice(3)];
    const { results, skipped } = await runBatch(more, {
      concurrency: 2,
      perUrlTimeoutMs: 5000,
      out,
      audit: async (url) => {
        audited.push(url);
        return siteResult(url);
      },
    });
    expect(audited).toEqual(['http://new.test/']);
    expect(skipped).toBe(5);
    expect(results.map((result) => result.target)).toEqual(more);
    expect(results[0]!.pages).toEqual([first[0], 'first run']);
    expect(lines(out)).toHaveLength(6);
  });

  it('ignores a torn last line, audits its URL again, and leaves the file whole', async () => {
    const out = outFile();
    const [a, b, c] = urls(3);
    writeFileSync(out, `${JSON.stringify(siteResult(a!))}\n${JSON.stringify(siteResult(b!)).slice(0, 40)}`);
    const audited: string[] = [];
    const { skipped } = await runBatch([a!, b!, c!], {
      concurrency: 1,
      perUrlTimeoutMs: 5000,
      out,
      audit: async (url) => {
        audited.push(url);
        return siteResult(url);
      },
    });
    expect(skipped).toBe(1);
    expect(audited).toEqual([b, c]);
    expect(lines(out).map((line) => line.target)).toEqual([a, b, c]);
  });

  it('refuses to append to a file that is not a results file', async () => {
    const out = outFile();
    writeFileSync(out, `${JSON.stringify(siteResult('http://a.test/'))}\nhello world\n${JSON.stringify(siteResult('http://b.test/'))}\n`);
    let audits = 0;
    await expect(runBatch(['http://c.test/'], { concurrency: 1, perUrlTimeoutMs: 5000, out, audit: async (url) => (audits++, siteResult(url)) })).rejects.toMatchObject({
      code: 'OUTPUT_UNWRITABLE',
      message: expect.stringContaining(':2: not a privacy-lint result line'),
    });
    expect(audits).toBe(0);
  });

  it('stops on a fatal error without recording the URL it hit, so a rerun picks it up', async () => {
    const out = outFile();
    const list = urls(6);
    const fatal = new PrivacyLintError('BROWSER_UNAVAILABLE', 'no browser');
    const options = { concurrency: 1, perUrlTimeoutMs: 5000, out, isFatal: (error: unknown) => error === fatal };
    await expect(runBatch(list, { ...options, audit: async (url) => (url === list[2] ? Promise.reject(fatal) : siteResult(url)) })).rejects.toBe(fatal);
    expect(lines(out).map((line) => line.target)).toEqual(list.slice(0, 2));
    const audited: string[] = [];
    await runBatch(list, { ...options, audit: async (url) => (audited.push(url), siteResult(url)) });
    expect(audited).toEqual(list.slice(2));
  });

  it("stops when the caller's signal fires: running audits are told to stop and are not recorded", async () => {
    const out = outFile();
    const controller = new AbortController();
    const told: string[] = [];
    const run = runBatch(urls(6), {
      concurrency: 2,
      perUrlTimeoutMs: 5000,
      out,
      signal: controller.signal,
      onProgress: (progress) => progress.done === 2 && controller.abort(new Error('interrupted')),
      audit: async (url, signal) => {
        if (url.includes('site-0') || url.includes('site-1')) return sleep(10).then(() => siteResult(url));
        return new Promise<SiteResult>((resolve) => signal.addEventListener('abort', () => (told.push(url), resolve(siteResult(url, { verdict: 'incomplete' })))));
      },
    });
    await expect(run).rejects.toThrow('interrupted');
    expect(told).toEqual([urls(6)[2]]);
    expect(lines(out).map((line) => line.target)).toEqual(urls(2));
  });

  it('reports progress: done and failures counted, resumed URLs included, an estimate once a URL finished', async () => {
    const out = outFile();
    const list = urls(4);
    await runBatch(list.slice(0, 1), { concurrency: 1, perUrlTimeoutMs: 5000, out, audit: async (url) => siteResult(url) });
    const seen: BatchProgress[] = [];
    await runBatch(list, {
      concurrency: 1,
      perUrlTimeoutMs: 5000,
      out,
      onProgress: (progress) => seen.push(progress),
      audit: async (url) => {
        await sleep(5);
        if (url === list[2]) throw new Error('boom');
        return siteResult(url);
      },
    });
    expect(seen.map(({ done, total, failed }) => [done, total, failed])).toEqual([[1, 4, 0], [2, 4, 0], [3, 4, 1], [4, 4, 1]]);
    expect(seen[0]!.etaMs).toBeNull();
    expect(seen[1]!.etaMs).toBeGreaterThan(0);
    expect(seen[3]!.etaMs).toBe(0);
  });

  it('audits only the URLs of its shard; the shards together audit each URL once', async () => {
    const list = urls(40);
    const audited: string[] = [];
    for (let index = 1; index <= 3; index++) {
      const { results } = await runBatch(list, { concurrency: 4, perUrlTimeoutMs: 5000, shard: { index, count: 3 }, audit: async (url) => (audited.push(url), siteResult(url)) });
      expect(results.length).toBeGreaterThan(0);
      expect(results.length).toBeLessThan(list.length);
    }
    expect(audited.sort()).toEqual([...list].sort());
  });

  it('records failures as results of another kind when told how', async () => {
    const { results } = await runBatch(['http://a.test/'], {
      concurrency: 1,
      perUrlTimeoutMs: 5000,
      audit: async () => {
        throw new Error('no');
      },
      failed: (url, error) => ({ target: url, kind: 'consent' as const, verdict: 'incomplete' as const, partial: true, phases: {}, banner: { found: false, cmp: null, method: null }, findings: [], errorCount: 0, warningCount: 0, infoCount: 0, error }),
    });
    expect(results[0]).toMatchObject({ kind: 'consent', error: { code: 'INTERNAL', message: 'no' } });
  });

  it.each([
    [{ concurrency: 0, perUrlTimeoutMs: 1000 }, /concurrency/],
    [{ concurrency: 1.5, perUrlTimeoutMs: 1000 }, /concurrency/],
    [{ concurrency: 1, perUrlTimeoutMs: 0 }, /time limit/],
  ])('refuses %o', async (settings, message) => {
    await expect(runBatch(['http://a.test/'], { ...settings, audit: async (url) => siteResult(url) })).rejects.toMatchObject({ code: 'USAGE', message: expect.stringMatching(message) });
  });

  it('refuses a URL that is not http(s) before auditing anything', async () => {
    let audits = 0;
    await expect(runBatch(['http://a.test/', 'file:///etc/passwd'], { concurrency: 1, perUrlTimeoutMs: 1000, audit: async (url) => (audits++, siteResult(url)) })).rejects.toMatchObject({ code: 'USAGE' });
    expect(audits).toBe(0);
  });

  it('writes each result as one whole line, even when audits finish together', async () => {
    const out = outFile();
    appendFileSync(out, '');
    await runBatch(urls(30), { concurrency: 8, perUrlTimeoutMs: 5000, out, audit: async (url) => siteResult(url, { pages: Array.from({ length: 200 }, (_, i) => `${url}p${i}`) }) });
    expect(lines(out).map((line) => line.pages.length)).toEqual(Array(30).fill(200));
  });
});
