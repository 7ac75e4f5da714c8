import { describe, expect, it } from 'vitest';
import {
  escapeGithubData,
  escapeGithubProperty,
  escapeHtml,
  escapeMarkdown,
  escapeXml,
  sanitizeTerminalText,
  stripControlCharacters,
} from '../../src/report/escape.js';

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/;

/** Every C0 and C1 control, DEL, and every bidirectional control, in one string. */
const ALL_DANGEROUS = [
  ...Array.from({ length: 0xa0 }, (_, code) => String.fromCharCode(code)).filter((char) => CONTROLS.test(char)),
  '\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069',
].join('');

describe('sanitizeTerminalText', () => {
  it.each([
    ['plain text', 'Cookie _ga was set', 'Cookie _ga was set'],
    ['clear screen', 'a\u001b[2Jb', 'a␛[2Jb'],
    ['colour', '\u001b[31mred\u001b[0m', '␛[31mred␛[0m'],
    ['OSC title', '\u001b]0;owned\u0007', '␛]0;owned␇'],
    ['8-bit CSI', 'a\u009b2Jb', 'a\ufffd2Jb'],
    ['LF', 'one\ntwo', 'one⏎two'],
    ['CRLF is one break', 'one\r\ntwo', 'one⏎two'],
    ['bare CR (overwrites the line)', 'safe\rforged', 'safe⏎forged'],
    ['Unicode line separators', 'a\u2028b\u2029c\u0085d', 'a⏎b⏎c⏎d'],
    ['tab', 'a\tb', 'a b'],
    ['DEL', 'a\u007fb', 'a␡b'],
    ['bidi override', 'invoice\u202egnp.exe', 'invoicegnp.exe'],
    ['bidi isolates', '\u2066a\u2069\u2067b\u2068', 'ab'],
    ['non-ASCII text is kept', 'Données à caractère personnel — 隐私', 'Données à caractère personnel — 隐私'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeTerminalText(input)).toBe(expected);
  });

  it('leaves no control or bidirectional character and no line break', () => {
    const output = sanitizeTerminalText(`${ALL_DANGEROUS}\u2028\u2029`);
    expect(output).not.toMatch(CONTROLS);
    expect(output).not.toMatch(BIDI);
    expect(output).not.toMatch(/[\n\r\u2028\u2029]/);
  });
});

describe('stripControlCharacters', () => {
  it('removes controls and bidi but keeps tabs and line breaks for media that escape them', () => {
    expect(stripControlCharacters('a\u0000b\u001b[2J\u009bc\u202ed\te\r\nf')).toBe('ab[2Jcd\te\r\nf');
  });
});

describe('escapeXml', () => {
  it.each([
    ['markup characters', `<a href="x" title='y'>&</a>`, '&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;'],
    ['characters XML 1.0 forbids are dropped', 'a\u0000b\u0008c\u000bd\u001fe\ufffef\uffff', 'abcdef'],
    ['lone surrogates are dropped', 'a\ud800b\udc00c', 'abc'],
    ['astral characters survive', 'emoji 😀', 'emoji 😀'],
    ['line breaks and tabs become references', 'a\nb\rc\td', 'a&#10;b&#13;c&#9;d'],
    ['already escaped text is escaped again', '&amp;', '&amp;amp;'],
  ])('%s', (_name, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('escapeHtml', () => {
  it('escapes the five significant characters', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;',
    );
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['cell separator', 'a|b', 'a\\|b'],
    ['HTML', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['code span', '`code`', '\\`code\\`'],
    ['link', '[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['image', '![x](y)', '!\\[x\\](y)'],
    ['emphasis and strike', '*a* _b_ ~~c~~', '\\*a\\* \\_b\\_ \\~\\~c\\~\\~'],
    ['backslash first, so escapes cannot be undone', '\\|', '\\\\\\|'],
    ['entities stay literal', '&lt;', '&amp;lt;'],
    ['line breaks stay inside the cell', 'one\ntwo\r\nthree', 'one<br>two<br>three'],
    ['controls and bidi are removed', 'a\u001b[2J\u202eb', 'a\\[2Jb'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('GitHub workflow command escaping', () => {
  it.each([
    ['percent first', '100%', '100%25', '100%25'],
    ['line breaks', 'a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['comma and colon only in properties', 'a,b:c', 'a,b:c', 'a%2Cb%3Ac'],
    ['an encoded-looking input is not decoded later', '%0A', '%250A', '%250A'],
    ['command injection', 'x\n::error::owned', 'x%0A::error::owned', 'x%0A%3A%3Aerror%3A%3Aowned'],
  ])('%s', (_name, input, data, property) => {
    expect(escapeGithubData(input)).toBe(data);
    expect(escapeGithubProperty(input)).toBe(property);
  });
});
