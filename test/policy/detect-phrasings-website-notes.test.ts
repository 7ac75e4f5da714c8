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
