/** The load → segment stages: inputs become a `PolicyDocument` that policy rules read. */
export { decodeBytes, type DecodeHint, type Decoded } from './decode.js';
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, loadInput, type LoadOptions } from './load.js';
export { positionAt, segmentDocument } from './segment.js';
export type * from './model.js';
