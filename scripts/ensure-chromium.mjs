#!/usr/bin/env node
// Makes sure a Chromium is available for the consent-audit tests, installing Debian's package when allowed.
// Order matches the library's own lookup: PRIVACY_LINT_CHROMIUM, /usr/bin/chromium, then browsers on PATH.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim() || null;
}

function findChromium() {
  const fromEnv = process.env.PRIVACY_LINT_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return null;
}

let found = findChromium();
if (!found && process.getuid?.() === 0 && onPath('apt-get')) {
  console.error('privacy-lint: Chromium not found; installing Debian\'s chromium package (apt-get install chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } catch {
    // Reported below with the manual instructions.
  }
  found = findChromium();
}
if (found) {
  console.error(`privacy-lint: using Chromium at ${found}`);
} else {
  console.error(
    'privacy-lint: no Chromium found, so the consent-audit browser tests will be skipped.\n' +
      '  Install one: sudo apt-get install chromium (Debian/Ubuntu), or set PRIVACY_LINT_CHROMIUM=/path/to/chrome.',
  );
  // In CI a silently skipped browser suite would hide regressions.
  if (process.env.CI) process.exitCode = 1;
}
