/**
 * Global setup: every temporary folder the tests make (theirs, the CLI's, Chromium's profile) goes under one scratch
 * folder, removed when the run ends, so a test run leaves nothing behind in the system's temporary folder.
 * Workers start after this and inherit TMPDIR, which os.tmpdir() reads on each call.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const scratch = mkdtempSync(join(tmpdir(), 'privacy-lint-tests-'));
  process.env.TMPDIR = scratch;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  };
}
