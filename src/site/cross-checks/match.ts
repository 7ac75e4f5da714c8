/**
 * Whether the policy declares a cookie the site set, and how: by its exact name, by a declared prefix or family
 * (`_ga_<id>`, `_pk_id.*`, `_pk_id` for `_pk_id.1.af3c`), by naming the vendor the knowledge base attributes it to
 * (`Google Analytics` covers `_ga`), or — for the site's own cookies, which have no vendor — by declaring their
 * category. Only the first two carry a declared lifetime to compare.
 */
import type { CookieClassification } from '../../consent/classify.js';
import type { DeclaredCookie } from '../../types.js';
import type { DeclaredCookies } from '../declared-cookies.js';
import type { PolicyMentions, VendorDirectory } from '../policy-mentions.js';

export type DeclarationMatch =
  | { by: 'name' | 'prefix'; declaration: DeclaredCookie }
  | { by: 'vendor'; vendor: string }
  | { by: 'category'; category: string };

/** `_pk_id` declares `_pk_id.1.af3c` and `_ga_ABC` declares `_ga_ABC_2`: the declared name, then a separator. */
const FAMILY_SEPARATOR = /^[._-]/;
const MIN_FAMILY_NAME = 3;

/** The declaration that names `name` itself, most specific first; null when only a vendor or category covers it. */
export function declarationOf(name: string, declared: readonly DeclaredCookie[]): { by: 'name' | 'prefix'; declaration: DeclaredCookie } | null {
  const exact = declared.find((item) => item.match === 'exact' && item.name === name) ?? declared.find((item) => item.match === 'exact' && item.name.toLowerCase() === name.toLowerCase());
  if (exact) return { by: 'name', declaration: exact };
  let best: DeclaredCookie | undefined;
  for (const item of declared) {
    const covers =
      item.match === 'prefix'
        ? name.startsWith(item.name)
        : item.name.length >= MIN_FAMILY_NAME && name.startsWith(item.name) && FAMILY_SEPARATOR.test(name.slice(item.name.length));
    if (covers && (!best || item.name.length > best.name.length)) best = item;
  }
  return best ? { by: 'prefix', declaration: best } : null;
}

export function matchDeclaration(
  cookie: { name: string; classification: CookieClassification },
  declared: DeclaredCookies,
  mentions: PolicyMentions,
  directory: VendorDirectory,
): DeclarationMatch | null {
  const named = declarationOf(cookie.name, declared.cookies);
  if (named) return named;
  const { classification } = cookie;
  const info = classification.entry ? directory.get(classification.entry) : undefined;
  if (classification.entry && mentions.vendorIds.has(classification.entry)) return { by: 'vendor', vendor: classification.vendor ?? classification.entry };
  const vendor = mentions.named([classification.vendor, info?.name, info?.company]);
  if (vendor) return { by: 'vendor', vendor };
  if (classification.vendor === null && classification.category !== 'unknown' && declared.categories.includes(classification.category)) {
    return { by: 'category', category: classification.category };
  }
  return null;
}
