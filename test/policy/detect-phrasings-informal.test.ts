/**
 * Phrasing families of German, English and Dutch notices: an announcement followed by template text only, the right
 * of access listing the origin of the data, a DPO the controller need not have, informal German (du/dein), pointers
 * to a cookie notice, bare `Cookies` links in a footer row, UK sole traders and Dutch question-style rights.
 */
import { describe } from 'vitest';
import { check } from './phrasing-cases.js';

describe('an announcement followed only by template text states nothing', () => {
  check([
    ['it', 'purposes', ['# 1. Finalità del trattamento', 'I dati personali saranno trattati per le seguenti finalità:', '[DESCRIVERE LE FINALITÀ DEL TRATTAMENTO]'], 'absent'],
    ['nl', 'purposes', ['# Doeleinden', 'Wij verwerken uw persoonsgegevens uitsluitend voor de volgende doeleinden:', '- [doel 1]', '- [doel 2]'], 'absent'],
    ['en', 'purposes', ['# Purposes', 'We process your data for the following purposes:', '[purpose 1]'], 'absent'],
    // Real content after the colon still counts.
    ['en', 'purposes', ['# Purposes', 'We process your data for the following purposes:', '- to deliver your order'], 'present'],
    ['it', 'purposes', ['# Finalità', 'I dati personali saranno trattati per le seguenti finalità:', 'gestione degli ordini e fatturazione.'], 'present'],
  ]);
});

describe('the right of access listing the origin of the data is not a statement of where data comes from', () => {
  check([
    ['de', 'data-source', ['# Recht auf Auskunft', 'Sie haben jederzeit das Recht, unentgeltlich Auskunft über die zu Ihrer Person gespeicherten Daten, deren Herkunft und Empfänger sowie den Zweck der Speicherung zu erhalten.'], 'absent'],
    ['en', 'data-source', ['# Your rights', 'Under your right of access you may ask what data we hold, the purposes, the recipients and the source of the data.'], 'absent'],
    ['nl', 'data-source', ['# Uw rechten', 'U heeft recht op inzage in uw gegevens, de doeleinden, de ontvangers en de herkomst van de gegevens.'], 'absent'],
    ['de', 'data-source', ['# Anmeldung', 'Bei der Anmeldung erheben wir von Ihnen Vor- und Nachname, Anschrift und Geburtsdatum.'], 'present'],
  ]);
});

describe('a DPO the controller does not have is neither a DPO contact nor a statutory requirement', () => {
  check([
    ['de', 'dpo-contact', ['Einen Datenschutzbeauftragten haben wir nicht, gesetzlich vorgeschrieben ist es für uns auch nicht.'], 'absent'],
    ['de', 'statutory-contractual-requirement', ['Einen Datenschutzbeauftragten haben wir nicht, gesetzlich vorgeschrieben ist es für uns auch nicht.'], 'absent'],
    ['de', 'statutory-contractual-requirement', ['Die Angabe Ihrer Anschrift ist gesetzlich vorgeschrieben.'], 'present'],
  ]);
});

describe('informal German notices (du, dein)', () => {
  check([
    ['de', 'purposes', ['Was du uns dabei selbst mitteilst, nutzen wir nur, um deine Frage zu beantworten.'], 'present'],
    ['de', 'data-source', ['Was du uns dabei selbst mitteilst, nutzen wir nur, um deine Frage zu beantworten.'], 'present'],
    ['de', 'recipients', ['Mit dem Hoster haben wir einen Vertrag zur Auftragsverarbeitung abgeschlossen.'], 'present'],
    ['de', 'cookies', ['Infos zu Cookies findest du in unserem Cookie-Hinweis.'], 'absent'],
    ['de', 'cookies', ['Wir verwenden ein Session-Cookie, damit du eingeloggt bleibst.'], 'present'],
  ]);
});

describe('a bare Cookies link in a footer row describes no cookies', () => {
  check([
    ['en', 'cookies', ['# Contact', 'Write to us at privacy@example.org.', 'Accessibility | Privacy | Cookies | Contact us'], 'absent'],
    ['de', 'cookies', ['# Kontakt', 'Schreiben Sie uns an datenschutz@example.de.', 'Impressum | Datenschutz | Cookies'], 'absent'],
    ['nl', 'cookies', ['# Contact', 'Mail ons via privacy@example.nl.', 'Cookies | Disclaimer | Toegankelijkheid'], 'absent'],
    ['en', 'cookies', ['# Cookies', 'We use one session cookie to keep you logged in.'], 'present'],
  ]);
});

describe('a heading on how cookies are used is not a purposes section', () => {
  check([
    ['en', 'purposes', ['# How we use cookies', 'Like most websites, this site uses cookies. Cookies are small text files placed on your computer.'], 'absent'],
  ]);
});

describe('UK sole traders and partnerships, Dutch question-style rights', () => {
  check([
    [
      'en',
      'controller-identity',
      ['# Who looks after your information?', 'Ruth and Tom Ashworth, trading as Fellside Barn Holidays, are responsible for the information you give us. Email: stay@fellside.example'],
      'present',
    ],
    ['en', 'controller-identity', ['You are responsible for the information you give us being accurate. Email: help@example.org'], 'absent'],
    ['nl', 'right-erasure', ['Wil je dat wij je gegevens verwijderen? Stuur dan een mail naar info@example.nl.'], 'present'],
    ['nl', 'right-rectification', ['Wilt u dat wij uw gegevens aanpassen? Stuur dan een mail naar info@example.nl.'], 'present'],
  ]);
});

describe('Article 7 of the Italian privacy code (data subject rights) is not GDPR Article 7 (consent)', () => {
  check([
    ['it', 'right-withdraw-consent', ["# Diritti dell'interessato", "In ogni momento Lei potrà esercitare i diritti di cui all'art. 7 del Codice nei confronti del Titolare del trattamento."], 'absent'],
    ['it', 'right-withdraw-consent', ["# Diritti dell'interessato", 'Lei può esercitare i diritti previsti dagli articoli 15-22 e dall\'art. 7 del GDPR.'], 'present'],
  ]);
});

// A phrase that writes a comma between two words (`inzage, correctie`, `daten, die wir von dritten erhalten`) matches
// text with that comma; before, a comma in the text never joined two words of a phrase, so such phrases were dead.
describe('phrases that write a comma match text with the comma', () => {
  check([
    ['nl', 'right-rectification', ['U kunt ons een verzoek tot inzage, correctie sturen via privacy@example.nl.'], 'present'],
    // Without the comma the words no longer form the phrase.
    ['nl', 'right-rectification', ['U kunt ons een verzoek tot inzage; correctie sturen.'], 'absent'],
  ]);
});
