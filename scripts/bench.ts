/**
 * npm run bench: throughput of privacy-lint, reported as ratios to a baseline measured in the same run on the same
 * machine, so the figures compare across machines and loads. Sections: policy linting, the CLI, the consent audit, site-audit batches.
 *   node scripts/run-ts.mjs scripts/bench.ts [--only policy|cli|consent|batch] [--against <git ref>] [--json]
 * --against times the policy linter of an earlier commit on the same inputs, in the same run (see bench-earlier.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintPolicy } from '../src/policy/lint.js';
import { benchBatch } from './bench-batch.js';
import { benchConsent } from './bench-consent.js';
import { loadEarlierLinter, type EarlierLinter } from './bench-earlier.js';

const ROOT = resolve('.');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const againstRef = args.includes('--against') ? args[args.indexOf('--against') + 1] : undefined;
const rows: { section: string; measure: string; value: string; baseline: string; ratio: string }[] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeIt(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function row(section: string, measure: string, ms: number, baselineMs: number, baselineName: string): void {
  rows.push({ section, measure, value: `${ms.toFixed(1)} ms`, baseline: `${baselineName} ${baselineMs.toFixed(1)} ms`, ratio: `${(ms / baselineMs).toFixed(1)}×` });
}

function corpusFiles(): string[] {
  const dir = join(ROOT, 'fixtures', 'policies');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => ['.md', '.html', '.txt'].includes(extname(name)) && !name.endsWith('.labels.md'))
    .sort()
    .map((name) => join(dir, name));
}

async function benchPolicy(earlier: EarlierLinter | undefined): Promise<void> {
  const files = corpusFiles();
  const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
  // Warm-up: rules, profiles and compiled cues are loaded once per process.
  await lintPolicy(files[0]!);
  await earlier?.lintPolicy(files[0]!);
  const versus = async (measure: string, runs: number, lint: (lintFile: typeof lintPolicy | EarlierLinter['lintPolicy']) => Promise<unknown>, ms: number) => {
    if (!earlier) return;
    const before = await timeIt(runs, () => lint(earlier.lintPolicy));
    row('policy', `${measure}, this version vs ${earlier.ref}`, ms, before, earlier.commit.slice(0, 7));
  };

  const lintCorpus = async (lintFile: typeof lintPolicy | EarlierLinter['lintPolicy']) => {
    for (const file of files) await lintFile(file);
  };
  const read = await timeIt(5, () => files.forEach((file) => readFileSync(file, 'utf8')));
  const lint = await timeIt(5, () => lintCorpus(lintPolicy));
  const corpus = `lint the ${files.length} corpus policies (${(bytes / 1024).toFixed(0)} KiB)`;
  row('policy', corpus, lint, read, 'read them');
  await versus(corpus, 5, lintCorpus, lint);

  const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-bench-'));
  try {
    const texts = files.filter((file) => !file.endsWith('.html')).map((file) => readFileSync(file, 'utf8'));
    let generated = '';
    for (let i = 0; generated.length < 5 * 1024 * 1024; i++) generated += `${texts[i % texts.length]}\n\n`;
    for (const [format, ext] of [['markdown', 'md'], ['text', 'txt']] as const) {
      const path = join(dir, `generated.${ext}`);
      writeFileSync(path, generated);
      const readBig = await timeIt(3, () => readFileSync(path, 'utf8'));
      const lintBig = await timeIt(3, () => lintPolicy(path, { load: { format } }));
      const mb = Buffer.byteLength(generated) / 1024 / 1024;
      row('policy', `lint a generated ${mb.toFixed(1)} MB ${format} policy (${(mb / (lintBig / 1000)).toFixed(1)} MB/s)`, lintBig, readBig, 'read it');
      await versus(`lint a generated ${mb.toFixed(1)} MB ${format} policy`, 3, (lintFile) => lintFile(path, { load: { format } }), lintBig);
    }
    const html = files.filter((file) => file.endsWith('.html')).map((file) => readFileSync(file, 'utf8'));
    let page = '<!doctype html><html lang="fr"><body><main>';
    for (let i = 0; page.length < 5 * 1024 * 1024; i++) page += html[i % html.length]!.replace(/<\/?(html|body|head|main)[^>]*>/gi, '');
    page += '</main></body></html>';
    const htmlPath = join(dir, 'generated.html');
    writeFileSync(htmlPath, page);
    const readHtml = await timeIt(3, () => readFileSync(htmlPath, 'utf8'));
    const lintHtml = await timeIt(3, () => lintPolicy(htmlPath));
    const measure = `lint a generated ${(page.length / 1024 / 1024).toFixed(1)} MB HTML policy`;
    row('policy', measure, lintHtml, readHtml, 'read it');
    await versus(measure, 3, (lintFile) => lintFile(htmlPath), lintHtml);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function benchCli(): Promise<void> {
  const example = join(ROOT, 'fixtures', 'examples', 'privacy-policy.md');
  const node = await timeIt(5, () => spawnSync(process.execPath, ['-e', '0']));
  const cli = await timeIt(5, () => spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'policy', '-f', 'json', example]));
  row('cli', 'privacy-lint policy <one document> (wall time)', cli, node, 'node -e 0');
}

if (!only || only === 'policy') await benchPolicy(againstRef ? await loadEarlierLinter(ROOT, againstRef) : undefined);
if (!only || only === 'cli') await benchCli();
if (!only || only === 'consent') rows.push(...(await benchConsent(ROOT)));
if (!only || only === 'batch') rows.push(...(await benchBatch(ROOT)));

if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  const widths = (['section', 'measure', 'value', 'baseline', 'ratio'] as const).map((key) => Math.max(key.length, ...rows.map((r) => r[key].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(line(['section', 'measure', 'value', 'baseline', 'ratio']));
  for (const r of rows) console.log(line([r.section, r.measure, r.value, r.baseline, r.ratio]));
}
