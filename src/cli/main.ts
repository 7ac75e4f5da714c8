/**
 * The command line: parses arguments, runs a pipeline, formats, writes, and returns the exit code. It never calls
 * process.exit, so tests run it in-process and output always flushes.
 *   0  no error-level finding (and warnings within --max-warnings)
 *   1  error-level findings, or more warnings than --max-warnings
 *   2  usage, config, input or internal error
 */
import { Command, CommanderError, Option } from 'commander';
import { describeError, isPrivacyLintError, PrivacyLintError } from '../errors.js';
import { LANGUAGES } from '../types.js';
import { FORMATS } from '../report/index.js';
import { VERSION } from '../version.js';
import { runPolicyCommand } from './policy-command.js';
import { runRulesCommand } from './rules-command.js';
import type { CommonOptions, Io } from './output.js';

export type { Io } from './output.js';

export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode = 0;
  let debug = argv.includes('--debug');
  const program = new Command('privacy-lint')
    .description('Lint privacy policies against the GDPR and audit cookie consent on live sites.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text) })
    .showHelpAfterError('(run with --help for usage)');

  const withCommon = (command: Command) =>
    command
      .addOption(new Option('-f, --format <name>', 'output format (default: stylish on a terminal, json otherwise)').choices(FORMATS))
      .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
      .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseInteger, -1)
      .option('--quiet', 'report errors only')
      .option('-c, --config <file>', 'use this config file (no lookup)')
      .option('--no-config', 'ignore privacy-lint.config.json files')
      .option('--print-config', 'print the resolved configuration and exit')
      .option('--rule <id=level...>', 'set a rule level: off, info, warn or error (repeatable)')
      .option('--debug', 'print stack traces for internal errors');

  withCommon(
    program
      .command('policy')
      .description('lint privacy policies: files (.md, .html, .txt), http(s) URLs, or - for stdin')
      .argument('<inputs...>', 'files, URLs, or -')
      .option('-p, --profile <name|file>', 'requirement profile: a built-in name or a JSON Schema file')
      .addOption(new Option('--lang <code>', 'document language (skip detection)').choices(LANGUAGES))
      .addOption(new Option('--locale <code>', 'language of messages beside English').choices(LANGUAGES))
      .option('--jurisdiction <code>', 'country whose authority and national rules apply (fr, be, de, uk…)')
      .option('--timeout <ms>', 'timeout for URLs', parseInteger, 15_000)
      .option('--max-size <bytes>', 'refuse inputs larger than this', parseInteger, 10 * 1024 * 1024),
  ).action(async (inputs: string[], options: PolicyCliOptions) => {
    debug = Boolean(options.debug);
    exitCode = await runPolicyCommand(inputs, options, io);
  });

  program
    .command('rules')
    .description('list the elements and checks privacy-lint reports, with their legal references')
    .option('--tags <tags>', 'only rules with one of these tags (comma-separated)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action((options: { tags?: string; format: 'text' | 'json' }) => {
      exitCode = runRulesCommand(options, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; every other commander error is a usage error (2, never 1).
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? 0 : 2;
    }
    reportFailure(error, io, debug);
    return 2;
  }
}

export interface PolicyCliOptions extends CommonOptions {
  profile?: string;
  lang?: (typeof LANGUAGES)[number];
  locale?: (typeof LANGUAGES)[number];
  jurisdiction?: string;
  timeout: number;
  maxSize: number;
}

function parseInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number)) throw new PrivacyLintError('USAGE', `expected a whole number, got "${value}"`);
  return number;
}

export function reportFailure(error: unknown, io: Io, debug: boolean): void {
  const { code, message, hint } = describeError(error);
  io.stderr(`privacy-lint: ${message}${isPrivacyLintError(error) ? ` [${code}]` : ''}\n`);
  if (hint) io.stderr(`  hint: ${hint}\n`);
  if (!isPrivacyLintError(error)) {
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    else io.stderr('  this is a bug in privacy-lint; run again with --debug for details\n');
  }
}

