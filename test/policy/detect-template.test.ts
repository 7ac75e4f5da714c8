/**
 * What stands where a policy should say something: template text, a heading with nothing real under it, a website
 * link or an authority's phone number where the controller's contact should be, a pointer to another document.
 */
import { describe, expect, it } from 'vitest';
import { statusOf } from './phrasing-cases.js';

describe('template text where the controller should be named', () => {
  it('leaves a "who we are" heading over a template empty, whatever link or address stands beside it', () => {
    const lines = [
      '# Privacy policy',
      '## Who we are',
      'The data controller is [Company name], registered at [address].',
      'For any question about your data, e-mail hello@shop.example.',
      '## What we collect',
      'Your name and e-mail address.',
    ];
    expect(statusOf('en', 'controller-identity', lines)).toBe('absent');
    // The e-mail address is real: the contact is given.
    expect(statusOf('en', 'controller-contact', lines)).toBe('present');
  });

  it('still names the controller when the heading is over real text', () => {
    const lines = ['# Privacy policy', '## Who we are', 'Wick Candles Ltd, 4 Mill Lane, Bath.', 'E-mail hello@wick.example.'];
    expect(statusOf('en', 'controller-identity', lines)).toBe('present');
  });

  it('counts a whole bracketed note as template text, not only the placeholder phrase in it', () => {
    const lines = ['# Politique de confidentialité', '## Durée de conservation', '[À compléter par le bureau – voir avec le trésorier]', '## Vos droits', 'Vous pouvez demander l’accès à vos données.'];
    expect(statusOf('fr', 'retention', lines)).toBe('absent');
  });

  it('takes from template text only its own clause and the values it stands for', () => {
    const lines = [
      '# Política de privacidad',
      '## Derechos',
      'Si desea que corrijamos o borremos sus datos, puede solicitarlo por escrito a la siguiente dirección: [DIRECCIÓN COMPLETA].',
    ];
    // The rights are stated in their own clause; the address is the template's.
    expect(statusOf('es', 'right-rectification', lines)).toBe('present');
    expect(statusOf('es', 'right-erasure', lines)).toBe('present');
    expect(statusOf('es', 'controller-contact', lines)).toBe('absent');
  });

  it('leaves a cue in the clause of template text unsaid', () => {
    const lines = ['# Privacyverklaring', '## Doeleinden', '[Bedrijfsnaam] verwerkt uw persoonsgegevens uitsluitend voor de volgende doeleinden:', '- [doel 1]', '- [doel 2]'];
    expect(statusOf('nl', 'purposes', lines)).toBe('absent');
    const filled = ['# Privacyverklaring', '## Doeleinden', '[Bedrijfsnaam] verwerkt uw persoonsgegevens uitsluitend voor de volgende doeleinden:', '- het afhandelen van uw bestelling', '- het verzenden van onze nieuwsbrief'];
    expect(statusOf('nl', 'purposes', filled)).toBe('present');
  });
});

describe('a controller named only generically or elsewhere', () => {
  it('takes neither a website address nor a pointer to the legal notice for a name', () => {
    expect(statusOf('en', 'controller-identity', ['# Privacy policy', '## Who we are', 'Our website address is: https://crumbs.example.'])).toBe('absent');
    const pointer = ['# Datenschutzerklärung', '## Wer wir sind', 'Verantwortlich im Sinne der DSGVO ist die im Impressum genannte Person. Dort findest du auch die Kontaktdaten.'];
    expect(statusOf('de', 'controller-identity', pointer)).toBe('absent');
    const named = ['# Datenschutzerklärung', '## Wer wir sind', 'Verantwortlich im Sinne der DSGVO ist Anna Berger, Hauptstraße 4, 67433 Neustadt.'];
    expect(statusOf('de', 'controller-identity', named)).toBe('present');
  });

  it('takes “the author of this blog” for no name, an e-mail address beside it or not', () => {
    const lines = ['# Privacy', '## Chi tratta i dati', 'Il titolare del trattamento dei dati è l’autrice di questo blog. Per domande scrivimi a ciao@blog.example.'];
    expect(statusOf('it', 'controller-identity', lines)).toBe('absent');
    expect(statusOf('it', 'controller-contact', lines)).toBe('present');
  });
});

describe('channels that are no way to reach the controller', () => {
  it('does not take a bare website link for a contact', () => {
    const lines = ['# Privacy policy', '## Who we are', 'Our website address is: https://www.club.example.', '## Your rights', 'You can ask for a copy of your data.'];
    expect(statusOf('en', 'controller-contact', lines)).toBe('absent');
  });

  it('takes a link to a contact page for one', () => {
    const lines = ['# Privacy policy', '## Contact us', 'Write to us through https://www.club.example/contact any time.'];
    expect(statusOf('en', 'controller-contact', lines)).toBe('present');
  });

  it('does not take the supervisory authority’s phone number for the controller’s', () => {
    const lines = [
      '# Privacy policy',
      '## Your rights',
      'You can ask for a copy of your data. To do so, please contact us using the contact information below.',
      'You can also complain to the ICO at ico.org.uk or on 0303 123 1113.',
      '## Contact us',
      'Please contact us by e-mail at [email address].',
    ];
    expect(statusOf('en', 'controller-contact', lines)).toBe('absent');
  });
});

describe('headings with nothing real under them', () => {
  it('needs at least one kind of data under a data-categories heading', () => {
    const lines = ['# Privacy policy', '## Information we collect', 'The information we collect depends on which features you use.', '## Security', 'We encrypt data in transit.'];
    expect(statusOf('en', 'data-categories', lines)).toBe('absent');
    const listed = ['# Privacy policy', '## Information we collect', 'Your name, e-mail address and order history.'];
    expect(statusOf('en', 'data-categories', listed)).toBe('present');
  });

  it('takes a pointer to the cookie policy as a pointer, cues in the same sentence included', () => {
    const lines = ['# Política de privacidad', '## Cookies', 'Para información sobre el uso de cookies en tienda.example, consulta nuestra Política de Cookies.'];
    expect(statusOf('es', 'cookies', lines)).toBe('absent');
  });
});

describe('words used in another sense', () => {
  it('a copy of the transfer safeguards is not the right of access', () => {
    const lines = ['# Privacyverklaring', '## Doorgifte', 'Wij gebruiken de standaardcontractbepalingen. Een kopie van deze bepalingen kun je opvragen via privacy@bureau.example.'];
    expect(statusOf('nl', 'right-access', lines)).toBe('absent');
  });

  it('referral letters in a patient record are no data source', () => {
    const lines = ['# Privacy notice', '## What we hold', '- correspondence – referral letters, discharge summaries and other reports about your care;'];
    expect(statusOf('en', 'data-source', lines)).toBe('absent');
  });
});

describe('letterhead under the document title', () => {
  it('reads the address block under a title that names a subject, registry lines included', () => {
    const lines = [
      '# AVISO LEGAL Y PROTECCIÓN DE DATOS',
      'CLÍNICA DENTAL EJEMPLO, S.L.\nCIF: B-12345678\nCalle Mayor 12, bajo, 46004 Valencia\nTel. 963 000 000 - info@clinica.example\nInscrita en el Registro Mercantil de Valencia, Tomo 1234, Folio 56, Hoja V-78901\nCentro sanitario autorizado con n.º de registro sanitario 46/0000',
      '## PROTECCIÓN DE DATOS',
      'Sus datos se tratan para prestarle la asistencia sanitaria.',
    ];
    expect(statusOf('es', 'controller-contact', lines)).toBe('present');
  });
});
