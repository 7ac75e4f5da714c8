import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/report/format-junit.js';
import type { Report } from '../../src/types.js';
import { clean, consent, context, emptyReport, finding, HOSTILE_COOKIE, policyResult, report, TOOL } from './sample-reports.js';
import { xmlProblems } from './xml-well-formed.js';

function parse(input: Report) {
  const xml = formatJunit(input, context);
  return { xml, $: load(xml, { xml: true }) };
}

const hostileReport: Report = {
  tool: TOOL,
  results: [
    policyResult(
      `${HOSTILE_COOKIE}.md`,
      [finding({ ruleId: `rule"${HOSTILE_COOKIE}`, message: `]]> ${HOSTILE_COOKIE} \u0000\ud800`, location: { target: 'x.md' } })],
      { error: { code: `E<${HOSTILE_COOKIE}`, message: HOSTILE_COOKIE, hint: '&amp; <![CDATA[' } },
    ),
  ],
};

describe('xmlProblems', () => {
  it.each([
    ['mismatched tags', '<a><b></a></b>'],
    ['unclosed element', '<a><b></b>'],
    ['bare ampersand', '<a>x & y</a>'],
    ['raw < in an attribute', '<a t="<"/>'],
    ['unquoted attribute', '<a t=1/>'],
    ['duplicate attribute', '<a t="1" t="2"/>'],
    ['character XML forbids', '<a>\u0001</a>'],
    ['reference to a character XML forbids', '<a>&#0;</a>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', '<a/>x'],
  ])('rejects %s', (_name, xml) => {
    expect(xmlProblems(xml)).not.toEqual([]);
  });

  it('accepts well-formed XML', () => {
    expect(xmlProblems('<?xml version="1.0"?>\n<a t="&quot;&#10;"><b/><!-- c --><c>&lt;&#x1F36A;</c></a>\n')).toEqual([]);
  });
});

describe('formatJunit', () => {
  it.each([
    ['a full report', report],
    ['an empty report', emptyReport],
    ['hostile text in every field', hostileReport],
  ])('is well-formed XML: %s', (_name, input) => {
    expect(xmlProblems(formatJunit(input, context))).toEqual([]);
  });

  it('keeps hostile text as text: no injected element, no bidi override', () => {
    const { xml, $ } = parse(report);
    expect($('script')).toHaveLength(0);
    expect(xml).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect($('testcase[name="cookies-before-consent"] failure').text()).toContain('<script>alert(1)</script>');
  });

  it('has attribute counts that match the test cases in every suite and in total', () => {
    const { $ } = parse(report);
    const suites = $('testsuite').toArray();
    expect(suites.length).toBe(report.results.length);
    for (const suite of suites) {
      const cases = $(suite).children('testcase');
      expect(Number($(suite).attr('tests'))).toBe(cases.length);
      expect(Number($(suite).attr('failures'))).toBe(cases.children('failure').length);
      expect(Number($(suite).attr('errors'))).toBe(cases.children('error').length);
      expect(Number($(suite).attr('skipped'))).toBe(cases.children('skipped').length);
    }
    const root = $('testsuites');
    expect(Number(root.attr('tests'))).toBe($('testcase').length);
    expect(Number(root.attr('failures'))).toBe($('failure').length);
    expect(Number(root.attr('errors'))).toBe($('error').length);
  });

  it('has one test case per target and rule, failing only for error-level violations', () => {
    const { $ } = parse(report);
    const suite = $('testsuite[name="docs/privacy.md"]');
    expect(suite.children('testcase').map((_, c) => $(c).attr('name')).get()).toEqual([
      'controller-identity',
      'dpo-contact',
      'legal-basis',
      'retention-period',
    ]);
    expect(suite.find('testcase[classname="docs/privacy.md"]')).toHaveLength(4);
    const failure = suite.find('testcase[name="retention-period"] failure');
    expect(failure.attr('type')).toBe('error');
    expect(failure.attr('message')).toBe('The policy does not say how long personal data is kept. (+1 more)');
    expect(failure.text()).toBe(
      '12:5 error: The policy does not say how long personal data is kept.\n' +
        '40:1 error: The policy does not say how long personal data is kept.',
    );
    expect(suite.find('testcase[name="dpo-contact"] failure')).toHaveLength(0);
    expect(suite.find('testcase[name="dpo-contact"] system-out').text()).toBe(
      'document warning: No contact details for a data protection officer.',
    );
    expect(suite.find('testcase[name="controller-identity"]').children()).toHaveLength(0);
  });

  it('reports a page-level finding with its URL', () => {
    const { $ } = parse({ tool: TOOL, results: [consent] });
    expect($('testcase[name="cookies-before-consent"] failure').text()).toMatch(/^https:\/\/shop\.example\/checkout\?step=1 error: /);
  });

  it('marks a rule that did not apply as skipped', () => {
    const target = 'a.md';
    const { $ } = parse({
      tool: TOOL,
      results: [policyResult(target, [finding({ ruleId: 'n-a', outcome: 'inapplicable', location: { target } })])],
    });
    expect($('testcase[name="n-a"] skipped')).toHaveLength(1);
    expect($('testsuite').attr('skipped')).toBe('1');
  });

  it('shows a fatal target error as an error test case', () => {
    const { $ } = parse(report);
    const error = $('testsuite[name="docs/missing.md"] testcase[name="INPUT_NOT_FOUND"] error');
    expect(error.attr('type')).toBe('INPUT_NOT_FOUND');
    expect(error.text()).toBe('File not found: docs/missing.md\nHint: Check the path.');
  });

  it('never writes an empty suite', () => {
    const cleanSuite = parse({ tool: TOOL, results: [clean] }).$('testsuite');
    expect(cleanSuite.children('testcase').attr('name')).toBe('privacy-lint');
    expect(cleanSuite.attr('failures')).toBe('0');
    const empty = parse(emptyReport).$;
    expect(empty('testsuite')).toHaveLength(1);
    expect(empty('testsuite testcase')).toHaveLength(1);
    const { $ } = parse(report);
    for (const suite of $('testsuite').toArray()) expect($(suite).children('testcase').length).toBeGreaterThan(0);
  });
});
