import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserHandle } from '../../src/consent/browser.js';
import { formatHtml } from '../../src/report/format-html.js';
import { noChromium } from '../support/chromium.js';
import { context as formatContext, decodePng, HOSTILE_AS_TEXT, hostileReport } from './format-html-fixtures.js';

const VIEWPORT = { width: 1000, height: 800 };

/** Distinct colours and the share of pixels that differ from the top-left one (the page background). */
function pixelStats(png: Buffer): { colours: number; inked: number } {
  const { rgba } = decodePng(png);
  const colours = new Set<number>();
  let inked = 0;
  const background = rgba.readUInt32BE(0);
  for (let i = 0; i < rgba.length; i += 4) {
    const pixel = rgba.readUInt32BE(i);
    colours.add(pixel);
    if (pixel !== background) inked++;
  }
  return { colours: colours.size, inked: inked / (rgba.length / 4) };
}

describe.skipIf(noChromium())('the HTML report in Chromium', () => {
  let handle: BrowserHandle;
  let browserContext: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const html = formatHtml(hostileReport, formatContext);

  beforeAll(async () => {
    handle = await launchBrowser();
    browserContext = await handle.browser.newContext({ viewport: VIEWPORT });
    // Anything the report tried to fetch would be recorded here, and fail.
    await browserContext.route('**/*', async (route) => {
      requests.push(route.request().url());
      await route.abort();
    });
    page = await browserContext.newPage();
    page.on('request', (request) => void requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.setContent(html, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await handle?.close();
  });

  it('opens without fetching anything, running any script or raising any dialog', async () => {
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('[onerror], [onload], [onclick]').length)).toBe(0);
  });

  it('shows the hostile text as text and the inline screenshot as an image', async () => {
    expect(await page.locator('body').innerText()).toContain('<script>alert(1)</script>');
    const cookieCell = page.locator('table:has(caption:text-is("Cookies (2)")) tbody tr').first().locator('td').first();
    expect(await cookieCell.textContent()).toBe(HOSTILE_AS_TEXT);
    expect(await page.locator('img').evaluate((image: HTMLImageElement) => [image.complete, image.naturalWidth, image.naturalHeight])).toEqual([
      true,
      4,
      3,
    ]);
  });

  it('renders something: a screenshot differs from an empty page', async () => {
    const report = pixelStats(await page.screenshot());
    const empty = await browserContext.newPage();
    await empty.setContent('<!DOCTYPE html><html><body></body></html>');
    const blank = pixelStats(await empty.screenshot());
    await empty.close();
    expect(blank).toEqual({ colours: 1, inked: 0 });
    expect(report.colours).toBeGreaterThan(20);
    expect(report.inked).toBeGreaterThan(0.02);
  });

  it('prints: print styles apply and the PDF has a page per target beside the summary and the rules', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(pixelStats(await page.screenshot()).inked).toBeGreaterThan(0.02);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1 + hostileReport.results.length + 1);
  });
});
