/**
 * One way to build ajv for every schema in the project: draft 2020-12, strict, all errors, with formats. Strict mode
 * catches typos in user-written profiles and rule files instead of silently ignoring an unknown keyword; strict
 * typing is off because profiles rightly write `if: {properties: …}` without repeating `type: object` everywhere.
 */
import { Ajv2020, type ErrorObject, type Options } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';

// ajv-formats is CommonJS with a default export; under ESM interop it may arrive wrapped.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (ajv: Ajv2020) => Ajv2020;

/** Annotation keywords that profiles may carry; ajv must know them in strict mode. */
const ANNOTATION_KEYWORDS = ['x-privacy-lint'];

export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true, allowUnionTypes: true, ...options });
  addFormats(ajv);
  ajv.addVocabulary(ANNOTATION_KEYWORDS);
  return ajv;
}

/** `file: /json/pointer message` — the form every data-validation error takes. */
export function describeAjvErrors(file: string, errors: ErrorObject[] | null | undefined): string {
  const first = errors?.[0];
  if (!first) return `${file}: invalid`;
  const where = first.instancePath === '' ? '/' : first.instancePath;
  const extra = first.keyword === 'additionalProperties' ? ` (${String(first.params.additionalProperty)})` : '';
  const more = errors!.length > 1 ? ` (and ${errors!.length - 1} more)` : '';
  return `${file}: ${where} ${first.message ?? 'is invalid'}${extra}${more}`;
}
