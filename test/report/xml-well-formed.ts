/**
 * A strict XML 1.0 well-formedness check, small enough to read: HTML parsers (cheerio included) repair broken markup
 * silently, so they cannot tell whether a CI server's XML parser would accept a report. Returns the problems found.
 */

const XML_CHARACTERS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
const NAME = /^[A-Za-z_:][\w.:-]*$/;
const REFERENCE = /^&(?:amp|lt|gt|quot|apos|#(\d+)|#x([\da-fA-F]+));/;
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

function isXmlCharacter(code: number): boolean {
  return code <= 0x10ffff && XML_CHARACTERS.test(String.fromCodePoint(code));
}

function checkReferences(text: string, where: string, problems: string[]): void {
  for (let index = text.indexOf('&'); index !== -1; index = text.indexOf('&', index + 1)) {
    const match = REFERENCE.exec(text.slice(index));
    if (!match) {
      problems.push(`${where}: bare "&"`);
      continue;
    }
    const code = match[1] ? Number(match[1]) : match[2] ? parseInt(match[2], 16) : undefined;
    if (code !== undefined && !isXmlCharacter(code)) problems.push(`${where}: reference to invalid character ${code}`);
  }
}

/** Index of the `>` that ends the tag opened at `start`, skipping `>` inside quoted attribute values. */
function tagEnd(xml: string, start: number): number {
  let quote: string | null = null;
  for (let index = start + 1; index < xml.length; index++) {
    const char = xml[index];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index;
    } else if (char === '<') {
      return -1;
    }
  }
  return -1;
}

function checkAttributes(source: string, tag: string, problems: string[]): void {
  const seen = new Set<string>();
  ATTRIBUTE.lastIndex = 0;
  let position = 0;
  for (let match = ATTRIBUTE.exec(source); match; match = ATTRIBUTE.exec(source)) {
    const [, name = '', doubleQuoted, singleQuoted] = match;
    const value = doubleQuoted ?? singleQuoted ?? '';
    if (!NAME.test(name)) problems.push(`<${tag}>: bad attribute name "${name}"`);
    if (seen.has(name)) problems.push(`<${tag}>: duplicate attribute "${name}"`);
    if (value.includes('<')) problems.push(`<${tag}>: "<" in attribute "${name}"`);
    checkReferences(value, `<${tag} ${name}>`, problems);
    seen.add(name);
    position = ATTRIBUTE.lastIndex;
  }
  if (source.slice(position).trim() !== '') problems.push(`<${tag}>: malformed attributes "${source.slice(position)}"`);
}

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (!XML_CHARACTERS.test(xml)) problems.push('character not allowed in XML 1.0');
  const declaration = /^<\?xml\s[^?]*\?>/.exec(xml);
  const stack: string[] = [];
  let roots = 0;
  let index = declaration ? declaration[0].length : 0;
  while (index < xml.length) {
    const open = xml.indexOf('<', index);
    const text = xml.slice(index, open === -1 ? xml.length : open);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root element: "${text.trim()}"`);
    if (text.includes(']]>')) problems.push('"]]>" in text');
    checkReferences(text, 'text', problems);
    if (open === -1) break;
    if (xml.startsWith('<!--', open)) {
      const close = xml.indexOf('-->', open);
      if (close === -1) return [...problems, 'unterminated comment'];
      index = close + 3;
      continue;
    }
    const close = tagEnd(xml, open);
    if (close === -1) return [...problems, `unterminated tag at ${open}`];
    const tag = xml.slice(open + 1, close);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const expected = stack.pop();
      if (name !== expected) problems.push(`</${name}> closes <${expected ?? 'nothing'}>`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = /^[^\s/>]*/.exec(body)?.[0] ?? '';
      if (!NAME.test(name)) problems.push(`bad element name "${name}"`);
      checkAttributes(body.slice(name.length), name, problems);
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
    }
    index = close + 1;
  }
  if (stack.length > 0) problems.push(`unclosed elements: ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
