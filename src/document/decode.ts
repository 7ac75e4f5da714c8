/**
 * Bytes to text. A byte-order mark wins, then a declared charset, then UTF-8 if the bytes are valid UTF-8, then
 * Windows-1252 (what "Latin-1" means on the web). Binary files and empty files are refused with typed errors.
 */
import { PrivacyLintError } from '../errors.js';

export interface DecodeHint {
  /** Charset declared by the transport or the document (`Content-Type`, `<meta charset>`); a BOM still wins. */
  charset?: string;
  /** Names the input in error messages. */
  target?: string;
}

export interface Decoded {
  text: string;
  encoding: string;
}

/** How much of the start of a file the binary checks look at. */
const SNIFF_BYTES = 8192;
/** Share of control characters above which text is taken for binary. */
const MAX_CONTROL_SHARE = 0.1;

interface Signature {
  magic: readonly number[];
  /** Where the magic starts (WebP has it at 8). */
  at?: number;
  kind: string;
  hint: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const IMAGE_HINT = 'Images are not supported: lint the text of the policy, not a picture of it.';
const SIGNATURES: readonly Signature[] = [
  {
    magic: ascii('%PDF-'),
    kind: 'a PDF document',
    hint: 'PDF input is not supported yet: convert it to text first (for example `pdftotext policy.pdf`) or lint the web page version.',
  },
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    kind: 'a ZIP archive (or a DOCX/ODT document)',
    hint: 'Office documents are not supported: save the policy as HTML, Markdown or plain text.',
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'a legacy Office document',
    hint: 'Office documents are not supported: save the policy as HTML, Markdown or plain text.',
  },
  { magic: [0x1f, 0x8b], kind: 'a gzip archive', hint: 'Decompress it first (`gunzip`).' },
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'a PNG image', hint: IMAGE_HINT },
  { magic: [0xff, 0xd8, 0xff], kind: 'a JPEG image', hint: IMAGE_HINT },
  { magic: ascii('GIF8'), kind: 'a GIF image', hint: IMAGE_HINT },
  { magic: ascii('WEBP'), at: 8, kind: 'a WebP image', hint: IMAGE_HINT },
  { magic: [0x7f, 0x45, 0x4c, 0x46], kind: 'an executable', hint: 'Pass the policy document itself.' },
];

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
}

/** The WHATWG name of a charset label (`latin1` → `windows-1252`), or undefined when the label is unknown. */
function encodingForLabel(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** UTF-16 without a BOM: ASCII-range text has a zero in every other byte. */
function sniffBomlessUtf16(sample: Uint8Array): string | undefined {
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddZeros > pairs * 0.9 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.9 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

function binaryError(target: string, kind: string, hint: string): PrivacyLintError {
  return new PrivacyLintError('INPUT_BINARY', `${target} is ${kind}, not a text document`, { hint });
}

function emptyError(target: string): PrivacyLintError {
  return new PrivacyLintError('INPUT_EMPTY', `${target} is empty`, { hint: 'Pass the file or page that holds the policy text.' });
}

/** Windows-1252's 0x80–0x9F; the rest of the table is Latin-1. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node 20's TextDecoder reads `windows-1252` as plain Latin-1 (0x96 comes out as a C1 control, not `–`), so the
 * 0x80–0x9F row is mapped here.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/gu, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function decodeWith(bytes: Uint8Array, encoding: string, fatal: boolean): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

/** UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise (every byte sequence is valid Windows-1252). */
function decodeUtf8OrLatin(bytes: Uint8Array): Decoded {
  try {
    return { text: decodeWith(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    return { text: decodeWith(bytes, 'windows-1252', false), encoding: 'windows-1252' };
  }
}

export function decodeBytes(bytes: Uint8Array, hint: DecodeHint = {}): Decoded {
  const target = hint.target ?? 'the input';
  if (bytes.length === 0) throw emptyError(target);
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.magic, signature.at)) throw binaryError(target, signature.kind, signature.hint);
  }
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const bom = BOMS.find((b) => startsWith(bytes, b.bytes))?.encoding;
  const declared = hint.charset === undefined ? undefined : encodingForLabel(hint.charset);
  const encoding = bom ?? declared ?? (sample.includes(0) ? sniffBomlessUtf16(sample) : undefined);
  let decoded: Decoded;
  if (encoding === undefined) {
    if (sample.includes(0)) throw binaryError(target, 'binary data', 'Pass a text, Markdown or HTML file.');
    decoded = decodeUtf8OrLatin(bytes);
  } else if (encoding === 'utf-8' && !bom) {
    // Declared UTF-8 that is not valid UTF-8 is a mislabelled Latin file far more often than a damaged one.
    decoded = decodeUtf8OrLatin(bytes);
  } else {
    decoded = { text: decodeWith(bytes, encoding, false), encoding };
  }
  assertText(decoded.text, target);
  return decoded;
}

function assertText(text: string, target: string): void {
  const sample = text.slice(0, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw binaryError(target, 'binary data', 'Pass a text, Markdown or HTML file.');
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 11) || c === 0x7f || c === 0xfffd) controls++;
  }
  if (controls > sample.length * MAX_CONTROL_SHARE) throw binaryError(target, 'binary data', 'Pass a text, Markdown or HTML file.');
  if (/^[\s\u200b\u2060]*$/u.test(text)) throw emptyError(target);
}

/** The charset an HTML document declares in its first bytes (`<meta charset>` or `http-equiv` Content-Type). */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = decodeWindows1252(bytes.subarray(0, 4096));
  // Only real HTML: a Markdown file may quote a meta tag in an example.
  if (!/<(?:!doctype\s+html|html|head)\b/i.test(head)) return undefined;
  const match = /<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i.exec(head);
  const label = match?.[1];
  const encoding = label === undefined ? undefined : encodingForLabel(label);
  // A document that can be read as ASCII cannot really be UTF-16, whatever it says (WHATWG prescan rule).
  return encoding?.startsWith('utf-16') ? 'utf-8' : encoding;
}
