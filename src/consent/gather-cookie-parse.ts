/**
 * Parses one cookie as a site wrote it, a `Set-Cookie` header line or a string assigned to `document.cookie` (the
 * grammar is the same). Only here is the lifetime the site asked for visible: the browser caps what it stores.
 */

export interface ParsedCookie {
  name: string;
  value: string;
  /** `.example.com` when a Domain attribute was given, else the host the cookie is bound to, as the jar writes it. */
  domain: string;
  path: string;
  /** Seconds from Max-Age (preferred) or Expires; `null` for a session cookie; 0 for a deletion. */
  requestedLifetime: number | null;
  /** Max-Age ≤ 0 or Expires in the past: the write removes the cookie. */
  deleted: boolean;
  secure: boolean;
  httpOnly: boolean;
  sameSite?: 'Strict' | 'Lax' | 'None';
  partitioned: boolean;
}

/** Chromium refuses cookie lines longer than this; anything longer is not a cookie worth reporting. */
const MAX_LINE = 8192;

/**
 * `line` as written by the site at `url` (the response or document URL); `nowMs` is when it was written. Returns null
 * for what no browser would store (no name and no value, an over-long line, a URL that is not http(s)).
 */
export function parseCookieLine(line: string, url: string, nowMs: number): ParsedCookie | null {
  if (line.length > MAX_LINE) return null;
  const location = httpLocation(url);
  if (!location) return null;
  const [pair = '', ...attributeParts] = line.split(';');
  const equals = pair.indexOf('=');
  // A pair without "=" is a value with an empty name, as browsers read it.
  const name = equals < 0 ? '' : pair.slice(0, equals).trim();
  const value = (equals < 0 ? pair : pair.slice(equals + 1)).trim();
  if (!name && !value) return null;

  let maxAge: number | undefined;
  let expiresAt: number | undefined;
  let domain: string | undefined;
  let path: string | undefined;
  let secure = false;
  let httpOnly = false;
  let partitioned = false;
  let sameSite: ParsedCookie['sameSite'];
  for (const part of attributeParts) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    const attribute = eq < 0 ? '' : part.slice(eq + 1).trim();
    switch (key) {
      case 'max-age':
        if (/^-?\d+$/.test(attribute)) maxAge = Number(attribute);
        break;
      case 'expires': {
        const time = Date.parse(attribute);
        if (!Number.isNaN(time)) expiresAt = time;
        break;
      }
      case 'domain': {
        const host = attribute.toLowerCase().replace(/^\.+/, '');
        if (host) domain = `.${host}`;
        break;
      }
      case 'path':
        if (attribute.startsWith('/')) path = attribute;
        break;
      case 'secure':
        secure = true;
        break;
      case 'httponly':
        httpOnly = true;
        break;
      case 'partitioned':
        partitioned = true;
        break;
      case 'samesite': {
        const mode = attribute.toLowerCase();
        if (mode === 'strict') sameSite = 'Strict';
        else if (mode === 'lax') sameSite = 'Lax';
        else if (mode === 'none') sameSite = 'None';
        break;
      }
    }
  }

  const deleted = maxAge !== undefined ? maxAge <= 0 : expiresAt !== undefined && expiresAt <= nowMs;
  let requestedLifetime: number | null = null;
  if (deleted) requestedLifetime = 0;
  else if (maxAge !== undefined) requestedLifetime = maxAge;
  else if (expiresAt !== undefined) requestedLifetime = Math.max(1, Math.round((expiresAt - nowMs) / 1000));

  return {
    name,
    value,
    // An IP address has no subdomains: browsers keep a Domain cookie on one as a host cookie.
    domain: domain && !isIpAddress(location.host) ? domain : location.host,
    path: path ?? defaultPath(location.pathname),
    requestedLifetime,
    deleted,
    secure,
    httpOnly,
    ...(sameSite ? { sameSite } : {}),
    partitioned,
  };
}

function httpLocation(url: string): { host: string; pathname: string } | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return { host: parsed.hostname.toLowerCase().replace(/^\[|\]$/g, ''), pathname: parsed.pathname };
  } catch {
    return null;
  }
}

function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
}

/** RFC 6265 §5.1.4: the directory of the request path. */
function defaultPath(pathname: string): string {
  const slash = pathname.lastIndexOf('/');
  return slash <= 0 ? '/' : pathname.slice(0, slash);
}

/** The URL of the first script in a stack trace: who wrote the cookie. */
export function scriptUrlFromStack(stack: string): string | undefined {
  const match = /\b(https?:\/\/[^\s()]+?):\d+:\d+/.exec(stack);
  return match?.[1];
}
