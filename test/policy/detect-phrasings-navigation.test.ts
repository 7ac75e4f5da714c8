/**
 * Phrasing families of English, German and Dutch notices: a cookie-policy link in a navigation row, a request to
 * contact the controller, data collected automatically, the Dutch privacyverklaring template's headings and a DPO who
 * need not be appointed.
 */
import { describe } from 'vitest';
import { check } from './phrasing-cases.js';

describe('a link to a cookie policy in a navigation row describes no cookies', () => {
  check([
    ['en', 'cookies', ['# Contact', 'Write to us at privacy@example.org.', '|! Related pages | Freedom of Information | Make a', '| subject access request | Cookie Notice | Accessibility statement |'], 'absent'],
    ['de', 'cookies', ['# Kontakt', 'Schreiben Sie uns an datenschutz@example.de.', '|! Impressum | Cookie-Richtlinie | Barrierefreiheit |'], 'absent'],
    ['nl', 'cookies', ['# Contact', 'Mail ons via privacy@example.nl.', '|! Disclaimer | Cookieverklaring | Toegankelijkheid |'], 'absent'],
    ['en', 'cookies', ['| Cookie Notice | We use one session cookie to keep you logged in. |'], 'present'],
  ]);
});

describe('asking the reader to contact the controller is not a purpose of processing', () => {
  check([
    ['en', 'purposes', ['If you know that your child has given us personal information, please contact us so that we can take the necessary steps.'], 'absent'],
    ['en', 'purposes', ['Tell us about any allergy so that we can keep you safe on the riverbank.'], 'present'],
  ]);
});

describe('data the app collects automatically, or gets from a sign-in service, has a source', () => {
  check([
    ['en', 'data-source', ['While you record a walk, the App collects your precise location from your phone automatically.'], 'present'],
    ['en', 'data-source', ['The App automatically collects some details about your device.'], 'present'],
    ['en', 'data-source', ['If you sign in with Google, we get your email address and your name from that sign-in service.'], 'present'],
  ]);
});

describe('the Dutch privacyverklaring template', () => {
  check([
    ['nl', 'legal-basis', ['# Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken', 'Wij gebruiken uw gegevens om een offerte te maken.'], 'absent'],
    ['nl', 'legal-basis', ['# Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken', 'Wij verwerken uw gegevens voor de uitvoering van de overeenkomst.'], 'present'],
    ['nl', 'right-access', ['# Gegevens inzien, aanpassen of verwijderen', 'U mag de gegevens die wij van u hebben altijd inzien, laten verbeteren of laten verwijderen.'], 'present'],
    ['nl', 'right-access', ['Je kunt je gegevens altijd inzien in je account.'], 'present'],
    ['nl', 'statutory-contractual-requirement', ['# Functionaris gegevensbescherming', 'Wij hebben geen functionaris gegevensbescherming aangesteld. Voor een bedrijf van onze omvang is dat niet verplicht.'], 'absent'],
    ['nl', 'statutory-contractual-requirement', ['Het invullen van uw telefoonnummer is niet verplicht.'], 'present'],
  ]);
});

describe('a separate cookie statement that applies, and a footer line of links, describe no cookies', () => {
  check([
    ['nl', 'cookies', ['Op het gebruik van cookies op onze website is de cookieverklaring op die website van toepassing.'], 'absent'],
    ['en', 'cookies', ['The use of cookies on our careers site is governed by our cookie policy.'], 'absent'],
    ['nl', 'cookies', ['# Contact', 'Mail ons via privacy@example.nl.', '', '© 2018 Tennisclub | Privacyverklaring | Cookieverklaring | Disclaimer'], 'absent'],
    ['nl', 'cookies', ['Op onze website gebruiken we alleen functionele cookies om je ingelogd te houden.'], 'present'],
  ]);
});

describe('disclaimer and copyright sections of a website notice hold no privacy information', () => {
  check([
    ['de', 'data-source', ['# Urheberrecht', 'Die meisten Spielberichte und Fotos stammen von ehrenamtlichen Helfern aus unseren Abteilungen.'], 'absent'],
    ['de', 'data-source', ['# Herkunft der Daten', 'Die Daten stammen von Ihrem Verein.'], 'present'],
  ]);
});

describe('stopping marketing, changing one\'s mind and a list of cookies (English)', () => {
  check([
    ['en', 'right-object', ['You can tell us at any time that you do not want to receive marketing from us.'], 'present'],
    ['en', 'right-withdraw-consent', ['If you no longer want our newsletter, you can change your mind whenever you like: click "unsubscribe" in any email.'], 'present'],
    ['en', 'right-withdraw-consent', ['We will remove a comment if you change your mind about it.'], 'absent'],
    ['en', 'recipients', ['We use the following cookies on this website: a session cookie for the booking form.'], 'absent'],
    ['en', 'data-source', ['Whatever you enter in the comment form is stored with your comment.'], 'present'],
  ]);
});

describe('Dutch requests, exports, consent referred to by a pronoun, and processing for an employer', () => {
  check([
    ['nl', 'controller-contact', ['Stuur je verzoek naar privacy@example.nl.'], 'present'],
    ['nl', 'right-portability', ['Je kunt ook een export van je accountgegevens opvragen, zodat je die meeneemt naar een andere dienst.'], 'present'],
    ['nl', 'right-withdraw-consent', ['Voor de nieuwsbrief vragen we je toestemming. Die kun je altijd weer intrekken via de afmeldlink.'], 'present'],
    ['nl', 'data-source', ['Wij verwerken die gegevens alleen in opdracht van je werkgever.'], 'absent'],
    ['nl', 'recipients', ['# Delen met anderen', 'Ik verkoop jouw gegevens niet aan derden.'], 'absent'],
    ['nl', 'purposes', ['Verder kun je bezwaar maken tegen het gebruik van je gegevens.'], 'absent'],
  ]);
});

describe('a role or a kind of organisation with no name identifies no controller', () => {
  check([
    ['de', 'controller-identity', ['Startseite | Praxis | Team | Kontakt | Impressum | Datenschutz', '# Verantwortliche Stelle', 'Verantwortlich ist die Praxisinhaberin. Name und Anschrift entnehmen Sie bitte unserem Impressum.'], 'absent'],
    ['de', 'controller-identity', ['# Verantwortliche Stelle', 'Verantwortlich ist die Praxis Dr. Weber.'], 'present'],
    ['en', 'controller-identity', ['[Club Name] ("the Club") runs junior football.', '# Who is responsible for your data?', 'The Club is the data controller for the personal data it holds.'], 'absent'],
    ['en', 'controller-identity', ['Elmfield Dental Practice is a partnership of two dentists.', 'The practice is registered with the ICO as a data controller.'], 'present'],
    ['nl', 'controller-identity', ['De gemeente Westerbroek voert veel taken uit.', 'Binnen de gemeente is het college verantwoordelijk voor de verwerking van persoonsgegevens.'], 'present'],
  ]);
});

describe('a data protection officer weighed and then denied in the next sentence', () => {
  check([
    ['en', 'dpo-contact', ['We have considered whether we are required to designate a data protection officer and have concluded that we are not. We have not appointed one.', 'Questions about this notice go to privacy@example.co.uk.'], 'absent'],
    ['en', 'dpo-contact', ['Our data protection officer can be reached at dpo@example.co.uk. We answer within a month.'], 'present'],
  ]);
});
