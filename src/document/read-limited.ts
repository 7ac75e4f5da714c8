/** Reading a stream of unknown length without holding more than the size cap in memory. */
import { PrivacyLintError } from '../errors.js';

export function tooLargeError(label: string, maxBytes: number): PrivacyLintError {
  return new PrivacyLintError('INPUT_TOO_LARGE', `${label} is larger than the ${formatBytes(maxBytes)} limit`, {
    hint: 'Lint the policy page itself rather than a larger bundle, or raise the size limit.',
  });
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** Collects a stream's bytes, and stops reading it as soon as they pass `maxBytes`. */
export function readLimited(stream: NodeJS.ReadableStream, maxBytes: number, label: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const detach = (): void => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    const onData = (chunk: Buffer | string): void => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxBytes) {
        detach();
        stream.pause();
        reject(tooLargeError(label, maxBytes));
        return;
      }
      chunks.push(buffer);
    };
    const onEnd = (): void => {
      detach();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error): void => {
      detach();
      reject(error);
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.resume();
  });
}
