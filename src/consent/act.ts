/**
 * Making the visitor's choice (reject or accept) and checking it took. Some banners draw their buttons before wiring
 * them, so a click can do nothing: after each click the banner is looked for again, and the click is retried a few
 * times with growing pauses. autoconsent goes first when it knows the CMP; its own success report is not trusted alone.
 */
import type { Frame, Page } from 'playwright-core';
import type { ActionRecord } from './artifacts.js';
import type { AutoconsentBridge } from './banner-autoconsent.js';
import { type DetectedBanner, scanForBanner } from './banner.js';
import { type Deadline, GatherStopped, pause, withinOr } from './gather-deadline.js';
import type { ConsentHooks, HookMark } from './page-hooks.js';

export type ChoiceKind = 'reject' | 'accept';

export interface ChoiceOptions {
  kind: ChoiceKind;
  banner: DetectedBanner;
  bridge: AutoconsentBridge;
  hooks: ConsentHooks;
  marker: string;
  deadline: Deadline;
  /** Bound on waiting for autoconsent's answer. */
  stepMs: number;
}

/** Pauses after each heuristic click before deciding it did nothing. */
const CLICK_WAITS_MS = [600, 1200, 2400];
const AUTOCONSENT_EFFECT_MS = 2000;
const SELF_TEST_MS = 3000;
const CLICK_TIMEOUT_MS = 2000;

interface Effect {
  bannerGone: boolean;
  consentStored: boolean;
}

export async function makeChoice(page: Page, options: ChoiceOptions): Promise<ActionRecord> {
  const { kind, banner, bridge, hooks, deadline } = options;
  const record: ActionRecord = { kind, attempted: false, succeeded: false, method: null, attempts: 0 };
  const notes: string[] = [];

  if (banner.autoconsent) {
    const before = await choiceBaseline(page, hooks, deadline);
    bridge.send(banner.autoconsent.frame, kind === 'reject' ? 'optOut' : 'optIn');
    Object.assign(record, { attempted: true, method: 'autoconsent', attempts: 1, at: hooks.elapsed() });
    const answered = await bridge.waitFor((state) => Boolean(kind === 'reject' ? state.optOut : state.optIn), options.stepMs, deadline);
    const result = kind === 'reject' ? bridge.state.optOut : bridge.state.optIn;
    if (!answered || !result) notes.push(`${banner.autoconsent.cmp}: autoconsent gave no ${kind} result`);
    else if (!result.result) notes.push(`${banner.autoconsent.cmp}: autoconsent could not ${kind}`);
    else {
      const effect = await watchEffect(page, options, before, AUTOCONSENT_EFFECT_MS);
      record.effect = effect;
      if (effect.bannerGone) {
        record.succeeded = true;
        if (result.scheduleSelfTest) {
          await bridge.waitFor((state) => Boolean(state.done), SELF_TEST_MS, deadline);
          bridge.send(result.frame, 'selfTest');
          if (await bridge.waitFor((state) => state.selfTest !== undefined, SELF_TEST_MS, deadline)) record.selfTest = bridge.state.selfTest!;
        }
        return withDetail(record, notes);
      }
      notes.push(`${banner.autoconsent.cmp}: autoconsent reported success but the banner stayed`);
    }
  }

  for (const waitMs of CLICK_WAITS_MS) {
    const hit = await scanForBanner(page, options.marker, deadline);
    const button = hit?.candidate.buttons.find((candidate) => candidate.role === kind);
    if (!hit || !button) {
      // After one of our clicks, a banner that went away late still went away.
      if (record.method === 'heuristic') {
        record.succeeded = true;
        if (record.effect) record.effect.bannerGone = true;
      }
      else notes.push(hit ? `no ${kind} button on the first layer` : 'the banner was no longer shown');
      break;
    }
    const before = await choiceBaseline(page, hooks, deadline);
    await click(hit.frame, options.marker, button.id, deadline);
    Object.assign(record, { attempted: true, method: 'heuristic', attempts: record.attempts + 1, at: hooks.elapsed() });
    const effect = await watchEffect(page, options, before, waitMs);
    record.effect = effect;
    if (effect.bannerGone) {
      record.succeeded = true;
      break;
    }
  }
  if (record.attempted && !record.succeeded) {
    notes.push(`the banner still offered "${kind}" after ${record.attempts} attempt(s)${record.effect?.consentStored ? ', though something was stored' : ''}`);
  }
  return withDetail(record, notes);
}

function withDetail(record: ActionRecord, notes: string[]): ActionRecord {
  return notes.length ? { ...record, detail: notes.join('; ') } : record;
}

interface Baseline {
  writes: HookMark;
  storageKeys: string;
}

async function choiceBaseline(page: Page, hooks: ConsentHooks, deadline: Deadline): Promise<Baseline> {
  return { writes: hooks.mark(), storageKeys: await localStorageKeys(page, deadline) };
}

/** Polls until the banner no longer offers the choice just made, or `waitMs` passes. */
async function watchEffect(page: Page, options: ChoiceOptions, before: Baseline, waitMs: number): Promise<Effect> {
  const until = Date.now() + waitMs;
  let bannerGone = false;
  while (!bannerGone && Date.now() < until) {
    await pause(Math.min(200, Math.max(0, until - Date.now())), options.deadline);
    const hit = await scanForBanner(page, options.marker, options.deadline);
    bannerGone = !hit?.candidate.buttons.some((button) => button.role === options.kind);
  }
  const wrote = options.hooks.writesSince(before.writes).some((write) => !write.deleted);
  const consentStored = wrote || (await localStorageKeys(page, options.deadline)) !== before.storageKeys;
  return { bannerGone, consentStored };
}

async function localStorageKeys(page: Page, deadline: Deadline): Promise<string> {
  const keys = page.mainFrame().evaluate(() => {
    try {
      return Object.keys(localStorage).sort().join('\u0000').slice(0, 20_000);
    } catch {
      return '';
    }
  });
  return withinOr(keys, 1000, deadline, '');
}

/** A real click first (the page sees a trusted event); a dispatched one if something covers the button. */
async function click(frame: Frame, marker: string, id: string, deadline: Deadline): Promise<void> {
  const target = frame.locator(`[${marker}="${id}"]`).first();
  try {
    await target.click({ timeout: Math.min(CLICK_TIMEOUT_MS, deadline.remaining()) });
  } catch (error) {
    if (error instanceof GatherStopped) throw error;
    await withinOr(target.dispatchEvent('click'), CLICK_TIMEOUT_MS, deadline, undefined);
  }
}
