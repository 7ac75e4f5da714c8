import { describe, expect, it } from 'vitest';
import type { SourceFormat } from '../../src/document/model.js';
import { segmentDocument } from '../../src/document/segment.js';
import { extractDeclaredCookies, parseCookieName } from '../../src/site/declared-cookies.js';
import { parseLifetime } from '../../src/site/lifetime.js';

const doc = (format: SourceFormat, text: string) => segmentDocument({ target: `policy.${format === 'markdown' ? 'md' : format === 'html' ? 'html' : 'txt'}`, format, text, encoding: 'utf-8' });
const declared = (format: SourceFormat, text: string) => extractDeclaredCookies(doc(format, text));
const summary = (format: SourceFormat, text: string) =>
  declared(format, text).cookies.map((cookie) => [cookie.name, cookie.match, cookie.lifetimeDays === undefined ? null : Math.round(cookie.lifetimeDays * 100) / 100]);

describe('parseLifetime: declared lifetimes in days', () => {
  it.each([
    ['13 mois', 395.42],
    ['1 an', 365],
    ['2 years', 730],
    ['30 Tage', 30],
    ['6 Monate', 182.5],
    ['13 meses', 395.42],
    ['un año', 365],
    ['2 anni', 730],
    ['12 mesi', 365],
    ['1 jaar', 365],
    ['24h', 1],
    ['30 minutes', 0.02],
    ['13 (thirteen) months', 395.42],
    ['1,5 Jahre', 547.5],
    ['session', 0],
    ['Sitzung', 0],
    ['Bis zum Ende der Sitzung', 0],
    ['fin de session', 0],
    ['Sesión', 0],
    ['sessione', 0],
    ['Sessie', 0],
    ['Session, or 1 year when you tick "remember me"', 365],
  ])('%s → %s days', (text, days) => {
    expect(Math.round(parseLifetime(text)!.days * 100) / 100).toBe(days);
  });

  it.each(['persistent', 'until you clear your browser', 'see the provider', '2024', ''])('%j states no lifetime', (text) => {
    expect(parseLifetime(text)).toBeNull();
  });
});

describe('parseCookieName', () => {
  it.each([
    ['_ga', '_ga', 'exact'],
    ['`_ga`', '_ga', 'exact'],
    ['_ga_<container-id>', '_ga_', 'prefix'],
    ['_ga_*', '_ga_', 'prefix'],
    ['_pk_id.*', '_pk_id.', 'prefix'],
    ['_gat_UA-XXXXXX-1', '_gat_UA-', 'prefix'],
    ['_hjSession_{site_id}', '_hjSession_', 'prefix'],
    ['PHPSESSID,', 'PHPSESSID', 'exact'],
  ])('%s → %s (%s)', (raw, name, match) => {
    expect(parseCookieName(raw)).toMatchObject({ name, match });
  });

  it.each(['*', '<id>', 'a b', 'x=1', 'https://example.com/x', '12345', 'a'.repeat(200)])('%j is not a cookie name', (raw) => {
    expect(parseCookieName(raw)).toBeNull();
  });
});

describe('extractDeclaredCookies: cookie tables', () => {
  it('reads a Markdown table: names, provider, purpose, lifetime, category, position', () => {
    const text = '# Privacy\n\n## Cookies\n\n| Cookie | Provider | Purpose | Duration |\n|---|---|---|---|\n| `_ga` | Google Analytics | Audience measurement | 2 years |\n| `_ga_<id>` | Google Analytics | Session state | 13 months |\n| `cc_cookie` | Us | Stores your consent choice (strictly necessary) | 6 months |\n';
    const result = declared('markdown', text);
    expect(result.cookies[0]).toEqual({
      name: '_ga',
      match: 'exact',
      provider: 'Google Analytics',
      purpose: 'Audience measurement',
      category: 'analytics',
      lifetimeDays: 730,
      lifetimeText: '2 years',
      source: { target: 'policy.md', line: 7, column: 4, kind: 'table' },
    });
    expect(summary('markdown', text)).toEqual([
      ['_ga', 'exact', 730],
      ['_ga_', 'prefix', 395.42],
      ['cc_cookie', 'exact', 182.5],
    ]);
    expect(result.categories).toEqual(['analytics', 'strictly-necessary']);
  });

  it.each([
    ['fr', '<table><tr><th>Nom du cookie</th><th>Émetteur</th><th>Finalité</th><th>Durée de conservation</th></tr><tr><td>_pk_id.*</td><td>Matomo</td><td>Mesure d’audience</td><td>13 mois</td></tr></table>', ['_pk_id.', 'prefix', 395.42]],
    ['de', '<table><thead><tr><th>Name</th><th>Anbieter</th><th>Zweck</th><th>Speicherdauer</th></tr></thead><tbody><tr><td>PHPSESSID</td><td>Wir</td><td>Sitzung</td><td>Sitzungsende</td></tr></tbody></table>', ['PHPSESSID', 'exact', 0]],
    ['es', '<table><tr><th>Nombre</th><th>Proveedor</th><th>Finalidad</th><th>Duración</th></tr><tr><td>_fbp</td><td>Meta</td><td>Publicidad</td><td>3 meses</td></tr></table>', ['_fbp', 'exact', 91.25]],
    ['it', '<table><tr><th>Nome</th><th>Fornitore</th><th>Finalità</th><th>Durata</th></tr><tr><td>_gid</td><td>Google</td><td>Statistiche</td><td>24 ore</td></tr></table>', ['_gid', 'exact', 1]],
    ['nl', '<table><tr><th>Naam</th><th>Aanbieder</th><th>Doel</th><th>Bewaartermijn</th></tr><tr><td>_hjSessionUser_*</td><td>Hotjar</td><td>Statistieken</td><td>1 jaar</td></tr></table>', ['_hjSessionUser_', 'prefix', 365]],
  ])('reads an HTML table with %s headers', (_language, table, expected) => {
    expect(summary('html', `<html><body><main><h1>Cookies</h1>${table}</main></body></html>`)).toEqual([expected]);
  });

  it('reads a plain-text table, several names per cell, and the category from the table heading', () => {
    const text = 'ANALYTICS COOKIES\n\nName | Provider | Lifetime\n_ga, _gid | Google Analytics | 2 years\n__utma / __utmz | Google Analytics | 6 months\n';
    const result = declared('text', text);
    expect(result.cookies.map((cookie) => [cookie.name, cookie.lifetimeDays, cookie.category])).toEqual([
      ['_ga', 730, 'analytics'],
      ['_gid', 730, 'analytics'],
      ['__utma', 182.5, 'analytics'],
      ['__utmz', 182.5, 'analytics'],
    ]);
  });

  it('takes only identifiers from a name cell that describes', () => {
    const table = '<table><tr><th>Cookie</th><th>Purpose</th></tr><tr><td>Session cookie (PHPSESSID)</td><td>Keeps you signed in</td></tr><tr><td>Language preference</td><td>Remembers your language</td></tr></table>';
    expect(summary('html', `<main><h2>Cookies</h2>${table}</main>`)).toEqual([['PHPSESSID', 'exact', null]]);
  });

  it('ignores tables that are not about cookies', () => {
    const table = '<table><tr><th>Name</th><th>Purpose</th><th>Retention</th></tr><tr><td>Newsletter</td><td>Sending news</td><td>2 years</td></tr></table>';
    expect(declared('html', `<main><h2>What we process</h2>${table}</main>`).cookies).toEqual([]);
  });
});

describe('extractDeclaredCookies: names in the text', () => {
  it('finds names in sentences about cookies, each with the lifetime after it', () => {
    const text = 'Our site sets the `cc_cookie` cookie for 6 months to remember your choice, and `_ga` (2 years) and `_gid` (24 hours) for statistics.\n';
    expect(summary('markdown', text)).toEqual([
      ['cc_cookie', 'exact', 182.5],
      ['_ga', 'exact', 730],
      ['_gid', 'exact', 1],
    ]);
  });

  it('takes a capitalised name only beside the word cookie', () => {
    expect(summary('markdown', 'The NID cookie stores your preferences for 6 months. GDPR applies to it.\n')).toEqual([['NID', 'exact', 182.5]]);
  });

  it('finds nothing in text that is not about cookies', () => {
    expect(declared('markdown', 'Send requests to privacy_team@example.com or call our DPO. We keep invoices for 10 years.\n').cookies).toEqual([]);
  });

  it('declares categories only from affirmative sentences', () => {
    expect(declared('markdown', 'We use analytics cookies to count visits.\n').categories).toEqual(['analytics']);
    expect(declared('markdown', 'We do not use advertising cookies.\n').categories).toEqual([]);
    expect(declared('markdown', 'Wir verwenden keine Cookies zu Werbezwecken.\n').categories).toEqual([]);
  });

  it('keeps the first declaration of a name: a table row over a later mention', () => {
    const text = '| Cookie | Lifetime |\n|---|---|\n| `_ga` | 13 months |\n\nThe `_ga` cookie lasts 2 years.\n';
    expect(summary('markdown', text)).toEqual([['_ga', 'exact', 395.42]]);
  });
});
