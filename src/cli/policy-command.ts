import { matchesAnyGlob } from '../config/glob.js';
import { resolve } from 'node:path';
import { lintPolicies } from '../policy/lint.js';
import { VERSION } from '../version.js';
import type { PolicyCliOptions } from './main.js';
import { emitReport, exitCodeFor, maxWarningsOf, resolveConfig, ruleLevels, type Io } from './output.js';

export async function runPolicyCommand(inputs: string[], options: PolicyCliOptions, io: Io): Promise<number> {
  const { path, config } = resolveConfig(options, io);
  const settings = {
    profile: options.profile ?? config.profile ?? 'gdpr',
    language: options.lang,
    locale: options.locale ?? config.locale,
    jurisdiction: options.jurisdiction ?? config.jurisdiction,
    rules: ruleLevels(config.rules, options.rule),
    maxWarnings: maxWarningsOf(options, config),
  };
  if (options.printConfig) {
    io.stdout(`${JSON.stringify({ configFile: path, ...config, ...settings }, null, 2)}\n`);
    return 0;
  }
  const ignores = config.ignores ?? [];
  const kept = inputs.filter((input) => /^https?:\/\//i.test(input) || input === '-' || !matchesAnyGlob(resolve(io.cwd, input), ignores));
  const results = await lintPolicies(kept, {
    ...settings,
    ...(settings.language ? { language: settings.language } : {}),
    cwd: io.cwd,
    load: { timeoutMs: options.timeout, maxBytes: options.maxSize, ...(io.stdin ? { stdin: io.stdin } : {}) },
  });
  const report = { tool: { name: 'privacy-lint', version: VERSION }, results };
  emitReport(report, { ...options, maxWarnings: settings.maxWarnings }, io);
  for (const result of results) if (result.error) io.stderr(`privacy-lint: ${result.error.message} [${result.error.code}]\n${result.error.hint ? `  hint: ${result.error.hint}\n` : ''}`);
  return exitCodeFor(report, settings.maxWarnings);
}
