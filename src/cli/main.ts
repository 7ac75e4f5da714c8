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
// The consent, audit and report commands load the browser side and the report renderers only when they run, so
// that linting a policy starts fast.
import type { AuditCliOptions } from './audit-command.js';
import type { ConsentCliOptions } from './consent-command.js';
import type { ReportCliOptions } from './report-command.js';
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
      .option('--rule <id=level>', 'set a rule level: off, info, warn or error (repeatable)', collect, [])
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

  /** What the consent and audit commands share: the browser, the phases, and how cookies are classified. */
  const withConsent = (command: Command) =>
    withCommon(command)
      .option('--pages <n>', 'pages per consent phase: the start page plus same-site links', parseInteger)
      .option('--navigation-timeout <ms>', 'deadline for one page load (default 30000)', parseInteger)
      .option('--settle <ms>', 'quiet time after load before capturing (default 1500)', parseInteger)
      .option('--executable-path <file>', 'Chromium to launch')
      .option('--browser-endpoint <ws-url>', 'connect to a running browser (Playwright server or CDP) instead of launching one')
      .option('--save-artifacts <dir>', 'write what the browser recorded, to re-audit later')
      .option('--screenshots <dir>', 'save a screenshot of the first view of each URL')
      .option('--include-values', 'write cookie and storage values into the report (they are personal identifiers)')
      .option('--cookie-db <file>', 'an Open Cookie Database CSV or JSON file as an extra classification source')
      .option('--knowledge-base <file>', 'an extra cookie and tracker knowledge-base file (repeatable)', collect, [])
      .option('--essential-cookie <name>', 'a cookie name (prefix*) the site declares strictly necessary (repeatable)', collect, [])
      .option('--first-party <site>', 'another registrable domain that belongs to the site owner (repeatable)', collect, [])
      .addOption(new Option('--locale <code>', 'language of messages beside English').choices(LANGUAGES));

  withConsent(
    program
      .command('consent')
      .description('audit cookie consent in headless Chromium: before any choice, after "reject all", after "accept all"')
      .argument('[urls...]', 'http(s) URLs to audit')
      .option('--concurrency <n>', 'URLs audited at once (browser contexts sharing one browser)', parseInteger, 1)
      .option('--timeout <ms>', 'deadline for one URL, all phases included (default 120000)', parseInteger)
      .option('--from-artifacts <path>', 're-audit recorded artifacts (a file or folder) without a browser'),
  ).action(async (urls: string[], options: ConsentCliOptions) => {
    debug = Boolean(options.debug);
    if (urls.length === 0 && !options.fromArtifacts) throw new PrivacyLintError('USAGE', 'give at least one URL, or --from-artifacts', { hint: 'privacy-lint consent https://example.com' });
    const { runConsentCommand } = await import('./consent-command.js');
    exitCode = await runConsentCommand(urls, options, io);
  });

  withConsent(
    program
      .command('audit')
      .description('audit whole sites in a batch: crawl, lint the privacy policy, audit cookie consent, cross-check the two')
      .argument('[urls...]', 'http(s) URLs of the sites')
      .option('--urls <file>', 'more URLs, one a line (blank lines and # comments ignored)')
      .option('--concurrency <n>', 'sites audited at once (browser contexts sharing one browser)', parseInteger, 2)
      .option('--timeout <ms>', 'deadline for one site, everything included (default 180000)', parseInteger)
      .option('--out <file>', 'append one JSON line per finished site; a rerun skips the sites already in it')
      .option('--shard <i/n>', 'audit only the i-th of n shards of the URL list (split by URL hash)')
      .option('--max-pages <n>', 'pages to crawl per site', parseInteger)
      .option('--depth <n>', 'link depth of the crawl', parseInteger)
      .option('--ignore-robots', 'crawl pages that robots.txt disallows')
      .option('--seed <s>', 'seed for choosing among links, so that reruns visit the same pages')
      .option('--policy-url <url>', 'the privacy policy, when it is not linked from the site'),
  ).action(async (urls: string[], options: AuditCliOptions) => {
    debug = Boolean(options.debug);
    const { runAuditCommand } = await import('./audit-command.js');
    exitCode = await runAuditCommand(urls, options, io);
  });

  program
    .command('rules')
    .description('list the elements and checks privacy-lint reports, with their legal references')
    .option('--tags <tags>', 'only rules with one of these tags (comma-separated)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action((options: { tags?: string; format: 'text' | 'json' }) => {
      exitCode = runRulesCommand(options, io);
    });

  program
    .command('report')
    .description('render earlier results again: JSON reports and JSON-lines files (merged, one result per target)')
    .argument('<files...>', 'JSON reports or JSON-lines results files, e.g. the shards of one batch')
    .addOption(new Option('-f, --format <name>', 'output format (default: stylish on a terminal, json otherwise)').choices(FORMATS))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseInteger, -1)
    .option('--debug', 'print stack traces for internal errors')
    .action(async (files: string[], options: ReportCliOptions) => {
      debug = Boolean(options.debug);
      const { runReportCommand } = await import('./report-command.js');
      exitCode = runReportCommand(files, options, io);
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

/** Repeatable options take one value each time, so they never swallow the positional arguments that follow. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
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

