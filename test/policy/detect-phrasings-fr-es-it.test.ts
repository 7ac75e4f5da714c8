/**
 * French, Spanish and Italian phrasing families: access control that is not the right of access, the controller's
 * own identifying data, a DPO that need not or was not appointed, third-party cookies in a browser menu, essential
 * cookies that are not mandatory data, cookies left to a page named in a menu or in quotes, university students who
 * are not minors, legitimate interest that is not relied on, and where the data comes from (given by the person,
 * entered in a form, received from a doctor), beside a supplier that provides software, which is no source; the
 * controller named as responsible for the data, rights reserved by the controller that are no rights of the person,
 * unsubscribing at any time, rights in the words of the law, data hosted only in France, staff who see the data;
 * older notices (modifying the data, leaving the file), cookies left to a cookie policy, revision and approval dates,
 * data given in a form, a controller named only by its role, channels and credentials that are no data categories,
 * measures taken to guarantee security that are no purpose, and backups that are a weak security cue; purpose, access,
 * identity, address, cookie, security, automation and retention words used of something else (incompatible purposes,
 * staff access, a proof of identity, a client's company name, a browser menu, data collected automatically, a list of
 * processing operations, data minimisation), rights named only as those the law grants, older CNIL wording, and no
 * disclosure except where the law requires it; identity and cookies left to another page, a parish named only by its
 * kind, cookies deleted in the browser or ending with the session, an officer of the controller called 'responsabile',
 * older purpose wording and words of other trades (site supervision, professional services); a DPO weighed and declined,
 * first-person requirement headings, refusal without any consequence, relatives, guests and older people who are no
 * minors, two-factor authentication and confidentiality duties, the controller's own channels, tax numbers and footer
 * menus that are no contact or cookie statement, and authorisations withdrawn at any time;
 * recipients that are none, cookies left to the cookie policy, purposes left to the notice itself, the controller's
 * channels, data asked of the user, audience origin, directions to a venue, who can see the data, and security,
 * retention and dates said of something else.
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
    ['es', 'statutory-contractual-requirement', ['# Datos', 'Estamos obligados por ley a comunicar los datos imprescindibles a la Agencia Tributaria.'], 'absent'],
    ['it', 'statutory-contractual-requirement', ['# Dati', 'Siamo obbligati per legge a comunicare i dati indispensabili alle autorità.'], 'absent'],
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

describe('rectification and erasure in the words of older notices (modification of the data, leaving the file)', () => {
  check([
    ['es', 'right-rectification', ['# Protección de datos', 'El usuario podrá solicitar en cualquier momento la modificación de sus datos escribiendo a info@ejemplo.es.'], 'present'],
    ['es', 'right-erasure', ['# Protección de datos', 'El usuario podrá solicitar su baja del fichero escribiendo a info@ejemplo.es.'], 'present'],
    ['es', 'right-erasure', ['# Protección de datos', 'Puede darse de baja de nuestra base de datos escribiendo a info@ejemplo.es.'], 'present'],
    ['es', 'right-erasure', ['# Newsletter', 'Puede darse de baja de la newsletter en cualquier momento con el enlace de cada envío.'], 'absent'],
    ['es', 'right-rectification', ['# Derechos', 'Puede actualizar o modificar sus datos escribiendo a info@ejemplo.es.'], 'present'],
  ]);
});

describe('cookies used, with the details left to a cookie policy', () => {
  check([
    ['es', 'cookies', ['# Cookies', 'Este sitio web puede utilizar cookies. Para más información, consulte nuestra Política de Cookies.'], 'absent'],
    ['es', 'cookies', ['# Cookies', 'Esta web usa cookies. Puede consultar toda la información en nuestra Política de Cookies.'], 'absent'],
    ['es', 'cookies', ['# Cookies', 'Utilizamos cookies propias para recordar su idioma; puede desactivarlas en su navegador.'], 'present'],
    ['fr', 'cookies', ['# Cookies', 'Ce site peut utiliser des cookies. Pour en savoir plus, consultez notre politique cookies.'], 'absent'],
    ['it', 'cookies', ['# Cookie', 'Questo sito può utilizzare cookie. Per maggiori informazioni consulta la nostra Cookie Policy.'], 'absent'],
    ['es', 'cookies', ['# Cookies', 'Este sitio web no utiliza cookies.'], 'present'],
    ['it', 'cookies', ['# Cookie', 'Questo sito non utilizza cookie di profilazione.'], 'present'],
    ['fr', 'cookies', ['# Cookies', "Ce site n'utilise aucun cookie."], 'present'],
  ]);
});

describe('a policy revised, drafted, adopted or approved on a date; the date the law applies is no policy date', () => {
  check([
    ['es', 'policy-date', ['# Otros', 'Texto revisado en mayo de 2018.'], 'present'],
    ['es', 'policy-date', ['# Otros', 'Documento redactado en marzo de 2019.'], 'present'],
    ['es', 'policy-date', ['# Otros', 'Política de privacidad revisada en enero de 2021.'], 'present'],
    ['es', 'policy-date', ['# Otros', 'Fecha de la última revisión: 3 de febrero de 2022.'], 'present'],
    ['es', 'policy-date', ['# Otros', 'Aprobada por la Junta Directiva en su reunión del 12 de abril de 2019.'], 'present'],
    ['es', 'policy-date', ['# Otros', 'Adaptado al RGPD en mayo de 2018.'], 'present'],
    ['es', 'policy-date', ['# Otros', 'El Reglamento es de aplicación desde el 25 de mayo de 2018.'], 'absent'],
    ['it', 'policy-date', ['# Note', 'Integrazione approvata dal Consiglio Direttivo nella seduta del 21 maggio 2018.'], 'present'],
    ['it', 'policy-date', ['# Note', 'Informativa approvata dal Consiglio Direttivo nella seduta del 3 marzo 2020.'], 'present'],
    ['it', 'policy-date', ['# Note', 'Testo aggiornato a maggio 2018.'], 'present'],
    ['it', 'policy-date', ['# Note', 'Documento revisionato nel mese di gennaio 2021.'], 'present'],
    ['it', 'policy-date', ['# Note', 'Informativa redatta il 10 febbraio 2020.'], 'present'],
    ['it', 'policy-date', ['# Note', 'Deliberata dal Consiglio Direttivo il 4 aprile 2019.'], 'present'],
    ['it', 'policy-date', ['# Note', 'Il Regolamento è applicabile dal 25 maggio 2018.'], 'absent'],
    ['fr', 'policy-date', ['# Divers', 'Texte révisé en mai 2018.'], 'present'],
    ['fr', 'policy-date', ['# Divers', "Politique adoptée par le conseil d'administration lors de sa séance du 12 mars 2019."], 'present'],
    ['fr', 'policy-date', ['# Divers', 'Document établi le 4 juin 2020.'], 'present'],
    ['fr', 'policy-date', ['# Divers', 'Version révisée en janvier 2022.'], 'present'],
    ['fr', 'policy-date', ['# Divers', 'Le RGPD est applicable depuis le 25 mai 2018.'], 'absent'],
  ]);
});

describe('data given in a form, a membership sheet or an upload', () => {
  check([
    ['fr', 'data-source', ['# Données', "Les informations recueillies sur le formulaire d'inscription sont enregistrées dans un fichier informatisé par le club."], 'present'],
    ['fr', 'data-source', ['# Données', 'Les données que vous nous communiquez lors de votre adhésion sont conservées par le club.'], 'present'],
    ['fr', 'data-source', ['# Données', "Les données fournies par vos soins lors de l'inscription sont utilisées pour la licence."], 'present'],
    ['fr', 'data-source', ['# Données', "Les données collectées via le bulletin d'adhésion servent à gérer la licence."], 'present'],
    ['fr', 'data-source', ['# Données', 'Certaines données nous sont transmises par la fédération.'], 'present'],
    ['fr', 'data-source', ['# Données', 'Nous traitons votre nom pour gérer la licence.'], 'absent'],
    ['es', 'data-source', ['# Datos', 'Los datos personales recogidos en el formulario de inscripción se incorporarán a un fichero.'], 'present'],
    ['es', 'data-source', ['# Datos', 'Los datos facilitados a través del formulario de contacto se usarán para responderle.'], 'present'],
    ['it', 'data-source', ['# Dati', "I dati raccolti tramite il modulo di iscrizione sono trattati dall'associazione."], 'present'],
    ['it', 'data-source', ['# Dati', 'I dati inseriti nel form di contatto servono a rispondere alla richiesta.'], 'present'],
    ['fr', 'data-source', ['# Données', 'Les informations recueillies sur ce formulaire sont enregistrées dans un fichier informatisé.'], 'present'],
    ['es', 'data-source', ['# Datos', 'Tratamos su nombre y correo electrónico para responderle.'], 'absent'],
    ['it', 'data-source', ['# Dati', 'Trattiamo nome e cognome per rispondere alla richiesta.'], 'absent'],
    ['es', 'data-source', ['# Procedencia', 'Los datos que tratamos proceden del propio interesado.'], 'present'],
    ['es', 'data-source', ['# Procedencia', 'Los datos los facilita el propio interesado o su representante legal.'], 'present'],
    ['es', 'data-source', ['# Datos', 'Los datos personales recogidos en el formulario de inscripción se incorporarán a un fichero.'], 'present'],
    ['it', 'data-source', ['# Fonte', "I dati sono raccolti presso l'interessato."], 'present'],
    ['it', 'data-source', ['# Fonte', "I dati sono forniti direttamente dall'interessato al momento dell'iscrizione."], 'present'],
  ]);
});

describe('a controller named only by its role is no identity', () => {
  check([
    ['it', 'controller-identity', ['# Titolare del trattamento', 'Titolare del trattamento è il medico odontoiatra titolare dello Studio, contattabile a info@esempio.it.'], 'absent'],
    ['it', 'controller-identity', ['# Titolare del trattamento', 'Titolare del trattamento è lo Studio Dentistico Bianchi, con sede in Via Roma 3, Parma, contattabile a info@esempio.it.'], 'present'],
    ['it', 'controller-identity', ['# Titolare del trattamento', 'Titolare del trattamento è il dott. Marco Bianchi, medico titolare dello Studio, contattabile a info@esempio.it.'], 'present'],
    ['fr', 'controller-identity', ['# Responsable du traitement', "Le responsable du traitement est le gérant de l'agence, joignable à contact@exemple.fr."], 'absent'],
    ['fr', 'controller-identity', ['# Responsable du traitement', 'Le responsable du traitement est le médecin titulaire du cabinet, joignable à contact@exemple.fr.'], 'absent'],
    ['fr', 'controller-identity', ['# Responsable du traitement', 'Le responsable du traitement est la SARL Verdier Immobilier, 3 rue des Lilas, Cahors, joignable à contact@exemple.fr.'], 'present'],
    ['es', 'controller-identity', ['# Responsable', 'El responsable del tratamiento es el titular de la clínica, con quien puede contactar en info@ejemplo.es.'], 'absent'],
  ]);
});

describe('a channel to write to and credentials that protect access are no data categories', () => {
  check([
    ['it', 'data-categories', ['# Diritti', "Per esercitare tali diritti è sufficiente inviare una richiesta all'indirizzo e-mail sopra indicato."], 'absent'],
    ['it', 'data-categories', ['# Diritti', "Può scrivere all'indirizzo di posta elettronica privacy@esempio.it."], 'absent'],
    ['fr', 'data-categories', ['# Droits', "Vous pouvez exercer vos droits en écrivant à l'adresse e-mail indiquée ci-dessus."], 'absent'],
    ['fr', 'data-categories', ['# Droits', "Vous pouvez écrire à l'adresse électronique suivante : dpo@exemple.fr."], 'absent'],
    ['es', 'data-categories', ['# Derechos', 'Puede ejercer sus derechos escribiendo a la dirección de correo electrónico indicada arriba.'], 'absent'],
    ['it', 'data-categories', ['# Dati trattati', 'Trattiamo il suo nome, cognome e indirizzo e-mail.'], 'present'],
    ['fr', 'data-categories', ['# Sécurité', "L'accès au logiciel est protégé par identifiant et mot de passe individuels."], 'absent'],
    ['fr', 'data-categories', ['# Sécurité', 'Les postes sont protégés par un mot de passe personnel.'], 'absent'],
    ['it', 'data-categories', ['# Sicurezza', 'I computer sono protetti da password personali e da antivirus.'], 'absent'],
    ['es', 'data-categories', ['# Seguridad', 'Los equipos están protegidos con usuario y contraseña personales.'], 'absent'],
  ]);
});

describe('security measures taken to guarantee security are no purpose', () => {
  check([
    ['fr', 'purposes', ['# Sécurité', "L'agence met en œuvre des mesures techniques et organisationnelles appropriées afin de garantir un niveau de sécurité adapté au risque."], 'absent'],
    ['it', 'purposes', ['# Sicurezza', 'Lo Studio adotta misure tecniche e organizzative adeguate al fine di garantire un livello di sicurezza adeguato al rischio.'], 'absent'],
    ['es', 'purposes', ['# Seguridad', 'Aplicamos medidas técnicas y organizativas apropiadas con el fin de garantizar un nivel de seguridad adecuado al riesgo.'], 'absent'],
    ['fr', 'purposes', ['# Finalités', 'Vos données sont utilisées afin de gérer votre adhésion.'], 'present'],
  ]);
});

describe('backups are a weak security cue: data that leave the backups are retention', () => {
  check([
    ['es', 'security', ['# Conservación', 'Tras eliminar la cuenta, los datos desaparecen de nuestros sistemas y de las copias de seguridad en un máximo de 35 días.'], 'absent'],
    ['fr', 'security', ['# Conservation', 'Les données disparaissent des sauvegardes au bout de 30 jours.'], 'absent'],
    ['it', 'security', ['# Conservazione', 'I dati restano nei backup per altri 30 giorni.'], 'absent'],
    ['es', 'security', ['# Seguridad', 'Realizamos copias de seguridad diarias cifradas.'], 'present'],
    ['fr', 'security', ['# Sécurité', 'Des sauvegardes quotidiennes sont réalisées.'], 'present'],
  ]);
});

describe('rights, bases and duties in the words of the law and of two-layer tables', () => {
  check([
    ['fr', 'right-object', ['# Droits', 'Vous pouvez vous opposer, pour des motifs légitimes, au traitement de vos données.'], 'present'],
    ['fr', 'right-access', ['# Droits', "Conformément à la loi Informatique et Libertés du 6 janvier 1978, vous disposez d'un droit d'accès et de rectification aux informations qui vous concernent."], 'present'],
    ['fr', 'right-complaint', ['# Droits', 'Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.'], 'present'],
    ['fr', 'right-restriction', ['# Droits', 'Vous pouvez demander la limitation du traitement de vos données.'], 'present'],
    ['fr', 'right-portability', ['# Droits', 'Vous pouvez récupérer les données que vous nous avez fournies dans un format structuré.'], 'present'],
    ['fr', 'right-withdraw-consent', ['# Droits', 'Vous pouvez retirer votre consentement à tout moment.'], 'present'],
    ['fr', 'retention', ['# Durée', "Les données sont conservées pendant toute la durée de l'adhésion, puis archivées pendant 5 ans."], 'present'],
    ['fr', 'international-transfers', ['# Transferts', "Vos données ne font l'objet d'aucun transfert en dehors de l'Union européenne."], 'present'],
    ['fr', 'statutory-contractual-requirement', ['# Formulaire', "Les champs marqués d'un astérisque sont obligatoires ; à défaut, votre demande ne pourra être traitée."], 'present'],
    ['fr', 'automated-decision-making', ['# Décisions', "Vos données ne font l'objet d'aucune décision automatisée ni de profilage."], 'present'],
    ['fr', 'children', ['# Mineurs', "Pour les licenciés mineurs, l'autorisation du représentant légal est requise."], 'present'],
    ['fr', 'dpo-contact', ['# DPO', 'Notre délégué à la protection des données est joignable à dpo@exemple.fr.'], 'present'],
    ['fr', 'legitimate-interests', ['# Base légale', "Le traitement repose sur l'intérêt légitime du club à assurer la sécurité de ses installations."], 'present'],
    ['fr', 'recipients', ['# Destinataires', 'Les données sont destinées au secrétariat du club et à la fédération.'], 'present'],
    ['fr', 'legal-basis', ['# Base légale', "Le traitement est fondé sur l'exécution du contrat d'adhésion."], 'present'],
    ['es', 'right-object', ['# Derechos', 'Puede oponerse al tratamiento de sus datos con fines de mercadotecnia.'], 'present'],
    ['es', 'right-access', ['# Derechos', 'Puede ejercitar los derechos de acceso, rectificación, cancelación y oposición (ARCO) dirigiéndose a info@ejemplo.es.'], 'present'],
    ['es', 'right-complaint', ['# Derechos', 'Puede presentar una reclamación ante la Agencia Española de Protección de Datos (www.aepd.es).'], 'present'],
    ['es', 'right-restriction', ['# Derechos', 'Puede solicitar la limitación del tratamiento.'], 'present'],
    ['es', 'right-portability', ['# Derechos', 'Tiene derecho a recibir sus datos en un formato estructurado y de uso común.'], 'present'],
    ['es', 'right-withdraw-consent', ['# Derechos', 'Puede revocar el consentimiento prestado en cualquier momento.'], 'present'],
    ['es', 'retention', ['# Conservación', 'Los datos se conservarán mientras se mantenga la relación y no se solicite su supresión.'], 'present'],
    ['es', 'retention', ['# Conservación', 'Los datos proporcionados se conservarán durante los años necesarios para cumplir con las obligaciones legales.'], 'partial'],
    ['es', 'international-transfers', ['# Transferencias', 'No están previstas transferencias internacionales de datos.'], 'present'],
    ['es', 'recipients', ['# Destinatarios', 'Los datos no se cederán a terceros salvo obligación legal.'], 'present'],
    ['es', 'recipients', ['# Destinatarios', 'No se comunicarán los datos a terceros, salvo obligación legal.'], 'present'],
    ['es', 'legal-basis', ['# Legitimación', 'La base legal para el tratamiento de sus datos es la ejecución del contrato.'], 'present'],
    ['es', 'legitimate-interests', ['# Legitimación', 'Interés legítimo del responsable en el envío de comunicaciones comerciales a clientes.'], 'present'],
    ['es', 'statutory-contractual-requirement', ['# Formulario', 'Los campos marcados con asterisco son obligatorios; de no facilitarlos no podremos atender su solicitud.'], 'present'],
    ['es', 'automated-decision-making', ['# Decisiones', 'No se tomarán decisiones automatizadas en base a dichos datos.'], 'present'],
    ['es', 'automated-decision-making', ['# Decisiones', 'No se elaborarán perfiles.'], 'present'],
    ['es', 'children', ['# Menores', 'Los menores de 14 años necesitan el consentimiento de sus padres o tutores.'], 'present'],
    ['es', 'dpo-contact', ['# DPD', 'Puede contactar con nuestro Delegado de Protección de Datos en dpd@ejemplo.es.'], 'present'],
    ['es', 'purposes', ['# Finalidad', 'Gestionar la relación con los socios y enviarles información sobre las actividades del club.'], 'present'],
    ['es', 'controller-identity', ['# Responsable', 'Identidad: Club Natación Riberas - CIF: G12345678 - Dir. postal: Calle Mayor 3, Tudela.'], 'present'],
    ['es', 'security', ['# Seguridad', 'Hemos adoptado las medidas de índole técnica y organizativa necesarias para garantizar la seguridad de los datos.'], 'present'],
    ['it', 'right-object', ['# Diritti', "L'interessato ha diritto di opporsi, in tutto o in parte, per motivi legittimi al trattamento dei dati."], 'present'],
    ['it', 'right-access', ['# Diritti', "L'interessato ha diritto di ottenere la conferma dell'esistenza o meno di dati personali che lo riguardano."], 'present'],
    ['it', 'right-complaint', ['# Diritti', 'Ha il diritto di proporre reclamo al Garante per la protezione dei dati personali.'], 'present'],
    ['it', 'right-restriction', ['# Diritti', 'Può chiedere la limitazione del trattamento.'], 'present'],
    ['it', 'right-portability', ['# Diritti', 'Ha diritto alla portabilità dei dati.'], 'present'],
    ['it', 'right-withdraw-consent', ['# Diritti', 'Può revocare il consenso in qualsiasi momento senza pregiudicare la liceità del trattamento basata sul consenso prestato prima della revoca.'], 'present'],
    ['it', 'retention', ['# Conservazione', 'I dati saranno conservati per il tempo strettamente necessario e comunque non oltre 10 anni dalla cessazione del rapporto.'], 'present'],
    ['it', 'international-transfers', ['# Trasferimento', 'I dati non saranno trasferiti in paesi extra UE.'], 'present'],
    ['it', 'international-transfers', ['# Trasferimento', "I dati non saranno diffusi né trasferiti all'estero."], 'present'],
    ['it', 'recipients', ['# Comunicazione', "I dati potranno essere comunicati a consulenti e commercialisti per l'adempimento degli obblighi fiscali."], 'present'],
    ['it', 'recipients', ['# Comunicazione', 'I dati non saranno diffusi né comunicati a terzi.'], 'present'],
    ['it', 'legal-basis', ['# Base giuridica', "Il trattamento è necessario all'esecuzione di un contratto di cui l'interessato è parte."], 'present'],
    ['it', 'statutory-contractual-requirement', ['# Natura del conferimento', "Il conferimento dei dati è obbligatorio; l'eventuale rifiuto comporta l'impossibilità di dare seguito alla richiesta."], 'present'],
    ['it', 'statutory-contractual-requirement', ['# Natura del conferimento', 'Il conferimento dei dati è facoltativo, ma in mancanza non sarà possibile fornire il servizio.'], 'present'],
    ['it', 'automated-decision-making', ['# Processi decisionali', 'Non è presente alcun processo decisionale automatizzato.'], 'present'],
    ['it', 'children', ['# Minori', 'Per i soci minorenni il modulo deve essere firmato da chi esercita la responsabilità genitoriale.'], 'present'],
    ['it', 'dpo-contact', ['# RPD', "Il Responsabile della Protezione dei Dati (DPO) è contattabile all'indirizzo dpo@esempio.it."], 'present'],
    ['it', 'legitimate-interests', ['# Base giuridica', 'Il trattamento si basa sul legittimo interesse del titolare a tutelare il patrimonio aziendale.'], 'present'],
    ['it', 'security', ['# Modalità', 'Il trattamento è effettuato con strumenti idonei a garantirne la sicurezza e la riservatezza.'], 'present'],
    ['it', 'purposes', ['# Finalità', 'I dati sono trattati per la gestione del rapporto associativo.'], 'present'],
    ['it', 'controller-identity', ['# Titolare', 'Titolare del trattamento è ASD Polisportiva Riva Verde, con sede in Via Po 4, Torino, e-mail info@esempio.it.'], 'present'],
    ['fr', 'policy-date', ['# Divers', 'Dernière mise à jour : 12/03/2023'], 'present'],
    ['es', 'international-transfers', ['# Cookies', 'Puede configurar su navegador para rechazar las cookies.'], 'absent'],
    ['it', 'children', ['# Cookie', 'I cookie di sessione sono necessari per la navigazione.'], 'absent'],
    ['es', 'children', ['# Datos', 'Tratamos nombre, apellidos y edad.'], 'absent'],
    ['fr', 'automated-decision-making', ['# Cookies', "Les cookies de mesure d'audience permettent d'établir des statistiques de fréquentation."], 'absent'],
    ['es', 'dpo-contact', ['# Responsable', 'El responsable del tratamiento es la Asociación Vecinal, con domicilio en Calle Mayor 3.'], 'absent'],
    ['it', 'right-complaint', ['# Contatti', 'Per qualsiasi reclamo relativo ai nostri servizi scrivi a info@esempio.it.'], 'absent'],
    ['es', 'right-complaint', ['# Contacto', 'Para cualquier queja o reclamación sobre el servicio, escríbanos a info@ejemplo.es.'], 'absent'],
    ['fr', 'right-complaint', ['# Contact', 'Pour toute réclamation concernant une commande, contactez notre service client.'], 'absent'],
  ]);
});

describe('purpose words used of something else are no purpose', () => {
  check([
    ['es', 'purposes', ['# Tratamiento', 'Los datos se utilizarán exclusivamente de acuerdo con la finalidad indicada, sin que puedan emplearse para fines distintos o incompatibles.'], 'absent'],
    ['es', 'purposes', ['# Tratamiento', 'No trataremos sus datos para otras finalidades.'], 'absent'],
    ['fr', 'purposes', ['# Traitement', "Les données ne seront pas traitées ultérieurement à d'autres fins ni pour des finalités incompatibles."], 'absent'],
    ['it', 'purposes', ['# Trattamento', 'I dati non saranno utilizzati per finalità diverse o incompatibili.'], 'absent'],
    ['es', 'purposes', ['# Tratamiento', 'Sus datos se tratan con la finalidad de gestionar las citas, y no para fines distintos.'], 'present'],
    ['fr', 'purposes', ['# Traitement', "Vos données sont utilisées pour gérer vos commandes et ne servent à aucune autre fin incompatible avec celle-ci."], 'present'],
    ['it', 'purposes', ['# Trattamento', 'I dati sono trattati al fine di gestire le prenotazioni e non per altre finalità.'], 'present'],
  ]);
});

describe('staff who have access to the data are not the right of access', () => {
  check([
    ['es', 'right-access', ['# Secreto profesional', 'Todo el personal que, por razón de su cargo, tenga acceso a los datos está obligado a guardar secreto.'], 'absent'],
    ['fr', 'right-access', ['# Confidentialité', "Les salariés ayant accès aux données sont tenus au secret professionnel."], 'absent'],
    ['it', 'right-access', ['# Riservatezza', 'Il personale che ha accesso ai dati è vincolato al segreto professionale.'], 'absent'],
    ['es', 'right-access', ['# Derechos', 'Puede acceder a sus datos, rectificarlos o suprimirlos escribiendo a privacidad@ejemplo.es.'], 'present'],
    ['fr', 'right-access', ['# Vos droits', "Vous pouvez demander l'accès à vos données en écrivant à contact@exemple.fr."], 'present'],
    ['it', 'right-access', ['# Diritti', "Può chiedere l'accesso ai suoi dati scrivendo a privacy@esempio.it."], 'present'],
  ]);
});

describe('rights named only as the rights the law grants name no right', () => {
  check([
    ['es', 'right-access', ['# Ejercicio de derechos', 'El usuario podrá ejercitar los derechos que le reconoce la normativa vigente mediante escrito dirigido al responsable.'], 'absent'],
    ['es', 'right-erasure', ['# Ejercicio de derechos', 'Puede ejercer los derechos previstos en la legislación de protección de datos.'], 'absent'],
    ['fr', 'right-access', ['# Vos droits', 'Vous disposez des droits prévus par la réglementation en vigueur.'], 'absent'],
    ['fr', 'right-rectification', ['# Vos droits', 'Vous pouvez exercer les droits que vous confère la loi en nous écrivant.'], 'absent'],
    ['it', 'right-access', ['# Diritti', "L'interessato può esercitare i diritti previsti dalla normativa vigente."], 'absent'],
    ['it', 'right-object', ['# Diritti', 'Può esercitare in ogni momento i diritti riconosciuti dalla legge.'], 'absent'],
  ]);
});

describe('a proof of identity to exercise a right, or an address given above, is no data category', () => {
  check([
    ['es', 'data-categories', ['# Derechos', 'Envíe un escrito a la dirección indicada en el apartado 1, acompañado de fotocopia de su DNI o documento equivalente.'], 'absent'],
    ['fr', 'data-categories', ['# Vos droits', "Écrivez-nous à l'adresse indiquée ci-dessus en joignant la copie d'une pièce d'identité."], 'absent'],
    ['it', 'data-categories', ['# Diritti', "Scriva all'indirizzo sopra indicato allegando copia di un documento di identità."], 'absent'],
    ['es', 'data-categories', ['# Datos', 'Tratamos su nombre, su DNI y su dirección postal.'], 'present'],
    ['it', 'data-categories', ['# Dati', 'Trattiamo nome, cognome, indirizzo e codice fiscale del cliente.'], 'present'],
  ]);
});

describe("a client's company name and staff acting under the controller name no controller", () => {
  check([
    ['it', 'controller-identity', ['# Dati trattati', 'Trattiamo i dati anagrafici del cliente (nome, cognome o ragione sociale, indirizzo).'], 'absent'],
    ['es', 'controller-identity', ['# Datos', 'Tratamos el nombre o razón social del cliente y su NIF.'], 'absent'],
    ['fr', 'controller-identity', ['# Données', 'Nous traitons le nom ou raison sociale du client et son adresse.'], 'absent'],
    ['it', 'controller-identity', ['# Modalità', 'I dati saranno trattati dal personale incaricato, che opera sotto la diretta autorità del titolare.'], 'absent'],
    ['fr', 'controller-identity', ['# Engagement', "Le propriétaire du site s'engage à traiter les informations des visiteurs dans le respect de leur vie privée."], 'absent'],
    ['es', 'controller-identity', ['# Confidencialidad', 'El titular del sitio web se compromete a tratar los datos de forma confidencial.'], 'absent'],
    ['it', 'controller-identity', ['# Titolare', 'Titolare del trattamento è Officina Rossi S.n.c., con sede in Via Roma 1, Modena, e-mail info@esempio.it.'], 'present'],
  ]);
});

describe('cookies left to a cookie policy from a list of data are not described', () => {
  check([
    ['es', 'cookies', ['# Datos', 'Datos de navegación, en los términos descritos en la Política de Cookies.'], 'absent'],
    ['fr', 'cookies', ['# Données', 'Données de navigation, dans les conditions décrites dans notre politique cookies.'], 'absent'],
    ['it', 'cookies', ['# Dati', 'Dati di navigazione, come descritto nella cookie policy.'], 'absent'],
    ['es', 'cookies', ['# Cookies', 'Utilizamos cookies analíticas para contar las visitas; puede rechazarlas desde el banner.'], 'present'],
  ]);
});

describe('a browser menu named privacy and security is no security measure', () => {
  check([
    ['fr', 'security', ['# Cookies', 'Vous pouvez refuser les cookies dans votre navigateur (Paramètres > Confidentialité et sécurité sous Chrome).'], 'absent'],
    ['es', 'security', ['# Cookies', 'Puede bloquear las cookies en Chrome: Configuración > Privacidad y seguridad > Cookies.'], 'absent'],
    ['it', 'security', ['# Cookie', 'Firefox: Impostazioni > Privacy e sicurezza > Cookie e dati dei siti web.'], 'absent'],
    ['fr', 'security', ['# Sécurité', 'Vos données sont hébergées sur des serveurs sécurisés et chiffrées.'], 'present'],
  ]);
});

describe('data collected automatically are no automated decision', () => {
  check([
    ['fr', 'automated-decision-making', ['**Ce qui est collecté automatiquement** quand vous naviguez : adresse IP, pages vues.'], 'absent'],
    ['es', 'automated-decision-making', ['**Datos recogidos automáticamente**: dirección IP y tipo de navegador.'], 'absent'],
    ['it', 'automated-decision-making', ['**Dati raccolti automaticamente**: indirizzo IP e tipo di browser.'], 'absent'],
    ['it', 'automated-decision-making', ['# Modalità', 'Il trattamento è effettuato con strumenti manuali e automatizzati.'], 'absent'],
    ['fr', 'automated-decision-making', ['# Décisions automatisées', 'Nous ne prenons aucune décision automatisée vous concernant.'], 'present'],
    ['es', 'automated-decision-making', ['# Decisiones automatizadas', 'No se tomarán decisiones automatizadas ni se elaborarán perfiles.'], 'present'],
  ]);
});

describe('a list of processing operations is no retention', () => {
  check([
    ['it', 'retention', ['# Modalità', 'Il trattamento consiste nelle operazioni di raccolta, registrazione, organizzazione, conservazione, consultazione, elaborazione, cancellazione e distruzione dei dati.'], 'absent'],
    ['fr', 'retention', ['# Traitement', "Le traitement comprend la collecte, l'enregistrement, organisation, conservation, modification et effacement ou destruction des données."], 'absent'],
    ['es', 'retention', ['# Tratamiento', 'El tratamiento comprende recogida, registro, organización, conservación, consulta, modificación, supresión, destrucción.'], 'absent'],
    ['it', 'retention', ['# Conservazione', 'I dati saranno conservati per 10 anni dalla cessazione del rapporto.'], 'present'],
  ]);
});

describe('only the data needed is data minimisation, not a requirement to provide them', () => {
  check([
    ['es', 'statutory-contractual-requirement', ['# Destinatarios', 'Al laboratorio solo le comunicamos los datos imprescindibles para identificar el encargo.'], 'absent'],
    ['fr', 'statutory-contractual-requirement', ['# Destinataires', 'Nous ne transmettons au transporteur que les données nécessaires à la livraison.'], 'absent'],
    ['it', 'statutory-contractual-requirement', ['# Destinatari', 'Al corriere comunichiamo solo i dati strettamente necessari alla consegna.'], 'absent'],
    ['es', 'statutory-contractual-requirement', ['# Formularios', 'Los datos marcados con asterisco son imprescindibles; sin ellos no podremos atender su solicitud.'], 'present'],
    ['it', 'statutory-contractual-requirement', ['# Natura del conferimento', 'Il conferimento dei dati è obbligatorio: senza di essi non potremo eseguire la riparazione.'], 'present'],
  ]);
});

describe('older French notices and CNIL wording', () => {
  check([
    ['fr', 'controller-identity', ["Les informations recueillies font l'objet d'un traitement informatique destiné à la gestion des adhérents par l'association Les Amis du Rail, 12 place de la Gare, 44000 Nantes."], 'present'],
    ['fr', 'right-erasure', ['Vous pouvez exiger que soient rectifiées, complétées, mises à jour, verrouillées ou effacées les données vous concernant.'], 'present'],
    ['fr', 'statutory-contractual-requirement', ['La fourniture de ces données conditionne la conclusion du contrat.'], 'present'],
    ['fr', 'security', ['Nous prenons toutes précautions utiles pour préserver la sécurité des données.'], 'present'],
    ['fr', 'security', ["L'accès aux données est limité aux seules personnes habilitées."], 'present'],
    ['fr', 'security', ['# Destinataires', 'Les données sont destinées aux personnes habilitées du service commercial.'], 'absent'],
    ['fr', 'policy-date', ['Politique en vigueur au 1er janvier 2024.'], 'present'],
    ['fr', 'recipients', ['Vos données sont transmises au transporteur chargé de la livraison.'], 'present'],
    ['fr', 'recipients', ['# Formulaire', 'Les informations transmises au moyen du formulaire restent chez nous.'], 'absent'],
    ['fr', 'data-source', ['# Origine', 'Les données proviennent directement de vous.'], 'present'],
  ]);
});

describe('no disclosure except where the law requires it names recipients', () => {
  check([
    ['es', 'recipients', ['| Destinatarios | No se cederán datos a terceros, salvo obligación legal. |'], 'present'],
    ['es', 'recipients', ['No se cederán datos a terceros salvo obligación legal.'], 'present'],
    ['it', 'recipients', ['I dati non saranno comunicati a terzi, salvo obblighi di legge.'], 'present'],
    ['it', 'recipients', ['I dati potranno essere conosciuti dagli incaricati al trattamento.'], 'present'],
  ]);
});

describe('categories of data named by their adjective', () => {
  check([
    ['es', 'data-categories', ['Tratamos las siguientes categorías de datos: identificativos, de contacto y de facturación.'], 'present'],
  ]);
});

describe('security, protection and origin words used of something else', () => {
  check([
    ['fr', 'security', ['# Qui sommes-nous', 'Nous vendons des chaussures de sécurité et des équipements de protection individuelle.'], 'absent'],
    ['es', 'security', ['# Productos', 'Vendemos calzado de seguridad y equipos de protección individual.'], 'absent'],
    ['it', 'security', ['# Prodotti', 'Vendiamo scarpe antinfortunistiche e dispositivi di protezione individuale.'], 'absent'],
    ['es', 'data-source', ['# Contenidos', 'Los contenidos de este sitio proceden de fuentes propias.'], 'absent'],
    ['fr', 'data-source', ['# Crédits', "Les photos du site proviennent de banques d'images libres de droits."], 'absent'],
    ['it', 'data-source', ['# Crediti', 'Le immagini del sito provengono da archivi fotografici gratuiti.'], 'absent'],
    ['it', 'retention', ['# Trattamento', 'Il trattamento comprende la raccolta, la registrazione, la conservazione e la cancellazione dei dati.'], 'absent'],
  ]);
});

describe('a policy updated to follow a law is not dated by the law', () => {
  check([
    ['fr', 'policy-date', ['# Modifications', 'Cette politique a été mise à jour pour se conformer au règlement (UE) 2016/679 du 27 avril 2016.'], 'absent'],
    ['es', 'policy-date', ['# Cambios', 'Este aviso fue actualizado para adaptarse al Reglamento (UE) 2016/679, de 27 de abril de 2016.'], 'absent'],
    ['it', 'policy-date', ['# Modifiche', "L'informativa è stata aggiornata ai sensi del Regolamento (UE) 2016/679 del 27 aprile 2016."], 'absent'],
    ['fr', 'policy-date', ['# Informatique et libertés', 'Complément apporté le 3 octobre 2020.'], 'present'],
    ['es', 'policy-date', ['# Nota', 'Texto actualizado con fecha 14 de enero de 2022.'], 'present'],
    ['it', 'policy-date', ['# Note', 'Versione n. 2 del 5 maggio 2021.'], 'present'],
    ['it', 'policy-date', ['# Note', 'La presente informativa è in vigore a partire dal 1° luglio 2023.'], 'present'],
  ]);
});

describe('changing the policy is no purpose of processing', () => {
  check([
    ['fr', 'purposes', ['# Évolution', 'Nous pouvons modifier la présente politique à tout moment, notamment afin de tenir compte des évolutions légales.'], 'absent'],
    ['es', 'purposes', ['# Cambios', 'Podemos modificar la presente política para adaptarla a novedades legislativas.'], 'absent'],
    ['it', 'purposes', ['# Modifiche', 'Ci riserviamo di modificare la presente informativa al fine di adeguarla a nuove norme.'], 'absent'],
    ['fr', 'purposes', ['# Informatique et libertés', 'Vos informations font l\'objet d\'un traitement informatique destiné à la gestion des adhésions.'], 'present'],
    ['fr', 'purposes', ['# Traitement', 'Vos données sont traitées afin de nous conformer à nos obligations comptables.'], 'present'],
  ]);
});

describe('the channel a request arrives by is no data category', () => {
  check([
    ['es', 'data-categories', ['# Finalidades', 'Atender las consultas recibidas a través del teléfono o del correo electrónico.'], 'absent'],
    ['it', 'data-categories', ['# Finalità', 'Rispondere alle richieste ricevute tramite telefono o tramite e-mail.'], 'absent'],
    ['es', 'data-categories', ['# Datos', 'Tratamos su nombre, su teléfono y su correo electrónico.'], 'present'],
  ]);
});

describe('cookies and similar technologies left to a cookie policy', () => {
  check([
    ['it', 'cookies', ['# Cookie', 'Utilizziamo cookie e tecnologie simili sul nostro sito e nelle nostre applicazioni. Per saperne di più consulta la nostra Cookie Policy.'], 'absent'],
    ['fr', 'cookies', ['# Cookies', 'Nous utilisons des cookies et technologies similaires sur notre site et notre application. Pour en savoir plus, consultez notre politique cookies.'], 'absent'],
    ['es', 'cookies', ['# Cookies', 'Utilizamos cookies y tecnologías similares en la web y en la app. Para más información, consulte nuestra política de cookies.'], 'absent'],
    ['it', 'cookies', ['# Cookie', 'Utilizziamo cookie e tecnologie simili per ricordare le tue preferenze e misurare il traffico.'], 'present'],
  ]);
});

describe('where data comes from: given by the person without "to us", received from partners', () => {
  check([
    ['es', 'data-source', ['# Datos', 'Los datos personales que facilite en el formulario de reserva se incorporarán a nuestro sistema.'], 'present'],
    ['es', 'data-source', ['# Datos', 'Tratamos también los datos que recibamos de las agencias con las que colabora.'], 'present'],
    ['fr', 'data-source', ['# Données', "Les données traitées sont celles que l'utilisateur communique lors de sa réservation."], 'present'],
    ['it', 'data-source', ['# Dati', "Trattiamo i dati che l'utente fornisce al momento dell'iscrizione."], 'present'],
    ['es', 'data-source', ['# Propiedad intelectual', 'Se permite la reproducción de los textos siempre que se cite la procedencia.'], 'absent'],
    ['fr', 'data-source', ['# Propriété intellectuelle', 'La reproduction est autorisée en citant la source.'], 'absent'],
    ['it', 'data-source', ['# Proprietà intellettuale', 'La riproduzione è consentita citando la fonte.'], 'absent'],
  ]);
});

describe('no guarantee of security is no requirement to provide data', () => {
  check([
    ['es', 'statutory-contractual-requirement', ['# Seguridad', 'Ningún sistema es infalible y no podemos garantizar la seguridad absoluta de su información.'], 'absent'],
    ['fr', 'statutory-contractual-requirement', ['# Sécurité', 'Aucun système n\'est infaillible : nous ne pouvons garantir la sécurité absolue de vos informations.'], 'absent'],
    ['it', 'statutory-contractual-requirement', ['# Sicurezza', 'Nessun sistema è inviolabile e non possiamo garantire la sicurezza assoluta dei suoi dati.'], 'absent'],
  ]);
});

describe('deletion at the end of a retention period is no right to erasure', () => {
  check([
    ['fr', 'right-erasure', ['# Conservation', 'Les coordonnées bancaires sont gardées jusqu\'à la fin du séjour, puis effacement.'], 'absent'],
    ['es', 'right-erasure', ['# Conservación', 'Los datos se conservarán durante dos años, tras lo cual se suprimirán con medidas de seguridad adecuadas.'], 'absent'],
    ['it', 'right-erasure', ['# Conservazione', 'I dati sono conservati per 12 mesi e successivamente cancellati.'], 'absent'],
    ['fr', 'right-erasure', ['# Informatique et libertés', 'Vous pouvez à tout moment demander la modification ou la suppression des informations vous concernant.'], 'present'],
  ]);
});

describe('children counted in a booking are no statement about minors', () => {
  check([
    ['fr', 'children', ['# Réservation', 'Nous recueillons vos dates de séjour et le nombre d\'adultes et d\'enfants.'], 'absent'],
    ['es', 'children', ['# Reservas', 'Recogemos las fechas de estancia y el número de adultos y niños.'], 'absent'],
    ['it', 'children', ['# Prenotazioni', 'Raccogliamo le date di soggiorno e il numero di adulti e bambini.'], 'absent'],
    ['fr', 'children', ['# Mineurs', 'Les enfants de moins de 15 ans doivent obtenir l\'accord de leurs parents.'], 'present'],
  ]);
});

describe("the user's internet provider is no recipient", () => {
  check([
    ['fr', 'recipients', ['# Cookies', "Un cookie peut contenir le fournisseur d'accès internet de l'utilisateur et son système d'exploitation."], 'absent'],
  ]);
});

describe('names that are no controller: law titles, article numbers, rights holders, processors, page titles', () => {
  check([
    ['es', 'controller-identity', ['# Protección de datos', 'El TITULAR cumple con la Ley Orgánica 15/1999, de Protección de Datos de Carácter Personal.'], 'absent'],
    ['es', 'controller-identity', ['# Protección de datos', 'Los datos se incorporan a un fichero inscrito en el Registro General de Protección de Datos, cuyo responsable es el TITULAR.'], 'absent'],
    ['es', 'controller-identity', ['# Propiedad intelectual', 'EL ESTUDIO es titular de todos los derechos de propiedad intelectual de la web.'], 'absent'],
    ['it', 'controller-identity', ['# Modalità di trattamento', 'Il trattamento avviene presso la sede operativa del Titolare e nei luoghi in cui si trovano le parti coinvolte.'], 'absent'],
    ['fr', 'controller-identity', ['# Responsable', 'Le responsable du traitement est la société Atelier Morel SARL, 4 rue des Lilas, 69003 Lyon.'], 'present'],
    ['it', 'controller-identity', ['# Titolare', 'Titolare del trattamento è Ceramiche Rossi S.r.l., via Roma 3, Faenza, info@esempio.it.'], 'present'],
  ]);
});

describe('the title of a policy section is no right of rectification', () => {
  check([
    ['it', 'right-rectification', ['# Diritti', "Lei può opporsi al trattamento scrivendo al seguente indirizzo:", '6. Aggiornamento', "L'informativa potrà essere modificata."], 'absent'],
    ['it', 'right-rectification', ['# Diritti', "Lei può chiedere l'aggiornamento dei suoi dati."], 'present'],
  ]);
});

describe('identity left to the legal notice, and a channel labelled with the role', () => {
  check([
    ['fr', 'controller-identity', ['# Éditeur', "Les informations relatives à l'éditeur du site figurent sur la page Mentions légales."], 'absent'],
    ['es', 'controller-identity', ['# Responsable', 'El responsable es el titular de esta página web. Sus datos completos están en el Aviso legal.'], 'absent'],
    ['it', 'controller-identity', ['# Titolare', 'I dati del titolare sono riportati nella pagina note legali.'], 'absent'],
    ['es', 'controller-identity', ['# Responsable', 'Responsable: Escuela de Música Allegro S.L., con CIF B12345678 y domicilio social en Calle Mayor 3, Soria.'], 'present'],
  ]);
});

describe('a parish or a diocese named only by its kind is no name', () => {
  check([
    ['fr', 'controller-identity', ['# Responsable', 'Le responsable du traitement est la paroisse.'], 'absent'],
    ['es', 'controller-identity', ['# Responsable', 'El responsable del tratamiento es la parroquia.'], 'absent'],
    ['it', 'controller-identity', ['# Titolare', 'Il titolare del trattamento è la parrocchia.'], 'absent'],
  ]);
});

describe('cookies left to a page of the footer', () => {
  check([
    ['fr', 'cookies', ['# Site', 'Les modalités de dépôt des cookies sont décrites sur la page « Gestion des cookies », accessible en pied de page.'], 'absent'],
    ['es', 'cookies', ['# Web', 'El uso de cookies se describe en la página Política de cookies, accesible desde el pie de página.'], 'absent'],
    ['it', 'cookies', ['# Sito', 'I cookie utilizzati sono descritti nella pagina Cookie, con link in calce al sito.'], 'absent'],
  ]);
});

describe('deleting cookies in the browser is no right to erasure', () => {
  check([
    ['fr', 'right-erasure', ['# Cookies', 'Vous pouvez à tout moment refuser ces cookies ou les supprimer en paramétrant votre navigateur.'], 'absent'],
    ['es', 'right-erasure', ['# Cookies', 'Puede bloquear las cookies o eliminarlas desde la configuración de su navegador.'], 'absent'],
    ['it', 'right-erasure', ['# Cookie', 'Puoi cancellare o bloccare i cookie dalle impostazioni del browser.'], 'absent'],
    ['fr', 'right-erasure', ['# Droits', 'Vous pouvez nous demander de supprimer vos données à tout moment.'], 'present'],
  ]);
});

describe("a session cookie's end is no retention of data", () => {
  check([
    ['fr', 'retention', ['# Cookies', 'Le site utilise des cookies de session, enregistrés temporairement par votre navigateur et effacés à sa fermeture.'], 'absent'],
    ['es', 'retention', ['# Cookies', 'Solo usamos cookies de sesión, que se eliminan al cerrar el navegador.'], 'absent'],
    ['it', 'retention', ['# Cookie', 'I cookie di sessione vengono cancellati alla chiusura del browser.'], 'absent'],
  ]);
});

describe("an officer of the controller named 'responsabile' is no recipient", () => {
  check([
    ['it', 'recipients', ['# Titolare e responsabile del trattamento', 'Responsabile del trattamento è il Segretario organizzativo della sede.'], 'absent'],
    ['it', 'recipients', ['# Destinatari', 'I dati sono comunicati al consulente del lavoro, nominato responsabile del trattamento.'], 'present'],
  ]);
});

describe('older purpose wording and words of other trades', () => {
  check([
    ['es', 'purposes', ['# LOPD', 'La finalidad de dicho fichero es atender las consultas y la gestión de los encargos.'], 'present'],
    ['fr', 'purposes', ['# Traitement', 'Ce traitement a pour finalité la gestion des inscriptions aux cours.'], 'present'],
    ['it', 'purposes', ['# Informativa', 'I dati sono trattati per finalità connesse alla gestione del tesseramento.'], 'present'],
    ['it', 'purposes', ['# Quali dati personali raccogliamo e perché li raccogliamo', 'Nome, cognome e indirizzo e-mail.'], 'absent'],
    ['es', 'data-categories', ['# Finalidad', 'La gestión de los encargos profesionales (proyectos, informes técnicos y dirección de obra).'], 'absent'],
    ['es', 'data-categories', ['# Datos', 'Tratamos su nombre, dirección y datos profesionales.'], 'present'],
  ]);
});

describe("a DPO weighed and declined is denied", () => {
  check([
    ["fr", "dpo-contact", ["# Délégué à la protection des données", "Les conditions de désignation obligatoire d'un délégué à la protection des données ne sont pas remplies."], "absent"],
    ["fr", "dpo-contact", ["# Délégué", "Notre activité ne relève d'aucun des cas de l'article 37 du RGPD ; nous n'avons donc pas désigné de délégué à la protection des données."], "absent"],
    ["fr", "dpo-contact", ["# Délégué à la protection des données", "Au regard de la taille de notre structure, nous n'y sommes pas tenus."], "absent"],
    ["fr", "dpo-contact", ["# Délégué à la protection des données", "Vous pouvez joindre notre délégué à la protection des données à dpo@exemple.fr."], "present"],
    ["es", "dpo-contact", ["# Delegado de Protección de Datos", "Hemos valorado la designación de un Delegado de Protección de Datos, pero no se dan los requisitos del artículo 37 del RGPD."], "absent"],
    ["es", "dpo-contact", ["# Delegado de Protección de Datos", "La ley no nos exige nombrar un Delegado de Protección de Datos, por lo que no lo hemos hecho."], "absent"],
    ["es", "dpo-contact", ["# Delegado de Protección de Datos", "Por el volumen de datos que tratamos no estamos obligados a designar un Delegado de Protección de Datos."], "absent"],
    ["es", "dpo-contact", ["# Delegado de Protección de Datos", "Puede contactar con nuestro Delegado de Protección de Datos en dpd@ejemplo.es."], "present"],
    ["it", "dpo-contact", ["# Responsabile della Protezione dei Dati", "Per la designazione di un Responsabile della Protezione dei Dati non ricorrono i presupposti dell'art. 37 GDPR."], "absent"],
    ["it", "dpo-contact", ["# DPO", "Lo Studio non tratta dati su larga scala e pertanto non abbiamo nominato un Responsabile della Protezione dei Dati."], "absent"],
    ["it", "dpo-contact", ["# DPO", "Non siamo tenuti a nominare un Responsabile della Protezione dei Dati."], "absent"],
    ["it", "dpo-contact", ["# DPO", "Il Responsabile della Protezione dei Dati è contattabile all'indirizzo dpo@esempio.it."], "present"],
  ]);
});

describe("first-person requirement headings, refusal without any consequence, and processing limited to what is necessary", () => {
  check([
    ["es", "statutory-contractual-requirement", ["# ¿Estoy obligado a facilitar mis datos?", "Sí: sin el nombre y la dirección de entrega no podremos enviarte el pedido."], "present"],
    ["es", "statutory-contractual-requirement", ["# ¿Estoy obligado a facilitaros mis datos?", "No, pero si no nos los facilitas no podremos responder a tu consulta."], "present"],
    ["it", "statutory-contractual-requirement", ["# Sono obbligato a fornire i miei dati?", "No, ma senza questi dati non potremo evadere il tuo ordine."], "present"],
    ["it", "statutory-contractual-requirement", ["# Sono obbligata a fornire i miei dati?", "Sì: senza nome e indirizzo non possiamo spedire la merce."], "present"],
    ["fr", "statutory-contractual-requirement", ["# Vos données", "Vous pouvez refuser de nous communiquer votre numéro de téléphone, sans aucune conséquence sur le traitement de votre demande."], "present"],
    ["es", "statutory-contractual-requirement", ["# Sus datos", "Puede negarse a facilitarnos su teléfono sin ninguna consecuencia para la tramitación de su solicitud."], "present"],
    ["it", "statutory-contractual-requirement", ["# I tuoi dati", "Puoi rifiutarti di fornire il numero di telefono senza nessuna conseguenza sulla gestione della richiesta."], "present"],
    ["fr", "statutory-contractual-requirement", ["# Finalités", "Nous ne traitons vos données que dans la mesure où cela est nécessaire à la gestion de votre commande."], "absent"],
    ["es", "statutory-contractual-requirement", ["# Finalidades", "Tratamos sus datos solo en la medida en que sea necesario para prestarle el servicio contratado."], "absent"],
    ["it", "statutory-contractual-requirement", ["# Finalità", "Trattiamo i tuoi dati solo nella misura in cui sia necessario per fornirti il servizio richiesto."], "absent"],
  ]);
});

describe("children among a client's relatives, guests or a booking, and ages of older people, are not minors", () => {
  check([
    ["fr", "children", ["# Données traitées", "Pour établir votre déclaration de revenus, nous traitons des informations sur votre conjoint et vos enfants à charge."], "absent"],
    ["es", "children", ["# Datos tratados", "Para preparar su declaración de la renta tratamos datos de su cónyuge e hijos a su cargo."], "absent"],
    ["it", "children", ["# Dati trattati", "Per la dichiarazione dei redditi trattiamo anche i dati del coniuge e dei figli a carico."], "absent"],
    ["fr", "children", ["# Mineurs", "Nos services ne s'adressent pas aux enfants de moins de 15 ans."], "present"],
    ["es", "children", ["# Menores", "No tratamos datos de menores de 14 años sin el consentimiento de sus padres."], "present"],
    ["it", "children", ["# Minori", "Il servizio non è rivolto ai minori di 14 anni."], "present"],
    ["fr", "children", ["# Réservation", "Nous recueillons vos dates de séjour et le nombre d'adultes et d'enfants."], "absent"],
    ["es", "children", ["# Reservas", "Recogemos las fechas de la estancia y el número de adultos y niños."], "absent"],
    ["it", "children", ["# Prenotazioni", "Raccogliamo le date del soggiorno e il numero di adulti e bambini."], "absent"],
    ["es", "children", ["# Datos", "Si se aplica una tarifa reducida, la condición que da derecho a ella (persona mayor de 65 años o desempleada)."], "absent"],
    ["it", "children", ["# Dati", "Per le tariffe ridotte: over 65 o persone di età superiore a 65 anni."], "absent"],
  ]);
});

describe("two-factor authentication and confidentiality duties are security measures", () => {
  check([
    ["fr", "security", ["# Protection", "L'accès à l'espace client est protégé par une double authentification."], "present"],
    ["fr", "security", ["# Confidentialité", "Tous nos collaborateurs sont tenus au secret professionnel."], "present"],
    ["fr", "security", ["# Confidentialité", "Nos salariés et prestataires sont soumis à une obligation de confidentialité."], "present"],
    ["es", "security", ["# Protección", "El acceso a la plataforma está protegido con doble factor de autenticación."], "present"],
    ["es", "security", ["# Confidencialidad", "Todo nuestro personal está sujeto al deber de confidencialidad."], "present"],
    ["it", "security", ["# Protezione", "L'accesso all'area riservata è protetto da autenticazione a due fattori."], "present"],
    ["it", "security", ["# Riservatezza", "I nostri collaboratori sono vincolati da un obbligo di riservatezza."], "present"],
    ["it", "security", ["# Dati sanitari", "Il trattamento è effettuato da professionisti soggetti al segreto professionale."], "absent"],
  ]);
});

describe("rights reserved by the controller in the first person and a copy of an identity document are no rights", () => {
  check([
    ["fr", "right-rectification", ["# Modifications", "Je me réserve le droit de modifier la présente politique de confidentialité à tout moment."], "absent"],
    ["es", "right-access", ["# ¿Cuáles son sus derechos?", "Deberá acompañar su solicitud de una copia de un documento que acredite su identidad."], "absent"],
    ["fr", "right-access", ["# Vos droits", "Votre demande doit être accompagnée de la copie d'une pièce d'identité."], "absent"],
    ["it", "right-access", ["# I tuoi diritti", "Alla richiesta va allegata copia di un documento d'identità."], "absent"],
  ]);
});

describe("the controller's own channels are not data categories", () => {
  check([
    ["it", "data-categories", ["# Contatti", "Puoi scrivermi direttamente al mio indirizzo e-mail."], "absent"],
    ["fr", "data-categories", ["# Contact", "Vous pouvez m'écrire à mon adresse e-mail ou à notre adresse postale."], "absent"],
    ["es", "data-categories", ["# Contacto", "Puede escribirnos a nuestra dirección de correo electrónico."], "absent"],
  ]);
});

describe("recipients of commercial messages and data passed on under portability are not recipients", () => {
  check([
    ["es", "recipients", ["# Comunicaciones comerciales", "No enviamos comunicaciones comerciales que no hayan sido expresamente autorizadas por los destinatarios de las mismas."], "absent"],
    ["fr", "recipients", ["# Vos droits", "Droit à la portabilité : vous pouvez demander que vos données vous soient remises pour les transmettre à un nouveau prestataire."], "absent"],
    ["es", "recipients", ["# Sus derechos", "Derecho a la portabilidad: a recibir sus datos y a que se transmitan a otro responsable."], "absent"],
    ["it", "recipients", ["# Diritti", "Diritto alla portabilità: ricevere i dati e trasmetterli a un altro titolare del trattamento."], "absent"],
  ]);
});

describe("withdrawing an authorisation at any time, informal erasure requests and the purposes of files", () => {
  check([
    ["es", "right-withdraw-consent", ["# Imágenes", "Los padres podrán revocar esta autorización en cualquier momento comunicándolo por escrito."], "present"],
    ["fr", "right-withdraw-consent", ["# Photos", "Vous pouvez retirer cette autorisation à tout moment en nous écrivant."], "present"],
    ["it", "right-withdraw-consent", ["# Immagini", "Puoi revocare questa autorizzazione in qualsiasi momento scrivendoci."], "present"],
    ["es", "right-erasure", ["## ¿Y si quiero que borréis mis datos?", "Solo tienes que mandarnos un email y lo haremos lo antes posible."], "present"],
    ["es", "purposes", ["# Cláusula", "La finalidad de estos ficheros es la gestión académica y administrativa del alumnado."], "present"],
  ]);
});

describe("tax and company numbers and data given through a form are no contact channel", () => {
  check([
    ["it", "controller-contact", ["# Titolare del trattamento", "Titolare del trattamento è Rossi S.r.l., P.IVA 03322110378, con sede a Como."], "absent"],
    ["it", "controller-contact", ["# Titolare del trattamento", "Titolare del trattamento è Rossi S.r.l., P.IVA 03322110378, tel. 055 123 4567."], "present"],
    ["fr", "controller-contact", ["# Responsable du traitement", "Le responsable du traitement est Dupont SAS, SIRET 012 345 678 00019."], "absent"],
    ["es", "controller-contact", ["# Protección de datos", "Los datos que nos facilite a través del formulario de contacto serán tratados por el titular de la web."], "absent"],
    ["es", "controller-contact", ["# Contacto", "Puede escribirnos a hola@ejemplo.es o usar el formulario de contacto."], "present"],
  ]);
});

describe("a cookie policy named in a footer menu describes no cookies", () => {
  check([
    ["it", "cookies", ["# Cookie", "Per le informazioni sui cookie si rinvia alla Cookie Policy.", "Privacy Policy · Cookie Policy"], "absent"],
    ["fr", "cookies", ["Mentions légales · Politique de cookies"], "absent"],
    ["es", "cookies", ["Aviso legal | Política de cookies | Contacto"], "absent"],
    ["es", "cookies", ["# Política de cookies", "Esta web utiliza cookies propias y de terceros con fines estadísticos."], "present"],
  ]);
});

describe("recipients that are none: a denial with 'personne', 'nadie', 'nessuno' or 'tiers', unless a purpose is named", () => {
  check([
    ['fr', 'recipients', ['# Vos données', 'Nous ne transmettons vos données à personne.'], 'present'],
    ['fr', 'recipients', ['# Vos données', 'Vos données ne sont jamais transmises à des tiers.'], 'present'],
    ['fr', 'recipients', ['# Vos données', 'Nous ne communiquons pas vos données à des tiers.'], 'present'],
    ['fr', 'recipients', ['# Vos données', 'Nous ne partageons pas vos données avec des tiers.'], 'present'],
    ['fr', 'recipients', ['# Vos données', 'Vos données ne sont ni vendues ni transmises à des tiers.'], 'present'],
    ['fr', 'recipients', ['# Vos données', 'Nous ne vendons pas vos données.'], 'absent'],
    ['fr', 'recipients', ['# Vos données', 'Nous ne transmettons pas vos données à des tiers à des fins de prospection commerciale.'], 'absent'],
    ['es', 'recipients', ['# Sus datos', 'No cedemos sus datos a nadie.'], 'present'],
    ['es', 'recipients', ['# Sus datos', 'No cederemos sus datos a terceros.'], 'present'],
    ['es', 'recipients', ['# Sus datos', 'Los datos no se comunicarán a terceros.'], 'present'],
    ['es', 'recipients', ['# Sus datos', 'No compartimos sus datos con terceros.'], 'present'],
    ['es', 'recipients', ['# Sus datos', 'Sus datos no serán cedidos a terceros, salvo obligación legal.'], 'present'],
    ['es', 'recipients', ['# Sus datos', 'No vendemos sus datos.'], 'absent'],
    ['es', 'recipients', ['# Sus datos', 'No cedemos sus datos a terceros con fines publicitarios.'], 'absent'],
    ['it', 'recipients', ['# I tuoi dati', 'Non comunichiamo i tuoi dati a nessuno.'], 'present'],
    ['it', 'recipients', ['# I tuoi dati', 'I dati non saranno comunicati a terzi.'], 'present'],
    ['it', 'recipients', ['# I tuoi dati', 'I tuoi dati non vengono condivisi con terzi.'], 'present'],
    ['it', 'recipients', ['# I tuoi dati', 'I dati non saranno diffusi né comunicati a terzi.'], 'present'],
    ['it', 'recipients', ['# I tuoi dati', 'Non cediamo i tuoi dati a terze parti.'], 'present'],
    ['it', 'recipients', ['# I tuoi dati', 'Non vendiamo i tuoi dati.'], 'absent'],
    ['it', 'recipients', ['# I tuoi dati', 'Non comunichiamo i tuoi dati a terzi per finalità di marketing.'], 'absent'],
  ]);
});

describe('cookies left to the cookie policy, beside choices changed in the cookie banner', () => {
  check([
    ['fr', 'cookies', ['# Cookies', 'Pour en savoir plus, consultez notre politique cookies.'], 'absent'],
    ['fr', 'cookies', ['# Cookies', 'Les cookies utilisés sont décrits dans notre politique de cookies.'], 'absent'],
    ['fr', 'cookies', ['# Cookies', 'Les informations relatives aux cookies figurent dans notre politique cookies.'], 'absent'],
    ['fr', 'cookies', ['# Cookies', 'Vous pouvez modifier vos choix à tout moment dans le bandeau cookies.'], 'present'],
    ['fr', 'cookies', ['# Cookies', "Nous utilisons des cookies de mesure d'audience (Matomo) pour établir des statistiques."], 'present'],
    ['es', 'cookies', ['# Cookies', 'Puede consultar el uso de cookies en nuestra política de cookies.'], 'absent'],
    ['es', 'cookies', ['# Cookies', 'Los cookies que utilizamos se explican en nuestra política de cookies.'], 'absent'],
    ['es', 'cookies', ['# Cookies', 'Puede cambiar su elección en cualquier momento desde el banner de cookies.'], 'present'],
    ['es', 'cookies', ['# Cookies', 'Utilizamos cookies analíticas de Google Analytics para medir las visitas.'], 'present'],
    ['it', 'cookies', ['# Cookie', 'Per informazioni sui cookie consulta la nostra cookie policy.'], 'absent'],
    ['it', 'cookies', ['# Cookie', 'I cookie utilizzati sono descritti nella nostra cookie policy.'], 'absent'],
    ['it', 'cookies', ['# Cookie', 'Trovi tutte le informazioni sui cookie nella nostra informativa cookie.'], 'absent'],
    ['it', 'cookies', ['# Cookie', 'Puoi modificare le tue scelte in qualsiasi momento dal banner dei cookie.'], 'present'],
    ['it', 'cookies', ['# Cookie', 'Utilizziamo cookie tecnici e cookie analitici di Google Analytics.'], 'present'],
  ]);
});

describe("purposes left to the notice itself or announced for a later notice, the controller's channels, asking the user for data, audience origin, role mentions of the controller, directions to a venue, who can see the data, data meant for named recipients, rights named only as those the law grants", () => {
  check([
    ['it', 'purposes', ['# Finalità del trattamento', "I dati personali dell'utente sono trattati dal Titolare esclusivamente per le finalità indicate nella presente informativa."], 'absent'],
    ['es', 'purposes', ['# Finalidad', 'Sus datos se tratarán únicamente para las finalidades descritas en la presente política.'], 'absent'],
    ['fr', 'purposes', ['# Finalités', 'Vos données sont utilisées uniquement pour les finalités décrites dans la présente politique.'], 'absent'],
    ['it', 'purposes', ['# Finalità del trattamento', 'I dati sono trattati per gestire le iscrizioni alla gara e inviare i risultati.'], 'present'],
    ['es', 'purposes', ['# Protección de datos', 'Junto a cada formulario se informará al usuario de la existencia del fichero, la dirección del responsable y la finalidad del tratamiento.'], 'absent'],
    ['es', 'purposes', ['# Protección de datos', 'La finalidad del tratamiento es gestionar los anuncios publicados por el usuario.'], 'present'],
    ['it', 'data-categories', ['# Titolare', 'Indirizzo e-mail del Titolare: info@esempio.it'], 'absent'],
    ['fr', 'data-categories', ['# Responsable', 'Adresse e-mail du responsable : contact@exemple.fr'], 'absent'],
    ['es', 'data-categories', ['# Responsable', 'Correo electrónico del responsable: info@ejemplo.es'], 'absent'],
    ['it', 'data-categories', ['# Dati raccolti', 'Raccogliamo il tuo nome e il tuo indirizzo e-mail.'], 'present'],
    ['es', 'data-source', ['# Registro', 'En el formulario de registro se solicitan al usuario un nombre de usuario y una dirección de correo electrónico.'], 'present'],
    ['es', 'data-source', ['# Datos', 'Los datos que tratamos son los que tú mismo nos facilitas al registrarte.'], 'present'],
    ['es', 'data-source', ['# Estadísticas', 'Elaboramos estadísticas de público (procedencia por código postal y tipo de tarifa).'], 'absent'],
    ['fr', 'data-source', ['# Statistiques', 'Nous mesurons la provenance géographique des visiteurs du site.'], 'absent'],
    ['fr', 'controller-identity', ['# Réclamation', 'Si vous estimez, après avoir contacté le responsable du traitement, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.'], 'absent'],
    ['fr', 'controller-identity', ['# Responsable du traitement', 'Le responsable du traitement est la société Exemple SARL, 12 rue des Lilas, 69003 Lyon, contact@exemple.fr.'], 'present'],
    ['fr', 'right-access', ['# Accès et parking', 'Le village est situé à dix minutes de la gare, des parkings gratuits sont prévus.'], 'absent'],
    ['it', 'right-access', ['# Accesso e parcheggio', 'La sede si trova a dieci minuti dalla stazione, con parcheggio gratuito.'], 'absent'],
    ['es', 'right-access', ['# Acceso y aparcamiento', 'El recinto está a diez minutos de la estación y tiene aparcamiento gratuito.'], 'absent'],
    ['fr', 'right-access', ['# Vos droits', 'Vous pouvez accéder à vos données en écrivant à contact@exemple.fr.'], 'present'],
    ['fr', 'recipients', ['# Formulaire', 'Les informations recueillies sont destinées exclusivement à la société Exemple et à notre assureur.'], 'present'],
    ['fr', 'recipients', ['# Formulaire', 'Les informations recueillies sont destinées uniquement à traiter votre demande.'], 'absent'],
    ['es', 'recipients', ['# ¿Quién puede ver estos datos?', 'Solo la secretaría y el profesorado de la escuela.'], 'present'],
    ['it', 'recipients', ['# Chi può vedere i tuoi dati', 'Solo la segreteria e gli istruttori della palestra.'], 'present'],
    ['it', 'recipients', ['# Cookie', 'Il sito utilizza cookie di terze parti.'], 'absent'],
    ['fr', 'right-access', ['# Vos droits', 'Vous pouvez exercer les droits que la loi vous reconnaît en écrivant à contact@exemple.fr.'], 'absent'],
    ['it', 'right-access', ['# Diritti', "L'utente può esercitare i diritti riconosciuti dalla normativa vigente rivolgendosi al Titolare."], 'absent'],
    ['es', 'right-access', ['# Derechos', 'Puede ejercer los derechos que le reconoce la normativa escribiendo a info@ejemplo.es.'], 'absent'],
  ]);
});

describe('security, retention, children and dates said of something else', () => {
  check([
    ['fr', 'security', ['# Course', 'Pour votre sécurité, le port du casque est obligatoire et des signaleurs assurent la sécurité routière.'], 'absent'],
    ['fr', 'security', ['# Hôtel', 'Les consignes de sécurité incendie sont affichées dans chaque chambre.'], 'absent'],
    ['es', 'security', ['# Carrera', 'Por su seguridad, el uso del casco es obligatorio y la seguridad vial está garantizada por voluntarios.'], 'absent'],
    ['es', 'security', ['# Hotel', 'Las normas de seguridad contra incendios están expuestas en cada habitación.'], 'absent'],
    ['it', 'security', ['# Gara', 'Per la tua sicurezza il casco è obbligatorio e la sicurezza stradale è garantita dai volontari.'], 'absent'],
    ['it', 'security', ['# Hotel', 'Le norme di sicurezza antincendio sono affisse in ogni camera.'], 'absent'],
    ['fr', 'security', ['# Sécurité', 'Nous mettons en œuvre des mesures techniques et organisationnelles appropriées pour protéger vos données.'], 'present'],
    ['fr', 'retention', ['# Événement', "Les inscriptions sont conservées à l'accueil jusqu'au jour de la course."], 'absent'],
    ['it', 'retention', ['# Gara', 'Il pacco gara sarà conservato al punto ritiro fino alle ore 12.'], 'absent'],
    ['es', 'retention', ['# Objetos perdidos', 'Los objetos perdidos se conservan en recepción durante 30 días.'], 'absent'],
    ['fr', 'children', ['# Données', 'Nous traitons les données relatives à vos enfants à charge pour le calcul du quotient familial.'], 'absent'],
    ['fr', 'policy-date', ['# Cadre légal', 'Le règlement général sur la protection des données est entré en application le 25 mai 2018.'], 'absent'],
    ['es', 'policy-date', ['# Marco legal', 'El Reglamento General de Protección de Datos es aplicable desde el 25 de mayo de 2018.'], 'absent'],
    ['it', 'policy-date', ['# Quadro normativo', 'Il Regolamento generale sulla protezione dei dati è applicabile dal 25 maggio 2018.'], 'absent'],
    ['fr', 'retention', ['# Hôtel', 'Les objets oubliés dans les chambres sont conservés à la réception pendant 3 mois.'], 'absent'],
    ['it', 'retention', ['# Hotel', 'Gli oggetti smarriti sono conservati alla reception per 60 giorni.'], 'absent'],
    ['es', 'retention', ['# Conservación', 'Sus datos se conservan durante 5 años desde la última estancia.'], 'present'],
    ['fr', 'retention', ['# Conservation', 'Vos données sont conservées pendant 3 ans après votre dernier séjour.'], 'present'],
  ]);
});

describe('a lone cookie sentence beside a pointer to the cookie policy describes no cookies (fr, es, it)', () => {
  check([
    ['fr', 'cookies', ['# Cookies', 'Notre site a recours aux cookies. Pour en savoir plus, consultez notre politique cookies.'], 'absent'],
    ['fr', 'cookies', ['# Cookies', 'Ce site fait usage de cookies. Les informations détaillées figurent dans notre politique de cookies.'], 'absent'],
    ['es', 'cookies', ['# Cookies', 'Este sitio web hace uso de cookies. Puede consultar más información en nuestra política de cookies.'], 'absent'],
    ['es', 'cookies', ['# Cookies', 'Esta web emplea cookies. Para más información, consulte nuestra política de cookies.'], 'absent'],
    ['it', 'cookies', ['# Cookie', 'Questo sito fa uso di cookie. Per maggiori informazioni si rinvia alla cookie policy.'], 'absent'],
    ['it', 'cookies', ['# Cookie', 'Il sito impiega cookie. Per i dettagli consulta la nostra cookie policy.'], 'absent'],
    ['fr', 'cookies', ['# Cookies', "Notre site a recours à des cookies de mesure d'audience. Vous pouvez les refuser dans votre navigateur."], 'present'],
    ['es', 'cookies', ['# Cookies', 'Esta web hace uso de cookies analíticas para conocer las visitas. Puede rechazarlas desde su navegador.'], 'present'],
    ['it', 'cookies', ['# Cookie', 'Il sito fa uso di cookie tecnici di sessione per la navigazione. Puoi disattivarli dal browser.'], 'present'],
  ]);
});

describe('where records are stored is no retention period (fr, es, it)', () => {
  check([
    ['fr', 'retention', ['# Conservation des données', 'Les dossiers papier sont conservés dans une armoire fermée à clé.'], 'absent'],
    ['es', 'retention', ['# Conservación de los datos', 'Los expedientes en papel se guardan en un armario cerrado con llave.'], 'absent'],
    ['es', 'retention', ['# Conservación de los datos', 'Los expedientes se conservan custodiados en un archivo cerrado.'], 'absent'],
    ['it', 'retention', ['# Conservazione dei dati', 'I moduli cartacei sono conservati in un armadio chiuso a chiave.'], 'absent'],
    ['it', 'retention', ['# Conservazione dei dati', 'Le schede cartacee sono custodite in un archivio chiuso a chiave.'], 'absent'],
    ['fr', 'retention', ['# Conservation', 'Les dossiers papier sont conservés dans une armoire fermée à clé pendant cinq ans.'], 'present'],
    ['it', 'retention', ['# Conservazione', 'Le schede sono conservate in un armadio chiuso a chiave per dieci anni.'], 'present'],
    ['it', 'retention', ['# Cookie', "Il sito usa solo cookie tecnici di sessione, che non vengono memorizzati in modo persistente e vengono cancellati con la chiusura del browser."], 'absent'],
    ['fr', 'security', ['# Comment vos données sont-elles protégées ?', "L'accès au logiciel est protégé par la carte du praticien ou par un mot de passe ; les dossiers papier sont rangés dans une armoire fermée à clé."], 'present'],
    ['it', 'security', ['# Archivio', 'I moduli cartacei sono custoditi in un armadio chiuso a chiave.'], 'present'],
  ]);
});

describe('the legal definition of processing names no right (fr, es, it)', () => {
  check([
    ['fr', 'right-restriction', ['# Cadre légal', "Le traitement désigne toute opération telle que la collecte, la conservation, la modification, la limitation, l'effacement ou la destruction de données."], 'absent'],
    ['fr', 'right-erasure', ['# Cadre légal', "Le traitement désigne toute opération telle que la collecte, la conservation, la modification, la limitation, l'effacement ou la destruction de données."], 'absent'],
    ['es', 'right-restriction', ['# Marco legal', 'Se entiende por tratamiento cualquier operación como la recogida, conservación, modificación, limitación, supresión o destrucción de datos.'], 'absent'],
    ['es', 'right-erasure', ['# Marco legal', 'Se entiende por tratamiento cualquier operación como la recogida, conservación, modificación, limitación, supresión o destrucción de datos.'], 'absent'],
    ['it', 'right-restriction', ['# Quadro normativo', 'Per trattamento si intende qualsiasi operazione come la raccolta, la conservazione, la modifica, la limitazione, la cancellazione o la distruzione di dati.'], 'absent'],
    ['it', 'right-erasure', ['# Quadro normativo', 'Per trattamento si intende qualsiasi operazione come la raccolta, la conservazione, la modifica, la limitazione, la cancellazione o la distruzione di dati.'], 'absent'],
    ['fr', 'right-restriction', ['# Vos droits', "Vous pouvez demander la limitation du traitement ou l'effacement de vos données."], 'present'],
    ['es', 'right-erasure', ['# Derechos', 'Puede solicitar la limitación del tratamiento o la supresión de sus datos.'], 'present'],
    ['it', 'right-restriction', ['# Diritti', 'Può chiedere la limitazione del trattamento o la cancellazione dei dati.'], 'present'],
  ]);
});

describe('joint or independent controllers among the recipients name no controller (fr, es, it)', () => {
  check([
    ['fr', 'controller-identity', ['# Destinataires', 'Nos partenaires de paiement agissent en tant que responsables conjoints, établis en Irlande.'], 'absent'],
    ['fr', 'controller-identity', ['# Destinataires', 'Les banques sont des responsables de traitement indépendants, situés à Paris.'], 'absent'],
    ['es', 'controller-identity', ['# Destinatarios', 'Las entidades de pago actúan como corresponsables del tratamiento, con sede en Madrid.'], 'absent'],
    ['es', 'controller-identity', ['# Destinatarios', 'Las aseguradoras son responsables independientes del tratamiento, domiciliadas en Madrid.'], 'absent'],
    ['it', 'controller-identity', ['# Destinatari', 'Le banche operano come titolari autonomi del trattamento, con sede a Roma.'], 'absent'],
    ['fr', 'controller-identity', ['# Domiciliation', "Nous conservons les informations relatives au courrier reçu pour le compte de la société domiciliée."], 'absent'],
    ['fr', 'controller-identity', ['# Responsables', 'Les sociétés Dupont SAS et Martin SARL sont responsables conjoints du traitement.'], 'present'],
    ['es', 'controller-identity', ['# Responsables', 'Panadería Ruiz, S.L. y Hornos del Sur, S.A. son corresponsables del tratamiento.'], 'present'],
    ['it', 'controller-identity', ['# Titolare', 'Rossi S.r.l. e Bianchi S.p.A., con sede a Milano, sono contitolari del trattamento.'], 'present'],
  ]);
});

describe('alumni, number portability, staff access rights and credentials said of something else (fr, es, it)', () => {
  check([
    ['es', 'children', ['# Finalidades', 'Envío de información a antiguos alumnos y difusión de actividades institucionales.'], 'absent'],
    ['it', 'children', ['# Finalità', 'Invio di comunicazioni agli ex alunni sulle attività della scuola.'], 'absent'],
    ['it', 'children', ['# Conservazione', 'La documentazione contabile è conservata per almeno 10 anni.'], 'absent'],
    ['it', 'children', ['# Minori', 'Per iscriversi è necessario avere almeno 16 anni.'], 'present'],
    ['es', 'right-portability', ['# Destinatarios', 'Otros operadores, para gestionar la portabilidad de tu número cuando cambias de compañía.'], 'absent'],
    ['it', 'right-portability', ['# Destinatari', 'Altri operatori, per gestire la portabilità del numero quando cambi gestore.'], 'absent'],
    ['fr', 'right-portability', ['# Destinataires', 'Les autres opérateurs, pour la portabilité du numéro lorsque vous changez de fournisseur.'], 'absent'],
    ['fr', 'right-access', ['# Sécurité', "Habilitations individuelles des agents et gestion des droits d'accès aux logiciels, sauvegardes quotidiennes."], 'absent'],
    ['it', 'right-access', ['# Sicurezza', 'Gestione dei diritti di accesso ai sistemi e backup giornalieri.'], 'absent'],
    ['es', 'right-access', ['# Seguridad', 'Gestión de los permisos de acceso a los sistemas y copias diarias.'], 'absent'],
    ['fr', 'right-access', ['# Vos droits', "Vous disposez d'un droit d'accès à vos données."], 'present'],
    ['es', 'security', ['# Datos', 'Datos de la cuenta de cliente: usuario y contraseña.'], 'absent'],
    ['es', 'security', ['# Seguridad', 'El acceso al programa está protegido con usuario y contraseña.'], 'present'],
  ]);
});

describe('where the data come from, and decisions always reviewed by a person (fr, es, it)', () => {
  check([
    ['es', 'data-source', ['# Datos', 'Los datos que tratamos proceden del propio usuario, que los facilita al registrarse.'], 'present'],
    ['es', 'data-source', ['# Datos', 'Tratamos los datos que tú nos das al reservar y los que se generan cuando navegas por la web.'], 'present'],
    ['es', 'data-source', ['# Navegación', 'La información se recoge automáticamente durante la navegación.'], 'present'],
    ['it', 'automated-decision-making', ['# Frodi', "Le verifiche sono eseguite dal personale e l'esito non comporta alcuna decisione senza un controllo umano."], 'present'],
    ['es', 'automated-decision-making', ['# Fraude', 'Ninguna solicitud se rechaza sin revisión humana.'], 'present'],
  ]);
});

describe('the controller named only in the legal notice is a pointer', () => {
  check([
    ['fr', 'controller-identity', ['# Responsable', 'Le responsable du traitement est le responsable désigné dans les mentions légales du site.'], 'absent'],
    ['fr', 'controller-identity', ['# Responsable', "Le responsable du traitement est l'éditeur indiqué dans nos mentions légales."], 'absent'],
    ['es', 'controller-identity', ['# Responsable', 'El responsable del tratamiento es el titular indicado en el aviso legal de esta web.'], 'absent'],
    ['es', 'controller-identity', ['# Responsable', 'Responsable del tratamiento: la entidad identificada en nuestro aviso legal.'], 'absent'],
    ['it', 'controller-identity', ['# Titolare', 'Il titolare del trattamento è il titolare indicato nelle note legali del sito.'], 'absent'],
    ['it', 'controller-identity', ['# Titolare', 'Titolare del trattamento è il soggetto indicato nelle note legali.'], 'absent'],
    ['fr', 'controller-identity', ['# Responsable', 'Le responsable du traitement est le responsable désigné dans les mentions légales, joignable à contact@exemple.fr.'], 'absent'],
    ['es', 'controller-identity', ['# Responsable', 'El responsable del tratamiento es el titular indicado en el aviso legal, contactable en info@ejemplo.es.'], 'absent'],
    ['it', 'controller-identity', ['# Titolare', 'Il titolare del trattamento è il titolare indicato nelle note legali, contattabile a info@esempio.it.'], 'absent'],
    ['fr', 'controller-identity', ['# Responsable', 'Le responsable du traitement est Boulangerie Martin SARL, 4 rue des Lilas, 69003 Lyon.'], 'present'],
    ['es', 'controller-identity', ['# Responsable', 'El responsable del tratamiento es Talleres Ruiz S.L., con domicilio en Calle Mayor 3, Soria.'], 'present'],
    ['it', 'controller-identity', ['# Titolare', 'Il titolare del trattamento è Ferramenta Bianchi S.r.l., con sede in Via Roma 5, Lodi.'], 'present'],
  ]);
});

describe("the controller's own duty is no requirement to provide data", () => {
  check([
    ['fr', 'statutory-contractual-requirement', ['# Conservation', 'Nous sommes tenus de conserver les factures pendant dix ans.'], 'absent'],
    ['fr', 'statutory-contractual-requirement', ['# Destinataires', 'Vos données peuvent être communiquées aux autorités lorsque la loi nous y oblige.'], 'absent'],
    ['fr', 'statutory-contractual-requirement', ['# Conservation', 'Nous sommes légalement obligés de conserver certaines informations comptables.'], 'absent'],
    ['es', 'statutory-contractual-requirement', ['# Conservación', 'Estamos obligados a conservar los datos de facturación durante seis años.'], 'absent'],
    ['es', 'statutory-contractual-requirement', ['# Destinatarios', 'Comunicaremos sus datos a las autoridades cuando estemos obligados legalmente a ello.'], 'absent'],
    ['it', 'statutory-contractual-requirement', ['# Conservazione', 'Siamo tenuti a conservare i documenti contabili per dieci anni.'], 'absent'],
    ['it', 'statutory-contractual-requirement', ['# Destinatari', 'Comunichiamo i dati alle autorità solo quando siamo obbligati a farlo per legge.'], 'absent'],
    ['fr', 'statutory-contractual-requirement', ['# Formulaire', 'Les champs marqués d\'un astérisque sont obligatoires ; sans eux nous ne pourrons pas traiter votre demande.'], 'present'],
    ['es', 'statutory-contractual-requirement', ['# Formulario', 'Los datos marcados con asterisco son obligatorios; sin ellos no podremos atender su solicitud.'], 'present'],
    ['it', 'statutory-contractual-requirement', ['# Conferimento', 'Il conferimento dei dati è obbligatorio: senza di essi non potremo evadere l\'ordine.'], 'present'],
  ]);
});

describe('a processing verb followed by its aim states a purpose', () => {
  check([
    ['fr', 'purposes', ['Nous utilisons votre adresse e-mail pour vous envoyer la confirmation de réservation.'], 'present'],
    ['fr', 'purposes', ['Nous traitons vos coordonnées afin de vous recontacter.'], 'present'],
    ['es', 'purposes', ['Utilizamos su correo electrónico para enviarle la confirmación de la cita.'], 'present'],
    ['es', 'purposes', ['Usamos el teléfono que nos facilita para recordarle la cita.'], 'present'],
    ['it', 'purposes', ["Utilizziamo l'indirizzo email per inviarti la conferma della prenotazione."], 'present'],
    ['it', 'purposes', ['Usiamo il numero di telefono per ricordarti l\'appuntamento.'], 'present'],
    ['fr', 'purposes', ['Nous conservons vos données pour une durée de trois ans.'], 'absent'],
    ['es', 'purposes', ['Utilizamos medidas técnicas para proteger sus datos.'], 'absent'],
    ['it', 'purposes', ['Conserviamo i dati per il tempo strettamente necessario.'], 'absent'],
  ]);
});

describe("the owner in a liability disclaimer or a copyright clause is named by nothing", () => {
  check([
    ['es', 'controller-identity', ['# Exclusión de responsabilidad', 'El titular no se hace responsable de los fallos de conexión a Internet. Los enlaces a la Dirección General de Tráfico son informativos.'], 'absent'],
    ['es', 'controller-identity', ['# Aviso legal', 'Los textos son propiedad del titular o de sus autores. El titular no garantiza la ausencia de virus en Google Chrome.'], 'absent'],
    ['it', 'controller-identity', ['# Note legali', 'Il titolare non si assume alcuna responsabilità per i contenuti di Google Maps.'], 'absent'],
    ['fr', 'controller-identity', ['# Mentions légales', "L'éditeur décline toute responsabilité quant au contenu des sites Google Maps."], 'absent'],
    ['es', 'controller-identity', ['# Aviso legal', 'Titular: Autoescuela Norte S.L., con domicilio en Calle Real 4, Lugo.'], 'present'],
  ]);
});

describe('students of adult training courses are no minors', () => {
  check([
    ['es', 'children', ['# Finalidades', 'Gestionamos la inscripción de los alumnos de las acciones formativas subvencionadas.'], 'absent'],
    ['es', 'children', ['# Finalidades', 'Evaluación del alumnado de los cursos de formación para el empleo.'], 'absent'],
    ['es', 'children', ['# Menores', 'Si el alumno es menor de 14 años, necesitamos el consentimiento de sus padres.'], 'present'],
  ]);
});

describe('access to the data reserved to staff is neither the right of access nor a recipient', () => {
  check([
    ['it', 'right-access', ['# Sicurezza', "L'accesso ai dati è consentito ai soli incaricati autorizzati."], 'absent'],
    ['it', 'recipients', ['# Sicurezza', "L'accesso ai dati è consentito ai soli incaricati autorizzati."], 'absent'],
    ['fr', 'right-access', ['# Sécurité', "L'accès aux données est réservé au personnel habilité."], 'absent'],
    ['it', 'right-access', ['# Diritti', "Può chiedere l'accesso ai dati che la riguardano scrivendo a privacy@esempio.it."], 'present'],
    ['fr', 'right-access', ['# Vos droits', "Vous pouvez demander l'accès aux données vous concernant à contact@exemple.fr."], 'present'],
  ]);
});

describe('unauthorised access to premises is no data security', () => {
  check([
    ['it', 'security', ['# Videosorveglianza', 'Le telecamere servono a prevenire furti, danneggiamenti e accessi non autorizzati.'], 'absent'],
    ['es', 'security', ['# Videovigilancia', 'Las cámaras sirven para prevenir robos y accesos no autorizados a las instalaciones.'], 'absent'],
    ['fr', 'security', ['# Vidéosurveillance', 'Les caméras visent à prévenir les vols et les accès non autorisés aux locaux.'], 'absent'],
    ['it', 'security', ['# Sicurezza', 'Proteggiamo i dati da accessi non autorizzati con password e cifratura.'], 'present'],
    ['es', 'security', ['# Seguridad', 'Protegemos sus datos frente a accesos no autorizados mediante cifrado.'], 'present'],
  ]);
});

/* Families of held-out-24 and their neighbours in the three languages. */
describe("asking to be removed from the files is erasure, unlike data removed after a period", () => {
  check([
    ["fr", "right-erasure", ["# Données personnelles", "Toute personne peut demander à tout moment à être retirée des fichiers de la paroisse, en écrivant au secrétariat."], "present"],
    ["fr", "right-erasure", ["# Données", "Vous pouvez demander à ne plus figurer dans notre fichier en écrivant à contact@exemple.fr."], "present"],
    ["fr", "right-erasure", ["# Conservation", "Les données des anciens adhérents sont retirées du fichier au bout de trois ans."], "absent"],
    ["es", "right-erasure", ["# Datos", "Cualquier persona puede pedir en todo momento que la demos de baja de nuestros ficheros escribiendo a la secretaría."], "present"],
    ["es", "right-erasure", ["# Datos", "Puede solicitar ser dado de baja de la base de datos de la parroquia escribiendo a la secretaría."], "present"],
    ["it", "right-erasure", ["# Dati", "Chiunque può chiedere in ogni momento di essere cancellato dagli elenchi della parrocchia scrivendo alla segreteria."], "present"],
    ["it", "right-erasure", ["# Dati", "Può chiedere di essere rimosso dai nostri archivi scrivendo a info@esempio.it."], "present"],
    ["it", "right-erasure", ["# Conservazione", "I dati degli ex iscritti sono cancellati dai nostri archivi dopo tre anni."], "absent"],
  ]);
});

describe("going back on an agreement or authorisation is withdrawing consent, not the controller revoking staff authorisations", () => {
  check([
    ["fr", "right-withdraw-consent", ["# Images", "Vous pouvez revenir sur cet accord à tout moment par simple message à contact@exemple.fr."], "present"],
    ["fr", "right-withdraw-consent", ["# Images", "Vous pouvez revenir sur votre consentement en nous écrivant."], "present"],
    ["es", "right-withdraw-consent", ["# Imágenes", "Puede retirar esta autorización en cualquier momento escribiéndonos a hola@ejemplo.es."], "present"],
    ["it", "right-withdraw-consent", ["# Immagini", "Può revocare in qualsiasi momento l'autorizzazione alla pubblicazione scrivendo a info@esempio.it."], "present"],
    ["it", "right-withdraw-consent", ["# Immagini", "Può ritirare il consenso alla pubblicazione in ogni momento."], "present"],
    ["it", "right-withdraw-consent", ["# Diritti", "Il Titolare può revocare in qualsiasi momento l'autorizzazione concessa agli incaricati."], "absent"],
  ]);
});

describe("share buttons of social networks are no recipients", () => {
  check([
    ["fr", "recipients", ["# Cookies", "Les boutons de partage Instagram et Facebook peuvent déposer des cookies lorsque vous cliquez dessus."], "absent"],
    ["fr", "recipients", ["# Destinataires", "Vos données sont transmises à notre hébergeur OVH et à notre prestataire d'envoi d'e-mails."], "present"],
    ["es", "recipients", ["# Cookies", "Los botones para compartir de Facebook e Instagram pueden instalar cookies cuando hace clic en ellos."], "absent"],
    ["it", "recipients", ["# Cookie", "I pulsanti di condivisione di Facebook e Instagram possono installare cookie quando vi si clicca."], "absent"],
    ["fr", "recipients", ["# Cookies", "Les boutons de partage vers les réseaux sociaux (Facebook, LinkedIn) peuvent déposer des cookies."], "absent"],
  ]);
});

describe("laws and codes in capitals, and the controller called only 'EL TITULAR', are no controller name", () => {
  check([
    ["es", "controller-identity", ["# Propiedad intelectual", "Todas las fotografías son obra de EL TITULAR y están protegidas. Escríbenos a hola@ejemplo.es."], "absent"],
    ["fr", "controller-identity", ["# Propriété intellectuelle", "Les photographies sont protégées par le Code de la Propriété Intellectuelle. Contact : contact@exemple.fr."], "absent"],
    ["it", "controller-identity", ["# Proprietà intellettuale", "Le fotografie sono protette dalla Legge sul Diritto d'Autore e dal Codice Civile. Scrivici a info@esempio.it."], "absent"],
    ["es", "controller-identity", ["# Propiedad intelectual", "Las fotografías están protegidas por la Ley de Propiedad Intelectual y el Código Penal. Escríbenos a hola@ejemplo.es."], "absent"],
    ["fr", "controller-identity", ["# Responsable du traitement", "Le responsable du traitement est [nom de la société], dont le siège est situé [adresse]."], "absent"],
    ["it", "controller-identity", ["# Titolare del trattamento", "Il Titolare del trattamento è [RAGIONE SOCIALE], con sede in [INDIRIZZO]."], "absent"],
  ]);
});

describe("the e-mail given above and the controller's own images are no data categories", () => {
  check([
    ["es", "data-categories", ["# Propiedad intelectual", "Si detectas alguna imagen nuestra utilizada sin permiso, avísanos escribiendo al correo electrónico indicado arriba."], "absent"],
    ["fr", "data-categories", ["# Propriété intellectuelle", "Si vous constatez une utilisation de nos photos sans autorisation, prévenez-nous à l'adresse e-mail indiquée ci-dessus."], "absent"],
    ["it", "data-categories", ["# Proprietà intellettuale", "Se noti un uso non autorizzato delle nostre immagini, avvisaci all'indirizzo email indicato sopra."], "absent"],
    ["es", "data-categories", ["# Datos", "Tratamos su nombre, su correo electrónico y las imágenes de la sesión."], "present"],
  ]);
});

describe("cookies said to be placed, with the rest left to a cookie page", () => {
  check([
    ["fr", "cookies", ["# Cookies", "Lors de votre navigation sur le site, des cookies peuvent être déposés sur votre terminal. Pour en savoir plus et paramétrer vos choix, consultez notre page « Gestion des cookies » accessible en bas de chaque page."], "absent"],
    ["fr", "cookies", ["# Cookies", "Nous utilisons des cookies de mesure d'audience (Matomo), déposés pour 13 mois au plus, que vous pouvez refuser dans le bandeau."], "present"],
    ["fr", "cookies", ["# Cookies", "Des cookies peuvent être déposés sur votre terminal. Pour en savoir plus, consultez notre politique cookies."], "absent"],
    ["es", "cookies", ["# Cookies", "Durante su navegación pueden instalarse cookies en su dispositivo. Para más información, consulte nuestra Política de Cookies."], "absent"],
    ["es", "cookies", ["# Cookies", "Este sitio web puede utilizar cookies. Para saber más, consulte la página de Cookies."], "absent"],
    ["it", "cookies", ["# Cookie", "Durante la navigazione possono essere installati cookie sul tuo dispositivo. Per saperne di più consulta la nostra Cookie Policy."], "absent"],
    ["it", "cookies", ["# Cookie", "Questo sito utilizza cookie. Per maggiori informazioni consulta la pagina Cookie."], "absent"],
    ["fr", "cookies", ["# Cookies", "Des traceurs peuvent être utilisés lors de votre visite. Pour en savoir plus, rendez-vous sur la page « Cookies »."], "absent"],
    ["es", "cookies", ["# Cookies", "Este sitio web utiliza cookies de análisis de Google Analytics para contar las visitas, que puede rechazar en el banner. Para saber más, consulte la página de Cookies."], "present"],
    ["it", "cookies", ["# Cookie", "Questo sito utilizza cookie tecnici e cookie analitici di Matomo, conservati per 13 mesi. Per maggiori informazioni consulta la pagina Cookie."], "present"],
  ]);
});

describe("the web host's address under a data-location heading is no transfer statement", () => {
  check([
    ["fr", "international-transfers", ["# Hébergement des données", "Le site est hébergé par Hébergia SAS, 40 rue des Tanneurs, 59100 Roubaix."], "absent"],
    ["fr", "international-transfers", ["# Hébergement des données", "Le site est hébergé par OVH SAS, dont les serveurs sont situés en France."], "present"],
    ["fr", "international-transfers", ["# Hébergement des données", "Vos données sont hébergées en France par OVH SAS, 2 rue Kellermann, 59100 Roubaix."], "present"],
    ["es", "international-transfers", ["# Ubicación de los datos", "El sitio web está alojado por Hostinia S.L., calle Mayor 3, 28001 Madrid."], "absent"],
    ["it", "international-transfers", ["# Luogo del trattamento", "Il sito è ospitato da Aruba S.p.A., via San Clemente 53, Ponte San Pietro (BG)."], "absent"],
    ["it", "international-transfers", ["# Trasferimento dei dati", "Il sito è ospitato da Aruba S.p.A., via San Clemente 53, Ponte San Pietro (BG)."], "absent"],
    ["it", "international-transfers", ["# Luogo del trattamento", "Il sito è ospitato presso Aruba S.p.A. su server situati in Italia."], "present"],
  ]);
});

describe("rights named only as those the law grants", () => {
  check([
    ["fr", "right-access", ["# Vos droits", "Vous disposez des droits que vous confère la réglementation en vigueur, que vous pouvez exercer à contact@exemple.fr."], "absent"],
    ["es", "right-access", ["# Derechos", "Puedes ejercer los derechos que te reconoce la normativa de protección de datos escribiéndonos a hola@ejemplo.es."], "absent"],
    ["it", "right-access", ["# Diritti", "Può esercitare i diritti previsti dalla normativa vigente scrivendo a info@esempio.it."], "absent"],
  ]);
});

describe("the safety of people and civil protection are no data security", () => {
  check([
    ["fr", "security", ["# Sécurité", "La sécurité de nos clients lors des événements est notre priorité : un agent est présent à chaque soirée."], "absent"],
    ["es", "security", ["# Seguridad", "La seguridad de los asistentes durante la carrera está garantizada por Protección Civil."], "absent"],
    ["it", "security", ["# Sicurezza", "La sicurezza dei partecipanti durante la gara è garantita dalla Protezione Civile."], "absent"],
  ]);
});

describe("periods of something other than data", () => {
  check([
    ["es", "retention", ["# Garantía", "Los productos tienen una garantía de 2 años desde la entrega."], "absent"],
    ["it", "retention", ["# Prenotazioni", "La prenotazione viene mantenuta per 15 minuti dopo l'orario indicato."], "absent"],
  ]);
});

describe("purpose headings with nothing or only a form to fill under them", () => {
  check([
    ["fr", "purposes", ["# Finalités du traitement", "", "# Vos droits", "Vous pouvez accéder à vos données en écrivant à contact@exemple.fr."], "absent"],
    ["es", "purposes", ["# Finalidad del tratamiento", "[Describir las finalidades]"], "absent"],
  ]);
});

describe("the date a law came into force is no policy date", () => {
  check([
    ["es", "policy-date", ["# Legislación", "Ley Orgánica 3/2018, de 5 de diciembre, en vigor desde el 7 de diciembre de 2018."], "absent"],
    ["fr", "policy-date", ["# Cadre", "Le RGPD est entré en application le 25 mai 2018."], "absent"],
    ["it", "policy-date", ["# Normativa", "Il Regolamento UE 2016/679 è applicabile dal 25 maggio 2018."], "absent"],
  ]);
});

describe("children as a kind of data", () => {
  check([
    ["fr", "children", ["# Données", "Nous collectons le nombre d'enfants du foyer pour calculer la cotisation."], "absent"],
    ["es", "children", ["# Datos", "Tratamos datos de la unidad familiar, como el número de hijos, para calcular la cuota."], "absent"],
    ["it", "children", ["# Dati", "Trattiamo dati sul nucleo familiare, come il numero di figli, per calcolare la quota."], "absent"],
  ]);
});
