import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledRulesDir } from './rules-dir.js';

/** Read from package.json next to the bundled rules/ folder, so source and build report the same version. */
export const VERSION: string = (JSON.parse(readFileSync(join(bundledRulesDir(), '..', 'package.json'), 'utf8')) as { version: string }).version;
