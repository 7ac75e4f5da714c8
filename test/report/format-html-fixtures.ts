/**
 * Reports for the HTML format: a full site result with hostile text in every field a site or policy can fill, and a
 * minimal PNG encoder and decoder (Node's zlib only) for screenshots in and out of the browser.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { afterAll, beforeAll } from 'vitest';
import type { ConsentPhaseSummary, ConsentResult, Finding, PolicyResult, Report, RuleMeta, SiteResult } from '../../src/types.js';
import type { FormatContext } from '../../src/report/index.js';

export const SCRIPT = '<script>alert(1)</script>';
export const BREAKOUT = '"><img src=x onerror=alert(1)>';
export const TEMPLATE = '{{constructor.constructor("alert(1)")()}}';
export const RTL_OVERRIDE = '\u202egnp.exe';
export const JAVASCRIPT_URL = 'javascript:alert(document.cookie)';

/** One string that tries every trick at once; tables, headings and links all receive it. */
export const HOSTILE = `${SCRIPT}${BREAKOUT}${TEMPLATE}${RTL_OVERRIDE}&amp;`;
/** What a reader must see of it: the same characters, minus the override that would reorder them. */
export const HOSTILE_AS_TEXT = HOSTILE.replace('\u202e', '');

export const SITE = 'https://shop.example/';
export const POLICY_URL = 'https://shop.example/privacy';
export const SECRET = 'SECRET-COOKIE-VALUE-42';

export function pngDataUrl(width: number, height: number, rgb: [number, number, number]): string {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** RGBA pixels of an 8-bit truecolour PNG (with or without alpha), undoing the five scanline filters. */
export function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || (data[9] !== 2 && data[9] !== 6) || data[12] !== 0) throw new Error('only 8-bit RGB(A), non-interlaced PNGs');
      channels = data[9] === 6 ? 4 : 3;
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels]! : 0;
      const paeth = () => {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      };
      const predictor = [0, left, up, (left + up) >> 1, paeth()][filter] ?? 0;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: pixels };
  const rgba = Buffer.alloc(width * height * 4, 0xff);
  for (let i = 0; i < width * height; i++) pixels.copy(rgba, i * 4, i * 3, i * 3 + 3);
  return { width, height, rgba };
}

export const SCREENSHOT = pngDataUrl(4, 3, [200, 30, 30]);

function finding(overrides: Partial<Finding> & { ruleId: string }): Finding {
  return {
    outcome: 'violation',
    severity: 'error',
    message: `${overrides.ruleId}: ${HOSTILE}`,
    tags: ['eprivacy-art5-3', 'cat.consent'],
    helpUrl: `https://privacy-lint.example/rules/${overrides.ruleId}`,
    location: { target: SITE },
    ...overrides,
  };
}

function phase(extra: Partial<ConsentPhaseSummary> = {}): ConsentPhaseSummary {
  return {
    pages: [
      { url: SITE, visit: 'initial' },
      { url: `${SITE}${HOSTILE}`, visit: 'second-page' },
    ],
    cookies: [
      { name: HOSTILE, domain: `.${HOSTILE}`, category: 'marketing', essential: false, setBy: `${JAVASCRIPT_URL}/${HOSTILE}`, value: SECRET },
      { name: 'session', domain: 'shop.example', category: 'strictly-necessary', essential: true, setBy: null },
    ],
    storage: [{ area: 'localStorage', origin: SITE, key: HOSTILE, category: 'analytics' }],
    thirdPartyRequests: [{ url: `https://tracker.example/p?id=${HOSTILE}`, site: 'tracker.example', category: 'marketing', vendor: HOSTILE }],
    partial: false,
    ...extra,
  };
}

export const sitePolicy: PolicyResult = {
  kind: 'policy',
  target: POLICY_URL,
  language: 'fr',
  format: 'html',
  profile: 'gdpr',
  jurisdiction: 'fr',
  elements: {
    retention: {
      status: 'partial',
      evidence: [
        { line: 41, column: 9, text: `Nous conservons ${HOSTILE}` },
        { line: 41, column: 1, text: `Nous conservons ${HOSTILE}` },
        { line: 7, column: 2, text: 'aussi longtemps que nécessaire' },
      ],
    },
    'dpo-contact': { status: 'absent', evidence: [] },
    [HOSTILE]: { status: 'present', evidence: [{ line: 3, column: 1, text: HOSTILE }] },
  },
  findings: [
    finding({
      ruleId: 'retention',
      severity: 'warning',
      message: `Retention is vague: ${HOSTILE}`,
      localizedMessage: { locale: 'fr', text: `La durée est vague : ${HOSTILE}` },
      tags: ['gdpr-art13-2a', 'cat.retention'],
      location: { target: POLICY_URL, line: 41, column: 1 },
    }),
  ],
  errorCount: 0,
  warningCount: 1,
  infoCount: 0,
};

export const siteConsent: ConsentResult = {
  kind: 'consent',
  target: SITE,
  verdict: 'fail',
  partial: true,
  banner: { found: true, cmp: HOSTILE, method: 'autoconsent', screenshot: SCREENSHOT },
  phases: { 'before-consent': phase(), 'after-reject': phase({ partial: true }) },
  findings: [
    finding({ ruleId: 'cookie-before-consent', location: { target: SITE, url: `${SITE}${HOSTILE}` } }),
    finding({ ruleId: 'banner-missing', outcome: 'pass', message: 'A consent banner was found.' }),
    finding({ ruleId: 'tcf-consent-before-choice', outcome: 'inapplicable', severity: 'error', message: 'No TCF signal.' }),
  ],
  errorCount: 1,
  warningCount: 0,
  infoCount: 0,
};

export const site: SiteResult = {
  kind: 'site',
  target: SITE,
  verdict: 'fail',
  policyUrl: POLICY_URL,
  pages: [SITE, `${SITE}${HOSTILE}`, JAVASCRIPT_URL, SITE],
  cookiePolicyUrl: `${SITE}cookies`,
  declaredCookies: [
    { name: 'session', match: 'exact', lifetimeDays: 0, source: { target: POLICY_URL, line: 52, column: 3, kind: 'table' } },
    {
      name: HOSTILE,
      match: 'prefix',
      category: 'analytics',
      lifetimeText: '13 mois',
      provider: HOSTILE,
      purpose: HOSTILE,
      source: { target: POLICY_URL, line: 50, column: 3, kind: 'table' },
    },
  ],
  partial: true,
  policy: sitePolicy,
  consent: siteConsent,
  findings: [
    // Repeated from the consent part, as a site result may do: shown once.
    siteConsent.findings[0]!,
    finding({
      ruleId: 'policy-cookie-mismatch',
      outcome: 'incomplete',
      severity: 'warning',
      message: `The policy does not mention the cookie ${HOSTILE}.`,
      helpUrl: JAVASCRIPT_URL,
      tags: ['gdpr-art13-1e', 'cat.cross-check'],
      location: { target: POLICY_URL },
    }),
  ],
  errorCount: 1,
  warningCount: 2,
  infoCount: 0,
};

/** A consent result whose screenshot fields try to load something: none of them may become an image. */
export const consentWithBadScreenshots = (screenshot: string): ConsentResult => ({
  ...siteConsent,
  target: `https://other.example/${screenshot.length}`,
  banner: { ...siteConsent.banner, screenshot },
});

export const hostilePolicy: PolicyResult = {
  ...sitePolicy,
  target: `docs/${HOSTILE}.md`,
  language: null,
  findings: [
    finding({
      ruleId: HOSTILE,
      severity: 'info',
      helpUrl: `https://privacy-lint.example/${HOSTILE}`,
      tags: [HOSTILE],
      location: { target: `docs/${HOSTILE}.md`, line: 2, column: 3 },
    }),
  ],
  errorCount: 0,
  warningCount: 0,
  infoCount: 1,
};

export const unreachable: ConsentResult = {
  ...siteConsent,
  target: 'https://down.example/',
  verdict: 'incomplete',
  phases: {},
  findings: [],
  errorCount: 0,
  banner: { found: false, cmp: null, method: null },
  error: { code: 'NAVIGATION_FAILED', message: `net::ERR ${HOSTILE}`, hint: HOSTILE },
};

export const TOOL = { name: 'privacy-lint', version: '0.1.0' };

export const hostileReport: Report = { tool: TOOL, results: [site, hostilePolicy, unreachable] };

export const RULES: RuleMeta[] = [
  {
    id: 'cookie-before-consent',
    kind: 'audit',
    title: 'Cookie set before consent',
    description: 'A cookie that is not strictly necessary was stored before the visitor agreed.',
    tags: ['eprivacy-art5-3', 'cat.consent'],
    helpUrl: 'https://privacy-lint.example/rules/cookie-before-consent',
    defaultLevel: 'error',
  },
  {
    id: 'retention',
    kind: 'element',
    title: 'Retention period',
    description: 'The policy must say how long personal data is kept, or how that period is decided.',
    tags: ['gdpr-art13-2a', 'cat.retention'],
    helpUrl: 'https://privacy-lint.example/rules/retention',
    defaultLevel: 'error',
  },
];

export const context: FormatContext = { cwd: '/repo', rules: RULES };

/** Results as a batch run writes them: one JSON object a line. */
export function jsonLines(...results: unknown[]): string {
  return results.map((result) => `${JSON.stringify(result)}\n`).join('');
}

/** A scratch folder for the suite that calls this, removed after it; `write` returns the name it was given. */
export function scratchFolder(prefix: string): { path: () => string; write: (name: string, text: string) => string } {
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  return {
    path: () => folder,
    write: (name, text) => {
      writeFileSync(join(folder, name), text);
      return name;
    },
  };
}
