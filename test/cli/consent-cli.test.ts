import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noChromium } from '../support/chromium.js';
import { startSiteServer, type SiteServer } from '../support/site-server.js';
import { runCli } from './io.js';

const ARTIFACTS = join(__dirname, '..', '..', 'fixtures', 'artifacts');
const KB = join(__dirname, '..', '..', 'fixtures', 'sites', 'knowledge-base.json');

describe('privacy-lint consent --from-artifacts (no browser)', () => {
  it.each([
    ['analytics-before-consent.json', 1, 'fail'],
    ['compliant-opt-in.json', 0, 'pass'],
  ])('%s exits %i with verdict %s', async (file, code, verdict) => {
    const run = await runCli(['consent', '--from-artifacts', join(ARTIFACTS, file), '-f', 'json']);
    expect(run.code).toBe(code);
    const [result] = JSON.parse(run.stdout).results;
    expect(result).toMatchObject({ kind: 'consent', verdict });
    expect(Object.keys(result.phases)).toContain('before-consent');
  });

  it('refuses a file that is not artifacts, and a missing URL list', async () => {
    const bad = await runCli(['consent', '--from-artifacts', join(ARTIFACTS, 'open-cookie-database-sample.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/ARTIFACTS_INVALID/);
    const none = await runCli(['consent']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/at least one URL/);
  });
});

describe.skipIf(noChromium())('privacy-lint consent in Chromium', () => {
  let server: SiteServer;
  beforeAll(async () => {
    server = await startSiteServer();
  });
  afterAll(() => server?.close());

  it('audits a live site, saves its artifacts, and re-audits them offline to the same findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-artifacts-'));
    const live = await runCli(['consent', server.url('no-banner-trackers'), '--knowledge-base', KB, '--save-artifacts', dir, '--settle', '500', '-f', 'json']);
    expect(live.code).toBe(1);
    const [liveResult] = JSON.parse(live.stdout).results;
    expect(liveResult.verdict).toBe('fail');
    expect(liveResult.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(['banner-missing', 'cookie-before-consent']));
    const [saved] = readdirSync(dir);
    const recorded = readFileSync(join(dir, saved!), 'utf8');
    // Values are personal identifiers: not even the artifacts keep them unless asked.
    expect(recorded).not.toMatch(/"value"/);
    const offline = await runCli(['consent', '--from-artifacts', join(dir, saved!), '--knowledge-base', KB, '-f', 'json']);
    const [offlineResult] = JSON.parse(offline.stdout).results;
    expect(offlineResult.findings.map((f: { ruleId: string; outcome: string }) => `${f.ruleId}:${f.outcome}`).sort()).toEqual(
      liveResult.findings.map((f: { ruleId: string; outcome: string }) => `${f.ruleId}:${f.outcome}`).sort(),
    );
  });

  it('reports an unreachable URL as a runtime error (exit 2) with a result line', async () => {
    const run = await runCli(['consent', 'http://127.0.0.1:9/', '--timeout', '20000', '-f', 'json']);
    expect(run.code).toBe(2);
    const [result] = JSON.parse(run.stdout).results;
    expect(result.error.code).toMatch(/NAVIGATION/);
  });
});
