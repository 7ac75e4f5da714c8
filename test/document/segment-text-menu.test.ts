/**
 * A menu bar or a line of footer links copied with the page text is page furniture, as <nav> and <footer> are in
 * HTML: it makes no block, so its `About Us` or `Contact` items state nothing about the controller.
 */
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/document/segment.js';
import { isMenuLine } from '../../src/document/menu-line.js';
import { detectElements } from '../../src/policy/detect.js';

function texts(lines: string[]): string[] {
  return segmentDocument({ target: 'policy.txt', format: 'text', text: lines.join('\n'), encoding: 'utf-8' }).blocks.map((block) => block.text);
}

describe('segmentDocument: menu lines in plain text and Markdown', () => {
  it('recognises menu items set apart by runs of spaces or by pipes', () => {
    expect(isMenuLine('Home   Shop All   Gift Sets   Wax Melts   About Us   Delivery & Returns   Contact   Basket (0)')).toBe(true);
    expect(isMenuLine('Inicio | La casa | Habitaciones | Tarifas | Reservas')).toBe(true);
    expect(isMenuLine('Casa Rural El Tejo | Aviso legal | Mapa del sitio')).toBe(true);    expect(isMenuLine('© 2018 T.V. De Lobbes | Privacyverklaring | Cookieverklaring | Disclaimer | Sitemap')).toBe(true);
    expect(isMenuLine('Impressum | Datenschutz | Cookie-Richtlinie | Copyright 2021 Beispiel e.V.')).toBe(true);
  });

  it('keeps label rows, contact lines and sentences', () => {
    expect(isMenuLine('Responsable | Empresa S.L.')).toBe(false);
    expect(isMenuLine('Beispiel GmbH | info@beispiel.example | 030 1234567')).toBe(false);
    expect(isMenuLine('Zweck | Rechtsgrundlage | Speicherdauer | Art. 6 Abs. 1 lit. b')).toBe(false);
    expect(isMenuLine('We keep   your data   for three years.   Then it is deleted.')).toBe(false);
  });

  it('drops a menu line standing alone but keeps a table header row above its rows', () => {
    const menu = texts(['Shop name', '', 'Home   Shop   About Us   Contact', '', 'PRIVACY POLICY', '', 'We use your e-mail address to send your order.']);
    expect(menu.some((text) => text.includes('About Us'))).toBe(false);
    const table = texts(['Data | Purpose | Retention', 'E-mail | Orders | 3 years', 'Name | Orders | 3 years']);
    expect(table.some((text) => text.includes('Purpose'))).toBe(true);
  });

  it('recognises footer links set apart by middle dots, and drops such a line in Markdown', () => {
    expect(isMenuLine('Aviso legal y privacidad · Cookies · Diseño web: [AGENCIA]')).toBe(true);
    expect(isMenuLine('Responsable · Empresa S.L.')).toBe(false);
    const markdown = ['# Política de privacidad', '', 'Tratamos su nombre y su correo electrónico.', '', '[Aviso legal](/aviso-legal) · [Cookies](/cookies) · [Contacto](/contacto)'].join('\n');
    const blocks = segmentDocument({ target: 'policy.md', format: 'markdown', text: markdown, encoding: 'utf-8' }).blocks.map((block) => block.text);
    expect(blocks.some((text) => text.includes('Cookies'))).toBe(false);
    expect(blocks.some((text) => text.includes('correo'))).toBe(true);
  });

  it('a menu item `About Us` does not name the controller', () => {
    const text = ['Willow Candles | Privacy Policy', '', 'Home   Shop All   Gift Sets   About Us   Contact   Basket (0)', '', 'PRIVACY POLICY', '', 'This policy explains how [Company Name] treats personal information.'].join('\n');
    const facts = detectElements(segmentDocument({ target: 'policy.txt', format: 'text', text, encoding: 'utf-8' }), { language: 'en' });
    expect(facts.elements['controller-identity']!.status).toBe('absent');
  });
});
