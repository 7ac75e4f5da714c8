/**
 * The name and address block that opens a small organisation's policy states who the controller is and how to reach
 * it, without any cue saying so; the same lines further down, or without an address, do not.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from './phrasing-cases.js';

const CLUB = 'Voetbalvereniging De Polderboys\nSportpark De Vaart, Vaartweg 2, 8251 AA Dronten\nSecretariaat: secretaris@polderboys.example';
const PRACTICE = 'Hauptstraße 41 · 69117 Heidelberg · Tel. 06221 000 000 · praxis@zahnarzt.example';

describe('letterhead at the head of the policy', () => {
  it('names the controller and gives its contact', () => {
    const lines = ['# Privacyreglement', CLUB, '## Welke gegevens hebben wij?', 'Naam, adres en geboortedatum.'];
    expect(statusOf('nl', 'controller-identity', lines)).toBe('present');
    expect(statusOf('nl', 'controller-contact', lines)).toBe('present');
  });

  it('gives the contact under the name heading; an address line alone names no one', () => {
    const lines = ['# Datenschutzinformation', '## Zahnarztpraxis Dr. Anna Kessler', PRACTICE, '### Zweck', 'Wir behandeln Sie.'];
    expect(statusOf('de', 'controller-contact', lines)).toBe('present');
    expect(statusOf('de', 'controller-identity', lines)).toBe('absent');
  });

  it('is not a letterhead after a heading that announces a subject', () => {
    const lines = ['# Privacyreglement', '## Klachten', CLUB];
    expect(statusOf('nl', 'controller-identity', lines)).toBe('absent');
  });

  it('is not a letterhead without a postal address', () => {
    const lines = ['# Privacyreglement', 'Voetbalvereniging De Polderboys\nSecretariaat: secretaris@polderboys.example', '## Welke gegevens hebben wij?', 'Naam en adres.'];
    expect(statusOf('nl', 'controller-identity', lines)).toBe('absent');
    expect(statusOf('nl', 'controller-contact', lines)).toBe('absent');
  });

  it('is not a letterhead deep in the text', () => {
    const lines = ['# Privacyreglement', 'Wij verwerken gegevens van leden.', 'Ook van ouders.', 'En van vrijwilligers.', CLUB];
    expect(statusOf('nl', 'controller-identity', lines)).toBe('absent');
  });
});

describe('letterhead set out one line a block, and the providers of named services', () => {
  it('names the controller from a name line over address lines', () => {
    const lines = ['# Datenschutzerklärung', 'Tischlerei Holzmann', 'Inhaber: Bernd Holzmann', 'Wilhelmshöher Allee 212', '34119 Kassel', 'Tel.: 0561 555 93 40', '## Zweck', 'Wir bearbeiten Ihre Anfrage.'];
    expect(statusOf('de', 'controller-identity', lines)).toBe('present');
  });

  it('does not take the provider of an analytics service for the controller', () => {
    const lines = ['# Datenschutz', 'Verantwortliche Stelle ist der im Impressum genannte Betreiber dieser Website.', '## Google Analytics', 'Diese Website nutzt Google Analytics. Anbieter ist die Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland.'];
    expect(statusOf('de', 'controller-identity', lines)).toBe('absent');
  });
});
