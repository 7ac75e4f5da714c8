import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/report/format-html.js';
import { html, isPngDataUrl, link, Markup } from '../../src/report/html/markup.js';
import { LANGUAGES, type ConsentResult, type PolicyResult, type Report } from '../../src/types.js';
import {
  consentWithBadScreenshots,
  context,
  HOSTILE,
  HOSTILE_AS_TEXT,
  hostilePolicy,
  hostileReport,
  JAVASCRIPT_URL,
  POLICY_URL,
  pngDataUrl,
  RTL_OVERRIDE,
  SCREENSHOT,
  SECRET,
  site,
  siteConsent,
  sitePolicy,
  TEMPLATE,
  TOOL,
  unreachable,
} from './format-html-fixtures.js';
import { shuffled } from './sample-reports.js';

const SITE_HEADER = site.target;

const ALLOWED_TAGS = new Set(
  'html head meta title style body header main footer section h1 h2 h3 h4 p strong span code a br ul li dl dt dd table caption thead tbody tr th td figure img figcaption div'.split(' '),
);
const CLASSES = new Set(
  'target rules-section facts totals label error warning info pass fail incomplete warnings present partial absent muted data mono refs localized note alert num rules'.split(' '),
);
const OWN_ID = /^(summary|rules|target-\d+|rule-\d+)$/;
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/=]+$/;
const CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

function render(report: Report = hostileReport): { output: string; $: CheerioAPI } {
  const output = formatHtml(report, context);
  return { output, $: load(output) };
}

function isHttpUrl(value: string): boolean {
  return URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol);
}

/** Every attribute of every element must be one the formatter writes itself; data may only reach an http(s) href. */
function attributeProblems($: CheerioAPI): string[] {
  const problems: string[] = [];
  $('*').each((_, node) => {
    if (node.type !== 'tag') return;
    const tag = node.name;
    if (!ALLOWED_TAGS.has(tag)) problems.push(`element <${tag}>`);
    for (const [name, value] of Object.entries(node.attribs)) {
      const ok =
        (name === 'href' && tag === 'a' && (/^#(target|rule)-\d+$/.test(value) || (isHttpUrl(value) && node.attribs.rel === 'noopener noreferrer'))) ||
        (name === 'src' && tag === 'img' && PNG_DATA_URL.test(value)) ||
        (name === 'class' && value.split(' ').every((token) => CLASSES.has(token))) ||
        ((name === 'id' || name === 'aria-labelledby') && OWN_ID.test(value)) ||
        (name === 'lang' && (LANGUAGES as readonly string[]).includes(value)) ||
        (name === 'rel' && value === 'noopener noreferrer') ||
        (name === 'scope' && value === 'col') ||
        (name === 'alt' && value === 'Screenshot of the first view of the site before any choice') ||
        (tag === 'meta' && ['charset', 'http-equiv', 'content', 'name'].includes(name));
      if (!ok) problems.push(`<${tag} ${name}="${value}">`);
    }
  });
  return problems;
}

/** Cell texts of the table whose caption matches, with line breaks where the cell has `<br>`. */
function tableRows($: CheerioAPI, caption: RegExp, scope = $('body')): string[][] {
  const table = scope.find('table').filter((_, element) => caption.test($(element).children('caption').text()));
  return table
    .find('tbody tr')
    .toArray()
    .map((row) =>
      $(row)
        .children('td')
        .toArray()
        .map((cell) => {
          const copy = $(cell).clone();
          copy.find('br').replaceWith('\n');
          return copy.text();
        }),
    );
}

function sectionOf($: CheerioAPI, heading: string) {
  return $('section.target').filter((_, element) => $(element).children('h2').text() === heading);
}

describe('formatHtml: hostile data stays text', () => {
  const { output, $ } = render();

  it('has no script, no event handler, no javascript: link and no element or attribute taken from the data', () => {
    expect($('script')).toHaveLength(0);
    expect(output).not.toMatch(/<script/i);
    expect($('[href^="javascript:" i]')).toHaveLength(0);
    expect(attributeProblems($)).toEqual([]);
  });

  it('shows every hostile value as the characters it holds, without bidirectional overrides', () => {
    expect(output).not.toContain(RTL_OVERRIDE.slice(0, 1));
    expect($('body').text()).toContain(HOSTILE_AS_TEXT);
    expect($('body').text()).toContain(TEMPLATE);
    const cookies = tableRows($, /^Cookies/, sectionOf($, SITE_HEADER));
    expect(cookies[0]).toEqual([HOSTILE_AS_TEXT, `.${HOSTILE_AS_TEXT}`, 'marketing', '✖ no', `${JAVASCRIPT_URL}/${HOSTILE_AS_TEXT}`]);
    expect($(`h2:contains("docs/")`).text()).toBe(`docs/${HOSTILE_AS_TEXT}.md`);
  });

  it('escapes the five HTML metacharacters in the source itself', () => {
    expect(output).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(output).toContain('&amp;amp;');
  });

  it('links only http(s) URLs, with rel="noopener noreferrer", and shows other URLs as text', () => {
    const pages = sectionOf($, SITE_HEADER).find('h3:contains("Pages visited") + ul li');
    expect(pages.toArray().map((li) => [$(li).text(), $(li).find('a').attr('href') ?? null])).toEqual([
      [SITE_HEADER, SITE_HEADER],
      [`${SITE_HEADER}${HOSTILE_AS_TEXT}`, new URL(`${SITE_HEADER}${HOSTILE}`).href],
      [JAVASCRIPT_URL, null],
    ]);
    const crossCheck = sectionOf($, SITE_HEADER).find('tr:contains("policy-cookie-mismatch")');
    expect(crossCheck.text()).toContain('Guidance');
    expect(crossCheck.find('a:contains("Guidance")')).toHaveLength(0);
  });

  it('never shows cookie values', () => {
    expect(output).not.toContain(SECRET);
  });
});

describe('formatHtml: content', () => {
  const { output, $ } = render();
  const section = sectionOf($, SITE_HEADER);

  it('is one document with the strict Content-Security-Policy, a title and a summary of every target', () => {
    expect(output.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(CSP);
    expect($('title').text()).toBe('Privacy report — privacy-lint');
    expect($('h1')).toHaveLength(1);
    expect(tableRows($, /^Targets$/)).toEqual([
      [`docs/${HOSTILE_AS_TEXT}.md`, 'Privacy policy', '✔ Pass', '0', '0', '1'],
      ['https://down.example/', 'Cookie consent', '⚠ Not checked', '0', '0', '0'],
      [SITE_HEADER, 'Website', '✖ Fail', '1', '2', '0'],
    ]);
    expect($('ul.totals li').toArray().map((li) => $(li).text())).toEqual([
      '3 targets',
      '✖ Fail: 1',
      '✔ Pass: 1',
      '⚠ Not checked: 1',
      '✖ 1 error',
      '▲ 2 warnings',
      'ℹ 1 info',
    ]);
  });

  it('shows a site: verdict, policy, pages, banner and its screenshot', () => {
    const facts = section.find('dl.facts').text();
    expect(facts).toContain('✖ Fail — 1 error, 2 warnings, 0 infos');
    expect(section.find(`dl.facts a[href="${POLICY_URL}"]`).text()).toBe(POLICY_URL);
    expect(facts).toContain(`✔ Found (${HOSTILE_AS_TEXT}, found by autoconsent)`);
    expect(facts).toContain('? Partial');
    expect(facts).toContain('? Stopped early');
    expect(section.find('dl.facts a[href="https://shop.example/cookies"]')).toHaveLength(1);
    expect(section.find('img').attr('src')).toBe(SCREENSHOT);
  });

  it('lists the cookies the policy declares, by name', () => {
    expect(tableRows($, /^Declared cookies \(2\)$/, section)).toEqual([
      [`${HOSTILE_AS_TEXT}*`, 'analytics', '13 mois', HOSTILE_AS_TEXT, HOSTILE_AS_TEXT, 'line 50'],
      ['session', '', 'session', '', '', 'line 52'],
    ]);
  });

  it('lists each finding of a site once, with outcome, rule, references, guidance, place and both messages', () => {
    const problems = tableRows($, /^Problems \(3\)$/, section);
    expect(problems).toEqual([
      [
        '✖ Error',
        'cookie-before-consent\nCookie set before consent\nLegal references: eprivacy-art5-3\nGuidance',
        `${SITE_HEADER}${HOSTILE_AS_TEXT}`,
        `cookie-before-consent: ${HOSTILE_AS_TEXT}`,
      ],
      [
        '? Needs review\n▲ Warning',
        'policy-cookie-mismatch\nLegal references: gdpr-art13-1e\nGuidance',
        POLICY_URL,
        `The policy does not mention the cookie ${HOSTILE_AS_TEXT}.`,
      ],
      [
        '▲ Warning',
        'retention\nRetention period\nLegal references: gdpr-art13-2a\nGuidance',
        `${POLICY_URL}\nline 41, column 1`,
        `Retention is vague: ${HOSTILE_AS_TEXT}La durée est vague : ${HOSTILE_AS_TEXT}`,
      ],
    ]);
    expect(section.find('tr:contains("cookie-before-consent") a:contains("Guidance")').attr('href')).toBe(
      'https://privacy-lint.example/rules/cookie-before-consent',
    );
    expect(section.find('.localized').attr('lang')).toBe('fr');
    expect(tableRows($, /^Checks passed or not applicable \(2\)$/, section).map((row) => row.slice(0, 2))).toEqual([
      ['✔ Pass', 'banner-missing'],
      ['– Not applicable', 'tcf-consent-before-choice'],
    ]);
  });

  it('shows the policy checklist with status and distinct evidence lines', () => {
    expect(tableRows($, /^What the policy says/, section)).toEqual([
      [`${HOSTILE_AS_TEXT}`, '✔ Present', `line 3: “${HOSTILE_AS_TEXT}”`],
      ['dpo-contact', '✖ Absent', 'none'],
      ['retention\nRetention period', '◐ Partial', `line 7: “aussi longtemps que nécessaire”line 41: “Nous conservons ${HOSTILE_AS_TEXT}”`],
    ]);
  });

  it('shows cookies, storage and third-party requests per phase, and says which phase is missing or partial', () => {
    expect(section.find('h4').toArray().map((h4) => $(h4).text())).toEqual(['Before any choice', 'After “reject all”', 'After “accept all”']);
    expect(tableRows($, /^Cookies/, section)).toHaveLength(4);
    expect(tableRows($, /^Cookies/, section)[1]).toEqual(['session', 'shop.example', 'strictly-necessary', '✔ yes', '']);
    expect(tableRows($, /^Browser storage/, section)[0]).toEqual(['localStorage', SITE_HEADER, HOSTILE_AS_TEXT, 'analytics']);
    expect(tableRows($, /^Third-party requests/, section)[0]).toEqual([
      `https://tracker.example/p?id=${HOSTILE_AS_TEXT}`,
      'tracker.example',
      'marketing',
      HOSTILE_AS_TEXT,
    ]);
    expect(section.find('p.note')).toHaveLength(1);
    expect(section.find('h4:contains("accept") + p').text()).toBe('Not recorded.');
    const visited = section.find('h4').first().nextUntil('h4').filter('ul').first().find('li').toArray().map((li) => $(li).text());
    expect(visited).toEqual([`${SITE_HEADER} (start page)`, `${SITE_HEADER}${HOSTILE_AS_TEXT} (another page)`]);
  });

  it('explains every rule that reported, from the rule metadata, once for the whole report', () => {
    const entries = $('dl.rules dt').toArray().map((dt) => $(dt).text());
    expect(entries).toEqual([
      HOSTILE_AS_TEXT,
      'banner-missing',
      'cookie-before-consent — Cookie set before consent',
      'policy-cookie-mismatch',
      'retention — Retention period',
      'tcf-consent-before-choice',
    ]);
    expect($('dl.rules').text()).toContain('A cookie that is not strictly necessary was stored before the visitor agreed.');
    expect($('dl.rules').text()).toContain('No description is available for this rule.');
    const anchor = section.find('tr:contains("cookie-before-consent") a[href^="#rule-"]').attr('href')!;
    expect($(anchor).text()).toContain('cookie-before-consent');
  });

  it('shows a target that could not be checked with its code, message and hint', () => {
    const down = sectionOf($, 'https://down.example/');
    expect(down.find('p.alert').text()).toBe(`⚠ Could not be checked (NAVIGATION_FAILED): net::ERR ${HOSTILE_AS_TEXT}Hint: ${HOSTILE_AS_TEXT}`);
    expect(down.find('h4')).toHaveLength(0);
    expect(down.find('h3:contains("Findings") + p').text()).toBe('None: the target could not be checked.');
  });

  it('renders policy and consent results with their own sections and none of a site', () => {
    const policy = sectionOf($, `docs/${HOSTILE_AS_TEXT}.md`);
    expect(policy.find('h3').toArray().map((h3) => $(h3).text())).toEqual(['Findings', 'Information elements of the privacy policy']);
    expect(policy.find('dl.facts').text()).toContain('not detected');
    const consentOnly = render({ tool: TOOL, results: [siteConsent] }).$('section.target');
    expect(consentOnly.find('h3').toArray().map((h3) => consentOnly.find(h3).text())).toEqual([
      'First view, before any choice',
      'Findings',
      'Cookies and requests, phase by phase',
    ]);
  });

  it('shows a screenshot only when it is an inline PNG', () => {
    for (const screenshot of [
      'screenshots/shop-before-consent.png',
      'https://evil.example/banner.png',
      'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
      `${SCREENSHOT}"><script>alert(1)</script>`,
      `${SCREENSHOT}\n`,
      JAVASCRIPT_URL,
    ]) {
      const { $: page } = render({ tool: TOOL, results: [consentWithBadScreenshots(screenshot)] });
      expect(page('img')).toHaveLength(0);
      expect(page('h3:contains("First view")')).toHaveLength(0);
    }
    expect(render({ tool: TOOL, results: [consentWithBadScreenshots(pngDataUrl(1, 1, [0, 0, 0]))] }).$('img')).toHaveLength(1);
  });
});

describe('formatHtml: deterministic and self-contained', () => {
  it('gives the same bytes twice, and for shuffled targets, findings, evidence and phase rows', () => {
    const first = formatHtml(hostileReport, context);
    expect(formatHtml(hostileReport, context)).toBe(first);
    for (const seed of [1, 7, 99]) {
      const shuffledPolicy: PolicyResult = {
        ...sitePolicy,
        elements: Object.fromEntries(
          shuffled(Object.entries(sitePolicy.elements), seed).map(([id, element]) => [id, { ...element, evidence: shuffled(element.evidence, seed) }]),
        ),
      };
      const shuffledConsent: ConsentResult = {
        ...siteConsent,
        findings: shuffled(siteConsent.findings, seed),
        phases: Object.fromEntries(
          Object.entries(siteConsent.phases).map(([name, phase]) => [name, { ...phase, cookies: shuffled(phase.cookies, seed) }]),
        ),
      };
      const results = shuffled([{ ...site, policy: shuffledPolicy, consent: shuffledConsent, findings: shuffled(site.findings, seed) }, hostilePolicy, unreachable], seed);
      expect(formatHtml({ tool: TOOL, results }, context)).toBe(first);
    }
  });

  it('shows a date only when the report has one', () => {
    expect(formatHtml(hostileReport, context)).not.toMatch(/Date of the run|\d{4}-\d{2}-\d{2}/);
    expect(load(formatHtml({ ...hostileReport, date: '2026-03-04T10:00:00Z' }, context))('header').text()).toContain(
      'Date of the run: 2026-03-04T10:00:00Z.',
    );
  });

  it('loads nothing: no script, stylesheet link, import, url(), frame, form or base, and images are inline PNGs', () => {
    const { output, $ } = render();
    expect($('script, link, iframe, object, embed, base, form, video, audio, source')).toHaveLength(0);
    expect($('style').text()).not.toMatch(/@import|url\(/i);
    expect($('[src]').toArray().every((element) => PNG_DATA_URL.test($(element).attr('src')!))).toBe(true);
    expect($('[style]')).toHaveLength(0);
    expect(output.match(/<[^>]*\ssrc=/g)).toHaveLength(1);
  });
});

describe('formatHtml: accessible and printable', () => {
  const { $ } = render();

  it('has a heading hierarchy without skipped levels', () => {
    const levels = $('h1, h2, h3, h4').toArray().map((heading) => Number(heading.name.slice(1)));
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, index) => expect(level - levels[index]!).toBeLessThanOrEqual(1));
  });

  it('gives every table a caption and column headers', () => {
    $('table').each((_, table) => {
      expect($(table).children('caption').text()).not.toBe('');
      expect($(table).find('thead th[scope="col"]').length).toBe($(table).find('tbody tr').first().children('td').length);
    });
  });

  it('says every status in words and a symbol, not in colour alone', () => {
    const labels = $('.label').toArray().map((label) => $(label).text());
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) expect(label).toMatch(/^[✔✖▲?ℹ⚠◐–] ?[A-Za-z]*/u);
    expect(new Set(labels)).toEqual(new Set(['✔ Pass', '✖ Fail', '⚠ Not checked', '✖', '▲', 'ℹ', '✖ Error', '? Needs review', '▲ Warning', 'ℹ Info', '– Not applicable', '✔ Present', '◐ Partial', '✖ Absent', '✔ Found', '✖ No consent banner was found']));
  });

  it('starts each target on a new printed page and keeps table rows whole', () => {
    const style = $('style').text();
    const print = style.slice(style.indexOf('@media print'));
    expect(print).toMatch(/\.target[^{]*\{[^}]*break-before: page/);
    expect(print).toMatch(/tr[^{]*\{[^}]*break-inside: avoid/);
    expect(print).toMatch(/thead \{ display: table-header-group; \}/);
  });
});

describe('formatHtml: edge cases', () => {
  it('formats an empty report', () => {
    const { $ } = render({ tool: TOOL, results: [] });
    expect($('main').text()).toContain('No targets were checked.');
    expect($('section.target, dl.rules')).toHaveLength(0);
  });

  it('says when too many warnings were found', () => {
    const output = formatHtml(hostileReport, { ...context, maxWarningsExceeded: { maxWarnings: 1, foundWarnings: 2 } });
    expect(load(output)('#summary + p.alert').text()).toBe('Too many warnings: 2 found, at most 1 allowed.');
  });

  it('shows unknown statuses, verdicts and severities from a file as plain text', () => {
    const odd = {
      ...siteConsent,
      verdict: 'constructor',
      phases: {},
      findings: [{ ...siteConsent.findings[0]!, severity: '__proto__', outcome: 'violation' }],
    } as unknown as ConsentResult;
    const { $ } = render({ tool: TOOL, results: [odd] });
    expect(attributeProblems($)).toEqual([]);
    expect($('section.target dl.facts').text()).toContain('constructor');
    expect(tableRows($, /^Problems/)[0]![0]).toBe('__proto__');
  });
});

describe('the html template', () => {
  it('escapes interpolated text, keeps nested markup, joins arrays and drops absent values', () => {
    const items = ['<b>', '"\'&'];
    expect(html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>${null}${undefined}${false}${0}`.toString()).toBe(
      '<ul><li>&lt;b&gt;</li><li>&quot;&#39;&amp;</li></ul>0',
    );
    expect(html`<p>${'a\u202eb\u0000c'}</p>`.toString()).toBe('<p>abc</p>');
  });

  it('cannot be given markup from outside', () => {
    expect(() => new (Markup as unknown as new (token: symbol, text: string) => Markup)(Symbol('trusted markup'), '<script>')).toThrow(TypeError);
  });

  it.each([
    ['https://example.com/a?b=1&c=2', '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer">L</a>'],
    ['HTTP://EXAMPLE.com', '<a href="http://example.com/" rel="noopener noreferrer">L</a>'],
    ['https://example.com/"onmouseover="x', '<a href="https://example.com/%22onmouseover=%22x" rel="noopener noreferrer">L</a>'],
    ['javascript:alert(1)', 'L'],
    [' javascript:alert(1)', 'L'],
    ['JaVaScRiPt:alert(1)', 'L'],
    ['data:text/html,<script>alert(1)</script>', 'L'],
    ['//evil.example/x', 'L'],
    ['/relative/path', 'L'],
    ['file:///etc/passwd', 'L'],
  ])('links %s only when it is http(s)', (url, expected) => {
    expect(link(url, 'L').toString()).toBe(expected);
  });

  it.each([
    [SCREENSHOT, true],
    ['data:image/png;base64,', false],
    ['data:image/jpeg;base64,AAAA', false],
    ['data:image/png;base64,AAAA"', false],
    ['DATA:image/png;base64,AAAA', false],
    ['https://example.com/a.png', false],
    [undefined, false],
  ])('takes %s as an inline PNG: %s', (value, expected) => {
    expect(isPngDataUrl(value)).toBe(expected);
  });
});
