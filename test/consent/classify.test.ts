import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyCookie, classifyRequest, classifyStorageKey, createClassifier } from '../../src/consent/classify.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/consent/classify-knowledge-base.js';
import { PrivacyLintError } from '../../src/errors.js';

const SITE = '.shop.example';

describe('classifyCookie with the bundled knowledge base', () => {
  it.each([
    ['_ga', SITE, 'analytics', 'Google Analytics'],
    ['_ga_ABC123', SITE, 'analytics', 'Google Analytics'],
    ['_gid', SITE, 'analytics', 'Google Analytics'],
    ['_gat_UA-123456-1', SITE, 'analytics', 'Google Analytics'],
    ['__utmz', SITE, 'analytics', 'Google Analytics'],
    ['_gcl_au', SITE, 'marketing', 'Google Ads and DoubleClick'],
    ['IDE', '.doubleclick.net', 'marketing', 'Google Ads and DoubleClick'],
    ['test_cookie', '.doubleclick.net', 'marketing', 'Google Ads and DoubleClick'],
    ['NID', '.google.com', 'marketing', 'Google Ads and DoubleClick'],
    ['_fbp', SITE, 'marketing', 'Meta Pixel'],
    ['fr', '.facebook.com', 'marketing', 'Meta Pixel'],
    ['_clck', SITE, 'analytics', 'Microsoft Clarity'],
    ['CLID', 'www.clarity.ms', 'analytics', 'Microsoft Clarity'],
    ['_uetvid', SITE, 'marketing', 'Microsoft Advertising (Bing UET)'],
    ['MUID', '.bing.com', 'marketing', 'Microsoft Advertising (Bing UET)'],
    ['_hjSessionUser_123', SITE, 'analytics', 'Hotjar'],
    ['_hjSession_123', SITE, 'analytics', 'Hotjar'],
    ['_pk_id.1.a1b2', SITE, 'analytics', 'Matomo'],
    ['MATOMO_SESSID', 'stats.shop.example', 'strictly-necessary', 'Matomo'],
    ['li_sugr', '.linkedin.com', 'marketing', 'LinkedIn Insight Tag'],
    ['UserMatchHistory', '.linkedin.com', 'marketing', 'LinkedIn Insight Tag'],
    ['_ttp', SITE, 'marketing', 'TikTok Pixel'],
    ['__hstc', SITE, 'analytics', 'HubSpot tracking code'],
    ['VISITOR_INFO1_LIVE', '.youtube.com', 'marketing', 'YouTube'],
    ['YSC', '.youtube.com', 'functional', 'YouTube'],
    ['__stripe_mid', SITE, 'strictly-necessary', 'Stripe'],
    ['m', 'm.stripe.com', 'strictly-necessary', 'Stripe'],
    ['_GRECAPTCHA', 'www.google.com', 'strictly-necessary', 'Google reCAPTCHA'],
    ['__cf_bm', SITE, 'strictly-necessary', 'Cloudflare'],
    ['cto_bundle', SITE, 'marketing', 'Criteo'],
    ['intercom-session-abc123', SITE, 'functional', 'Intercom'],
    ['PHPSESSID', SITE, 'strictly-necessary', null],
    ['JSESSIONID', SITE, 'strictly-necessary', null],
    ['ASP.NET_SessionId', SITE, 'strictly-necessary', null],
    ['connect.sid', SITE, 'strictly-necessary', null],
    ['XSRF-TOKEN', SITE, 'strictly-necessary', null],
    ['wordpress_logged_in_abc', SITE, 'strictly-necessary', null],
    ['wp-settings-1', SITE, 'strictly-necessary', null],
    ['wp_woocommerce_session_9f8e', SITE, 'strictly-necessary', null],
    ['AWSALBCORS', SITE, 'strictly-necessary', null],
    ['cc_cookie', SITE, 'strictly-necessary', null],
    ['CookieConsent', SITE, 'strictly-necessary', 'Cookiebot'],
    ['OptanonConsent', SITE, 'strictly-necessary', 'OneTrust'],
    ['_iub_cs-123456', SITE, 'strictly-necessary', 'iubenda Privacy Controls and Cookie Solution'],
    ['euconsent-v2', SITE, 'strictly-necessary', null],
  ])('%s on %s is %s', (name, domain, category, vendor) => {
    const result = classifyCookie({ name, domain });
    expect(result).toMatchObject({ category, vendor, essential: category === 'strictly-necessary', source: 'knowledge-base' });
  });

  it.each([
    ['invented_pref', SITE],
    ['fr', SITE],
    ['m', SITE],
    ['_gax', SITE],
    ['wordpress', SITE],
    ['', SITE],
    ['{{name}}', SITE],
    ['\u202Egnp.exe', SITE],
    ['_'.repeat(5000), SITE],
  ])('%j on %s is unknown, never essential', (name, domain) => {
    expect(classifyCookie({ name, domain })).toEqual({ category: 'unknown', vendor: null, essential: false, source: 'none' });
  });

  it('marks where consent managers keep the choice', () => {
    expect(classifyCookie({ name: 'OptanonConsent', domain: SITE }).consentState).toBe(true);
    expect(classifyCookie({ name: 'PHPSESSID', domain: SITE }).consentState).toBeUndefined();
  });

  it('attributes an unknown cookie on a known vendor domain to that vendor, and generic names too', () => {
    expect(classifyCookie({ name: 'x_unlisted', domain: '.doubleclick.net' })).toMatchObject({ category: 'marketing', vendor: 'Google Ads and DoubleClick' });
    expect(classifyCookie({ name: 'PHPSESSID', domain: '.hotjar.com' })).toMatchObject({ category: 'analytics', vendor: 'Hotjar' });
    // A specific name wins over the domain: Cloudflare's bot cookie is strictly necessary wherever it is set.
    expect(classifyCookie({ name: '__cf_bm', domain: '.hubspot.com' })).toMatchObject({ category: 'strictly-necessary', vendor: 'Cloudflare' });
  });

  it('reports the lifetime the knowledge base knows', () => {
    expect(classifyCookie({ name: '_ga', domain: SITE }).lifetimeDays).toBe(730);
  });
});

describe('classifyStorageKey and classifyRequest', () => {
  it.each([
    ['yt-remote-device-id', 'https://www.youtube-nocookie.com', 'functional'],
    ['uc_settings', 'https://shop.example', 'strictly-necessary'],
    ['_hjid', 'https://shop.example', 'analytics'],
    ['ajs_anonymous_id', 'https://shop.example', 'analytics'],
    ['theme', 'https://shop.example', 'unknown'],
    ['anything', 'not an origin', 'unknown'],
  ])('storage %s of %s is %s', (key, origin, category) => {
    expect(classifyStorageKey({ key, origin }).category).toBe(category);
  });

  it.each([
    ['https://region1.google-analytics.com/g/collect?v=2&cid=1.2', 'analytics', 'Google Analytics', true],
    ['https://www.facebook.com/tr/?id=1&ev=PageView', 'marketing', 'Meta Pixel', true],
    ['https://connect.facebook.net/en_US/fbevents.js', 'marketing', 'Meta Pixel', true],
    ['https://stats.g.doubleclick.net/j/collect', 'marketing', 'Google Ads and DoubleClick', true],
    ['https://www.google.com/pagead/1p-user-list/1/', 'marketing', 'Google Ads and DoubleClick', true],
    ['https://www.google.com/recaptcha/api.js', 'strictly-necessary', 'Google reCAPTCHA', false],
    ['https://fonts.gstatic.com/s/inter/v13/x.woff2', 'functional', 'Google Fonts', false],
    ['https://www.googletagmanager.com/gtag/js?id=G-1', 'functional', 'Google Tag Manager', false],
    ['https://plausible.io/api/event', 'analytics', 'Plausible Analytics', true],
    ['https://cdn.jsdelivr.net/npm/x', 'functional', 'jsDelivr', false],
  ])('%s is %s (%s)', (url, category, vendor, tracker) => {
    expect(classifyRequest({ url })).toMatchObject({ category, vendor, tracker, source: 'knowledge-base' });
  });

  it('matches a path prefix by whole segments only', () => {
    expect(classifyRequest({ url: 'https://www.facebook.com/travel' }).entry).toBe('meta-pixel');
    expect(classifyRequest({ url: 'https://www.google.com/recaptchafoo' }).category).toBe('unknown');
    expect(classifyRequest({ url: 'https://www.google.com/search?q=x' }).category).toBe('unknown');
  });

  it('says whether the vendor is established outside the EEA', () => {
    expect(classifyRequest({ url: 'https://plausible.io/js/script.js' }).outsideEEA).toBe(false);
    expect(classifyRequest({ url: 'https://www.google-analytics.com/g/collect' }).outsideEEA).toBe(true);
    expect(classifyRequest({ url: 'https://unknown.example/x' })).toEqual({ category: 'unknown', vendor: null, tracker: false, outsideEEA: null, source: 'none' });
    expect(classifyRequest({ url: 'not a url' }).category).toBe('unknown');
  });
});

const USER_KB: KnowledgeBase = {
  entries: [
    {
      id: 'house-analytics',
      name: 'House analytics',
      kind: 'tracker',
      category: 'analytics',
      description: 'The site’s own visitor counter.',
      source: 'https://shop.example/privacy',
      cookies: [{ name: 'hv_id' }, { name: '_ga', category: 'strictly-necessary' }],
      domains: ['tracker.localhost'],
    },
  ],
};

describe('user extensions', () => {
  it('lets a user knowledge base win over the bundled one', () => {
    const classifier = createClassifier({ extraKnowledgeBases: [USER_KB] });
    expect(classifier.classifyCookie({ name: 'hv_id', domain: SITE })).toMatchObject({ category: 'analytics', source: 'user', vendor: null });
    expect(classifier.classifyCookie({ name: '_ga', domain: SITE })).toMatchObject({ category: 'strictly-necessary', source: 'user' });
    expect(classifier.classifyRequest({ url: 'http://a.tracker.localhost:8080/hit' })).toMatchObject({ category: 'analytics', tracker: true, source: 'user' });
    expect(classifier.classifyCookie({ name: '_fbp', domain: SITE }).source).toBe('knowledge-base');
  });

  it('treats declared essential names and prefixes as strictly necessary', () => {
    const classifier = createClassifier({ essentialCookies: ['site_lang', 'ab_*'] });
    expect(classifier.classifyCookie({ name: 'site_lang', domain: SITE })).toEqual({ category: 'strictly-necessary', vendor: null, essential: true, source: 'user' });
    expect(classifier.classifyStorageKey({ key: 'ab_bucket', origin: 'https://shop.example' }).essential).toBe(true);
    expect(classifier.classifyCookie({ name: 'site_language', domain: SITE }).category).toBe('unknown');
  });

  it('classifies against only the knowledge base given', () => {
    expect(classifyCookie({ name: 'hv_id', domain: SITE }, USER_KB).category).toBe('analytics');
    expect(classifyCookie({ name: '_fbp', domain: SITE }, USER_KB).category).toBe('unknown');
  });
});

describe('loadKnowledgeBase', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-kb-'));
  const write = (name: string, data: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
    return file;
  };
  const entry = (overrides: Record<string, unknown>) => ({ entries: [{ ...USER_KB.entries[0], ...overrides }] });

  it('loads a valid file', () => {
    expect(loadKnowledgeBase(write('ok.json', USER_KB)).entries.map((e) => e.id)).toEqual(['house-analytics']);
  });

  it.each([
    ['bad-category.json', entry({ category: 'statistics' }), '/entries/0/category must be equal to one of the allowed values'],
    ['extra.json', entry({ owner: 'me' }), '/entries/0 must NOT have additional properties (owner)'],
    ['unanchored.json', entry({ cookies: [{ regex: 'hv_.*' }] }), '/entries/0/cookies/0/regex must match pattern'],
    ['backtracking.json', entry({ cookies: [{ regex: '^(a+)+$' }] }), '/entries/0/cookies/0/regex must not repeat a group'],
    ['lookaround.json', entry({ cookies: [{ regex: '^(?!x)a$' }] }), '/entries/0/cookies/0/regex must not use lookaround'],
    ['broken-regex.json', entry({ cookies: [{ regex: '^[a-$' }] }), '/entries/0/cookies/0/regex does not compile'],
    ['two-kinds.json', entry({ cookies: [{ name: 'a', prefix: 'b' }] }), '/entries/0/cookies/0 must match exactly one schema in oneOf'],
    ['not-json.json', '{ entries: [', 'not valid JSON'],
  ])('rejects %s', (name, data, message) => {
    const file = write(name, data);
    const error = (() => {
      try {
        loadKnowledgeBase(file);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(PrivacyLintError);
    expect((error as PrivacyLintError).code).toBe('RULES_INVALID');
    expect((error as PrivacyLintError).message).toContain(`${file}: `);
    expect((error as PrivacyLintError).message).toContain(message);
  });

  it('rejects an id defined twice and a missing file', () => {
    const a = write('a.json', USER_KB);
    const b = write('b.json', USER_KB);
    expect(() => loadKnowledgeBase([a, b])).toThrow(/b\.json: \/entries\/0\/id "house-analytics" is already defined in .*a\.json/);
    expect(() => loadKnowledgeBase(join(dir, 'missing.json'))).toThrow(/missing\.json: file not found/);
  });
});
