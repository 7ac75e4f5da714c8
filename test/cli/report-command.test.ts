import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { jsonLines, scratchFolder, site, unreachable } from '../report/format-html-fixtures.js';
import { clean, consent, policy } from '../report/sample-reports.js';
import { runCli } from './io.js';

const scratch = scratchFolder('report-command-');
const file = scratch.write;

const report = (cli: { stdout: string }) => JSON.parse(cli.stdout) as Report;

describe('privacy-lint report', () => {
  it('renders a killed run: complete lines are kept, the cut-off last line is skipped with a warning', async () => {
    const results = file('results.jsonl', `${jsonLines(clean, policy)}${JSON.stringify(consent).slice(0, 120)}`);
    const cli = await runCli(['report', results, '--format', 'json'], { cwd: scratch.path() });
    expect(cli.stderr).toBe('privacy-lint: warning: results.jsonl:3: skipped an incomplete last line (was the run interrupted?)\n');
    expect(report(cli).results.map((result) => result.target)).toEqual([policy.target, clean.target]);
    expect(cli.code).toBe(1);
  });

  it('merges two shards with an overlapping target: the later file wins, targets are sorted', async () => {
    const rerun = { ...consent, verdict: 'pass', findings: [], errorCount: 0, warningCount: 0 };
    const first = file('shard-0.jsonl', jsonLines(consent, clean));
    const second = file('shard-1.jsonl', jsonLines(rerun));
    const cli = await runCli(['report', first, second, '-f', 'json'], { cwd: scratch.path() });
    expect(cli.stderr).toBe('');
    expect(report(cli).results).toEqual([clean, rerun]);
    expect(report(cli).tool.name).toBe('privacy-lint');
    expect(cli.code).toBe(0);
    const reversed = await runCli(['report', second, first, '-f', 'json'], { cwd: scratch.path() });
    expect(report(reversed).results).toEqual([clean, consent]);
    expect(reversed.code).toBe(1);
  });

  it('writes a self-contained HTML file with -o, from a JSON report and a results file together', async () => {
    const saved = file('earlier.json', JSON.stringify({ tool: { name: 'privacy-lint', version: '0.0.1' }, results: [site] }));
    const batch = file('batch.jsonl', jsonLines(clean));
    const cli = await runCli(['report', saved, batch, '--format', 'html', '-o', 'report.html'], { cwd: scratch.path() });
    expect(cli.stdout).toBe('');
    expect(cli.code).toBe(1);
    const $ = load(readFileSync(join(scratch.path(), 'report.html'), 'utf8'));
    expect($('section.target h2').toArray().map((h2) => $(h2).text())).toEqual([clean.target, site.target]);
    expect($('script')).toHaveLength(0);
  });

  it('renders site results as markdown with their phases', async () => {
    const cli = await runCli(['report', file('site.jsonl', jsonLines(site)), '-f', 'markdown'], { cwd: scratch.path() });
    expect(cli.stdout).toContain('### Before any choice');
    expect(cli.stdout).toContain('**Privacy policy:** https://shop.example/privacy');
  });

  it('exits 2 for a target that could not be checked, as the other commands do', async () => {
    const cli = await runCli(['report', file('down.jsonl', jsonLines(unreachable)), '-f', 'json'], { cwd: scratch.path() });
    expect(cli.code).toBe(2);
    expect(report(cli).results[0]!.error!.code).toBe('NAVIGATION_FAILED');
  });

  it('exits 1 on more warnings than --max-warnings', async () => {
    const name = file('warned.jsonl', jsonLines({ ...clean, warningCount: 3 }));
    expect((await runCli(['report', name, '-f', 'json'], { cwd: scratch.path() })).code).toBe(0);
    expect((await runCli(['report', name, '-f', 'json', '--max-warnings', '2'], { cwd: scratch.path() })).code).toBe(1);
  });

  it.each([
    ['a missing file', () => 'nowhere.jsonl', /^privacy-lint: nowhere\.jsonl: file not found \[INPUT_NOT_FOUND\]/],
    ['a broken line before the last', () => file('broken.jsonl', `${jsonLines(clean)}not json\n${jsonLines(policy)}`), /^privacy-lint: broken\.jsonl:2: not valid JSON .*\[INPUT_UNREADABLE\]/],
    ['a result of the wrong shape', () => file('shape.jsonl', jsonLines({ ...clean, findings: 'none' })), /^privacy-lint: shape\.jsonl:1: \/findings must be array \[INPUT_UNREADABLE\]/],
  ])('exits 2 on unreadable input: %s, naming file and line', async (_name, input, message) => {
    const cli = await runCli(['report', input(), '-f', 'json'], { cwd: scratch.path() });
    expect(cli.code).toBe(2);
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toMatch(message);
  });

  it('needs at least one file and a known format', async () => {
    expect((await runCli(['report'], { cwd: scratch.path() })).code).toBe(2);
    expect((await runCli(['report', 'x.jsonl', '-f', 'pdf'], { cwd: scratch.path() })).code).toBe(2);
  });
});
