import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditSite } from '../../src/site/audit-site.js';
import { mergeDeclarations } from '../../src/site/declared-cookies.js';
import { readPolicy } from '../../src/site/read-policy.js';
import { serveAtRoot, type RootServer } from './serve-at-root.js';

const PRIVACY = `<!doctype html><html lang="en"><body><main><h1>Privacy policy</h1>
<p>Northwind Tea Ltd, 3 Quay Street, Galway, is the controller (privacy@northwind.example).</p>
<h2>Cookies</h2><table><tr><th>Cookie</th><th>Lifetime</th></tr><tr><td>session_id</td><td>session</td></tr></table>
<p>Our cookie policy lists the other cookies.</p></main></body></html>`;
const COOKIES = `<!doctype html><html lang="en"><body><main><h1>Cookie policy</h1>
<table><tr><th>Name</th><th>Provider</th><th>Duration</th></tr><tr><td>session_id</td><td>Us</td><td>1 year</td></tr><tr><td>_tb</td><td>Tagbox Analytics</td><td>13 months</td></tr></table>
</main></body></html>`;

describe('readPolicy', () => {
  let dir: string;
  let server: RootServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'privacy-lint-policy-'));
    writeFileSync(join(dir, 'privacy.html'), PRIVACY);
    writeFileSync(join(dir, 'cookies.html'), COOKIES);
    server = await serveAtRoot(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lints the policy and merges the declarations of the cookie policy, the privacy policy first', async () => {
    const half = await readPolicy({ status: 'found', url: `${server.origin}/privacy.html`, page: `${server.origin}/` }, `${server.origin}/cookies.html`);
    expect(half.policy).toMatchObject({ kind: 'policy', target: `${server.origin}/privacy.html`, language: 'en' });
    expect(half.cookiePolicyUrl).toBe(`${server.origin}/cookies.html`);
    expect(half.evidence?.declared.cookies.map((cookie) => [cookie.name, cookie.lifetimeDays, cookie.source.target])).toEqual([
      ['session_id', 0, `${server.origin}/privacy.html`],
      ['_tb', 395.417, `${server.origin}/cookies.html`],
    ]);
    expect(half.evidence?.documents).toHaveLength(2);
  });

  it('turns a policy that cannot be read into an unreadable search, and keeps a cookie policy that cannot be read out', async () => {
    const missing = await readPolicy({ status: 'given', url: `${server.origin}/gone.html` }, null);
    expect(missing).toMatchObject({ search: { status: 'unreadable', url: `${server.origin}/gone.html` }, policy: null, evidence: null });
    expect(missing.search.status === 'unreadable' && missing.search.reason).toContain('404');
    const withoutCookies = await readPolicy({ status: 'given', url: `${server.origin}/privacy.html` }, `${server.origin}/gone.html`);
    expect(withoutCookies.cookiePolicyUrl).toBeNull();
    expect(withoutCookies.evidence?.declared.cookies.map((cookie) => cookie.name)).toEqual(['session_id']);
  });

  it('reads nothing when no policy was found', async () => {
    expect(await readPolicy({ status: 'not-found', pages: [`${server.origin}/`] }, null)).toMatchObject({ policy: null, evidence: null, search: { status: 'not-found' } });
  });
});

describe('mergeDeclarations', () => {
  it('keeps one declaration per name and pattern, and every category', () => {
    const source = { target: 'p', line: 1, column: 1, kind: 'table' as const };
    const merged = mergeDeclarations([
      { cookies: [{ name: 'a', match: 'exact', lifetimeDays: 1, source }], categories: ['analytics'] },
      { cookies: [{ name: 'a', match: 'exact', lifetimeDays: 9, source }, { name: 'a', match: 'prefix', source }], categories: ['analytics', 'marketing'] },
    ]);
    expect(merged).toEqual({ cookies: [{ name: 'a', match: 'exact', lifetimeDays: 1, source }, { name: 'a', match: 'prefix', source }], categories: ['analytics', 'marketing'] });
  });
});

describe('auditSite', () => {
  it('refuses what is not an http(s) URL before doing anything', async () => {
    await expect(auditSite('file:///etc/passwd')).rejects.toMatchObject({ code: 'USAGE' });
    await expect(auditSite('not a url')).rejects.toMatchObject({ code: 'USAGE' });
  });
});
