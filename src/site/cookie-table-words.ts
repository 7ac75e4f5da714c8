/**
 * Words of cookie tables in the six languages: what their header cells say (name, provider, purpose, lifetime,
 * category) and the words of the four purpose categories of the cookie knowledge base. Folded like the text they
 * are compared with.
 */
import type { Category } from '../consent/classify-knowledge-base.js';

export type ColumnKind = 'name' | 'provider' | 'purpose' | 'lifetime' | 'category';

/** Tried in this order: `Cookie provider` is a provider column and `Type de cookie` a category column, not names. */
export const COLUMN_WORDS: [ColumnKind, string[]][] = [
  [
    'lifetime',
    [
      'duration', 'lifetime', 'expiry', 'expiration', 'expires', 'retention', 'storage period', 'validity', 'max age',
      'duree', 'duree de conservation', 'duree de vie', 'validite', 'conservation',
      'speicherdauer', 'laufzeit', 'ablauf', 'ablaufdatum', 'gultigkeit', 'dauer', 'speicherfrist',
      'duracion', 'caducidad', 'vencimiento', 'expiracion', 'conservacion', 'plazo',
      'durata', 'scadenza', 'conservazione',
      'bewaartermijn', 'bewaarduur', 'looptijd', 'vervaltijd', 'vervaldatum', 'geldigheid', 'duur', 'opslagduur',
    ],
  ],
  [
    'provider',
    [
      'provider', 'vendor', 'supplier', 'third party', 'set by', 'source', 'service', 'host', 'domain', 'owner', 'company', 'origin',
      'fournisseur', 'emetteur', 'editeur', 'tiers', 'partenaire', 'domaine', 'societe', 'origine',
      'anbieter', 'dienst', 'dienstanbieter', 'herkunft', 'quelle', 'domane', 'drittanbieter',
      'proveedor', 'titular', 'dominio', 'servicio', 'empresa', 'origen',
      'fornitore', 'terza parte', 'terze parti', 'titolare', 'servizio',
      'aanbieder', 'leverancier', 'partij', 'derde partij', 'domein', 'herkomst',
    ],
  ],
  [
    'purpose',
    [
      'purpose', 'purposes', 'description', 'function', 'use', 'used for', 'what it does',
      'finalite', 'finalites', 'objet', 'utilite', 'fonction', 'but', 'utilisation',
      'zweck', 'zwecke', 'beschreibung', 'funktion', 'verwendungszweck', 'verwendung',
      'finalidad', 'descripcion', 'proposito', 'uso', 'funcion',
      'finalita', 'descrizione', 'scopo', 'funzione', 'utilizzo',
      'doel', 'doeleinde', 'beschrijving', 'functie', 'gebruik',
    ],
  ],
  ['category', ['category', 'type', 'kind', 'categorie', 'kategorie', 'art', 'typ', 'categoria', 'tipo', 'tipologia', 'soort']],
  [
    'name',
    [
      'cookie', 'cookies', 'name', 'cookie name', 'nom', 'nom du cookie', 'traceur', 'nom du traceur', 'nombre', 'nome', 'naam',
      'cookienaam', 'identifier', 'key', 'cle', 'bezeichnung', 'denominazione', 'denominacion',
    ],
  ],
];

/** A word that starts one of these is about cookies: `cookie`, `cookiebeleid`, `Cookie-Richtlinie`, `traceurs`. */
export const COOKIE_WORD_PREFIXES = ['cookie', 'traceur', 'temoin', 'tracker'];

export const CATEGORY_WORDS: [Category, string[]][] = [
  [
    'strictly-necessary',
    [
      'strictly necessary', 'necessary', 'essential', 'technical', 'required',
      'necessaire', 'necessaires', 'strictement necessaires', 'essentiel', 'essentiels', 'technique', 'techniques', 'fonctionnement',
      'notwendig', 'notwendige', 'erforderlich', 'erforderliche', 'essenziell', 'essenzielle', 'technisch', 'technische',
      'necesaria', 'necesarias', 'tecnica', 'tecnicas', 'esencial', 'esenciales', 'imprescindibles',
      'necessario', 'necessari', 'strettamente necessari', 'tecnico', 'tecnici', 'essenziale', 'essenziali',
      'noodzakelijk', 'noodzakelijke', 'essentieel', 'essentiele',
    ],
  ],
  [
    'functional',
    [
      'functional', 'functionality', 'preferences', 'preference',
      'fonctionnel', 'fonctionnels', 'personnalisation',
      'funktional', 'funktionale', 'funktionell', 'praferenzen', 'komfort',
      'funcional', 'funcionales', 'preferencias', 'personalizacion',
      'funzionali', 'funzionalita', 'preferenze',
      'functioneel', 'functionele', 'voorkeuren', 'voorkeur',
    ],
  ],
  [
    'analytics',
    [
      'analytics', 'analytical', 'analytic', 'statistics', 'statistical', 'performance', 'measurement', 'audience measurement',
      'mesure d audience', 'statistiques', 'analytiques', 'analyse', 'audience',
      'statistik', 'statistiken', 'reichweitenmessung', 'webanalyse',
      'analitica', 'analiticas', 'analiticos', 'estadisticas', 'rendimiento', 'medicion',
      'analitici', 'analitiche', 'statistici', 'statistiche', 'prestazioni',
      'analytische', 'analytisch', 'statistieken', 'statistische',
    ],
  ],
  [
    'marketing',
    [
      'marketing', 'advertising', 'advertisement', 'ads', 'targeting', 'retargeting', 'remarketing', 'tracking', 'profiling',
      'publicite', 'publicitaire', 'publicitaires', 'ciblage',
      'werbung', 'werbe', 'werbezwecke',
      'publicidad', 'publicitarias', 'publicitarios',
      'pubblicita', 'pubblicitari', 'profilazione',
      'advertentie', 'advertenties', 'reclame',
    ],
  ],
];

/** A sentence with one of these says what the site does not do (`we use no advertising cookies`). */
export const NEGATION_WORDS = new Set([
  'not', 'no', 'never', 'none', 'without',
  'ne', 'pas', 'aucun', 'aucune', 'jamais', 'sans',
  'kein', 'keine', 'keinen', 'keiner', 'nicht', 'nie', 'niemals', 'ohne',
  'ningun', 'ninguna', 'ninguno', 'nunca', 'sin',
  'non', 'mai', 'nessun', 'nessuna', 'nessuno', 'senza',
  'geen', 'niet', 'nooit', 'zonder',
]);
