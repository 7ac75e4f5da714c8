/**
 * French, Spanish and Italian phrasing families: access control that is not the right of access, the controller's
 * own identifying data, a DPO that need not or was not appointed, third-party cookies in a browser menu, essential
 * cookies that are not mandatory data, cookies left to a page named in a menu or in quotes, university students who
 * are not minors, legitimate interest that is not relied on, and where the data comes from (given by the person,
 * entered in a form, received from a doctor), beside a supplier that provides software, which is no source; the
 * controller named as responsible for the data, rights reserved by the controller that are no rights of the person,
 * unsubscribing at any time, rights in the words of the law, data hosted only in France, staff who see the data.
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

describe('a requirement must speak of data the person provides', () => {
  check([
    ['fr', 'statutory-contractual-requirement', ['# Liens', 'Les liens marqués d’un astérisque renvoient vers des sites partenaires.'], 'absent'],
    ['fr', 'statutory-contractual-requirement', ['# Formulaire', 'Les champs marqués d’un astérisque sont obligatoires ; sans eux, nous ne pourrons pas traiter votre demande.'], 'present'],
    ['es', 'statutory-contractual-requirement', ['# Enlaces', 'Los enlaces marcados con un asterisco llevan a sitios de terceros.'], 'absent'],
    ['es', 'statutory-contractual-requirement', ['# Formulario', 'Los campos marcados con un asterisco son obligatorios; sin ellos no podremos atender su solicitud.'], 'present'],
    ['it', 'statutory-contractual-requirement', ['# Link', 'I link contrassegnati con asterisco rimandano a siti di terzi.'], 'absent'],
    ['it', 'statutory-contractual-requirement', ['# Modulo', 'I campi contrassegnati con asterisco sono obbligatori: senza di essi non potremo rispondere alla richiesta.'], 'present'],
  ]);
});

describe('who else sees the data is not the right of access', () => {
  check([
    ['es', 'right-access', ['# Quién más puede ver tus datos', 'Solo los proveedores técnicos que alojan la app y las autoridades con una orden judicial.'], 'absent'],
    ['fr', 'right-access', ['# Qui a accès à vos données ?', 'Seuls les membres du bureau reçoivent la liste des adhérents.'], 'absent'],
    ['it', 'right-access', ['# Chi può vedere i tuoi dati', 'Solo il personale dello studio e il nostro fornitore di hosting.'], 'absent'],
    ['it', 'right-access', ['# I tuoi diritti', "Puoi chiedere l'accesso ai tuoi dati e una copia in qualsiasi momento."], 'present'],
  ]);
});

describe('a cookie policy that governs the site from another page', () => {
  check([
    ['fr', 'cookies', ['# Site', 'La navigation sur notre site est régie par la Politique de gestion des cookies accessible en bas de chaque page.'], 'absent'],
    ['fr', 'cookies', ['# Site', "L'utilisation du site est soumise à notre politique cookies, disponible en pied de page."], 'absent'],
    ['es', 'cookies', ['# Web', 'La navegación por nuestra web se rige por el aviso legal y la Política de Cookies, accesibles al pie de cada página.'], 'absent'],
    ['fr', 'cookies', ['# Cookies', "Nous utilisons des cookies de mesure d'audience (Matomo) ; vous pouvez les refuser depuis le bandeau."], 'present'],
  ]);
});

describe('an instruction in brackets is template text', () => {
  check([
    ['it', 'purposes', ['# Perché trattiamo i tuoi dati', "[Descrivere le finalità del trattamento e le relative basi giuridiche ai sensi dell'art. 6 GDPR]"], 'absent'],
    ['it', 'legal-basis', ['# Perché trattiamo i tuoi dati', "[Descrivere le finalità del trattamento e le relative basi giuridiche ai sensi dell'art. 6 GDPR]"], 'absent'],
    ['fr', 'purposes', ['# Finalités', '[Décrire les finalités du traitement et leur base légale]'], 'absent'],
    ['es', 'purposes', ['# Finalidades', '[Indicar las finalidades del tratamiento y su base jurídica]'], 'absent'],
  ]);
});

describe('backups overwritten after deletion are no security measure', () => {
  check([
    ['it', 'security', ['# Conservazione', "Se elimini l'account, i dati vengono cancellati entro 30 giorni; le copie di backup vengono sovrascritte entro i successivi 60 giorni."], 'absent'],
    ['es', 'security', ['# Conservación', 'Los datos se borrarán de las copias de seguridad en un plazo de 90 días.'], 'absent'],
    ['it', 'security', ['# Sicurezza', 'Effettuiamo backup giornalieri dei dati su server in Germania.'], 'present'],
  ]);
});

describe('the time needed to verify accuracy under restriction is no retention period', () => {
  check([
    ['fr', 'retention', ['# Droits', "Vous disposez d'un droit à la limitation du traitement, par exemple pendant le temps nécessaire à la vérification d'une donnée dont vous contestez l'exactitude."], 'absent'],
    ['es', 'retention', ['# Derechos', 'Puede solicitar la limitación del tratamiento durante el tiempo necesario para verificar la exactitud de sus datos.'], 'absent'],
    ['it', 'retention', ['# Diritti', "Può chiedere la limitazione del trattamento per il tempo necessario a verificare l'esattezza dei dati."], 'absent'],
  ]);
});

describe('a controller named only by its role, or left to the legal notice', () => {
  check([
    ['fr', 'controller-identity', ['# Charte', "L'éditeur du site (ci-après « l'Éditeur » ou « nous ») attache une grande importance à votre vie privée. Les informations légales concernant l'Éditeur sont disponibles dans la rubrique « Mentions légales ».", 'Écrivez-nous à contact@popote.example.'], 'absent'],
    ['fr', 'controller-identity', ['# Charte', "L'éditeur du Service (ci-après « l'Éditeur » ou « nous ») est la société Popote SAS, 12 rue des Lilas, 69001 Lyon.", 'Écrivez-nous à contact@popote.example.'], 'present'],
    ['fr', 'controller-identity', ['# Qui sommes-nous', 'Le Club des Randonneurs du Lac est une association régie par la loi du 1er juillet 1901, déclarée en préfecture du Rhône. Il est responsable du fichier de ses adhérents.', 'Contact : bureau@randolac.example'], 'present'],
  ]);
});

describe('an informal Italian policy speaks in the first person', () => {
  check([
    ['it', 'purposes', ['# Cosa ne facciamo', 'Usiamo questi dati per:', '- farti accedere all’app;', '- mostrarti le tue statistiche.'], 'present'],
    ['it', 'right-rectification', ['# Le tue scelte', 'Puoi correggere nome, email e peso quando vuoi, dalla sezione Profilo.'], 'present'],
    ['it', 'legal-basis', ['# Dati sulla salute', 'Li trattiamo solo se al primo avvio hai dato il tuo consenso esplicito.'], 'present'],
    ['it', 'purposes', ['# Chi siamo', 'Ritmo è un’app per allenarsi a casa.'], 'absent'],
  ]);
});

describe('the controller named as responsible for the data, beside what the user is responsible for', () => {
  check([
    ['fr', 'controller-identity', ['# Qui est responsable ?', "L'association Les Amis du Quai (association loi 1901) est responsable des informations personnelles que nous enregistrons."], 'present'],
    ['fr', 'controller-identity', ['# Responsable', 'Les données sont collectées par la société Dupont Services SARL, 12 rue des Lilas, 75011 Paris.'], 'present'],
    ['fr', 'controller-identity', ['# Conditions', 'Vous êtes responsable des informations que vous publiez sur le forum.'], 'absent'],
  ]);
});

describe('a reserved right to withdraw content or amend the notice is no right of the person', () => {
  check([
    ['es', 'right-withdraw-consent', ['**7. DERECHOS**', 'Puede ejercer sus derechos de acceso.', '**8. COMENTARIOS**', 'El titular se reserva el derecho a no publicar o a retirar, sin previo aviso, los comentarios ofensivos.'], 'absent'],
    ['es', 'right-withdraw-consent', ['# Derechos', 'Puede retirar su consentimiento en cualquier momento.'], 'present'],
    ['it', 'right-rectification', ['6. DIRITTI DELL\'INTERESSATO', 'Può opporsi al trattamento.', 'AGGIORNAMENTO AL REGOLAMENTO (UE) 2016/679', 'Dal 25 maggio 2018 si applica il Regolamento.'], 'absent'],
    ['it', 'right-rectification', ['# Modifiche', 'Il Titolare si riserva di modificare la presente informativa in qualsiasi momento.'], 'absent'],
    ['it', 'right-rectification', ['# Diritti', "L'interessato può ottenere l'aggiornamento, la rettificazione ovvero l'integrazione dei dati."], 'present'],
  ]);
});

describe('unsubscribing at any time withdraws consent', () => {
  check([
    ['fr', 'right-withdraw-consent', ['# Lettre', 'Vous pouvez vous désinscrire à tout moment grâce au lien présent dans chaque lettre.'], 'present'],
    ['es', 'right-withdraw-consent', ['# Boletín', 'Puede darse de baja en cualquier momento pulsando el enlace al pie de cada correo.'], 'present'],
    ['it', 'right-withdraw-consent', ['# Newsletter', 'Può disiscriversi in qualsiasi momento cliccando sul link presente in ogni email.'], 'present'],
    ['fr', 'right-withdraw-consent', ['# Compte', 'Vous pouvez supprimer votre compte à tout moment depuis votre espace.'], 'absent'],
  ]);
});

describe('rights in the words of the law and of supervisory authorities', () => {
  check([
    ['it', 'right-access', ['# Diritti', "L'interessato ha il diritto di ottenere dal titolare la conferma che sia o meno in corso un trattamento di dati personali che lo riguardano."], 'present'],
    ['fr', 'right-rectification', ['# Droits', 'Vous pouvez demander que vos données soient mises à jour ou complétées.'], 'present'],
    ['fr', 'right-rectification', ['# Politique', 'Les présentes mentions peuvent être mises à jour à tout moment.'], 'absent'],
    ['fr', 'right-restriction', ['# Droits', "Vous pouvez demander le gel temporaire de l'utilisation de vos données."], 'present'],
  ]);
});

describe('where data is hosted, who sees it, where it comes from, and profiles not drawn up', () => {
  check([
    ['fr', 'international-transfers', ['# Hébergement', 'Vos données sont hébergées exclusivement en France.'], 'present'],
    ['fr', 'international-transfers', ['# Hébergement', 'Le site est hébergé par OVH.'], 'absent'],
    ['it', 'recipients', ['# Ambito', 'I dati sono accessibili ai dipendenti e collaboratori del Titolare, nella loro qualità di incaricati del trattamento.'], 'present'],
    ['fr', 'data-source', ['# Origine', 'Les données sont recueillies lors de votre inscription.'], 'present'],
    ['es', 'automated-decision-making', ['# Decisiones', 'No elaboramos perfiles.'], 'present'],
  ]);
});
