import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './io.js';

const EXAMPLE = join(__dirname, '..', '..', 'fixtures', 'examples', 'privacy-policy.md');
const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

let server: Server;
let closedPort: number;
beforeAll(async () => {
  // A port that was just free: connecting to it is refused, with no outside address involved.
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closedPort = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
afterAll(() => server.close());

describe('privacy-lint policy: bad input is one line and exit 2', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing file', () => [join(dir, 'nope.md')], /INPUT_NOT_FOUND/],
    ['a directory', () => [dir], /INPUT_IS_DIRECTORY/],
    ['an empty file', () => [file('empty.md', '  \n\n')], /INPUT_EMPTY/],
    ['a binary file', () => [file('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))], /INPUT_BINARY/],
    ['a 20 MB file', () => [file('huge.txt', 'Nous conservons vos données pendant trois ans. '.repeat(440_000))], /INPUT_TOO_LARGE/],
    ['an unreachable URL', () => [`http://127.0.0.1:${closedPort}/privacy`], /FETCH_FAILED/],
    ['an invalid config', () => ['--config', file('bad.config.json', '{"rules":{"retention":"loud"}}'), EXAMPLE], /CONFIG_INVALID/],
    ['an invalid profile schema', () => ['--profile', file('bad.schema.json', '{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Bad","type":"object","properties":{"elements":{"type":"nonsense"}}}'), EXAMPLE], /PROFILE_INVALID/],
    ['an unknown option', () => ['--frobnicate', EXAMPLE], /unknown option/],
    ['an unknown format', () => ['--format', 'pdf', EXAMPLE], /argument 'pdf' is invalid/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const run = await runCli(['policy', ...args()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps the results of good inputs next to a bad one', async () => {
    const run = await runCli(['policy', '--format', 'json', EXAMPLE, join(dir, 'nope.md')]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.results).toHaveLength(2);
    const byTarget = (end: string) => report.results.find((result: { target: string }) => result.target.endsWith(end));
    expect(byTarget('privacy-policy.md').elements['controller-identity'].status).toBe('present');
    expect(byTarget('nope.md').error.code).toBe('INPUT_NOT_FOUND');
  });

  it('lints broken HTML instead of failing', async () => {
    const run = await runCli(['policy', '--format', 'json', file('broken.html', '<html><body><h1>Privacy<h2>Your rights</h3><p>You have the right of access <b>and <i>rectification</div></p')]);
    expect(run.code).not.toBe(2);
    expect(JSON.parse(run.stdout).results[0].elements['right-access'].status).toBe('present');
  });
});

describe('privacy-lint policy: results and exit codes', () => {
  it('lints the bundled example with only warnings and exit 0', async () => {
    const run = await runCli(['policy', '--format', 'json', EXAMPLE]);
    const report = JSON.parse(run.stdout);
    expect(report.tool.name).toBe('privacy-lint');
    expect(report.results[0]).toMatchObject({ kind: 'policy', language: 'en', errorCount: 0 });
    expect(run.code).toBe(0);
  });

  it('exits 1 on error-level findings, and --max-warnings counts warnings', async () => {
    const sloppy = file('sloppy.md', '# Privacy\n\nWe use cookies to improve your experience.\n');
    expect((await runCli(['policy', '-f', 'json', sloppy])).code).toBe(1);
    const warned = file('warned.md', '# Privacy\n\nWe use cookies.\n');
    const all = Object.fromEntries(['controller-identity', 'controller-contact', 'purposes', 'legal-basis', 'recipients', 'retention', 'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-portability', 'right-object', 'right-complaint'].map((id) => [id, 'warn']));
    const config = file('warn.config.json', JSON.stringify({ rules: all }));
    expect((await runCli(['policy', '-f', 'json', '-c', config, warned])).code).toBe(0);
    expect((await runCli(['policy', '-f', 'json', '-c', config, '--max-warnings', '0', warned])).code).toBe(1);
  });

  it('--rule and --quiet shape the findings', async () => {
    const sloppy = file('sloppy2.md', '# Privacy\n\nWe use cookies to improve your experience.\n');
    const quiet = JSON.parse((await runCli(['policy', '-f', 'json', '--quiet', sloppy])).stdout).results[0];
    expect(quiet.findings.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
    const off = JSON.parse((await runCli(['policy', '-f', 'json', '--rule', 'retention=off', sloppy])).stdout).results[0];
    expect(off.findings.some((f: { ruleId: string }) => f.ruleId === 'retention')).toBe(false);
    expect((await runCli(['policy', '--rule', 'retention=loud', sloppy])).code).toBe(2);
  });

  it('reads stdin with -', async () => {
    const run = await runCli(['policy', '-f', 'json', '-'], { stdin: '# Datenschutzerklärung\n\nVerantwortlich ist die Muster GmbH, Hauptstraße 1, 10115 Berlin.\n' });
    const result = JSON.parse(run.stdout).results[0];
    expect(result.target).toBe('<stdin>');
    expect(result.language).toBe('de');
  });

  it('writes to -o and prints the resolved config', async () => {
    const out = join(dir, 'report.sarif');
    const run = await runCli(['policy', '-f', 'sarif', '-o', out, EXAMPLE]);
    expect(run.stdout).toBe('');
    expect(JSON.parse((await import('node:fs')).readFileSync(out, 'utf8')).version).toBe('2.1.0');
    const printed = await runCli(['policy', '--print-config', '--no-config', '--profile', 'gdpr-art14', EXAMPLE]);
    expect(JSON.parse(printed.stdout)).toMatchObject({ configFile: null, profile: 'gdpr-art14' });
  });

  it('defaults to stylish on a terminal', async () => {
    const run = await runCli(['policy', EXAMPLE], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(run.stdout).toMatch(/privacy-policy\.md|No problems/);
    expect(() => JSON.parse(run.stdout)).toThrow();
    expect(run.stdout).not.toContain('\u001b[');
  });
});

describe('privacy-lint rules', () => {
  it('lists every element with its article', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    const rules = JSON.parse(run.stdout) as { id: string; kind: string; articles?: string[] }[];
    expect(rules.filter((rule) => rule.kind === 'element')).toHaveLength(25);
    expect(rules.find((rule) => rule.id === 'retention')?.articles?.join(' ')).toMatch(/13\(2\)\(a\)/);
  });
});
