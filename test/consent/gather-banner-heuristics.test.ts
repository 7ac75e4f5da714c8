import { describe, expect, test } from 'vitest';
import { type FrameScan, classifyButtonLabel, pickBanner, readFrameScan } from '../../src/consent/banner-heuristics.js';
import { autoconsentScript, rulesForFrame } from '../../src/consent/banner-autoconsent.js';

describe('classifyButtonLabel', () => {
  test.each([
    // reject, in each language, including refusals that contain an accept word
    ['Reject all', 'reject'],
    ['Decline', 'reject'],
    ['Accept only necessary', 'reject'],
    ['Necessary cookies only', 'reject'],
    ['Continue without accepting', 'reject'],
    ['Tout refuser', 'reject'],
    ['Refuser', 'reject'],
    ['Continuer sans accepter →', 'reject'],
    ['Alle ablehnen', 'reject'],
    ['Ablehnen', 'reject'],
    ['Nur notwendige akzeptieren', 'reject'],
    ['Rechazar todo', 'reject'],
    ['Rechazar', 'reject'],
    ['Rifiuta tutto', 'reject'],
    ['Rifiuta', 'reject'],
    ['Alles weigeren', 'reject'],
    ['Weigeren', 'reject'],
    // accept
    ['Accept all', 'accept'],
    ['ACCEPT ALL COOKIES', 'accept'],
    ['Allow cookies', 'accept'],
    ['Got it!', 'accept'],
    ['Tout accepter', 'accept'],
    ["J'accepte", 'accept'],
    ['J’accepte', 'accept'],
    ['Alle akzeptieren', 'accept'],
    ['Aceptar todo', 'accept'],
    ['Accetta tutto', 'accept'],
    ['Alles accepteren', 'accept'],
    ['Akkoord', 'accept'],
    // settings
    ['Manage preferences', 'settings'],
    ['Cookie settings', 'settings'],
    ['Let me choose', 'settings'],
    ['Personnaliser', 'settings'],
    ['Einstellungen', 'settings'],
    ['Configuración', 'settings'],
    ['Impostazioni', 'settings'],
    ['Instellingen', 'settings'],
    // other
    ['Privacy policy', 'other'],
    ['Read more', 'other'],
    ['×', 'other'],
    ['', 'other'],
    ['Acceptable use policy and the terms you agree to when you accept an account with us', 'other'],
    ['Refusenik', 'other'],
  ])('%j → %s', (label, role) => {
    expect(classifyButtonLabel(label)).toBe(role);
  });

  test('invisible and direction-changing characters do not hide a label', () => {
    expect(classifyButtonLabel('Re\u200Bject\u202E all')).toBe('reject');
  });
});

function scan(containers: FrameScan['containers'], buttons: [string, number][]): FrameScan {
  return { containers, buttons: buttons.map(([label, container], index) => ({ label, id: `b${index}`, container, shadow: false })) };
}

describe('pickBanner', () => {
  const plain = { id: 'c0', fixed: false, named: false, dialog: false };

  test('prefers the container offering a choice, named after consent and fixed on screen', () => {
    const header = { ...plain, id: 'header', fixed: true };
    const banner = { id: 'banner', fixed: true, named: true, dialog: false };
    const picked = pickBanner([scan([header, banner], [['OK', 0], ['Reject all', 1], ['Accept all', 1], ['Privacy policy', 1]])]);
    expect(picked?.containerId).toBe('banner');
    expect(picked?.buttons.map((button) => button.role)).toEqual(['reject', 'accept', 'other']);
  });

  test('a named container with only a settings button still counts (the reject may be one layer down)', () => {
    expect(pickBanner([scan([{ ...plain, named: true }], [['Cookie settings', 0]])])?.buttons).toEqual([
      expect.objectContaining({ role: 'settings' }),
    ]);
  });

  test('buttons without any choice are no banner', () => {
    expect(pickBanner([scan([{ ...plain, fixed: true }], [['Menu', 0], ['Search', 0]])])).toBeNull();
    expect(pickBanner([null, scan([], [])])).toBeNull();
  });

  test('ties go to the earlier frame (the main document)', () => {
    const frame = scan([{ ...plain, named: true }], [['Accept', 0]]);
    expect(pickBanner([frame, frame])?.frameIndex).toBe(0);
  });
});

describe('readFrameScan', () => {
  test('accepts what scanFrame returns', () => {
    const value = scan([{ id: 'c', fixed: true, named: false, dialog: false }], [['Accept', 0]]);
    expect(readFrameScan(value)).toEqual(value);
  });

  test.each([
    ['null', null],
    ['a string', 'buttons'],
    ['a button pointing past the containers', scan([], [['Accept', 3]])],
    ['a label that is not a string', { containers: [], buttons: [{ label: 1, id: 'x', container: 0, shadow: false }] }],
  ])('refuses %s', (_, value) => {
    expect(readFrameScan(value)).toBeNull();
  });
});

describe('autoconsent wiring', () => {
  test('the bundle is rewired to private names, with no global of its own left', () => {
    const script = autoconsentScript('__sendXYZ', '__receiveXYZ');
    expect(script).toContain('globalThis["__sendXYZ"]');
    expect(script).toContain('window["__receiveXYZ"]');
    expect(script).not.toContain('window.autoconsentSendMessage');
    expect(script).not.toContain('window.autoconsentReceiveMessage');
  });

  test('only rules that can run in the frame are sent, and never cosmetic ones', () => {
    const main = rulesForFrame('https://www.example.com/', true);
    const frame = rulesForFrame('https://cmp.example.net/', false);
    expect(main.map((rule) => rule.name)).toEqual(expect.arrayContaining(['cookieconsent3', 'tarteaucitron deny', 'Complianz optin']));
    expect(main.some((rule) => rule.cosmetic)).toBe(false);
    expect(main.every((rule) => rule.runContext?.main !== false)).toBe(true);
    expect(frame.every((rule) => rule.runContext?.frame === true)).toBe(true);
    expect(main.length).toBeLessThan(400);
  });
});
