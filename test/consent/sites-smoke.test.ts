/**
 * The fixture sites that the end-to-end consent tests drive in Chromium, checked without a browser: their site.json
 * files, that every address their pages reference is served by the test server (and none leaves the machine), and,
 * for the sites that declare what an audit must find, that they hold together as the audit will see them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { extname, join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_AUDITS } from '../../src/consent/audits/index.js';
import { auditMetas } from '../../src/consent/audits/report.js';
import { createClassifier } from '../../src/consent/classify.js';
import { bundledKnowledgeBase, checkKnowledgeBase, type KnowledgeBase } from '../../src/consent/classify-knowledge-base.js';
import { sameSiteLinks } from '../../src/consent/gather-links.js';
import { decodeTcString } from '../../src/consent/tcf.js';
import { createAjv } from '../../src/config/ajv.js';
import { findRoute, type RouteSpec, type SiteServer, startSiteServer } from '../support/site-server.js';

const SITES = 'fixtures/sites';
const THIRD = join(SITES, '_third');

interface SiteJson {
  description: string;
  routes?: Record<string, RouteSpec>;
  expect?: { verdict: string; cmp: string | null; findings: { ruleId: string; outcome: string }[] };
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
const filesOf = (dir: string, extensions: string[]) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.includes(extname(name)))
    .sort();
const routesOf = (dir: string): Record<string, RouteSpec> => {
  const path = join(dir, 'site.json');
  return existsSync(path) ? ((readJson(path) as SiteJson).routes ?? {}) : {};
};

const SITE_NAMES = folders(SITES).filter((name) => !name.startsWith('_') && existsSync(join(SITES, name, 'site.json')));
const SITE_JSON = new Map(SITE_NAMES.map((name) => [name, readJson(join(SITES, name, 'site.json')) as SiteJson]));
/** Sites that state what a consent audit must find: the end-to-end audit fixtures. */
const AUDITED = SITE_NAMES.filter((name) => SITE_JSON.get(name)!.expect);
const THIRD_PARTIES = folders(THIRD);

/** Absolute addresses written in scripts (and inline scripts): the third-party tags and beacons. */
const ABSOLUTE_URL = /\bhttps?:\/\/[A-Za-z0-9.-]+(?::(?:\{\{PORT\}\}|\d+))?\/[^\s'"`<>)\\]*/g;

/** Every address a page or script of `dir` references, resolved against where the server serves it. */
function referencesOf(dir: string, base: string, port: number): { from: string; url: URL }[] {
  const out: { from: string; url: URL }[] = [];
  const add = (from: string, raw: string, page: string) => {
    const text = raw.trim().split('{{PORT}}').join(String(port));
    if (!text || text.startsWith('#') || /^(mailto|tel|javascript|data):/i.test(text)) return;
    out.push({ from, url: new URL(text, page) });
  };
  for (const file of filesOf(dir, ['.html', '.js'])) {
    const text = readFileSync(join(dir, file), 'utf8');
    const page = new URL(file, base).href;
    for (const match of text.matchAll(ABSOLUTE_URL)) add(file, match[0], page);
    if (extname(file) !== '.html') continue;
    const $ = load(text);
    $('[src], [href], [data-src], form[action]').each((_, element) => {
      for (const attribute of ['src', 'href', 'data-src', 'action']) {
        const value = $(element).attr(attribute);
        if (value !== undefined) add(file, value, page);
      }
    });
  }
  // A script shared with another fixture site (../other-site/x.js) calls what it calls from this site too.
  const origin = new URL(base).origin;
  for (const { url } of [...out]) {
    const path = join(SITES, decodeURIComponent(url.pathname));
    if (url.origin !== origin || extname(path) !== '.js' || path.startsWith(`${dir}/`) || !existsSync(path)) continue;
    for (const match of readFileSync(path, 'utf8').matchAll(ABSOLUTE_URL)) add(url.pathname, match[0], url.href);
  }
  return out;
}

/** Status the test server answers for `url`, asked on loopback with the right Host header. */
function statusOf(server: SiteServer, url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const call = request(
      { host: '127.0.0.1', port: server.port, path: `${url.pathname}${url.search}`, headers: { host: url.host }, timeout: 5000 },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    call.on('timeout', () => call.destroy(new Error(`no answer for ${url.href}`)));
    call.on('error', reject);
    call.end();
  });
}

/** The route that would answer `url`, to skip the ones built never to answer or to answer late. */
function routeFor(url: URL): RouteSpec | undefined {
  if (url.pathname.startsWith('/vendor/')) return undefined;
  if (url.hostname.endsWith('.localhost')) {
    return findRoute(routesOf(join(THIRD, url.hostname.slice(0, -'.localhost'.length))), url.pathname);
  }
  const [, site = '', ...rest] = url.pathname.split('/');
  return findRoute(routesOf(join(SITES, site)), `/${rest.join('/')}`);
}

async function unservedReferences(server: SiteServer, dir: string, base: string): Promise<string[]> {
  const problems: string[] = [];
  for (const { from, url } of referencesOf(dir, base, server.port)) {
    if (url.hostname !== '127.0.0.1' && !url.hostname.endsWith('.localhost')) {
      problems.push(`${from}: ${url.href} leaves the machine`);
      continue;
    }
    const route = routeFor(url);
    if (route?.hang || route?.delayMs) continue;
    const status = await statusOf(server, url);
    if (status >= 400) problems.push(`${from}: ${url.href} answers ${status}`);
  }
  return problems;
}

/** Names in the first column headed "Name"/"Nom"/"Cookie" of each table of a policy page. */
function cookieTableNames(html: string): string[] {
  const $ = load(html);
  const names: string[] = [];
  $('table').each((_, table) => {
    const rows = $(table).find('tr').toArray();
    const header = rows[0] ? $(rows[0]).find('th, td').toArray().map((cell) => $(cell).text().trim().toLowerCase()) : [];
    const column = header.findIndex((text) => ['name', 'nom', 'cookie'].includes(text));
    if (column < 0) return;
    for (const row of rows.slice(1)) {
      const cell = $(row).find('th, td').get(column);
      if (cell) names.push($(cell).text().trim());
    }
  });
  return names;
}

describe('fixture sites: configuration files', () => {
  const ajv = createAjv();
  const schema = readJson(join(SITES, 'site.schema.json')) as { $defs: object };
  const validateSite = ajv.compile(schema);
  const validateThirdParty = ajv.compile({ $ref: '#/$defs/thirdParty', $defs: schema.$defs });

  it('site.schema.json is valid JSON Schema 2020-12', () => {
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it.each(SITE_NAMES)('%s/site.json matches site.schema.json', (name) => {
    validateSite(SITE_JSON.get(name));
    expect(validateSite.errors ?? []).toEqual([]);
  });

  it.each(THIRD_PARTIES.filter((name) => existsSync(join(THIRD, name, 'site.json'))))('_third/%s/site.json matches the third-party part of the schema', (name) => {
    validateThirdParty(readJson(join(THIRD, name, 'site.json')));
    expect(validateThirdParty.errors ?? []).toEqual([]);
  });

  it.each([...SITE_NAMES.map((name) => join(SITES, name)), ...THIRD_PARTIES.map((name) => join(THIRD, name))])('%s: every route file exists', (dir) => {
    const missing = Object.values(routesOf(dir))
      .filter((route) => route.file !== undefined && !existsSync(join(dir, route.file)))
      .map((route) => route.file);
    expect(missing).toEqual([]);
  });

  it('knowledge-base.json is a valid knowledge-base extension whose ids do not clash with the bundled ones', () => {
    const kb = checkKnowledgeBase(readJson(join(SITES, 'knowledge-base.json')), 'knowledge-base.json');
    const bundled = new Set(bundledKnowledgeBase().entries.map((entry) => entry.id));
    expect(kb.entries.map((entry) => entry.id).filter((id) => bundled.has(id))).toEqual([]);
  });
});

describe('fixture sites: referenced addresses', () => {
  let server: SiteServer;
  beforeAll(async () => {
    server = await startSiteServer();
  });
  afterAll(() => server.close());

  it.each(SITE_NAMES)('%s: every address its pages and scripts reference is served locally', async (name) => {
    expect(await unservedReferences(server, join(SITES, name), server.url(name))).toEqual([]);
  });

  it.each(THIRD_PARTIES)('_third/%s: every address its pages and scripts reference is served locally', async (name) => {
    expect(await unservedReferences(server, join(THIRD, name), server.thirdParty(name))).toEqual([]);
  });
});

describe('fixture sites: audit expectations', () => {
  const levels = new Map([...auditMetas()].map(([id, meta]) => [id, meta.defaultLevel]));
  const fixtureKb = checkKnowledgeBase(readJson(join(SITES, 'knowledge-base.json')), 'knowledge-base.json');
  const classifier = createClassifier({ extraKnowledgeBases: [fixtureKb] });
  // Without the vendors' domains, a name is known only if a pattern names it, not because its host has an owner.
  const namesOnly = (kb: KnowledgeBase): KnowledgeBase => ({ entries: kb.entries.map(({ domains: _domains, urls: _urls, ...entry }) => entry) });
  const nameClassifier = createClassifier({ knowledgeBase: namesOnly(bundledKnowledgeBase()), extraKnowledgeBases: [namesOnly(fixtureKb)] });
  const ORIGIN = 'http://127.0.0.1:8000';

  it('shows every audit on at least one site built for it', () => {
    // A violation of this audit needs a hosted consent manager known by name; no offline library provides one.
    const notBuildable = 'consent-not-applied-after-accept';
    const shown = new Set(AUDITED.flatMap((name) => SITE_JSON.get(name)!.expect!.findings.map((finding) => finding.ruleId)));
    expect(Object.keys(CONSENT_AUDITS).filter((id) => id !== notBuildable && !shown.has(id))).toEqual([]);
  });

  describe.each(AUDITED)('%s', (name) => {
    const site = SITE_JSON.get(name)!;
    const expectation = site.expect!;
    const dir = join(SITES, name);
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');

    it('names only known audits, each once, and a verdict that follows from their levels', () => {
      const ids = expectation.findings.map((finding) => finding.ruleId);
      expect(ids.filter((id) => !(id in CONSENT_AUDITS))).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
      const errors = expectation.findings.filter((finding) => finding.outcome === 'violation' && levels.get(finding.ruleId) === 'error');
      if (expectation.verdict === 'pass') expect(errors).toEqual([]);
      if (expectation.verdict === 'fail') expect(errors.length).toBeGreaterThan(0);
    });

    it('has a home page, a second page and a privacy page, and the second page is the link the gatherer follows first', () => {
      for (const file of ['index.html', 'page2.html', 'privacy.html']) expect(existsSync(join(dir, file)), file).toBe(true);
      const pageUrl = `${ORIGIN}/${name}/`;
      const $ = load(read('index.html'));
      const anchors = $('a[href]')
        .toArray()
        .map((anchor) => ({ href: new URL($(anchor).attr('href')!, pageUrl).href, download: $(anchor).attr('download') !== undefined }));
      const links = sameSiteLinks(anchors, pageUrl);
      expect(links[0]).toBe(`${pageUrl}page2.html`);
      expect(links).toContain(`${pageUrl}privacy.html`);
      expect(links.every((link) => link.startsWith(pageUrl))).toBe(true);
    });

    it('has every cookie of its privacy table, and every third party it calls, in the knowledge bases', () => {
      const hosts = new Set(
        referencesOf(dir, `${ORIGIN}/${name}/`, 8000)
          .map(({ url }) => url.hostname)
          .filter((host) => host.endsWith('.localhost')),
      );
      const unknownHosts = [...hosts].filter((host) => classifier.classifyRequest({ url: `http://${host}/` }).category === 'unknown');
      expect(unknownHosts).toEqual([]);
      const known = (cookie: string) =>
        ['127.0.0.1', ...hosts].some(
          (host) =>
            nameClassifier.classifyCookie({ name: cookie, domain: host }).category !== 'unknown' ||
            nameClassifier.classifyStorageKey({ key: cookie, origin: `http://${host}` }).category !== 'unknown',
        );
      expect(cookieTableNames(read('privacy.html')).filter((cookie) => !known(cookie))).toEqual([]);
    });
  });

  it('tcf-preset reports consents before any choice and none after a refusal', () => {
    const cmp = readFileSync(join(SITES, 'tcf-preset', 'cmp.js'), 'utf8');
    const constant = (id: string) => cmp.match(new RegExp(`var ${id} = '([^']+)'`))?.[1] ?? '';
    const preset = decodeTcString(constant('ALL_CONSENTS'));
    const refusal = decodeTcString(constant('NO_CONSENTS'));
    expect([preset.decodeError, refusal.decodeError]).toEqual([undefined, undefined]);
    expect(preset.purposeConsents.length).toBeGreaterThan(0);
    expect(preset.vendorConsents.length).toBeGreaterThan(0);
    expect([refusal.purposeConsents, refusal.vendorConsents, refusal.specialFeatureOptins]).toEqual([[], [], []]);
  });
});
