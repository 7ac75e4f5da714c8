/**
 * IAB TCF v2 and GPP signals. The CMP API is asked first (`__tcfapi('addEventListener')`, as `getTCData` is
 * deprecated); the `euconsent-v2` cookie or storage key is the fallback. Decoding needs no vendor list.
 */
import { TCString } from '@iabtechlabtcf/core';
import type { Page } from 'playwright-core';
import type { GppState, TcfState } from './artifacts.js';
import { type Deadline, withinOr } from './gather-deadline.js';
import type { JarCookie } from './gather-cookies.js';

const TC_COOKIE = 'euconsent-v2';
const MAX_TC_STRING = 20_000;

interface ApiAnswer {
  present: boolean;
  /** The API called back (a stub that never loads its CMP does not). */
  answered: boolean;
  locator: boolean;
  tcString?: string;
  eventStatus?: string;
  gdprApplies?: boolean;
  cmpId?: number;
  storedString?: string;
}

/** Runs in the page; serialised by Playwright, so self-contained. */
function askTcfApi(args: { timeoutMs: number; maxLength: number; storageKey: string }): Promise<ApiAnswer> {
  const scope = window as unknown as Record<string, unknown>;
  let locator = false;
  try {
    locator = Boolean((window.frames as unknown as Record<string, unknown>).__tcfapiLocator);
  } catch {
    locator = false;
  }
  let storedString: string | undefined;
  try {
    const stored = localStorage.getItem(args.storageKey);
    if (typeof stored === 'string') storedString = stored.slice(0, args.maxLength);
  } catch {
    storedString = undefined;
  }
  const base = { locator, ...(storedString ? { storedString } : {}) };
  const api = scope.__tcfapi;
  if (typeof api !== 'function') return Promise.resolve({ present: false, answered: false, ...base });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ present: true, answered: false, ...base }), args.timeoutMs);
    try {
      api('addEventListener', 2, (data: Record<string, unknown> | null, success: boolean) => {
        clearTimeout(timer);
        if (!success || !data || typeof data !== 'object') {
          resolve({ present: true, answered: true, ...base });
          return;
        }
        try {
          if (data.listenerId !== undefined) api('removeEventListener', 2, () => undefined, data.listenerId);
        } catch {
          // Some CMPs throw here; the answer is already in hand.
        }
        resolve({
          present: true,
          answered: true,
          ...base,
          ...(typeof data.tcString === 'string' ? { tcString: data.tcString.slice(0, args.maxLength) } : {}),
          ...(typeof data.eventStatus === 'string' ? { eventStatus: data.eventStatus.slice(0, 40) } : {}),
          ...(typeof data.gdprApplies === 'boolean' ? { gdprApplies: data.gdprApplies } : {}),
          ...(typeof data.cmpId === 'number' ? { cmpId: data.cmpId } : {}),
        });
      });
    } catch {
      clearTimeout(timer);
      resolve({ present: true, answered: false, ...base });
    }
  });
}

interface GppAnswer {
  sections: string[];
  gppString?: string;
}

/** Runs in the page: GPP `ping`, in its 1.1 (callback) and 1.0 (return value) forms. */
function askGpp(args: { timeoutMs: number; maxLength: number }): Promise<GppAnswer | null> {
  const api = (window as unknown as Record<string, unknown>).__gpp;
  if (typeof api !== 'function') return Promise.resolve(null);
  const read = (ping: unknown): GppAnswer | null => {
    if (!ping || typeof ping !== 'object') return null;
    const data = ping as Record<string, unknown>;
    let sections: string[] = [];
    if (data.parsedSections && typeof data.parsedSections === 'object') sections = Object.keys(data.parsedSections);
    else if (Array.isArray(data.sectionList)) sections = data.sectionList.map(String);
    else if (Array.isArray(data.supportedAPIs)) sections = data.supportedAPIs.map(String);
    const gppString = typeof data.gppString === 'string' ? data.gppString.slice(0, args.maxLength) : undefined;
    return { sections: sections.slice(0, 50).map((section) => section.slice(0, 60)), ...(gppString ? { gppString } : {}) };
  };
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), args.timeoutMs);
    try {
      const returned = api('ping', (ping: unknown) => {
        clearTimeout(timer);
        resolve(read(ping));
      });
      const direct = read(returned);
      if (direct) {
        clearTimeout(timer);
        resolve(direct);
      }
    } catch {
      clearTimeout(timer);
      resolve(null);
    }
  });
}

type Decoded = Pick<TcfState, 'purposeConsents' | 'vendorConsents' | 'specialFeatureOptins' | 'cmpId' | 'decodeError'>;

/** The consent bits that are set, as sorted id lists; a string that does not decode gives empty lists and the reason. */
export function decodeTcString(tcString: string): Decoded {
  try {
    const model = TCString.decode(tcString);
    const setIds = (vector: { forEach(callback: (value: boolean, id: number) => void): void }) => {
      const ids: number[] = [];
      vector.forEach((value, id) => {
        if (value) ids.push(id);
      });
      return ids.sort((a, b) => a - b);
    };
    return {
      ...(typeof model.cmpId === 'number' ? { cmpId: model.cmpId } : {}),
      purposeConsents: setIds(model.purposeConsents),
      vendorConsents: setIds(model.vendorConsents),
      specialFeatureOptins: setIds(model.specialFeatureOptins),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { purposeConsents: [], vendorConsents: [], specialFeatureOptins: [], decodeError: reason.slice(0, 200) };
  }
}

export interface SignalReadOptions {
  jar: readonly JarCookie[];
  includeValues: boolean;
  timeoutMs: number;
  deadline: Deadline;
}

export async function readConsentSignals(page: Page, options: SignalReadOptions): Promise<{ tcf?: TcfState; gpp?: GppState }> {
  const frame = page.mainFrame();
  const [api, gpp] = await Promise.all([
    withinOr(frame.evaluate(askTcfApi, { timeoutMs: options.timeoutMs, maxLength: MAX_TC_STRING, storageKey: TC_COOKIE }), options.timeoutMs + 500, options.deadline, null),
    withinOr(frame.evaluate(askGpp, { timeoutMs: options.timeoutMs, maxLength: MAX_TC_STRING }), options.timeoutMs + 500, options.deadline, null),
  ]);
  const locator = page.frames().some((child) => safeName(child) === '__tcfapiLocator') || api?.locator === true;
  const tcf = tcfState(api, options.jar, locator, options.includeValues);
  const gppState = gpp && Array.isArray(gpp.sections) ? gppStateOf(gpp, options.includeValues) : undefined;
  return { ...(tcf ? { tcf } : {}), ...(gppState ? { gpp: gppState } : {}) };
}

function tcfState(api: ApiAnswer | null, jar: readonly JarCookie[], locator: boolean, includeValues: boolean): TcfState | undefined {
  const cookie = jar.find((entry) => entry.name === TC_COOKIE && entry.value)?.value;
  let source: TcfState['source'];
  let tcString: string | undefined;
  if (api && typeof api.tcString === 'string' && api.tcString) {
    source = 'api';
    tcString = api.tcString;
  } else if (cookie) {
    source = 'cookie';
    tcString = cookie.slice(0, MAX_TC_STRING);
  } else if (api && typeof api.storedString === 'string' && api.storedString) {
    source = 'storage';
    tcString = api.storedString;
  } else if (api?.present || locator) {
    // An API that answered without a string has recorded no consent; one that never answered tells nothing.
    return {
      source: 'api',
      ...(api?.eventStatus ? { eventStatus: api.eventStatus } : {}),
      ...(api?.gdprApplies !== undefined ? { gdprApplies: api.gdprApplies } : {}),
      purposeConsents: [],
      vendorConsents: [],
      specialFeatureOptins: [],
      ...(api?.answered ? {} : { decodeError: 'The CMP API (__tcfapi) did not answer addEventListener in time.' }),
      ...(locator ? { locator } : {}),
    };
  } else {
    return undefined;
  }
  const decoded = decodeTcString(tcString);
  const cmpId = api?.cmpId ?? decoded.cmpId;
  return {
    source,
    ...(cmpId !== undefined ? { cmpId } : {}),
    ...(source === 'api' && api?.eventStatus ? { eventStatus: api.eventStatus } : {}),
    ...(source === 'api' && api?.gdprApplies !== undefined ? { gdprApplies: api.gdprApplies } : {}),
    ...(includeValues ? { tcString } : {}),
    purposeConsents: decoded.purposeConsents,
    vendorConsents: decoded.vendorConsents,
    specialFeatureOptins: decoded.specialFeatureOptins,
    ...(decoded.decodeError ? { decodeError: decoded.decodeError } : {}),
    ...(locator ? { locator } : {}),
  };
}

function gppStateOf(answer: GppAnswer, includeValues: boolean): GppState {
  const sections = answer.sections.filter((section) => typeof section === 'string');
  return { sections, ...(includeValues && typeof answer.gppString === 'string' ? { gppString: answer.gppString } : {}) };
}

function safeName(frame: { name(): string }): string {
  try {
    return frame.name();
  } catch {
    return '';
  }
}
