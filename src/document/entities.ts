/**
 * Character references as they turn up in Markdown and plain-text policies exported from HTML editors. HTML itself is
 * decoded by the parser; this short table covers the named references such exports actually use.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  para: '¶',
  deg: '°',
  euro: '€',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  auml: 'ä',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  icirc: 'î',
  iuml: 'ï',
  iacute: 'í',
  ntilde: 'ñ',
  oacute: 'ó',
  ocirc: 'ô',
  ouml: 'ö',
  ugrave: 'ù',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  szlig: 'ß',
  oelig: 'œ',
  Agrave: 'À',
  Eacute: 'É',
  Egrave: 'È',
  Ecirc: 'Ê',
  Ccedil: 'Ç',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  OElig: 'Œ',
  iexcl: '¡',
  iquest: '¿',
};

/** `&eacute;`, `&#233;` or `&#xE9;` → `é`; undefined when the reference is unknown or not a valid code point. */
export function decodeCharacterReference(reference: string): string | undefined {
  const body = reference.slice(1, -1);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return String.fromCodePoint(code);
  }
  return Object.hasOwn(NAMED, body) ? NAMED[body] : undefined;
}
