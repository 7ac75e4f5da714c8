/** Hand-built reports covering every shape a formatter meets: located, unlocated, URL, hostile, fatal and empty. */
import type {
  ConsentResult,
  ElementResult,
  Finding,
  Location,
  PolicyResult,
  Report,
  RuleMeta,
  SiteResult,
} from '../../src/types.js';
import type { FormatContext } from '../../src/report/index.js';

export const CWD = '/repo';

export const HOSTILE_COOKIE = 'x\n::error::owned\u001b[2J\u001b[31m\u202egnp.exe\u0007|<script>alert(1)</script>';

export function finding(overrides: Partial<Finding> & { ruleId: string; location: Location }): Finding {
  return {
    outcome: 'violation',
    severity: 'error',
    message: `${overrides.ruleId} failed.`,
    tags: ['gdpr'],
    helpUrl: `https://privacy-lint.example/rules/${overrides.ruleId}`,
    ...overrides,
  };
}

function element(status: ElementResult['status']): ElementResult {
  return { status, evidence: [] };
}

function countOf(findings: readonly Finding[], severity: Finding['severity']): number {
  const problems = findings.filter((f) => f.outcome === 'violation' || f.outcome === 'incomplete');
  return problems.filter((f) => f.severity === severity).length;
}

export function policyResult(target: string, findings: Finding[], extra: Partial<PolicyResult> = {}): PolicyResult {
  return {
    kind: 'policy',
    target,
    findings,
    errorCount: countOf(findings, 'error'),
    warningCount: countOf(findings, 'warning'),
    infoCount: countOf(findings, 'info'),
    language: 'en',
    format: 'markdown',
    profile: 'gdpr-art13',
    elements: {},
    ...extra,
  };
}

const POLICY_TARGET = `${CWD}/docs/privacy.md`;

export const policy = policyResult(
  POLICY_TARGET,
  [
    finding({
      ruleId: 'retention-period',
      message: 'The policy does not say how long personal data is kept.',
      location: { target: POLICY_TARGET, line: 12, column: 5, endLine: 12, endColumn: 30 },
    }),
    finding({
      ruleId: 'retention-period',
      message: 'The policy does not say how long personal data is kept.',
      location: { target: POLICY_TARGET, line: 40, column: 1 },
    }),
    finding({
      ruleId: 'dpo-contact',
      severity: 'warning',
      message: 'No contact details for a data protection officer.',
      location: { target: POLICY_TARGET },
    }),
    finding({
      ruleId: 'legal-basis',
      outcome: 'incomplete',
      severity: 'warning',
      message: 'A legal basis is named but the purpose it covers is unclear.',
      location: { target: POLICY_TARGET, line: 3, column: 1 },
    }),
    finding({
      ruleId: 'controller-identity',
      outcome: 'pass',
      severity: 'info',
      message: 'The controller is named.',
      location: { target: POLICY_TARGET, line: 1, column: 1 },
    }),
  ],
  {
    elements: {
      'retention-period': element('partial'),
      'controller-identity': element('present'),
      'dpo-contact': element('absent'),
    },
  },
);

const SITE = 'https://shop.example/';

export const consent: ConsentResult = {
  kind: 'consent',
  target: SITE,
  findings: [
    finding({
      ruleId: 'cookies-before-consent',
      message: `Cookie "${HOSTILE_COOKIE}" was set before consent.`,
      location: { target: SITE, url: 'https://shop.example/checkout?step=1' },
    }),
    finding({
      ruleId: 'third-party-requests-before-consent',
      severity: 'warning',
      message: 'Requests to a,b:c%d went out before consent.',
      helpUrl: 'https://privacy-lint.example/rules/third-party|requests',
      location: { target: SITE },
    }),
  ],
  errorCount: 1,
  warningCount: 1,
  infoCount: 0,
  verdict: 'fail',
  partial: false,
  phases: {},
  banner: { found: true, cmp: 'example-cmp', method: 'autoconsent' },
};

export const unreadable = policyResult('docs/missing.md', [], {
  error: { code: 'INPUT_NOT_FOUND', message: 'File not found: docs/missing.md', hint: 'Check the path.' },
});

export const clean = policyResult('docs/my policy.md', []);

export const site: SiteResult = {
  kind: 'site',
  target: 'https://blog.example/',
  findings: [
    finding({
      ruleId: 'policy-link',
      severity: 'info',
      message: 'The privacy policy is two clicks away from the home page.',
      location: { target: 'https://blog.example/privacy', line: 2, column: 3 },
    }),
  ],
  errorCount: 0,
  warningCount: 0,
  infoCount: 1,
  verdict: 'pass',
  policyUrl: 'https://blog.example/privacy',
  policy: policyResult('https://blog.example/privacy', [], { elements: { 'controller-identity': element('present') } }),
  consent: null,
  pages: ['https://blog.example/'],
};

export const TOOL = { name: 'privacy-lint', version: '0.1.0' };

export const report: Report = { tool: TOOL, results: [policy, consent, unreadable, clean] };

export const emptyReport: Report = { tool: TOOL, results: [] };

function meta(id: string, defaultLevel: RuleMeta['defaultLevel'] = 'error'): RuleMeta {
  return {
    id,
    kind: 'element',
    title: `Title of ${id}`,
    description: `Why ${id} matters.`,
    tags: ['gdpr', 'gdpr-art13-2a', 'gdpr'],
    helpUrl: `https://privacy-lint.example/rules/${id}`,
    defaultLevel,
  };
}

/** `third-party-requests-before-consent` is deliberately absent: formats must cope with rules they know nothing of. */
export const RULES: RuleMeta[] = [
  meta('retention-period'),
  meta('dpo-contact', 'warn'),
  meta('legal-basis', 'warn'),
  meta('controller-identity', 'info'),
  meta('cookies-before-consent'),
  meta('unused-rule'),
];

export const context: FormatContext = { cwd: CWD, rules: RULES };

/** Deterministic Fisher–Yates shuffle, so "shuffled input" tests are reproducible. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The same report with results and every findings list in another order. */
export function shuffledReport(source: Report, seed: number): Report {
  return {
    ...source,
    results: shuffled(source.results, seed).map((result) => ({
      ...result,
      findings: shuffled(result.findings, seed + 1),
    })),
  };
}
