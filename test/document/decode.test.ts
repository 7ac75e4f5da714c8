import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/document/decode.js';
import { PrivacyLintError } from '../../src/errors.js';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/inputs/${name}`, import.meta.url));

function decodeError(bytes: Uint8Array, hint = {}): PrivacyLintError {
  try {
    decodeBytes(bytes, hint);
  } catch (error) {
    if (error instanceof PrivacyLintError) return error;
    throw error;
  }
  throw new Error('decodeBytes did not throw');
}

describe('decodeBytes: encodings', () => {
  it.each([
    ['encodings/utf8.txt', 'utf-8', 'Politique de confidentialité\n'],
    ['encodings/utf8-bom.md', 'utf-8', '# Confidentialité\n'],
    ['encodings/utf16le-bom.txt', 'utf-16le', 'Datenschutzerklärung\n'],
    ['encodings/utf16be-bom.txt', 'utf-16be', 'Datenschutzerklärung\n'],
    ['encodings/windows-1252.txt', 'windows-1252', 'Données «\u00a0personnelles\u00a0» – conservées 5 ans, l’accès'],
  ])('%s decodes as %s', (name, encoding, start) => {
    const decoded = decodeBytes(fixture(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.slice(0, start.length)).toBe(start);
  });

  it('drops the byte-order mark from the text, so columns start after it', () => {
    expect(decodeBytes(fixture('encodings/utf8-bom.md')).text.charCodeAt(0)).toBe('#'.charCodeAt(0));
  });

  it('follows a declared charset, and a BOM over a declared charset', () => {
    const euro = Uint8Array.from([0x31, 0x30, 0x20, 0xa4]);
    expect(decodeBytes(euro, { charset: 'iso-8859-15' })).toEqual({ text: '10 €', encoding: 'iso-8859-15' });
    expect(decodeBytes(euro)).toEqual({ text: '10 ¤', encoding: 'windows-1252' });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
    expect(decodeBytes(bom, { charset: 'windows-1252' })).toEqual({ text: 'é', encoding: 'utf-8' });
  });

  it('reads Latin-1 bytes declared as UTF-8 as Windows-1252 instead of replacement characters', () => {
    expect(decodeBytes(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), { charset: 'utf-8' })).toEqual({ text: 'café', encoding: 'windows-1252' });
  });

  it('ignores an unknown charset label', () => {
    expect(decodeBytes(Buffer.from('données'), { charset: 'x-made-up' })).toEqual({ text: 'données', encoding: 'utf-8' });
  });

  it('recognises UTF-16 without a BOM from its zero bytes', () => {
    expect(decodeBytes(Buffer.from('Privacy policy', 'utf16le'))).toEqual({ text: 'Privacy policy', encoding: 'utf-16le' });
  });
});

describe('decodeBytes: refusals', () => {
  it.each([
    ['binary/policy.pdf', 'INPUT_BINARY', /PDF input is not supported yet/],
    ['binary/screenshot.png', 'INPUT_BINARY', /Images are not supported/],
    ['binary/policy.txt.gz', 'INPUT_BINARY', /gunzip/],
    ['binary/data.bin', 'INPUT_BINARY', /text, Markdown or HTML/],
    ['empty.txt', 'INPUT_EMPTY', /policy text/],
    ['blank.txt', 'INPUT_EMPTY', /policy text/],
  ])('%s → %s', (name, code, hint) => {
    const error = decodeError(fixture(name), { target: name });
    expect(error.code).toBe(code);
    expect(error.hint).toMatch(hint);
    expect(error.message).toContain(name);
    expect(error.message).not.toContain('\n');
  });

  it('refuses text full of control characters even without a NUL byte', () => {
    const noisy = Uint8Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x61));
    expect(decodeError(noisy).code).toBe('INPUT_BINARY');
  });

  it('accepts text with a few control characters', () => {
    const text = `${'Nous conservons vos données. '.repeat(20)}\u0007\u001b`;
    expect(decodeBytes(Buffer.from(text)).text).toBe(text);
  });
});
