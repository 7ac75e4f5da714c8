/**
 * An earlier version of the linter, built from git history, so the bench can time it on the same inputs in the same
 * run: `--against <ref>` answers "how much slower did detection get?" with a ratio that holds across machines.
 * The ref's src/, rules/ and package.json are extracted under node_modules/.cache (so bare imports resolve to this checkout's
 * node_modules, and the earlier code finds its own rules/), then bundled with esbuild and imported.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export type LintFile = (path: string, options?: { load?: { format?: 'markdown' | 'text' | 'html' } }) => Promise<unknown>;

export interface EarlierLinter {
  ref: string;
  commit: string;
  lintPolicy: LintFile;
}

export async function loadEarlierLinter(root: string, ref: string): Promise<EarlierLinter> {
  const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = resolve(root, 'node_modules', '.cache', `privacy-lint-at-${commit.slice(0, 12)}`);
  const entry = join(dir, 'dist', 'index.mjs');
  if (!existsSync(entry)) {
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', '--format=tar', commit, 'src', 'rules', 'package.json'], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    await build({
      entryPoints: [join(dir, 'src', 'index.ts')],
      outfile: entry,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    });
  }
  const module = (await import(pathToFileURL(entry).href)) as { lintPolicy?: LintFile };
  if (typeof module.lintPolicy !== 'function') throw new Error(`${ref} (${commit.slice(0, 12)}) exports no lintPolicy to compare with.`);
  return { ref, commit, lintPolicy: module.lintPolicy };
}
