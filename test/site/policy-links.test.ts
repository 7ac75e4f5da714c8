import { describe, expect, it } from 'vitest';
import { findPolicyLinks } from '../../src/site/policy-links.js';
import { discoverPolicies } from '../../src/site/read-policy.js';

const PAGE = 'https://www.example.eu/';

/** A home page whose footer holds `footer` and whose main content holds `main`. */
function page(footer: string, main = '<p>Welcome.</p>', nav = '<a href="/shop">Shop</a>'): string {
  return `<!doctype html><html><body><header><nav>${nav}</nav></header><main>${main}</main><footer>${footer}</footer></body></html>`;
}

const best = (html: string) => findPolicyLinks(html, PAGE).privacy[0];

describe('findPolicyLinks: the privacy policy in six languages', () => {
  it.each([
    ['en', 'Privacy policy', '/privacy-policy'],
    ['en', 'Privacy', '/legal/privacy'],
    ['en', 'Privacy notice', '/notice'],
    ['fr', 'Politique de confidentialité', '/politique-de-confidentialite'],
    ['fr', 'Données personnelles', '/donnees-personnelles'],
    ['fr', 'Protection des données', '/rgpd'],
    ['de', 'Datenschutz', '/datenschutz'],
    ['de', 'Datenschutzerklärung', '/ds'],
    ['es', 'Privacidad', '/privacidad'],
    ['es', 'Política de privacidad', '/politica-privacidad'],
    ['it', 'Informativa sulla privacy', '/informativa'],
    ['it', 'Privacy policy', '/privacy-policy'],
    ['nl', 'Privacyverklaring', '/privacyverklaring'],
    ['nl', 'Privacybeleid', '/beleid'],
  ])('%s: a footer link labelled "%s"', (_language, label, href) => {
    const link = best(page(`<a href="/contact">Contact</a> · <a href="${href}">${label}</a>`));
    expect(link).toMatchObject({ url: new URL(href, PAGE).href, kind: 'privacy', placement: 'footer', text: label });
  });

  it('takes a label with glue words, or a link whose address names the policy', () => {
    expect(best(page('<a href="/p">Read our privacy policy</a>'))?.url).toBe('https://www.example.eu/p');
    expect(best(page('<a href="/fr/politique-de-confidentialite.html">En savoir plus</a>'))?.url).toBe('https://www.example.eu/fr/politique-de-confidentialite.html');
    expect(best(page('<a href="/legal"><img src="lock.svg" alt="Datenschutz"></a>'))?.url).toBe('https://www.example.eu/legal');
  });

  it('ranks the privacy policy above a legal notice, and the footer above the page content', () => {
    const html = page(
      '<a href="/mentions-legales">Mentions légales</a> <a href="/confidentialite">Confidentialité</a>',
      '<p>Voir aussi <a href="/vie-privee">vie privée</a>.</p>',
    );
    const { privacy } = findPolicyLinks(html, PAGE);
    expect(privacy.map((link) => [link.url.slice(PAGE.length - 1), link.kind, link.placement])).toEqual([
      ['/confidentialite', 'privacy', 'footer'],
      ['/vie-privee', 'privacy', 'content'],
      ['/mentions-legales', 'legal-notice', 'footer'],
    ]);
  });

  it('falls back to a legal notice (Impressum, mentions légales) when there is no privacy link', () => {
    expect(best(page('<a href="/impressum">Impressum</a>'))).toMatchObject({ url: 'https://www.example.eu/impressum', kind: 'legal-notice' });
  });

  it('lists a separate cookie policy, but not the link that opens the cookie settings', () => {
    const html = page('<a href="/privacy">Privacy</a> <a href="/cookie-policy">Cookie policy</a> <a href="/cookies#settings">Manage cookies</a> <a href="#" id="cc">Cookie settings</a>');
    const links = findPolicyLinks(html, PAGE);
    expect(links.cookies.map((link) => link.url)).toEqual(['https://www.example.eu/cookie-policy']);
    expect(links.privacy.map((link) => link.url)).toEqual(['https://www.example.eu/privacy']);
  });

  it('resolves links against <base href> and ignores other schemes', () => {
    const html = `<html><head><base href="https://cdn.example.eu/de/"></head><body><footer><a href="datenschutz.html">Datenschutz</a> <a href="mailto:dpo@example.eu">Privacy</a> <a href="javascript:void(0)">Privacy</a></footer></body></html>`;
    expect(findPolicyLinks(html, PAGE).privacy.map((link) => link.url)).toEqual(['https://cdn.example.eu/de/datenschutz.html']);
  });
});

describe('findPolicyLinks: what is not the policy', () => {
  it.each([
    ['a blog post titled with the word', '<article><h2><a href="/blog/privacy-in-2024">Privacy in 2024: what changed</a></h2></article>'],
    ['a post card whose title is the bare word', '<article class="post"><h2><a href="/blog/privacy">Privacy</a></h2><p>Our thoughts.</p></article>'],
    ['a sentence that mentions privacy', '<p><a href="/about">We care about privacy and craftsmanship in everything we make</a></p>'],
    ['a label with other words around the phrase', '<p><a href="/shop/privacy-screen">Privacy screen filters</a></p>'],
    ['a same-page anchor', '<p><a href="#privacy">Privacy</a></p>'],
    ['an address that only contains the word', '<p><a href="/blog/privacy-tips">Read more</a></p>'],
  ])('%s', (_case, main) => {
    expect(findPolicyLinks(page('<a href="/contact">Contact</a>', main), PAGE).privacy).toEqual([]);
  });
});

describe('discoverPolicies', () => {
  const site = 'https://shop.example.eu/';
  it('prefers the home page, then looks on the other crawled pages, and keeps the cookie policy apart', () => {
    const pages = [
      { finalUrl: site, html: page('<a href="/cookies">Cookies</a>') },
      { finalUrl: `${site}about`, html: page('<a href="/privacy">Privacy policy</a>') },
      { finalUrl: `${site}help`, html: page('<a href="/other-privacy">Privacy policy</a>') },
    ];
    expect(discoverPolicies(pages)).toEqual({
      privacy: { url: `${site}privacy`, page: `${site}about` },
      cookies: { url: `${site}cookies`, page: site },
    });
  });

  it('finds nothing on pages without policy links', () => {
    expect(discoverPolicies([{ finalUrl: site, html: page('<a href="/contact">Contact</a>') }])).toEqual({ privacy: null, cookies: null });
  });

  it('does not offer the privacy policy again as the cookie policy', () => {
    expect(discoverPolicies([{ finalUrl: site, html: page('<a href="/privacy">Privacy &amp; cookies</a>') }])).toEqual({ privacy: { url: `${site}privacy`, page: site }, cookies: null });
  });
});
