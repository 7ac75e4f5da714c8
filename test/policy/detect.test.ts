import { describe, expect, it } from 'vitest';
import { detectElements, type PolicyFacts } from '../../src/policy/detect.js';
import type { Language } from '../../src/types.js';
import { buildDocument, fromLines } from './detect-builder.js';

function detect(lines: string[], language?: Language): PolicyFacts {
  return detectElements(fromLines(lines), language ? { language } : {});
}

function statusOf(lines: string[], id: string, language?: Language): string {
  return detect(lines, language).elements[id]!.status;
}

describe('detectElements: negation', () => {
  it.each([
    ['fr', 'right-object', ['## Vos droits', 'Vous pouvez vous opposer à ce traitement.'], 'present'],
    ['fr', 'right-object', ['## Vos droits', 'Vous ne pouvez pas vous opposer à ce traitement.'], 'absent'],
    ['en', 'recipients', ['We share your data with our payment provider.'], 'present'],
    // A clear statement that no one receives the data states the element; a sale ruled out alone does not.
    ['en', 'recipients', ['We never share your personal data with third parties.'], 'present'],
    ['en', 'recipients', ['We never sell your personal data.'], 'absent'],
    ['fr', 'legal-basis', ['Ce traitement est fondé sur votre consentement.'], 'present'],
    ['fr', 'legal-basis', ['En cas d’inscription à la lettre fondée sur votre consentement, vous pouvez vous désabonner.'], 'absent'],
    ['fr', 'right-complaint', ['Si notre réponse ne vous convient pas, vous pouvez saisir la CNIL.'], 'present'],
    ['fr', 'recipients', ["Vos données ne sont partagées qu'avec nos prestataires d'hébergement."], 'present'],
  ])('%s %s in %j is %s', (language, id, lines, expected) => {
    expect(statusOf(lines, id, language as Language)).toBe(expected);
  });

  it.each([
    ['en', 'international-transfers', 'We do not transfer your personal data outside the EEA.'],
    ['de', 'automated-decision-making', 'Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.'],
    ['fr', 'children', 'Notre application ne s’adresse pas aux enfants de moins de 15 ans.'],
    ['es', 'cookies', 'Este sitio web no utiliza cookies.'],
  ])('%s: stating that %s does not happen is the information itself', (language, id, sentence) => {
    const facts = detect([sentence], language as Language);
    expect(facts.elements[id]).toMatchObject({ status: 'present', attributes: { negated: true } });
  });

  it('a negated transfer or decision does not set the context a profile conditions on', () => {
    const facts = detect(['We do not transfer your data to the United States or anywhere else outside the EEA.', 'We do not use automated decision-making.'], 'en');
    expect(facts.context.transfers).toBe(false);
    expect(facts.attributes.countries).toEqual([]);
    expect(facts.context.automatedDecisions).toBe(false);
    const affirmed = detect(['Your data is transferred to the United States under standard contractual clauses.'], 'en');
    expect(affirmed.context.transfers).toBe(true);
    expect(affirmed.attributes.countries).toEqual(['US']);
  });
});

describe('detectElements: false friends', () => {
  it.each([
    ['it', ['## Titolare del trattamento', 'Studio Rossi S.r.l., via Roma 1, 00100 Roma, privacy@studiorossi.example'], 'present'],
    ['it', ['## Responsabile del trattamento', 'CloudCo S.r.l., via Milano 2, 20100 Milano, privacy@cloudco.example'], 'absent'],
  ])('%s: the controller and its contact under %j are %s', (language, lines, expected) => {
    const facts = detect(lines, language as Language);
    expect(facts.elements['controller-identity']!.status).toBe(expected);
    expect(facts.elements['controller-contact']!.status).toBe(expected);
  });

  it.each([
    ['Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.', 'present', 'absent'],
    ['Sie können der Verarbeitung Ihrer Daten jederzeit widersprechen.', 'absent', 'present'],
    ['Informationen zu Ihrem gesetzlichen Widerrufsrecht finden Sie in unserer Widerrufsbelehrung.', 'absent', 'absent'],
  ])('de: Widerruf is not Widerspruch: %s', (sentence, withdraw, object) => {
    const facts = detect(['## Ihre Rechte', sentence], 'de');
    expect(facts.elements['right-withdraw-consent']!.status).toBe(withdraw);
    expect(facts.elements['right-object']!.status).toBe(object);
  });

  it.each([
    ['de', 'Sie haben jederzeit das Recht, Widerspruch einzulegen; dies gilt auch für ein auf diese Bestimmungen gestütztes Profiling.'],
    ['en', 'You may object at any time, including to profiling based on those provisions.'],
    ['fr', 'Vous pouvez vous y opposer, y compris au profilage fondé sur ces dispositions.'],
  ])('%s: profiling quoted from the right to object is no automated decision', (language, sentence) => {
    expect(statusOf(['## Rights', sentence], 'automated-decision-making', language as Language)).toBe('absent');
  });

  it('a section that only defines terms states nothing', () => {
    const lines = ['## Begriffsbestimmungen', '„Profiling“ ist jede Art der automatisierten Verarbeitung personenbezogener Daten.'];
    expect(statusOf(lines, 'automated-decision-making', 'de')).toBe('absent');
    expect(statusOf(['## Profiling', 'Wir bewerten Ihr Kaufverhalten mit Profiling, um Ihnen passende Angebote zu zeigen.'], 'automated-decision-making', 'de')).toBe('present');
  });

  it('the page’s own date after the last definitions still dates the policy', () => {
    const lines = ['# Mentions légales', '## 9. Lexique', 'Utilisateur : internaute se connectant au site.', 'Mentions légales mises à jour le 14 février 2017.'];
    expect(statusOf(lines, 'policy-date', 'fr')).toBe('present');
    expect(statusOf(['# Mentions légales', '## 9. Lexique', 'Utilisateur : internaute se connectant au site.'], 'policy-date', 'fr')).toBe('absent');
  });
});

describe('detectElements: structure', () => {
  it('a heading with nothing under it does not make its element present', () => {
    expect(statusOf(['## Security', '## Cookies', 'We use cookies to keep you signed in.'], 'security', 'en')).toBe('absent');
    expect(statusOf(['## Security', 'Only two members of staff can open the membership files.', '## Cookies'], 'security', 'en')).toBe('present');
  });

  it('a contact announced with nothing behind it is recorded as dangling and does not count', () => {
    const facts = detect(['## Contact', 'If you have any questions, please write to us at the following address:', '## Cookies', 'We use no cookies.'], 'en');
    expect(facts.elements['controller-contact']!.status).toBe('absent');
    expect(facts.attributes.danglingContacts).toEqual([expect.objectContaining({ line: 2, text: 'If you have any questions, please write to us at the following address:' })]);

    const given = detect(['## Contact', 'If you have any questions, please write to us at the following address:', 'privacy@example.org'], 'en');
    expect(given.elements['controller-contact']!.status).toBe('present');
    expect(given.attributes.danglingContacts).toEqual([]);
  });

  it('a DPO named without a channel is partial, but absent when its channel was announced and never given', () => {
    expect(statusOf(['Nous avons désigné un délégué à la protection des données.'], 'dpo-contact', 'fr')).toBe('partial');
    expect(statusOf(['Vous pouvez contacter notre délégué à la protection des données à l’adresse suivante :', '## Cookies'], 'dpo-contact', 'fr')).toBe('absent');
    expect(statusOf(['Délégué à la protection des données : dpo@exemple.fr'], 'dpo-contact', 'fr')).toBe('present');
  });

  it('template leftovers are recorded and never count as identity or contact', () => {
    const facts = detect(['## Who we are', 'This website is run by [Company name] Ltd, [Address].', 'Contact: {{email}}', '## Purposes', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.'], 'en');
    expect(facts.elements['controller-identity']!.status).toBe('absent');
    expect(facts.elements['controller-contact']!.status).toBe('absent');
    expect(facts.elements.purposes!.status).toBe('absent');
    expect(facts.attributes.templateLeftovers.map((leftover) => leftover.text)).toEqual(['[Company name]', '[Address]', '{{email}}', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.']);

    const filled = detect(['## Who we are', 'This website is run by Harbour Books Ltd, 12 Quay Street, Galway.', 'Contact: hello@harbourbooks.example'], 'en');
    expect(filled.elements['controller-identity']!.status).toBe('present');
    expect(filled.elements['controller-contact']!.status).toBe('present');
    expect(filled.attributes.templateLeftovers).toEqual([]);
  });

  it('reads a list of rights under a rights heading item by item', () => {
    const facts = detect(['## Your rights', 'You can ask us for:', '- access to a copy of your data;', '- correction of inaccurate data;', '- deletion;', '- objection to direct marketing.'], 'en');
    const statuses = Object.fromEntries(['right-access', 'right-rectification', 'right-erasure', 'right-object', 'right-restriction', 'right-portability'].map((id) => [id, facts.elements[id]!.status]));
    expect(statuses).toEqual({
      'right-access': 'present',
      'right-rectification': 'present',
      'right-erasure': 'present',
      'right-object': 'present',
      'right-restriction': 'absent',
      'right-portability': 'absent',
    });
  });

  it('short words count only under their heading', () => {
    expect(statusOf(['## Your rights', '- Deletion'], 'right-erasure', 'en')).toBe('present');
    expect(statusOf(['## Our shop', 'Deletion of old products happens every spring.'], 'right-erasure', 'en')).toBe('absent');
  });

  it('a table header names what its column holds', () => {
    const lines = ['## Processing', '|! Data | Purpose | How long |', '| E-mail address | Newsletter | Until you unsubscribe |', '| Invoices | Accounting | 10 years |'];
    const facts = detect(lines, 'en');
    expect(facts.elements.retention!.status).toBe('present');
    expect(facts.attributes.retentionDays).toEqual([3650]);
  });

  it('the first cell of a table row names what the row holds', () => {
    const lines = ['## Información básica', '| Responsable | Librería Ejemplo S.L., Calle Mayor 1, 28013 Madrid |', '| Legitimación | Ejecución del contrato de compra |', '| Conservación | Cinco años desde la compra |'];
    const facts = detect(lines, 'es');
    expect(facts.elements['controller-identity']!.status).toBe('present');
    expect(facts.elements['legal-basis']!.status).toBe('present');
    expect(facts.attributes.retentionDays).toEqual([1825]);
  });

  it.each([
    ['nl', 'U heeft het recht om uw persoonsgegevens in te zien.', 'right-access', 'present'],
    ['nl', 'Klik op de knop om de foto’s van de kamers in te zien.', 'right-access', 'absent'],
    ['fr', 'Vos droits peuvent être soumis à des limitations.', 'right-restriction', 'absent'],
    ['en', 'Your phone number is optional.', 'statutory-contractual-requirement', 'present'],
    ['en', 'Dark mode is optional.', 'statutory-contractual-requirement', 'absent'],
    ['fr', 'Vos données sont hébergées dans l’Union européenne.', 'international-transfers', 'present'],
    ['fr', 'Si vous résidez dans l’Union européenne, le RGPD s’applique.', 'international-transfers', 'absent'],
  ])('%s: a short cue counts beside what it is about: %s', (language, sentence, id, expected) => {
    expect(statusOf([sentence], id, language as Language)).toBe(expected);
  });

  it('a short unpunctuated line works as a heading in plain text', () => {
    expect(statusOf(['Who we are', 'Harbour Books Ltd', '12 Quay Street, Galway H91 X2Y4'], 'controller-identity', 'en')).toBe('present');
  });

  it('applies English cues to a document in another language (English headings are common)', () => {
    const facts = detect(['# Politique de confidentialité', 'Nous traitons vos données pour gérer vos commandes et les livrer à votre adresse.', '## Data retention', 'Les factures sont conservées dix ans, puis elles sont détruites.'], undefined);
    expect(facts.language).toBe('fr');
    expect(facts.elements.retention!.status).toBe('present');
    expect(facts.attributes.retentionDays).toEqual([3650]);
  });

  it('points evidence at the matched words', () => {
    const facts = detect(['We sell books.', 'Invoices are kept for 10 years.'], 'en');
    expect(facts.elements.retention!.evidence).toEqual([{ line: 2, column: 14, text: 'Invoices are kept for 10 years.' }]);
  });
});

describe('detectElements: adequacy', () => {
  it.each([
    ['retention', 'en', ['## How long we keep your data', 'We keep your data as long as necessary.'], 'partial'],
    ['retention', 'en', ['## How long we keep your data', 'We keep your data as long as necessary, and at most 3 years after your last order.'], 'present'],
    ['retention', 'fr', ['## Durée de conservation', 'Vos données sont conservées jusqu’à votre désinscription.'], 'present'],
    ['right-complaint', 'en', ['You have the right to lodge a complaint.'], 'partial'],
    ['right-complaint', 'en', ['You have the right to lodge a complaint with a supervisory authority.'], 'present'],
    ['legitimate-interests', 'fr', ['Ce traitement repose sur notre intérêt légitime.'], 'partial'],
    ['legitimate-interests', 'fr', ['Ce traitement repose sur notre intérêt légitime à prévenir la fraude.'], 'present'],
    ['legitimate-interests', 'de', ['Wir verarbeiten Ihre Daten aufgrund Ihrer Einwilligung, zur Vertragserfüllung, zur Erfüllung rechtlicher Pflichten und zur Wahrung unserer berechtigten Interessen.'], 'absent'],
    ['legitimate-interests', 'en', ['We rely on your consent, the contract or our legitimate interest in preventing fraud.'], 'present'],
    ['policy-date', 'en', ['## Changes', 'We may update this policy from time to time.'], 'absent'],
    ['policy-date', 'en', ['Last updated: 3 March 2024'], 'present'],
  ])('%s (%s) in %j is %s', (id, language, lines, expected) => {
    expect(statusOf(lines, id, language as Language)).toBe(expected);
  });

  it('flags retention that is only vague', () => {
    expect(detect(['## Retention', 'We keep your data as long as necessary.'], 'en').attributes.vagueRetention).toBe(true);
    expect(detect(['## Retention', 'We keep your data for 2 years.'], 'en').attributes.vagueRetention).toBe(false);
  });

  it('names the authorities, legal bases and date it found', () => {
    const facts = detect(['Dernière mise à jour : 21 novembre 2019', 'Base légale : votre consentement (article 6.1.a du RGPD).', 'Vous pouvez introduire une réclamation auprès de la CNIL.'], 'fr');
    expect(facts.attributes).toMatchObject({ date: '2019-11-21', authorities: ['CNIL'], legalBases: ['consent'] });
    expect(facts.context.consentBasis).toBe(true);
  });
});

describe('detectElements: article citations', () => {
  it.each([
    ['en', 'The processing is based on Art. 6(1)(f) GDPR.', 'legitimate-interests'],
    ['en', 'We rely on Article 6(1)(b) UK GDPR.', 'contract'],
    ['fr', 'Ce traitement repose sur l’article 6.1.c du RGPD.', 'legal-obligation'],
    ['de', 'Rechtsgrundlage ist Art. 6 Abs. 1 lit. a DSGVO.', 'consent'],
    ['es', 'La base es el artículo 6.1.b) del RGPD.', 'contract'],
    ['it', 'Il trattamento si basa sull’art. 6, par. 1, lett. e) GDPR.', 'public-task'],
    ['nl', 'De grondslag is artikel 6 lid 1 sub f AVG.', 'legitimate-interests'],
  ])('%s: %s names %s', (language, sentence, ground) => {
    const facts = detect([sentence], language as Language);
    expect(facts.elements['legal-basis']!.status).toBe('present');
    expect(facts.attributes.legalBases).toContain(ground);
  });
});

describe('detectElements: durations', () => {
  it.each([
    ['fr', 'Les cookies sont conservés 13 mois.', 395],
    ['de', 'Die Daten werden nach 3 Jahren gelöscht.', 1095],
    ['en', 'Analytics data is kept for 25 months.', 760],
    ['fr', 'Les factures sont conservées dix ans.', 3650],
    ['it', 'I dati sono conservati per 24 mesi.', 730],
    ['nl', 'Wij bewaren uw gegevens 2 jaar.', 730],
    ['fr', 'Les données sont conservées pendant un an.', 365],
    ['es', 'Los datos se conservarán durante 30 días.', 30],
    ['de', 'Server-Logfiles werden nach sieben Tagen gelöscht.', 7],
    ['en', 'Logs are deleted after 48 hours.', 2],
    ['fr', 'Elles sont conservées treize (13) mois au plus.', 395],
  ])('%s: %s → %i days', (language, sentence, days) => {
    expect(detect(['## Retention', sentence], language as Language).attributes.retentionDays).toEqual([days]);
  });
});

describe('detectElements: services and context', () => {
  it('maps named services to their vendor and where they process data', () => {
    const facts = detect(['Nous mesurons l’audience avec Matomo, hébergé chez nous.', 'Les paiements sont traités par Stripe.'], 'fr');
    expect(facts.attributes.services).toEqual([
      { name: 'Matomo', vendorId: 'matomo', outsideEEA: false, line: 1, column: 31 },
      { name: 'Stripe', vendorId: 'stripe', outsideEEA: true, line: 2, column: 32 },
    ]);
    expect(facts.context.transfers).toBe(true);
  });

  it('sets the conditions profiles reason on', () => {
    const quiet = detect(['We sell books.'], 'en').context;
    expect(Object.values(quiet).every((value) => value === false)).toBe(true);
    const busy = detect([
      'We send you our newsletter with your consent.',
      'We rely on our legitimate interest in preventing fraud.',
      'We obtain your data from credit reference agencies.',
      'Our app is designed for children aged 8 to 12, with parental consent.',
      'An algorithm decides automatically whether your loan application is accepted.',
    ], 'en').context;
    expect(busy).toEqual({
      consentBasis: true,
      legitimateInterests: true,
      transfers: false,
      indirectCollection: true,
      directMarketing: true,
      children: true,
      automatedDecisions: true,
    });
  });

  it('records contact channels by kind', () => {
    const facts = detect(['Write to us at privacy@example.org, call +33 1 23 45 67 89 or visit https://example.org/contact.', 'Our office: 14 rue des Tanneurs, 37000 Tours.'], 'fr');
    expect(facts.attributes.contacts.map((contact) => contact.kind).sort()).toEqual(['email', 'phone', 'postal', 'postal', 'url']);
  });
});

describe('detectElements: options', () => {
  it('uses the language it is given and the definitions it is given', () => {
    const document = buildDocument([{ text: 'Wir speichern Ihre Daten zwei Jahre.' }]);
    const facts = detectElements(document, {
      language: 'de',
      elements: [
        {
          id: 'retention',
          title: 'Retention period',
          articles: ['GDPR Art. 13(2)(a)'],
          tags: ['gdpr-art13-2a', 'cat.retention'],
          helpUrl: 'https://gdpr-info.eu/art-13-gdpr/',
          message: { missing: { en: 'x'.repeat(10), fr: 'x'.repeat(10), de: 'x'.repeat(10), es: 'x'.repeat(10), it: 'x'.repeat(10), nl: 'x'.repeat(10) }, partial: { en: 'x'.repeat(10), fr: 'x'.repeat(10), de: 'x'.repeat(10), es: 'x'.repeat(10), it: 'x'.repeat(10), nl: 'x'.repeat(10) } },
          cues: { de: { strong: ['speichern ... jahre'] } },
        },
      ],
    });
    expect(facts.language).toBe('de');
    expect(Object.keys(facts.elements)).toEqual(['retention']);
    expect(facts.elements.retention!.status).toBe('present');
  });

  it('says nothing of an empty document', () => {
    const facts = detectElements(buildDocument([]));
    expect(facts.language).toBeNull();
    expect(Object.values(facts.elements).every((element) => element.status === 'absent')).toBe(true);
  });
});
