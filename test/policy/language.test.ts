import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/policy/language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'We collect your name and email address when you register, and we use them to manage your account and send you our newsletter.'],
    ['fr', 'Nous collectons vos nom et adresse e-mail lors de votre inscription et nous les utilisons pour gérer votre compte et vous envoyer notre lettre.'],
    ['de', 'Wir erheben Ihren Namen und Ihre E-Mail-Adresse bei der Registrierung und nutzen sie, um Ihr Konto zu verwalten und Ihnen den Newsletter zu senden.'],
    ['es', 'Recogemos su nombre y su correo electrónico cuando se registra y los usamos para gestionar su cuenta y enviarle nuestro boletín por correo.'],
    ['it', 'Raccogliamo il tuo nome e il tuo indirizzo email quando ti registri e li usiamo per gestire il tuo account e inviarti la nostra newsletter della settimana.'],
    ['nl', 'Wij verzamelen uw naam en e-mailadres wanneer u zich registreert en gebruiken die om uw account te beheren en u onze nieuwsbrief te sturen.'],
  ])('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('says nothing about a text too short to tell', () => {
    expect(detectLanguage('Cookies')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });

  it('lets the declared language break a near tie, but not override a clear majority', () => {
    const mixed = 'Nous utilisons des cookies pour le site. We use cookies and you can refuse them.';
    expect(detectLanguage(mixed, 'fr-BE')).toBe('fr');
    expect(detectLanguage(mixed, 'en')).toBe('en');
    const english = 'We collect your name and email address when you register, and we use them to manage your account.';
    expect(detectLanguage(english, 'de')).toBe('en');
    expect(detectLanguage('Cookies', 'nl')).toBe('nl');
  });

  it('ignores a declared language it does not know', () => {
    expect(detectLanguage('Cookies', 'pt-BR')).toBeNull();
  });
});
