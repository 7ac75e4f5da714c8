import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProgress } from '../../src/cli/audit-command.js';
import type { SiteResult } from '../../src/types.js';
import { noChromium } from '../support/chromium.js';
import { startSiteServer, type SiteServer } from '../support/site-server.js';
import { runCli } from './io.js';

const ROOT = join(__dirname, '..', '..');
const KB = join(ROOT, 'fixtures', 'sites', 'knowledge-base.json');
const NO_BROWSER = join(ROOT, 'fixtures', 'batch', 'no-such-chromium');

const SCRATCH = mkdtempSync(join(tmpdir(), 'privacy-lint-audit-'));
afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

function scratch(): string {
  return mkdtempSync(join(SCRATCH, 'run-'));
}

/** The complete lines of a results file: a line being written, or torn by a kill, is not one yet. */
function resultLines(path: string): SiteResult[] {
  const text = readFileSync(path, 'utf8');
  return text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean).map((line) => JSON.parse(line) as SiteResult);
}

function siteResult(url: string, error?: SiteResult['error']): SiteResult {
  return { target: url, kind: 'site', verdict: error ? 'incomplete' : 'pass', policyUrl: null, policy: null, consent: null, pages: [url], findings: [], errorCount: 0, warningCount: 0, infoCount: 0, ...(error ? { error } : {}) };
}

describe('privacy-lint audit (no browser)', () => {
  it('names every invalid line of a --urls file and exits 2', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'urls.txt'), '# sites\nhttps://ok.example\n\nwww.example.com\nmailto:dpo@example.com\n');
    const run = await runCli(['audit', '--urls', 'urls.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('2 invalid lines in urls.txt');
    expect(run.stderr).toContain('urls.txt:4: not a URL: "www.example.com"');
    expect(run.stderr).toContain('urls.txt:5: not an http(s) URL: "mailto:dpo@example.com"');
    expect(run.stdout).toBe('');
  });

  it.each([
    [['audit'], /at least one URL/],
    [['audit', 'https://a.example', '--shard', '3/2'], /--shard expects i\/n/],
    [['audit', 'notaurl'], /not a URL/],
    [['audit', '--urls', 'missing.txt'], /INPUT_NOT_FOUND/],
    [['audit', 'https://a.example', '--concurrency', '0'], /concurrency/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const run = await runCli(argv, { cwd: scratch() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('bounds the consent part by the per-site --timeout (--print-config)', async () => {
    const run = await runCli(['audit', 'https://a.example', '--timeout', '20000', '--settle', '300', '--print-config', '--no-config']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).consent.timeouts).toEqual({ totalMs: 20_000, navigationMs: 30_000, settleMs: 300 });
  });

  it('starts no browser when --out already has every URL, and reports them all', async () => {
    const dir = scratch();
    const urls = ['https://a.example/', 'https://b.example/'];
    writeFileSync(join(dir, 'out.jsonl'), `${JSON.stringify(siteResult(urls[0]!))}\n${JSON.stringify(siteResult(urls[1]!, { code: 'NAVIGATION_FAILED', message: 'refused' }))}\n`);
    // A browser start would fail here (no such executable), and end the run with BROWSER_UNAVAILABLE.
    const run = await runCli(['audit', ...urls, 'HTTPS://A.example', '--out', 'out.jsonl', '--executable-path', NO_BROWSER, '-f', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).results.map((result: SiteResult) => [result.target, result.error?.code ?? null])).toEqual([
      [urls[0], null],
      [urls[1], 'NAVIGATION_FAILED'],
    ]);
  });

  it('stops on a browser that cannot be started, and records nothing, so a rerun redoes every URL', async () => {
    const dir = scratch();
    const run = await runCli(['audit', 'http://127.0.0.1:9/', 'http://127.0.0.1:9/other', '--out', 'out.jsonl', '--executable-path', NO_BROWSER], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/BROWSER_UNAVAILABLE/);
    expect(existsSync(join(dir, 'out.jsonl')) ? readFileSync(join(dir, 'out.jsonl'), 'utf8') : '').toBe('');
  });
});

describe('formatProgress', () => {
  it.each([
    [{ done: 0, total: 40, failed: 0, etaMs: null }, 'privacy-lint audit: 0/40 sites, 0 failed, estimating time left'],
    [{ done: 12, total: 40, failed: 2, etaMs: 45_200 }, 'privacy-lint audit: 12/40 sites, 2 failed, about 45 s left'],
    [{ done: 12, total: 400, failed: 2, etaMs: 190_000 }, 'privacy-lint audit: 12/400 sites, 2 failed, about 3 min left'],
    [{ done: 1, total: 9000, failed: 0, etaMs: 7_500_000 }, 'privacy-lint audit: 1/9000 sites, 0 failed, about 2 h 5 min left'],
    [{ done: 40, total: 40, failed: 3, etaMs: 0 }, 'privacy-lint audit: 40/40 sites, 3 failed, finished'],
  ])('%o', (progress, line) => {
    expect(formatProgress(progress)).toBe(line);
  });
});

/** A port that was free a moment ago: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function fixtureList(name: string, ports: { port: number; closedPort: number }): string {
  return readFileSync(join(ROOT, 'fixtures', 'batch', name), 'utf8').replaceAll('{{PORT}}', String(ports.port)).replaceAll('{{CLOSED_PORT}}', String(ports.closedPort));
}

describe.skipIf(noChromium())('privacy-lint audit of a batch in Chromium', () => {
  let server: SiteServer;
  let dir: string;
  let sites: string[];
  let troubled: string[];
  // Short waits keep the run short. A batch is bounded by ⌈URLs / concurrency⌉ rounds of the per-site limit and the
  // 10 s a stopped audit is given to return.
  const TIMEOUT_MS = 45_000;
  const BATCH_ARGS = ['--timeout', String(TIMEOUT_MS), '--navigation-timeout', '3000', '--settle', '300', '--pages', '1', '--knowledge-base', KB, '--no-config'];
  const bound = (count: number, concurrency: number) => Math.ceil(count / concurrency) * (TIMEOUT_MS + 10_000) + 15_000;

  beforeAll(async () => {
    server = await startSiteServer();
    dir = scratch();
    const ports = { port: server.port, closedPort: await closedPort() };
    const urlsOf = (text: string) => text.split('\n').filter((line) => line.startsWith('http'));
    sites = urlsOf(fixtureList('sites.txt', ports));
    troubled = urlsOf(fixtureList('unreachable-and-hanging.txt', ports));
  });

  afterAll(async () => {
    await server?.close();
  });

  function listFile(name: string, urls: string[]): string {
    const path = join(dir, name);
    writeFileSync(path, `# ${urls.length} URLs\n${urls.join('\n')}\n`);
    return path;
  }

  it('gives every URL of a mixed batch one result line, within a bounded time', async () => {
    const urls = [...sites, ...troubled];
    expect(urls.length).toBeGreaterThanOrEqual(20);
    const out = join(dir, 'mixed.jsonl');
    const start = Date.now();
    const run = await runCli(['audit', '--urls', listFile('mixed.txt', urls), '--out', out, '--concurrency', '4', ...BATCH_ARGS, '-f', 'json'], { stderrIsTTY: true });
    expect(Date.now() - start).toBeLessThan(bound(urls.length, 4));
    // On a terminal, stderr carries one progress line, rewritten in place, that ends finished.
    expect(run.stderr).toContain(`\rprivacy-lint audit: ${urls.length}/${urls.length} sites`);
    expect(run.stderr.trimEnd().endsWith('finished\u001b[K')).toBe(true);
    expect(run.code).toBe(2);
    const results = JSON.parse(run.stdout).results as SiteResult[];
    expect(results.map((result) => result.target).sort()).toEqual([...urls].sort());
    expect(resultLines(out).map((line) => line.target).sort()).toEqual([...urls].sort());
    const byTarget = new Map(results.map((result) => [result.target, result]));
    // Real audits happened: every fixture site was opened in the browser and crawled, and violations were found.
    for (const url of sites) expect(byTarget.get(url)!.consent?.phases['before-consent'], url).toBeDefined();
    expect(sites.map((url) => byTarget.get(url)!.verdict)).toContain('fail');
    // Unreachable sites are reported with the reason; pages that never finish loading are recorded as partial.
    for (const url of troubled.filter((url) => !url.includes('/hostile-'))) expect(byTarget.get(url), url).toMatchObject({ verdict: 'incomplete', error: { code: expect.any(String) } });
    for (const url of troubled.filter((url) => url.includes('/hostile-'))) {
      expect(byTarget.get(url)!.consent?.partial, url).toBe(true);
      expect(byTarget.get(url)!.verdict, url).not.toBe('pass');
    }
  }, 400_000);

  it('resumes after being killed: the rerun finishes the rest and redoes none of the finished URLs', async () => {
    const urls = [...sites.slice(0, 5), ...troubled];
    const list = listFile('resume.txt', urls);
    const out = join(dir, 'resumed.jsonl');
    const args = ['audit', '--urls', list, '--out', out, '--concurrency', '3', ...BATCH_ARGS];
    const cli = await bundleCli();
    const child = spawn(process.execPath, [cli.path, ...args, '-o', join(dir, 'killed-report.json')], {
      cwd: ROOT,
      // Its own process group, to kill it whole; its browser's throw-away profile lands in our scratch folder.
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, TMPDIR: dir },
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    let exitCode: number | null | undefined;
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve((exitCode = code))));
    try {
      await waitFor(() => (existsSync(out) && resultLines(out).length >= 3) || exitCode !== undefined, bound(urls.length, 3));
      expect(exitCode, `the batch ended before it could be killed:\n${stderr}`).toBeUndefined();
    } finally {
      if (exitCode === undefined) process.kill(-child.pid!, 'SIGKILL');
      await exited;
      cli.remove();
    }
    const before = readFileSync(out, 'utf8');
    const done = resultLines(out).map((line) => line.target);
    expect(done.length).toBeLessThan(urls.length);
    const mark = server.requests.length;

    const rerun = await runCli([...args, '-f', 'json']);
    expect(rerun.stderr).not.toContain('privacy-lint audit:');
    expect(JSON.parse(rerun.stdout).results.map((result: SiteResult) => result.target).sort()).toEqual([...urls].sort());
    expect(resultLines(out).map((line) => line.target).sort()).toEqual([...urls].sort());
    // The finished lines stay as they were (a torn last line aside), and their pages were not requested again.
    expect(readFileSync(out, 'utf8').startsWith(before.slice(0, before.lastIndexOf('\n') + 1))).toBe(true);
    const served = (url: string) => new URL(url).port === String(server.port);
    const startPage = (url: string) => `${new URL(url).pathname}${new URL(url).search}`;
    const requested = new Set(server.requests.slice(mark).filter((request) => request.host === '127.0.0.1').map((request) => request.path));
    for (const url of done.filter(served)) expect(requested.has(startPage(url)), url).toBe(false);
    expect(urls.filter((url) => served(url) && !done.includes(url)).every((url) => requested.has(startPage(url)))).toBe(true);
  }, 400_000);
});

/** The CLI as one ES module next to node_modules (so its imports resolve), for a child process that can be killed. */
async function bundleCli(): Promise<{ path: string; remove: () => void }> {
  const cache = join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outdir = mkdtempSync(join(cache, 'privacy-lint-audit-test-'));
  const path = join(outdir, 'cli.mjs');
  await build({ entryPoints: [join(ROOT, 'src', 'cli.ts')], outfile: path, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  return { path, remove: () => rmSync(outdir, { recursive: true, force: true }) };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
