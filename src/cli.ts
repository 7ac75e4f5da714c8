#!/usr/bin/env node
import { main } from './cli/main.js';

// Exit code through process.exitCode (never process.exit) so piped output is flushed first.
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`privacy-lint: internal error: ${reason instanceof Error ? reason.message : String(reason)}\n`);
  process.exitCode = 2;
});
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdin: process.stdin,
}).then((code) => {
  process.exitCode = code;
});
