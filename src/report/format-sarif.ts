/**
 * SARIF 2.1.0 for code-scanning services: one run, the rules that produced findings, one result per finding, and
 * fatal target errors as tool execution notifications.
 */
import type { Finding, Outcome, Report, RuleLevel, RuleMeta, Severity } from '../types.js';
import type { FormatContext } from './context.js';
import { stripControlCharacters } from './escape.js';
import { describeTargetError } from './findings.js';
import { fingerprint, normaliseMessage } from './fingerprint.js';
import { resolveLocation, resolveTarget, type ResolvedLocation } from './location.js';
import { sortReport } from './order.js';
import type {
  SarifKind,
  SarifLevel,
  SarifLocation,
  SarifLog,
  SarifNotification,
  SarifRegion,
  SarifReportingDescriptor,
  SarifResult,
} from './sarif-types.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Versioned, so the recipe can change without matching old alerts to new ones by accident. */
const FINGERPRINT_KEY = 'privacyLintFinding/v1';

const LEVEL_OF_SEVERITY: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };
const LEVEL_OF_RULE_LEVEL: Record<RuleLevel, SarifLevel> = {
  off: 'none',
  info: 'note',
  warn: 'warning',
  error: 'error',
};
const KIND_OF_OUTCOME: Record<Outcome, SarifKind> = {
  violation: 'fail',
  incomplete: 'review',
  pass: 'pass',
  inapplicable: 'notApplicable',
};

/** Characters RFC 3986 allows besides `%XX`; WHATWG URL serialisation leaves a few others in place, such as `|`. */
const NOT_URI_CHARACTER = /%(?![\da-f]{2})|[^\w\-.~:/?#[\]@!$&'()*+,;=%]/gi;

function absoluteUri(url: string): string {
  return new URL(url).href.replace(NOT_URI_CHARACTER, (char) => encodeURIComponent(char));
}

/** `retention-period` → `RetentionPeriod`: SARIF wants a readable name beside the opaque id. */
function ruleName(id: string): string {
  return id
    .split(/[^a-z\d]+/i)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

function describeRule(id: string, meta: RuleMeta | undefined, fallbackHelpUrl: string): SarifReportingDescriptor {
  const descriptor: SarifReportingDescriptor = { id, name: ruleName(id) || id };
  if (meta?.title) descriptor.shortDescription = { text: meta.title };
  if (meta?.description) descriptor.fullDescription = { text: meta.description };
  const helpUrl = meta?.helpUrl || fallbackHelpUrl;
  if (URL.canParse(helpUrl)) descriptor.helpUri = absoluteUri(helpUrl);
  if (meta) {
    descriptor.defaultConfiguration = { level: LEVEL_OF_RULE_LEVEL[meta.defaultLevel] };
    if (meta.defaultLevel === 'off') descriptor.defaultConfiguration.enabled = false;
    descriptor.properties = { tags: [...new Set(meta.tags)] };
  }
  return descriptor;
}

/** A relative path as a URI reference: each segment percent-encoded, so spaces or `:` cannot change its meaning. */
function pathToUriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** An unparseable URL is still written as a valid (relative) reference rather than breaking the log. */
function toUri(path: string, url: boolean): string {
  return url && URL.canParse(path) ? absoluteUri(path) : pathToUriReference(path);
}

function sarifRegion(location: ResolvedLocation): SarifRegion | undefined {
  // A page has no lines; a document does, and something missing from it is reported at its first line.
  if (location.line === undefined) return location.isUrl ? undefined : { startLine: 1 };
  const region: SarifRegion = { startLine: location.line };
  if (location.column !== undefined) region.startColumn = location.column;
  if (location.endLine !== undefined) region.endLine = location.endLine;
  if (location.endColumn !== undefined) region.endColumn = location.endColumn;
  return region;
}

function sarifLocation(location: ResolvedLocation): SarifLocation {
  const artifactLocation = { uri: toUri(location.path, location.isUrl) };
  const region = sarifRegion(location);
  return { physicalLocation: region ? { artifactLocation, region } : { artifactLocation } };
}

function sarifResult(finding: Finding, ruleIndex: number, cwd: string): SarifResult {
  const location = resolveLocation(finding.location, cwd);
  const kind = KIND_OF_OUTCOME[finding.outcome];
  const result: SarifResult = {
    ruleId: finding.ruleId,
    ruleIndex,
    kind,
    // SARIF §3.27.10: a result that is not a failure must have level "none"; its severity goes in properties.
    level: kind === 'fail' ? LEVEL_OF_SEVERITY[finding.severity] : 'none',
    message: { text: stripControlCharacters(finding.message) },
    locations: [sarifLocation(location)],
    partialFingerprints: {
      [FINGERPRINT_KEY]: fingerprint([finding.ruleId, location.path, normaliseMessage(finding.message)]),
    },
  };
  if (kind !== 'fail') result.properties = { severity: finding.severity };
  return result;
}

function targetNotifications(report: Report, cwd: string): SarifNotification[] {
  return report.results.flatMap((result) => {
    if (!result.error) return [];
    const target = resolveTarget(result.target, cwd);
    return [
      {
        level: 'error',
        message: { text: stripControlCharacters(describeTargetError(result.error)) },
        descriptor: { id: result.error.code },
        locations: [{ physicalLocation: { artifactLocation: { uri: toUri(target.path, target.isUrl) } } }],
      },
    ];
  });
}

export function formatSarif(report: Report, context: FormatContext): string {
  const sorted = sortReport(report);
  const findings = sorted.results.flatMap((result) => result.findings);
  const metaById = new Map(context.rules.map((meta) => [meta.id, meta]));
  const ruleIds = [...new Set(findings.map((finding) => finding.ruleId))].sort();
  const rules = ruleIds.map((id) =>
    describeRule(id, metaById.get(id), findings.find((finding) => finding.ruleId === id)?.helpUrl ?? ''),
  );
  const notifications = targetNotifications(sorted, context.cwd);
  const log: SarifLog = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: sorted.tool.name,
            version: sorted.tool.version,
            informationUri: absoluteUri(`https://www.npmjs.com/package/${sorted.tool.name}`),
            rules,
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results: findings.map((finding) => sarifResult(finding, ruleIds.indexOf(finding.ruleId), context.cwd)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
