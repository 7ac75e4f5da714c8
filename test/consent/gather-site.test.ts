import { describe, expect, test } from 'vitest';
import { sameSiteLinks } from '../../src/consent/gather-links.js';
import { firstPartySet, isThirdPartySite, siteOf } from '../../src/consent/site-of.js';

describe('siteOf', () => {
  test.each([
    ['https://www.example.co.uk/path?q=1', 'example.co.uk'],
    ['http://a.b.example.com:8080/', 'example.com'],
    ['someone.github.io', 'someone.github.io'],
    ['.example.com', 'example.com'],
    ['http://127.0.0.1:3000/site/', '127.0.0.1'],
    ['http://[::1]:3000/', '::1'],
    ['http://localhost:3000/', 'localhost'],
    ['http://analytics.localhost:3000/x.js', 'analytics.localhost'],
    ['http://a.analytics.localhost/', 'analytics.localhost'],
    ['data:text/plain,hi', ''],
    ['not a url://', ''],
  ])('%s → %s', (input, site) => {
    expect(siteOf(input)).toBe(site);
  });
});

describe('first and third parties', () => {
  test('the first-party set normalises hosts and URLs to sites and drops empties', () => {
    expect(firstPartySet('example.com', 'https://www.example.com/', ['cdn.example.net', ''], undefined)).toEqual(['example.com', 'example.net']);
  });

  test.each([
    ['example.com', false],
    ['example.net', false],
    ['tracker.example.org', true],
    ['', true],
  ])('%s third party: %s', (site, expected) => {
    expect(isThirdPartySite(site, ['example.com', 'example.net'])).toBe(expected);
  });
});

describe('sameSiteLinks', () => {
  const page = 'https://www.example.com/index.html';
  const link = (href: string, download = false) => ({ href, download });

  test('keeps same-site http(s) pages, sorted, without fragments or repeats', () => {
    const links = [
      link('https://www.example.com/b.html#top'),
      link('https://shop.example.com/a'),
      link('/b.html'),
      link('https://www.example.com/b.html'),
    ];
    expect(sameSiteLinks(links, page)).toEqual(['https://shop.example.com/a', 'https://www.example.com/b.html']);
  });

  test.each([
    ['the page itself', 'https://www.example.com/index.html#section'],
    ['another site', 'https://example.org/'],
    ['mailto', 'mailto:dpo@example.com'],
    ['javascript', 'javascript:void(0)'],
    ['a document download', 'https://www.example.com/policy.pdf'],
    ['log out', 'https://www.example.com/account/logout'],
    ['sign out', 'https://www.example.com/sign-out?next=/'],
    ['unsubscribe', 'https://www.example.com/newsletter/unsubscribe'],
    ['German log out', 'https://www.example.com/abmelden'],
  ])('skips %s', (_, href) => {
    expect(sameSiteLinks([link(href)], page)).toEqual([]);
  });

  test('skips links marked as downloads', () => {
    expect(sameSiteLinks([link('https://www.example.com/report', true)], page)).toEqual([]);
  });
});
