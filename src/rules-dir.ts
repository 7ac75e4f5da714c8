/** Locates the bundled `rules/` folder, from the sources (tests) as from `dist/` (the published package). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function bundledRulesDir(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'rules');
    if (existsSync(join(candidate, 'schema', 'check.schema.json'))) return (cached = candidate);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('privacy-lint: the bundled rules/ folder is missing from the installation');
    dir = parent;
  }
}

export function bundledRulesPath(...segments: string[]): string {
  return join(bundledRulesDir(), ...segments);
}
