import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, loadConfig } from '../../src/config/load-config.js';
import { matchesAnyGlob } from '../../src/config/glob.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'privacy-lint-config-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('config files', () => {
  it('is found by walking up from the working directory, with paths resolved against its folder', () => {
    const root = tree({
      'privacy-lint.config.json': JSON.stringify({ profile: './profiles/mine.json', rules: { 'dpo-contact': 'off' }, consent: { knowledgeBase: ['kb.json'] } }),
      'docs/legal/.keep': '',
    });
    const { path, config } = loadConfig({ cwd: join(root, 'docs', 'legal') });
    expect(path).toBe(join(root, 'privacy-lint.config.json'));
    expect(config.profile).toBe(join(root, 'profiles', 'mine.json'));
    expect(config.consent?.knowledgeBase).toEqual([join(root, 'kb.json')]);
    expect(config.rules).toEqual({ 'dpo-contact': 'off' });
  });

  it('keeps built-in profile names as they are', () => {
    const root = tree({ 'privacy-lint.config.json': JSON.stringify({ profile: 'gdpr-art14' }) });
    expect(loadConfig({ cwd: root }).config.profile).toBe('gdpr-art14');
  });

  it('is ignored with lookup off', () => {
    const root = tree({ 'privacy-lint.config.json': '{"profile":"gdpr"}' });
    expect(loadConfig({ cwd: root, lookup: false })).toEqual({ path: null, config: {} });
    expect(findConfigFile(root)).toBe(join(root, 'privacy-lint.config.json'));
  });

  it.each([
    ['an unknown key', { profle: 'gdpr' }, /\/ must NOT have additional properties \(profle\)/],
    ['a bad level', { rules: { retention: 'loud' } }, /\/rules\/retention must be equal to one of the allowed values/],
    ['a bad language', { languages: ['pt'] }, /\/languages\/0/],
    ['a bad endpoint', { consent: { browserEndpoint: 'http://x' } }, /\/consent\/browserEndpoint/],
  ])('rejects %s, naming the file and the JSON path', (_name, content, message) => {
    const root = tree({ 'privacy-lint.config.json': JSON.stringify(content) });
    expect(() => loadConfig({ cwd: root })).toThrow(message);
    expect(() => loadConfig({ cwd: root })).toThrow(join(root, 'privacy-lint.config.json'));
  });

  it('rejects broken JSON and a missing explicit file', () => {
    const root = tree({ 'privacy-lint.config.json': '{"profile": ' });
    expect(() => loadConfig({ cwd: root })).toThrow(/not valid JSON/);
    expect(() => loadConfig({ cwd: root, explicit: 'nope.json' })).toThrow(/config file not found/);
  });
});

describe('ignore globs', () => {
  it.each([
    ['/a/docs/old/x.md', ['/a/docs/old/**'], true],
    ['/a/docs/old/deep/x.md', ['/a/docs/**/x.md'], true],
    ['/a/docs/x.md', ['/a/docs/**/x.md'], true],
    ['/a/docs/x.html', ['/a/docs/*.md'], false],
    ['/a/docs/sub/x.md', ['/a/docs/*.md'], false],
    ['/a/docs/x1.md', ['/a/docs/x?.md'], true],
  ])('%s against %j → %s', (path, globs, expected) => {
    expect(matchesAnyGlob(path, globs)).toBe(expected);
  });
});
