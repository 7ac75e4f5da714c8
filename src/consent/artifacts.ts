/**
 * ConsentArtifacts: everything the gatherer saw in the browser, as plain JSON. Audits read only this, so a recorded
 * artifact file (`--save-artifacts`) can be re-audited offline and unit tests need no browser.
 *
 * Times are milliseconds since the start of the phase. Cookie values are kept only when the caller asked for them.
 */

export const ARTIFACTS_VERSION = 1;

export type PhaseName = 'before-consent' | 'after-reject' | 'after-accept';

/** Where the gatherer learnt of a cookie; each source misses something the others see. */
export type CookieSource = 'jar' | 'set-cookie' | 'document.cookie';

export interface CookieRecord {
  name: string;
  /** As stored by the browser (leading dot for domain cookies), or the host that set it when only a header was seen. */
  domain: string;
  path: string;
  /** Expiry the browser stored, seconds since the epoch; `null` for session cookies or when unknown. */
  expires: number | null;
  /**
   * Lifetime the site asked for, in seconds, from `Max-Age`/`Expires` in `Set-Cookie` or a `document.cookie` write.
   * Chromium caps stored expiry at 400 days, so only this shows what the site really wanted. `null` = session cookie.
   */
  requestedLifetime?: number | null;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: 'Strict' | 'Lax' | 'None';
  /** CHIPS partition key (top-level site) when the cookie is partitioned. */
  partitionKey?: string;
  sources: CookieSource[];
  /** URL of the response (`set-cookie`) or script/document (`document.cookie`) that set it. */
  setBy?: string;
  /** First time any source saw it. */
  firstSeen: number;
  /** True when a script deleted it again (seen only through the `document.cookie` hook). */
  deleted?: boolean;
  /** True when the cookie belongs to a registrable domain other than the page's. */
  thirdParty: boolean;
  /** Only with `includeValues`. */
  value?: string;
}

export type StorageArea = 'localStorage' | 'sessionStorage' | 'indexedDB';

export interface StorageRecord {
  area: StorageArea;
  origin: string;
  /** Key (Web Storage) or database name (IndexedDB). */
  key: string;
  thirdParty: boolean;
  /** Only with `includeValues`. */
  value?: string;
}

export interface RequestRecord {
  url: string;
  method: string;
  /** Playwright's resource type: document, script, image, xhr, fetch, beacon (`ping`), … */
  resourceType: string;
  /** URL of the frame that made the request. */
  frameUrl?: string;
  /** Registrable domain (eTLD+1) of the request host, or the host itself for IPs and `localhost`. */
  site: string;
  thirdParty: boolean;
  time: number;
  status?: number;
  failed?: string;
}

/** IAB TCF v2 state, read from `__tcfapi('addEventListener')`, else decoded from an `euconsent-v2` cookie. */
export interface TcfState {
  /** `storage`: an `euconsent-v2` localStorage key, the last resort. */
  source: 'api' | 'cookie' | 'storage';
  cmpId?: number;
  eventStatus?: string;
  gdprApplies?: boolean;
  tcString?: string;
  purposeConsents: number[];
  vendorConsents: number[];
  specialFeatureOptins: number[];
  /** The string could not be decoded; why. */
  decodeError?: string;
  /** A `__tcfapiLocator` frame exists: the CMP API is reachable from iframes. */
  locator?: boolean;
}

export interface GppState {
  sections: string[];
  gppString?: string;
}

export type ButtonRole = 'accept' | 'reject' | 'settings' | 'other';

export interface BannerInfo {
  found: boolean;
  /** CMP name (`cookieconsent3`, `Klaro`, `tarteaucitron.js`…), or `heuristic` when found by button text alone. */
  cmp: string | null;
  method: 'autoconsent' | 'heuristic' | null;
  /** Where the banner lives. */
  context: 'main' | 'iframe' | 'shadow' | null;
  /** Visible first-layer buttons, with their label text (as rendered, escaped by whoever displays it). */
  buttons: { label: string; role: ButtonRole }[];
  /** Path of the first-view screenshot, relative to the artifacts folder, or a data URL. */
  screenshot?: string;
  /** Time the banner was first seen. */
  seenAt?: number;
  /** CMPs whose code was detected on the page (autoconsent), whether or not they showed a banner. */
  detectedCmps?: string[];
}

export interface ActionRecord {
  kind: 'reject' | 'accept';
  attempted: boolean;
  /** The click had a visible effect (banner gone) and the CMP reported success. */
  succeeded: boolean;
  method: 'autoconsent' | 'heuristic' | null;
  /** The CMP's own self-test (stored choice), when it has one; never sufficient on its own. */
  selfTest?: boolean;
  attempts: number;
  detail?: string;
  /** Time of the click that took effect (or of the last attempt). */
  at?: number;
  /** What changed after the click: the banner went away, and/or a cookie or storage key was written. */
  effect?: { bannerGone: boolean; consentStored: boolean };
}

export interface GatherError {
  /** Stable code: NAVIGATION_TIMEOUT, NAVIGATION_FAILED, DOWNLOAD, RENDERER_CRASHED, BROWSER_CLOSED, STEP_TIMEOUT, … */
  code: string;
  message: string;
  /** Which step failed: `navigate`, `settle`, `scroll`, `banner`, `act`, `reload`, `second-page`, `collect`. */
  step: string;
  url?: string;
}

export interface PageCapture {
  url: string;
  finalUrl: string;
  /** Page title as text, possibly hostile. */
  title?: string;
  /** `initial` (first visit), `reload` (after acting), `second-page` (a same-site link after acting). */
  visit: 'initial' | 'reload' | 'second-page';
  cookies: CookieRecord[];
  storage: StorageRecord[];
  requests: RequestRecord[];
  tcf?: TcfState;
  gpp?: GppState;
  /** Same-site links found on the page (for crawling further pages). */
  links?: string[];
  errors: GatherError[];
  /** The page did not settle or a step timed out: what was captured is kept but may miss things. */
  partial: boolean;
  /** URLs of pop-up windows the page opened (closed by the gatherer; their cookies are in the same jar). */
  popups?: string[];
  /** Types of the dialogs the page raised (`alert`, `confirm`, `prompt`, `beforeunload`), answered automatically. */
  dialogs?: string[];
  /** Items not kept because a cap was reached; `partial` is then true. */
  truncated?: { cookies?: number; storage?: number; requests?: number; cookieWrites?: number };
}

export interface PhaseArtifacts {
  phase: PhaseName;
  pages: PageCapture[];
  banner: BannerInfo;
  /** The choice made in this phase (absent before consent). */
  action?: ActionRecord;
  /**
   * What existed when the banner was found, just before the choice was made (after-reject, after-accept). `pages` then
   * hold the jar as it is after the choice, and only the writes and requests that came after it.
   */
  beforeAction?: PageCapture;
  errors: GatherError[];
  partial: boolean;
  /** Wall-clock length of the phase. */
  durationMs?: number;
}

export interface ConsentArtifacts {
  version: typeof ARTIFACTS_VERSION;
  url: string;
  /** Registrable domain of the start URL: what counts as first party. */
  site: string;
  /** Extra first-party sites from config (a brand's CDN, a sibling TLD). */
  firstPartySites: string[];
  browser: { name: string; version: string };
  /** Options that change what can be seen, recorded so a re-audit knows. */
  settings: {
    pages: number;
    settleMs: number;
    scroll: boolean;
    includeValues: boolean;
    /** `allowed` when the browser was set to accept third-party cookies as a default profile does. */
    thirdPartyCookies?: 'allowed' | 'browser-default';
  };
  phases: Partial<Record<PhaseName, PhaseArtifacts>>;
  errors: GatherError[];
  partial: boolean;
}
