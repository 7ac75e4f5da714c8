import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/report/format-markdown.js';
import type { Report } from '../../src/types.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import * as htmlFixtures from './format-html-fixtures.js';
import { context, emptyReport, finding, HOSTILE_COOKIE, policyResult, report, site, TOOL } from './sample-reports.js';

/** Splits a GFM table row into cells the way GitHub does: on `|` not preceded by a backslash. */
function cells(row: string): string[] {
  return row
    .slice(2, -2)
    .split(/(?<!\\) \| /);
}

function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe('formatMarkdown', () => {
  it('starts with a title and a summary table with one row per target', () => {
    const markdown = formatMarkdown(report, context);
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# privacy-lint report');
    const header = lines.indexOf('| Target | Result | Errors | Warnings | Infos |');
    expect(lines.slice(header + 2, header + 2 + report.results.length).map(cells)).toEqual([
      ['docs/privacy.md', '❌ fail', '2', '2', '0'],
      ['docs/missing.md', '💥 error (INPUT\\_NOT\\_FOUND)', '0', '0', '0'],
      ['docs/my policy.md', '✅ pass', '0', '0', '0'],
      ['https://shop.example/', '❌ fail', '1', '1', '0'],
    ]);
  });

  it('lists the problems of each target in a table, with help links and locations', () => {
    const rows = section(formatMarkdown(report, context), 'docs/privacy.md').filter((line) => line.startsWith('| '));
    expect(rows.slice(2).map(cells)).toEqual([
      ['warning', '[dpo-contact](<https://privacy-lint.example/rules/dpo-contact>)', 'document', 'No contact details for a data protection officer.'],
      ['warning', '[legal-basis](<https://privacy-lint.example/rules/legal-basis>)', '3:1', 'Needs review: A legal basis is named but the purpose it covers is unclear.'],
      ['error', '[retention-period](<https://privacy-lint.example/rules/retention-period>)', '12:5', 'The policy does not say how long personal data is kept.'],
      ['error', '[retention-period](<https://privacy-lint.example/rules/retention-period>)', '40:1', 'The policy does not say how long personal data is kept.'],
    ]);
  });

  it('escapes hostile text so that it cannot break the table or inject HTML', () => {
    const markdown = formatMarkdown(report, context);
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e]/);
    const rows = section(markdown, 'https://shop.example/').filter((line) => line.startsWith('| '));
    expect(rows.map((row) => cells(row).length)).toEqual([4, 4, 4, 4]);
    expect(cells(rows[2]!)[3]).toBe(
      'Cookie "x<br>::error::owned\\[2J\\[31mgnp.exe\\|&lt;script&gt;alert(1)&lt;/script&gt;" was set before consent.',
    );
    expect(cells(rows[2]!)[2]).toBe('https://shop.example/checkout?step=1');
    expect(cells(rows[3]!)[1]).toBe(
      '[third-party-requests-before-consent](<https://privacy-lint.example/rules/third-party%7Crequests>)',
    );
  });

  it('links only http(s) help pages', () => {
    const target = 'a.md';
    const input: Report = {
      tool: TOOL,
      results: [policyResult(target, [finding({ ruleId: 'r', helpUrl: 'javascript:alert(1)', location: { target } })])],
    };
    const rows = section(formatMarkdown(input, context), 'a.md').filter((line) => line.startsWith('| '));
    expect(cells(rows[2]!)[1]).toBe('r');
  });

  it('escapes a hostile target name in headings and cells', () => {
    const target = `evil|${HOSTILE_COOKIE}.md`;
    const markdown = formatMarkdown({ tool: TOOL, results: [policyResult(target, [])] }, context);
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('## evil\\|x<br>::error::owned');
  });

  it('shows the element checklist of policy results, also inside site results', () => {
    expect(section(formatMarkdown(report, context), 'docs/privacy.md')).toEqual(
      expect.arrayContaining(['- ✅ controller-identity (present)', '- ❌ dpo-contact (absent)', '- ⚠️ retention-period (partial)']),
    );
    const siteSection = section(formatMarkdown({ tool: TOOL, results: [site] }, context), 'https://blog.example/');
    expect(siteSection).toContain('- ✅ controller-identity (present)');
    expect(siteSection.find((line) => line.startsWith('| info'))).toContain('https://blog.example/privacy:2:3');
  });

  it('shows a fatal error with code and hint instead of a table', () => {
    const lines = section(formatMarkdown(report, context), 'docs/missing.md');
    expect(lines).toContain('> **Could not be checked:** INPUT\\_NOT\\_FOUND: File not found: docs/missing.md Hint: Check the path.');
    expect(lines.some((line) => line.startsWith('| '))).toBe(false);
  });

  it('says when nothing was checked, nothing was found, or too many warnings were found', () => {
    expect(formatMarkdown(emptyReport, context)).toContain('No targets were checked.');
    expect(section(formatMarkdown(report, context), 'docs/my policy.md')).toContain('No problems found.');
    expect(formatMarkdown(emptyReport, { ...context, maxWarningsExceeded: { maxWarnings: 1, foundWarnings: 4 } })).toContain(
      '> **Too many warnings: 4 found, at most 1 allowed.**',
    );
  });
});

describe('formatMarkdown: site results', () => {
  const markdown = formatMarkdown({ tool: TOOL, results: [htmlFixtures.site] }, context);
  const lines = section(markdown, htmlFixtures.SITE);

  it('shows the banner, the policy found and the pages visited', () => {
    const pages = [htmlFixtures.SITE, `${htmlFixtures.SITE}${htmlFixtures.HOSTILE}`, htmlFixtures.JAVASCRIPT_URL];
    expect(lines).toEqual(
      expect.arrayContaining([
        `**Consent banner:** found (${escapeMarkdown(htmlFixtures.HOSTILE)}) (recorded only in part)  `,
        '**Privacy policy:** https://shop.example/privacy  ',
        `**Pages visited:** ${pages.map(escapeMarkdown).join(', ')}`,
      ]),
    );
  });

  it('lists the findings of the site and of its parts once each', () => {
    const rules = lines.filter((line) => line.startsWith('| ') && line.includes('](<')).map((line) => cells(line)[1]!.replace(/\]\(.*$/, '').slice(1));
    expect(rules).toEqual(['cookie-before-consent', 'retention']);
    expect(lines.filter((line) => line.startsWith('| ') && cells(line)[1] === 'policy-cookie-mismatch')).toHaveLength(1);
  });

  it('shows the checklist with evidence lines and the cookies and requests of each phase', () => {
    expect(lines).toContain('- ⚠️ retention (partial, line 7, 41)');
    expect(lines).toContain('### Before any choice');
    expect(lines).toContain('### After “accept all”');
    const cookieRows = lines.filter((line) => line.startsWith('| ') && cells(line).length === 5);
    expect(cookieRows.map((line) => cells(line)[0])).toEqual(['Cookie', '---', escapeMarkdown(htmlFixtures.HOSTILE), 'session', 'Cookie', '---', escapeMarkdown(htmlFixtures.HOSTILE), 'session']);
    expect(lines.slice(lines.indexOf('### After “accept all”'))).toContain('Not recorded.');
    expect(lines).toContain('Recorded only in part: the lists may miss something.');
    expect(lines.filter((line) => line.startsWith('Pages in this phase: '))).toEqual(
      Array(2).fill(`Pages in this phase: ${[htmlFixtures.SITE, `${htmlFixtures.SITE}${htmlFixtures.HOSTILE}`].map(escapeMarkdown).join(', ')}`),
    );
  });

  it('lets no markup or cookie value through', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain(htmlFixtures.SECRET);
    expect(markdown).not.toContain('\u202e');
  });
});
