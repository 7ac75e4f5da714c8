/**
 * Phrasing families of English and German notices that touch an element without stating it: the browser's address bar
 * and a password-protected admin area in a security paragraph, rights mentioned only generically over "the information
 * we hold about you", links to suppliers' websites, and a member notice pointing to the website's separate
 * Datenschutzerklärung for cookies. Beside them, a club notice whose access control by personal passwords is a
 * security measure.
 */
import { describe } from 'vitest';
import { check } from './phrasing-cases.js';

describe('security wording is not a list of data categories', () => {
  check([
    ['en', 'data-categories', ['# Security', "You can recognise the secure connection by the padlock in the address bar, and the website's administration area is password protected."], 'absent'],
    ['en', 'data-categories', ['# What we collect', 'We collect your name, your email address and your postal address.'], 'present'],
  ]);
});

describe('rights referred to generically are not the right of access', () => {
  check([
    ['en', 'right-access', ['# Your rights', 'Under data protection law you have a number of rights in relation to the personal information we hold about you.'], 'absent'],
    ['en', 'right-access', ['# Your rights', 'You can ask for a copy of the personal information we hold about you.'], 'present'],
  ]);
});

describe('links to suppliers are not recipients', () => {
  check([
    ['en', 'recipients', ['# Links to other websites', 'Our pages may link to other websites, for example the suppliers we work with.'], 'absent'],
    ['de', 'recipients', ['# Links', 'Unsere Seiten enthalten Links zu Websites unserer Lieferanten.'], 'absent'],
    ['en', 'recipients', ['# Sharing', 'We share your address with the suppliers who deliver your order.'], 'present'],
  ]);
});

describe('a pointer to the website privacy statement is not a cookie description', () => {
  check([
    ['de', 'cookies', ['# Unsere Homepage', 'Informationen zur Verarbeitung von Daten beim Besuch unserer Homepage (Server-Logfiles, Cookies) finden Sie in der Datenschutzerklärung unter www.verein.example/datenschutz.'], 'absent'],
    ['de', 'cookies', ['# Cookies', 'Unsere Website verwendet Cookies, um Ihre Spracheinstellung zu speichern. Sie können Cookies in Ihrem Browser ablehnen.'], 'present'],
  ]);
});

describe('access control by personal passwords is a security measure', () => {
  check([
    ['de', 'security', ['# Speicherung', 'Die Mitgliederdaten werden in einer Software gespeichert, auf die nur der Vorstand mit persönlichem Passwort zugreift.'], 'present'],
  ]);
});

describe('the aim of a security measure is no purpose of processing', () => {
  check([
    ['en', 'purposes', ['# Security', 'In order to prevent unauthorised access or disclosure, we have put in place suitable physical, electronic and managerial procedures.'], 'absent'],
    ['en', 'purposes', ['# Security', 'We use your email address in order to send you a code when you sign in.'], 'present'],
  ]);
});

describe('a lone cookie sentence beside a pointer to the cookie statement describes no cookies', () => {
  check([
    ['nl', 'cookies', ['# Cookies', 'Onze website maakt gebruik van cookies. Meer informatie hierover vindt u in onze cookieverklaring.'], 'absent'],
    ['de', 'cookies', ['# Cookies', 'Auf dieser Website kommen Cookies zum Einsatz. Nähere Informationen finden Sie in unserer Cookie-Richtlinie.'], 'absent'],
    ['en', 'cookies', ['# Cookies', 'This website employs cookies. Details are set out in our cookie policy.'], 'absent'],
    ['nl', 'cookies', ['# Cookies', 'Onze website maakt gebruik van cookies om uw taalkeuze te onthouden. U kunt cookies weigeren in uw browser.'], 'present'],
  ]);
});

describe('where records are stored is no retention period', () => {
  check([
    ['nl', 'retention', ['# Beveiliging', 'Papieren dossiers bewaren wij in een afgesloten archiefkast op ons kantoor.'], 'absent'],
    ['de', 'retention', ['# Sicherheit', 'Die Anmeldebögen bewahren wir in einem verschlossenen Aktenschrank im Büro auf.'], 'absent'],
    ['en', 'retention', ['# Security', 'Paper forms are kept in a locked filing cabinet in our office.'], 'absent'],
    ['nl', 'retention', ['# Bewaren', 'Papieren dossiers bewaren wij in een afgesloten archiefkast gedurende zeven jaar.'], 'present'],
  ]);
});

describe('the definition of processing names no right', () => {
  check([
    ['nl', 'right-restriction', ['# Begrippen', 'Onder verwerking verstaan wij elke handeling met persoonsgegevens, zoals het verzamelen, vastleggen, ordenen, bewaren, bijwerken, wijzigen, opvragen, raadplegen, gebruiken, verstrekken, samenbrengen, alsmede het afschermen, uitwissen of vernietigen van gegevens.'], 'absent'],
    ['de', 'right-restriction', ['# Begriffe', 'Verarbeitung ist jeder Vorgang wie das Erheben, das Erfassen, die Speicherung, die Anpassung oder Veränderung, der Abgleich oder die Verknüpfung, die Einschränkung, das Löschen oder die Vernichtung.'], 'absent'],
    ['en', 'right-restriction', ['# Definitions', 'Processing means any operation such as collection, recording, storage, alignment or combination, restriction, erasure or destruction.'], 'absent'],
    ['nl', 'right-restriction', ['# Uw rechten', 'U kunt ons vragen uw gegevens af te schermen of de verwerking te beperken.'], 'present'],
  ]);
});

describe('recipients who are controllers themselves name no controller', () => {
  check([
    ['en', 'controller-identity', ['# Who we share with', 'Professional advisers acting as processors or joint controllers, including lawyers and auditors based in the United Kingdom.'], 'absent'],
    ['nl', 'controller-identity', ['# Delen', 'De bank is zelfstandig verwerkingsverantwoordelijke, gevestigd te Utrecht.'], 'absent'],
  ]);
});
