/**
 * Where a finding points, resolved once for every format: a path relative to the working directory with forward
 * slashes, or an absolute URL for findings about a live page.
 */
import path from 'node:path';
import type { Location } from '../types.js';

export interface Position {
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export interface ResolvedLocation extends Position {
  /** Relative path (`docs/privacy.md`), a pseudo-path such as `<stdin>`, or an absolute URL. */
  path: string;
  isUrl: boolean;
}

const URL_WITH_AUTHORITY = /^[a-z][a-z\d+.-]*:\/\//i;

export function isUrl(target: string): boolean {
  return URL_WITH_AUTHORITY.test(target);
}

/** URLs and pseudo-paths (`<stdin>`) stay as they are; file paths become relative to `cwd`, with `/` separators. */
export function displayTarget(target: string, cwd: string): string {
  if (isUrl(target) || target.startsWith('<')) return target;
  const relative = path.relative(cwd, path.resolve(cwd, target));
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

/** The target itself as a location, for problems with the whole target such as a fatal error. */
export function resolveTarget(target: string, cwd: string): ResolvedLocation {
  return { path: displayTarget(target, cwd), isUrl: isUrl(target) };
}

function isPositiveInteger(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 1;
}

/** Only 1-based integers survive; without a valid line there is no position at all. */
function positionOf(location: Location): Position {
  if (!isPositiveInteger(location.line)) return {};
  const position: Position = { line: location.line };
  if (isPositiveInteger(location.column)) position.column = location.column;
  if (isPositiveInteger(location.endLine) && location.endLine >= location.line) {
    position.endLine = location.endLine;
    if (isPositiveInteger(location.endColumn)) position.endColumn = location.endColumn;
  }
  return position;
}

/**
 * A located finding is a file position in its target; an unlocated one is about its page URL when it has one,
 * otherwise about the whole target document.
 */
export function resolveLocation(location: Location, cwd: string): ResolvedLocation {
  const position = positionOf(location);
  if (position.line === undefined && location.url !== undefined) return { path: location.url, isUrl: true };
  return { ...resolveTarget(location.target, cwd), ...position };
}

/** `12:5`, `12`, or an empty string for a finding about the whole document or a page. */
export function formatPosition(position: Position): string {
  if (position.line === undefined) return '';
  return position.column === undefined ? String(position.line) : `${position.line}:${position.column}`;
}
