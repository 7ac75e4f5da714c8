/**
 * DuckDuckGo autoconsent (pinned 16.23.0) as the first way to find and operate a consent banner. Its Playwright bundle
 * is injected into every frame; messages cross through a binding with a random name, the page-side entry point gets a
 * random name too, and the page never hands Node code to run: rule snippets run in the page itself (`isMainWorld`).
 * `autoAction: null` leaves the moment of the choice to us, so the state before it can be recorded.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BrowserContext, Frame } from 'playwright-core';
import { type Deadline, pause } from './gather-deadline.js';

interface Rule {
  name: string;
  cosmetic?: boolean;
  runContext?: { main?: boolean; frame?: boolean; urlPattern?: string };
}

let bundleSource: string | undefined;
let allRules: Rule[] | undefined;

function packageFiles(): { bundle: string; rules: Rule[] } {
  if (!bundleSource || !allRules) {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('@duckduckgo/autoconsent');
    bundleSource = readFileSync(join(dirname(entry), 'autoconsent.playwright.js'), 'utf8');
    const bundle = JSON.parse(readFileSync(require.resolve('@duckduckgo/autoconsent/rules/rules.json'), 'utf8')) as { autoconsent: Rule[] };
    allRules = bundle.autoconsent;
  }
  return { bundle: bundleSource, rules: allRules };
}

/** The bundle, rewired to private names. Throws if the bundle no longer has the two globals this relies on. */
export function autoconsentScript(sendBinding: string, receiveName: string): string {
  const { bundle } = packageFiles();
  const send = 'window.autoconsentSendMessage';
  const receive = 'window.autoconsentReceiveMessage';
  if (bundle.split(send).length !== 2 || !bundle.includes(receive)) {
    throw new Error('@duckduckgo/autoconsent: unexpected Playwright bundle (the pinned version is 16.23.0)');
  }
  const rewired = bundle.replace(send, '__autoconsentSend').split(receive).join(`window[${JSON.stringify(receiveName)}]`);
  return `(function () {
var __autoconsentSend = globalThis[${JSON.stringify(sendBinding)}];
try { delete globalThis[${JSON.stringify(sendBinding)}]; } catch (e) {}
if (typeof __autoconsentSend !== 'function') return;
${rewired}
})();`;
}

/**
 * Rules that can run in this frame: autoconsent checks the same itself, so this only trims the payload (about 200 of
 * ~800 rules remain for a typical page). Cosmetic rules only hide banners, which is no choice, so they go too.
 */
export function rulesForFrame(url: string, mainFrame: boolean): Rule[] {
  return packageFiles().rules.filter((rule) => {
    if (rule.cosmetic) return false;
    const context = { main: true, frame: false, ...rule.runContext };
    if (mainFrame ? !context.main : !context.frame) return false;
    if (!context.urlPattern) return true;
    try {
      return new RegExp(context.urlPattern).test(url);
    } catch {
      return false;
    }
  });
}

const CONFIG = {
  enabled: true,
  autoAction: null,
  disabledCmps: [],
  enablePrehide: false,
  // A cosmetic hide is not a refusal.
  enableCosmeticRules: false,
  enableGeneratedRules: true,
  detectRetries: 20,
  isMainWorld: true,
  prehideTimeout: 2000,
  // Our own heuristics run in Node, where their decisions are recorded.
  enableHeuristicDetection: false,
  heuristicMode: 'off',
  enablePopupMutationObserver: false,
  visualTest: false,
  performanceLoggingEnabled: false,
  heuristicPopupSearchTimeout: 100,
  logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: false, messages: false, waits: false },
};

export interface ChoiceResult {
  cmp: string;
  result: boolean;
  scheduleSelfTest: boolean;
  frame: Frame;
  at: number;
}

export interface AutoconsentState {
  /** CMPs detected, in order, without repeats. */
  detected: string[];
  popup?: { cmp: string; frame: Frame; at: number };
  optOut?: ChoiceResult;
  optIn?: ChoiceResult;
  selfTest?: boolean;
  done?: { cmp: string; at: number };
}

export interface AutoconsentBridge {
  readonly state: AutoconsentState;
  /** Forget what was seen (before a reload or a new page). */
  reset(): void;
  send(frame: Frame, type: 'optOut' | 'optIn' | 'selfTest'): void;
  /** Polls `condition` until it holds or `ms` pass; true when it held. */
  waitFor(condition: (state: AutoconsentState) => boolean, ms: number, deadline: Deadline): Promise<boolean>;
}

/** Each frame asks for the rules once per document; a page churning out frames would otherwise get them without end. */
const MAX_INITS = 200;
const MAX_NAME = 120;

export async function installAutoconsent(context: BrowserContext, clock: () => number): Promise<AutoconsentBridge> {
  const sendBinding = `__${randomBytes(12).toString('hex')}`;
  const receiveName = `__${randomBytes(12).toString('hex')}`;
  let state: AutoconsentState = { detected: [] };
  let inits = 0;

  const deliver = (frame: Frame, message: Record<string, unknown>) => {
    frame
      .evaluate(
        ({ name, payload }) => {
          const receive = (window as unknown as Record<string, unknown>)[name];
          if (typeof receive === 'function') void Promise.resolve(receive(payload)).catch(() => undefined);
        },
        { name: receiveName, payload: message },
      )
      .catch(() => undefined);
  };

  await context.exposeBinding(sendBinding, (source: { frame: Frame }, raw: unknown) => {
    if (!raw || typeof raw !== 'object') return;
    const message = raw as Record<string, unknown>;
    const frame = source.frame;
    const cmp = typeof message.cmp === 'string' ? message.cmp.slice(0, MAX_NAME) : '';
    switch (message.type) {
      case 'init': {
        if (inits >= MAX_INITS) return;
        inits += 1;
        let url = '';
        try {
          url = frame.url();
        } catch {
          return;
        }
        deliver(frame, { type: 'initResp', config: CONFIG, rules: { autoconsent: rulesForFrame(url, frame.parentFrame() === null) } });
        return;
      }
      case 'eval':
        // Never reached with isMainWorld; answered without running anything if a page forges it.
        if (typeof message.id === 'string') deliver(frame, { type: 'evalResp', id: message.id.slice(0, 100), result: false });
        return;
      case 'cmpDetected':
        if (cmp && !state.detected.includes(cmp) && state.detected.length < 20) state.detected.push(cmp);
        return;
      case 'popupFound':
        if (cmp && !state.popup) state.popup = { cmp, frame, at: clock() };
        return;
      case 'optOutResult':
      case 'optInResult': {
        if (typeof message.result !== 'boolean') return;
        const result: ChoiceResult = { cmp, result: message.result, scheduleSelfTest: message.scheduleSelfTest === true, frame, at: clock() };
        if (message.type === 'optOutResult') state.optOut ??= result;
        else state.optIn ??= result;
        return;
      }
      case 'selfTestResult':
        if (typeof message.result === 'boolean') state.selfTest ??= message.result;
        return;
      case 'autoconsentDone':
        state.done ??= { cmp, at: clock() };
        return;
      default:
        return;
    }
  });
  await context.addInitScript({ content: autoconsentScript(sendBinding, receiveName) });

  return {
    get state() {
      return state;
    },
    reset() {
      state = { detected: [] };
    },
    send(frame, type) {
      deliver(frame, { type });
    },
    async waitFor(condition, ms, deadline) {
      const until = Date.now() + ms;
      while (!condition(state)) {
        if (Date.now() >= until) return false;
        await pause(Math.min(100, until - Date.now()), deadline);
      }
      return true;
    },
  };
}
