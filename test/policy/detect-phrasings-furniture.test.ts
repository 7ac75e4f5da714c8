/**
 * Phrasing families of German, English and Dutch notices that touch an element without stating it: the imprint's
 * objection to advertising e-mails, legitimate interests the controller says it does not rely on, pointers to a
 * separate cookie notice, data recorded automatically, keeping data safe, staff who see data to do their job, links to
 * suppliers' websites and the controller's own duty to hand data to the tax authority. Beside them, the English
 * `keeping your details correct` section that does state the right to rectification.
 */
import { describe } from 'vitest';
import { check } from './phrasing-cases.js';

describe('the imprint objection to advertising e-mails is not the data subject right to object', () => {
  check([
    ['de', 'right-object', ['# Widerspruch Werbe-Mails', 'Der Nutzung der im Rahmen der Impressumspflicht veröffentlichten Kontaktdaten zur Übersendung von nicht ausdrücklich angeforderter Werbung wird hiermit widersprochen.'], 'absent'],
    ['de', 'right-object', ['# Ihre Rechte', 'Sie haben das Recht, der Verarbeitung Ihrer Daten jederzeit zu widersprechen.'], 'present'],
  ]);
});

describe('legitimate interests the controller says it does not rely on', () => {
  check([
    ['de', 'legitimate-interests', ['# Rechtsgrundlagen', 'Auf berechtigte Interessen nach Art. 6 Abs. 1 lit. f DSGVO stützen wir uns nicht.'], 'absent'],
    ['de', 'legitimate-interests', ['# Rechtsgrundlagen', 'Wir berufen uns nicht auf berechtigte Interessen.'], 'absent'],
  ]);
});

describe('a pointer to a separate cookie notice describes no cookies', () => {
  check([
    ['de', 'cookies', ['# Server-Logfiles', 'Welche Cookies wir einsetzen, erläutern wir gesondert in unserer Cookie-Richtlinie.'], 'absent'],
    ['nl', 'cookies', ['# Websites en cookies', 'Onze scholen hebben ieder een eigen website. Hoe daar met cookies wordt omgegaan, leest u in de cookieverklaring op de website van de betreffende school.'], 'absent'],
    ['nl', 'cookies', ['# Cookies', 'Wij gebruiken alleen functionele cookies die nodig zijn om de website te laten werken.'], 'present'],
  ]);
});

describe('data recorded automatically is no automated decision', () => {
  check([
    ['en', 'automated-decision-making', ['# Information we collect automatically', 'When you use the app, we automatically record your IP address and device type.'], 'absent'],
    ['en', 'automated-decision-making', ['# Automated decisions', 'We do not make decisions based solely on automated processing.'], 'present'],
  ]);
});

describe('keeping data safe or correct is neither retention nor a purpose; correcting it is rectification', () => {
  check([
    ['en', 'retention', ['# Keeping your information safe', 'We are committed to keeping your information secure and use encryption on every page.'], 'absent'],
    ['en', 'purposes', ['# Security', 'Only the people who need to see your details in order to do their job are able to do so.'], 'absent'],
    ['en', 'right-rectification', ['# Keeping your details correct', 'If you think anything we hold about you is wrong or incomplete, please write to us and we will put it right.'], 'present'],
    ['en', 'retention', ['# How long we keep your information', 'We keep order records for six years.'], 'present'],
  ]);
});

describe('links to suppliers and the controller own duty to the tax authority', () => {
  check([
    ['nl', 'recipients', ['# Links', 'Op deze website staan links naar websites van anderen, bijvoorbeeld van verffabrikanten en leveranciers.'], 'absent'],
    ['nl', 'recipients', ['# Delen met anderen', 'Wij delen uw gegevens met onze leveranciers die de bestelling bezorgen.'], 'present'],
    ['nl', 'statutory-contractual-requirement', ['# Delen', 'Daarnaast kunnen we gegevens moeten verstrekken aan de Belastingdienst als de wet ons daartoe verplicht.'], 'absent'],
    ['nl', 'statutory-contractual-requirement', ['# Verplichte gegevens', 'Het verstrekken van uw naam en adres is verplicht; zonder deze gegevens kunnen wij uw bestelling niet leveren.'], 'present'],
  ]);
});
