/** Whether the browser tests can run here; when not, why (printed once per test process). */
import { findChromium } from '../../src/consent/browser.js';

function probe(): { available: boolean; reason: string } {
  try {
    return { available: true, reason: findChromium() };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

const state = probe();
let told = false;

/** True when no Chromium is installed; says so once, so a skipped browser suite is never silent. */
export function noChromium(): boolean {
  if (!state.available && !told) {
    told = true;
    console.warn(`Browser tests skipped: ${state.reason}`);
  }
  return !state.available;
}
