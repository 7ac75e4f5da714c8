import { readFileSync } from 'node:fs';
import { PrivacyLintError, type ErrorCode } from '../errors.js';

/** Reads a JSON data file, turning every failure into one line that names the file. */
export function readJsonFile(path: string, code: ErrorCode): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new PrivacyLintError(code, `${path}: ${reason}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new PrivacyLintError(code, `${path}: not valid JSON (${(error as Error).message})`);
  }
}
