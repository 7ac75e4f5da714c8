import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInput, type LoadOptions } from '../../src/document/load.js';
import { PrivacyLintError } from '../../src/errors.js';

const inputs = fileURLToPath(new URL('../../fixtures/inputs/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'privacy-lint-load-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

async function loadError(input: string, options?: LoadOptions): Promise<PrivacyLintError> {
  try {
    await loadInput(input, options);
  } catch (error) {
    if (error instanceof PrivacyLintError) return error;
    throw error;
  }
  throw new Error(`${input} loaded without error`);
}

describe('loadInput: files', () => {
  it('reads a file relative to cwd and keeps the path as given as the target', async () => {
    const source = await loadInput('encodings/utf8.txt', { cwd: inputs });
    expect(source).toMatchObject({ target: 'encodings/utf8.txt', format: 'text', encoding: 'utf-8' });
    expect(source.text).toMatch(/^Politique de confidentialité\n/);
  });

  it.each([
    ['policy.md', 'markdown', '# Title\n\nText.\n'],
    ['policy.markdown', 'markdown', 'Text.\n'],
    ['policy.html', 'html', '<p>Text.</p>'],
    ['policy.htm', 'html', '<p>Text.</p>'],
    ['policy.xhtml', 'html', '<p>Text.</p>'],
    ['policy.txt', 'text', 'Text.\n'],
    ['policy', 'text', 'Text.\n'],
    ['policy.rst', 'text', 'Text.\n'],
    ['sniffed.txt', 'html', '<!DOCTYPE html>\n<html><body><p>Text.</p></body></html>'],
    ['sniffed.md', 'html', '<html><body><p>Text.</p></body></html>'],
    ['commented.txt', 'html', '<?xml version="1.0"?>\n<!-- saved page -->\n<html><body>x</body></html>'],
    ['markdown-in.txt', 'markdown', '# Privacy\n\nText.\n\n## Rights\n\nMore text.\n'],
    ['table-in.txt', 'markdown', 'Cookies we set:\n\n| Name | Lifetime |\n| --- | --- |\n| sid | session |\n'],
    ['one-hash.txt', 'text', '# Not really markdown\n\nJust one line that starts with a hash.\n'],
    ['pipes.txt', 'text', 'Name | Lifetime\nsid | session\n'],
    ['drawn-table.txt', 'text', '1. Retention\n\nCategory   | Period\n-----------|--------\nInvoices   | 7 years\n'],
  ])('%s is read as %s', async (name, format, content) => {
    expect((await loadInput(scratchFile(name, content))).format).toBe(format);
  });

  it('lets options.format override detection', async () => {
    expect((await loadInput(scratchFile('forced.html', '<p>x</p>'), { format: 'text' })).format).toBe('text');
  });

  it('takes the charset of an HTML file from its meta tag', async () => {
    const source = await loadInput(join(inputs, 'encodings/iso-8859-15-meta.html'));
    expect(source.encoding).toBe('iso-8859-15');
    expect(source.text).toContain('10 €, remboursés');
  });

  it.each([
    ['missing.txt', 'INPUT_NOT_FOUND', /missing\.txt: no such file/],
    ['encodings', 'INPUT_IS_DIRECTORY', /encodings is a directory/],
    ['empty.txt', 'INPUT_EMPTY', /empty\.txt is empty/],
    ['blank.txt', 'INPUT_EMPTY', /blank\.txt is empty/],
    ['binary/policy.pdf', 'INPUT_BINARY', /binary\/policy\.pdf is a PDF document/],
    ['binary/data.bin', 'INPUT_BINARY', /data\.bin is binary data/],
  ])('%s → %s', async (name, code, message) => {
    const error = await loadError(name, { cwd: inputs });
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
    expect(error.hint).toBeTruthy();
  });

  it('names the absolute path it looked for when a file is missing', async () => {
    const error = await loadError('nowhere/policy.md', { cwd: inputs });
    expect(error.hint).toContain(join(inputs, 'nowhere/policy.md'));
  });

  it('suggests a URL for a missing path that looks like a host name', async () => {
    const error = await loadError('www.example.test/privacy', { cwd: inputs });
    expect(error.code).toBe('INPUT_NOT_FOUND');
    expect(error.hint).toBe('To fetch a page, give the full URL (https://www.example.test/privacy).');
  });

  it('checks the size before reading a file', async () => {
    const path = scratchFile('big.txt', 'x'.repeat(2048));
    const error = await loadError(path, { maxBytes: 1024 });
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe(`${path} is larger than the 1 KiB limit`);
    await expect(loadInput(path, { maxBytes: 4096 })).resolves.toMatchObject({ format: 'text' });
  });

  it('refuses an unreadable file', async (context) => {
    if (process.getuid?.() === 0) context.skip();
    const path = scratchFile('secret.txt', 'Private.\n');
    chmodSync(path, 0o000);
    expect((await loadError(path)).code).toBe('INPUT_UNREADABLE');
  });
});

describe('loadInput: stdin', () => {
  it('reads `-` from the given stream', async () => {
    const source = await loadInput('-', { stdin: Readable.from([Buffer.from('# Privacy\n\n'), Buffer.from('## Rights\n\nText.\n')]) });
    expect(source).toMatchObject({ target: '<stdin>', format: 'markdown', encoding: 'utf-8' });
    expect(source.text).toBe('# Privacy\n\n## Rights\n\nText.\n');
  });

  it('stops reading stdin at the size cap', async () => {
    let pulled = 0;
    const endless = new Readable({
      highWaterMark: 1024,
      read() {
        pulled++;
        this.push(Buffer.alloc(1024, 0x61));
      },
    });
    const error = await loadError('-', { stdin: endless, maxBytes: 4096 });
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toBe('<stdin> is larger than the 4 KiB limit');
    const pulledAtError = pulled;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pulled).toBe(pulledAtError);
    endless.destroy();
  });

  it.each([
    ['empty', [], 'INPUT_EMPTY'],
    ['binary', [Buffer.from('%PDF-1.4\n')], 'INPUT_BINARY'],
  ])('refuses %s stdin', async (_name, chunks, code) => {
    expect((await loadError('-', { stdin: Readable.from(chunks) })).code).toBe(code);
  });
});
