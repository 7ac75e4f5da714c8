/**
 * Finds the links to a site's privacy policy and cookie policy on one of its pages. A link qualifies by its label (a
 * known phrase, alone or with a few glue words) or by its address (`/politique-de-confidentialite`); it scores
 * higher in the footer or a menu, and inside an article only its full name counts (a blog post titled "Privacy" is
 * not the policy). A privacy policy always ranks above a legal notice, which is only the fallback.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { foldWords } from './fold.js';
import { baseUrlOf, parseHtml } from './links.js';
import { COOKIE_POLICY_PHRASES, LABEL_GLUE, LEGAL_NOTICE_PHRASES, PRIVACY_PHRASES, SETTINGS_WORDS } from './policy-link-phrases.js';

export type PolicyLinkKind = 'privacy' | 'legal-notice' | 'cookies';
export type LinkPlacement = 'footer' | 'navigation' | 'header' | 'article' | 'content';

export interface PolicyLink {
  url: string;
  /** The label as shown (possibly hostile page text). */
  text: string;
  kind: PolicyLinkKind;
  placement: LinkPlacement;
  score: number;
}

export interface PolicyLinks {
  /** Privacy policies first, then legal notices; best first. */
  privacy: PolicyLink[];
  cookies: PolicyLink[];
}

const MAX_ANCHORS = 5000;
const MAX_LABEL_WORDS = 8;

const BASE_SCORE: Record<PolicyLinkKind, number> = { privacy: 100, cookies: 100, 'legal-notice': 40 };
/** A label that only contains the phrase among glue words is a little less certain than one that is the phrase. */
const CONTAINED_PENALTY = 15;
/** Only the address names a policy (the label says `here` or `Read more`). */
const ADDRESS_ONLY = 50;
const ADDRESS_BONUS = 10;
const PLACEMENT_BONUS: Record<LinkPlacement, number> = { footer: 25, navigation: 15, header: 10, content: 0, article: -30 };

const phraseSet = (phrases: string[]) => new Set(phrases.map((phrase) => foldWords(phrase).join(' ')));
const PHRASES: Record<PolicyLinkKind, Set<string>> = {
  privacy: phraseSet(PRIVACY_PHRASES),
  'legal-notice': phraseSet(LEGAL_NOTICE_PHRASES),
  cookies: phraseSet(COOKIE_POLICY_PHRASES),
};

export function findPolicyLinks(html: string | CheerioAPI, pageUrl: string): PolicyLinks {
  const $ = typeof html === 'string' ? parseHtml(html) : html;
  const base = baseUrlOf($, pageUrl);
  const best = new Map<string, PolicyLink>();
  $('a[href]').each((index, element) => {
    if (index >= MAX_ANCHORS) return false;
    const url = linkTarget($(element).attr('href')!, base, pageUrl);
    if (!url) return undefined;
    const text = labelOf($, element);
    const placement = placementOf(element);
    for (const kind of ['privacy', 'legal-notice', 'cookies'] as const) {
      const score = scoreLink(kind, text, url, placement);
      if (score === null) continue;
      const key = `${kind}\u0000${url}`;
      const known = best.get(key);
      if (!known || score > known.score) best.set(key, { url, text, kind, placement, score });
    }
    return undefined;
  });
  const links = [...best.values()];
  const ranked = (kinds: PolicyLinkKind[]) =>
    links
      .filter((link) => kinds.includes(link.kind))
      .sort((a, b) => Number(b.kind === 'privacy') - Number(a.kind === 'privacy') || b.score - a.score || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const privacy = ranked(['privacy', 'legal-notice']);
  // A page that is both (`Privacy & legal notice`) is listed once, as the privacy policy.
  const privacyUrls = new Set(privacy.filter((link) => link.kind === 'privacy').map((link) => link.url));
  return { privacy: privacy.filter((link) => link.kind === 'privacy' || !privacyUrls.has(link.url)), cookies: ranked(['cookies']) };
}

/** Score of a link as a policy of `kind`, or null when neither its label nor its address names one. */
export function scoreLink(kind: PolicyLinkKind, text: string, url: string, placement: LinkPlacement): number | null {
  const words = foldWords(text);
  if (kind === 'cookies' && words.some((word) => SETTINGS_WORDS.has(word))) return null;
  const label = labelMatch(PHRASES[kind], words);
  const address = addressMatches(PHRASES[kind], url);
  if (label === null && !address) return null;
  // In an article, `Privacy` is a topic (a post's title); only a full name (`Privacy policy`) is the policy.
  if (placement === 'article' && (label !== 'exact' || words.length < 2)) return null;
  const base = label === 'exact' ? BASE_SCORE[kind] : label === 'contained' ? BASE_SCORE[kind] - CONTAINED_PENALTY : ADDRESS_ONLY;
  return base + (label !== null && address ? ADDRESS_BONUS : 0) + PLACEMENT_BONUS[placement];
}

/** `exact`: the label is a phrase; `contained`: a phrase plus glue words only; null otherwise. */
function labelMatch(phrases: Set<string>, words: string[]): 'exact' | 'contained' | null {
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return null;
  if (phrases.has(words.join(' '))) return 'exact';
  for (let start = 0; start < words.length; start++) {
    for (let end = words.length; end > start; end--) {
      if (!phrases.has(words.slice(start, end).join(' '))) continue;
      const rest = [...words.slice(0, start), ...words.slice(end)];
      if (rest.every((word) => LABEL_GLUE.has(word))) return 'contained';
    }
  }
  return null;
}

/** The last path segment, words split on `-` and `_`, is a phrase: `/fr/politique-de-confidentialite.html`. */
function addressMatches(phrases: Set<string>, url: string): boolean {
  const segment = new URL(url).pathname.split('/').filter(Boolean).pop() ?? '';
  const words = foldWords(decodeSegment(segment).replace(/\.[a-z0-9]{2,5}$/i, ''));
  return words.length > 0 && phrases.has(words.join(' '));
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** An http(s) address other than the page itself (same-page anchors open banners and menus, not policies). */
function linkTarget(href: string, base: string, pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const page = new URL(pageUrl);
  page.hash = '';
  return url.href === page.href && href.trim().startsWith('#') ? null : url.href;
}

/** What the link says: its text, else its `aria-label` or `title`, else an image's `alt`. */
function labelOf($: CheerioAPI, element: Element): string {
  const node = $(element);
  const text = node.text().replace(/\s+/g, ' ').trim();
  if (text) return text.slice(0, 200);
  return (node.attr('aria-label') ?? node.attr('title') ?? node.find('img[alt]').first().attr('alt') ?? '').trim().slice(0, 200);
}

const FOOTER_HINT = /(^|[\s_-])(footer|foot|site-info|colophon|bottom)([\s_-]|$)/i;
const MENU_HINT = /(^|[\s_-])(nav|navbar|navigation|menu)([\s_-]|$)/i;

/** The nearest landmark around the link; an article (or a blog post card) wins over everything outside it. */
function placementOf(element: Element): LinkPlacement {
  let found: LinkPlacement = 'content';
  for (let node: AnyNode | null = element.parent; node; node = node.parent) {
    if (node.type !== 'tag') continue;
    const tag = node.name.toLowerCase();
    const role = node.attribs.role?.toLowerCase();
    const hints = `${node.attribs.id ?? ''} ${node.attribs.class ?? ''}`;
    if (tag === 'article' || role === 'article') return 'article';
    if (found !== 'content') continue;
    if (tag === 'footer' || role === 'contentinfo' || FOOTER_HINT.test(hints)) found = 'footer';
    else if (tag === 'nav' || role === 'navigation' || role === 'menu' || MENU_HINT.test(hints)) found = 'navigation';
    else if (tag === 'header' || role === 'banner') found = 'header';
  }
  return found;
}
