/**
 * French, Spanish and Italian phrasing families: access control that is not the right of access, the controller's
 * own identifying data, a DPO that need not or was not appointed, third-party cookies in a browser menu, essential
 * cookies that are not mandatory data, cookies left to a page named in a menu or in quotes, university students who
 * are not minors, legitimate interest that is not relied on, and where the data comes from (given by the person,
 * entered in a form, received from a doctor), beside a supplier that provides software, which is no source.
 */
import { describe, expect, it } from 'vitest';
import { check, statusOf } from './phrasing-cases.js';

describe('access control is not the right of access', () => {
  check([
    ['es', 'right-access', ['# Seguridad', 'El acceso a los datos está restringido al personal autorizado y protegido con contraseña.'], 'absent'],
    ['es', 'right-access', ['# Seguridad', 'Solo tienen acceso a los datos las personas que los necesitan para su trabajo.'], 'absent'],
    ['es', 'right-access', ['# Seguridad', 'Aplicamos controles de acceso para evitar el acceso no autorizado a sus datos.'], 'absent'],
    ['es', 'right-access', ['# Derechos', 'Puede solicitar el acceso a sus datos escribiendo a privacidad@ejemplo.es.'], 'present'],
  ]);
});

describe("the controller's own identifying data are not data categories", () => {
  check([
    ['es', 'data-categories', ['# Responsable', 'Sus datos identificativos (denominación, CIF y domicilio social) figuran en el Aviso Legal.'], 'absent'],
    ['es', 'data-categories', ['# Responsable', 'Los datos identificativos del titular de la web se recogen en la nota legal.'], 'absent'],
    ['es', 'data-categories', ['# Qué datos tratamos', 'Tratamos sus datos identificativos (nombre, apellidos y DNI) y su domicilio.'], 'present'],
  ]);
});

describe("the controller's duty to appoint a DPO is not a requirement to provide data", () => {
  check([
    ['es', 'statutory-contractual-requirement', ['# Delegado', 'La asociación no está obligada a designar un Delegado de Protección de Datos.'], 'absent'],
    ['es', 'statutory-contractual-requirement', ['# Formularios', 'No está obligado a facilitarnos sus datos, pero sin ellos no podremos responderle.'], 'present'],
  ]);
});

describe('a DPO whose appointment did not take place is denied', () => {
  check([
    ['it', 'dpo-contact', ['# Titolare', "Il Titolare non ha proceduto alla nomina del Responsabile della Protezione dei Dati, non ricorrendone i presupposti."], 'absent'],
    ['it', 'dpo-contact', ['# Titolare', 'Lo Studio non è soggetto alla designazione del responsabile della protezione dei dati.'], 'absent'],
    ['it', 'dpo-contact', ['# RPD', 'Il Responsabile della Protezione dei Dati è raggiungibile a rpd@esempio.it.'], 'present'],
  ]);
});

describe('third-party cookies in a browser menu are not recipients', () => {
  check([
    ['es', 'recipients', ['# Cookies', 'Google Chrome: Configuración > Privacidad y seguridad > Cookies de terceros.'], 'absent'],
    ['es', 'recipients', ['# Destinatarios', 'Sus datos se comunicarán a la gestoría que lleva nuestra contabilidad.'], 'present'],
  ]);
});

describe('essential cookies are not mandatory data', () => {
  check([
    ['fr', 'statutory-contractual-requirement', ['# Cookies', 'Des cookies peuvent être déposés. Certains sont indispensables (panier, connexion) et ne nécessitent pas votre accord.'], 'absent'],
    ['fr', 'statutory-contractual-requirement', ['# Cookies', 'Les cookies de session sont indispensables au fonctionnement du site.'], 'absent'],
    ['fr', 'statutory-contractual-requirement', ['# Formulaire', 'Les champs marqués d’un astérisque sont indispensables pour traiter votre demande.'], 'present'],
  ]);
});

describe('cookies named only as a page of the menu or in quotes', () => {
  check([
    ['fr', 'cookies', ['# Bas de page', 'Plan du site | Mentions légales | Politique cookies | Nous contacter'], 'absent'],
    ['es', 'cookies', ['# Pie', 'Aviso legal | Política de cookies | Contacto'], 'absent'],
    ['it', 'cookies', ['# Sito web', 'I dati di navigazione sono trattati secondo apposita informativa, consultabile alla pagina "Privacy e cookie" in calce al portale.'], 'absent'],
    ['it', 'cookies', ['# Sito', "L'informativa sui dati di navigazione si trova nella sezione Privacy & Cookie del sito."], 'absent'],
    ['it', 'cookies', ['# Cookie', 'Usiamo cookie tecnici di sessione, che scadono alla chiusura del browser.'], 'present'],
    ['fr', 'cookies', ['# Cookies', 'Nous utilisons des cookies de mesure d’audience, déposés pour 13 mois.'], 'present'],
  ]);
});

describe('university students are not minors', () => {
  check([
    ['it', 'children', ['# Finalità', 'Gestione della carriera degli studenti iscritti ai corsi di laurea.'], 'absent'],
    ['it', 'children', ['# Minori', 'Per gli studenti minorenni il consenso è prestato dai genitori.'], 'present'],
  ]);
});

describe('legitimate interest that is not relied on', () => {
  check([
    ['it', 'legitimate-interests', ['# Base giuridica', "In quanto autorità pubblica, l'Ente non fonda i trattamenti svolti nell'esecuzione dei compiti sul legittimo interesse."], 'absent'],
    ['it', 'legitimate-interests', ['# Base giuridica', 'Il legittimo interesse a prevenire le frodi giustifica i controlli sui pagamenti.'], 'present'],
  ]);
});

describe('where the data comes from', () => {
  check([
    ['it', 'data-source', ['# Dati trattati', 'I dati sono quelli da Lei stesso forniti al momento della prima visita.'], 'present'],
    ['it', 'data-source', ['# Dati trattati', 'Alcuni dati possono pervenire allo Studio dal Suo medico curante.'], 'present'],
    ['it', 'data-source', ['# Commenti', 'Il sito registra i dati che inserisci nel modulo dei commenti.'], 'present'],
    ['it', 'data-source', ['# Dati trattati e loro provenienza', 'Trattiamo i dati raccolti durante le visite.'], 'present'],
    ['it', 'data-source', ['# Dati trattati', 'Trattiamo nome, cognome e indirizzo e-mail per rispondere alle richieste.'], 'absent'],
    ['es', 'data-source', ['# Destinatarios', 'Tienen acceso a los datos la empresa que nos proporciona el programa de gestión y el proveedor de alojamiento.'], 'absent'],
    ['es', 'data-source', ['# Origen', 'Tratamos los datos que nos proporciona al rellenar el formulario.'], 'present'],
  ]);
});

it('a pointer to the page "Privacy e cookie" does not hide cookies the notice describes itself', () => {
  const lines = [
    '# Cookie',
    'Il sito usa cookie tecnici di sessione e cookie statistici di Google Analytics, conservati per 14 mesi.',
    'Il testo completo è consultabile alla pagina "Privacy e cookie".',
  ];
  expect(statusOf('it', 'cookies', lines)).toBe('present');
});
