/**
 * Keeps a hostile page from stalling the audit: dialogs are answered at once (`beforeunload` accepted, or the next
 * navigation would be cancelled), pop-up windows are recorded and closed once loaded (their cookies stay in the jar),
 * and a renderer crash is noted so later steps skip what needs a live page.
 */
import type { BrowserContext, Dialog, Page } from 'playwright-core';
import { MAX_URL_LENGTH, clip } from './page-hooks.js';

export interface PageGuard {
  readonly crashed: boolean;
  /** Dialogs and pop-ups seen since the last call. */
  drain(): { dialogs: string[]; popups: string[] };
  dispose(): void;
}

const MAX_EVENTS = 50;
/** Time a pop-up gets to load (and set its cookies) before it is closed. */
const POPUP_LIFETIME_MS = 3000;

export function guardContext(context: BrowserContext, main: Page): PageGuard {
  let crashed = false;
  let dialogs: string[] = [];
  let popups: { url: string }[] = [];

  const onDialog = (dialog: Dialog) => {
    if (dialogs.length < MAX_EVENTS) dialogs.push(dialog.type());
    const answer = dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss();
    answer.catch(() => undefined);
  };
  const onPage = (page: Page) => {
    if (page === main) return;
    const close = () => page.close({ runBeforeUnload: false }).catch(() => undefined);
    if (popups.length >= MAX_EVENTS) {
      void close();
      return;
    }
    // Updated in place once loaded: the opening URL is often about:blank.
    const entry = { url: clip(page.url() || 'about:blank', MAX_URL_LENGTH) };
    popups.push(entry);
    page
      .waitForLoadState('load', { timeout: POPUP_LIFETIME_MS })
      .catch(() => undefined)
      .then(() => {
        const url = page.isClosed() ? '' : page.url();
        if (url && url !== 'about:blank') entry.url = clip(url, MAX_URL_LENGTH);
        return close();
      })
      .catch(() => undefined);
  };
  const onCrash = () => {
    crashed = true;
  };

  context.on('dialog', onDialog);
  context.on('page', onPage);
  main.on('crash', onCrash);
  return {
    get crashed() {
      return crashed;
    },
    drain() {
      const drained = { dialogs, popups: popups.map((entry) => entry.url) };
      dialogs = [];
      popups = [];
      return drained;
    },
    dispose() {
      context.off('dialog', onDialog);
      context.off('page', onPage);
      main.off('crash', onCrash);
    },
  };
}
