/**
 * Families of phrasings policies use for an element in running text, each in the six languages, with a sentence that
 * looks alike and must not count.
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/types.js';
import { check, statusOf } from './phrasing-cases.js';

describe('rights asked for in running text', () => {
  check([
    ['en', 'right-rectification', ['If your address changes you can ask us to correct it at the front desk.'], 'present'],
    ['en', 'right-erasure', ['Once your course ends you may ask us to erase them.'], 'present'],
    ['en', 'right-access', ['You may request a copy of everything we keep on file about you.'], 'present'],
    ['en', 'right-restriction', ['While we check a disputed entry you can ask us to restrict its use.'], 'present'],
    ['en', 'right-rectification', ['Registered members can see, edit or delete their personal information in the account page.'], 'present'],
    ['en', 'right-rectification', ['Our team will correct the timetable when a class moves.'], 'absent'],
    ['fr', 'right-rectification', ['Vous pouvez nous demander de corriger votre adresse à tout moment.'], 'present'],
    ['fr', 'right-access', ['Vous pouvez demander une copie du dossier que nous conservons.'], 'present'],
    ['fr', 'right-restriction', ['Pendant la vérification, vous pouvez demander de limiter l’usage de ces informations.'], 'present'],
    ['de', 'right-access', ['Sie können jederzeit nachfragen, welche Daten wir über Sie gespeichert haben.'], 'present'],
    ['de', 'right-rectification', ['Falsche Angaben korrigieren wir sofort.'], 'present'],
    ['de', 'right-erasure', ['Ihre Kundendaten löschen wir auf Wunsch vor Ablauf der Frist.'], 'present'],
    ['de', 'right-restriction', ['Sie können verlangen, dass wir die Verarbeitung Ihrer Daten einschränken.'], 'present'],
    ['de', 'right-access', ['Welche Daten wir über Sie erheben, steht im nächsten Abschnitt.'], 'absent'],
    ['es', 'right-rectification', ['Puede pedirnos que corrijamos cualquier dato que haya cambiado.'], 'present'],
    ['es', 'right-erasure', ['También puede solicitar que eliminemos su ficha cuando deje de ser cliente.'], 'present'],
    ['es', 'right-access', ['Puede preguntarnos qué datos guardamos de usted.'], 'present'],
    ['es', 'right-restriction', ['Mientras se resuelve su reclamación puede pedirnos que limitemos su uso.'], 'present'],
    ['it', 'right-access', ['Puoi sapere quali dati conserviamo sul tuo conto.'], 'present'],
    ['it', 'right-rectification', ['Se un dato è cambiato puoi chiederci di correggerlo.'], 'present'],
    ['it', 'right-erasure', ['Puoi chiederci di cancellarli quando il corso è finito.'], 'present'],
    ['it', 'right-restriction', ['Durante la verifica puoi chiederci di limitare il loro uso.'], 'present'],
    ['nl', 'right-access', ['U kunt een kopie van uw dossier opvragen bij de receptie.'], 'present'],
    ['nl', 'right-erasure', ['U kunt ons vragen uw gegevens te wissen.'], 'present'],
    ['nl', 'right-restriction', ['U kunt ons vragen de verwerking van uw gegevens tijdelijk te beperken.'], 'present'],
  ]);
});

describe('short forms of rights under a broader heading', () => {
  check([
    ['it', 'right-rectification', ['## I tuoi diritti', 'Se qualcosa è cambiato, puoi correggerlo scrivendoci.'], 'present'],
    ['it', 'right-erasure', ['## I tuoi diritti', 'Quando smetti di frequentare, possiamo cancellarli su richiesta.'], 'present'],
    ['it', 'right-erasure', ['## Le lezioni', 'I corsi possono essere cancellati con preavviso.'], 'absent'],
    ['nl', 'right-rectification', ['## Jouw rechten', 'Klopt je adres niet meer, dan passen we het aan.'], 'present'],
    ['nl', 'right-rectification', ['## Lesrooster', 'Klopt je rooster niet meer, dan passen we het aan.'], 'absent'],
    ['fr', 'right-rectification', ['## Vos droits', 'Une adresse erronée peut être corrigée sur simple message.'], 'present'],
    ['de', 'right-rectification', ['## Ihre Rechte', 'Eine falsche Adresse wird umgehend korrigiert.'], 'present'],
    ['es', 'right-rectification', ['## Sus derechos', 'Si su dirección cambia, la corregimos enseguida.'], 'present'],
  ]);

  it.each([
    ['en', 'Q7. WHAT ARE MY RIGHTS?', 'You can ask to see your file, and we will correct any mistakes in it.'],
    ['fr', 'Quels sont mes droits ?', 'Vous pouvez nous écrire pour que nous corrigions toute erreur.'],
    ['de', 'Welche Rechte habe ich?', 'Eine falsche Adresse wird umgehend korrigiert.'],
  ])('%s: a short line of text naming a group of rights heads what follows (%s)', (language, line, sentence) => {
    expect(statusOf(language as Language, 'right-rectification', ['# Privacy', line, sentence])).toBe('present');
    expect(statusOf(language as Language, 'right-rectification', ['# Privacy', 'Opening hours', sentence])).toBe('absent');
  });
});

describe('a complaint addressed to a named authority', () => {
  check([
    ['en', 'right-complaint', ['If you are unhappy you can refer the matter to the ICO.'], 'present'],
    ['fr', 'right-complaint', ['Vous pouvez aussi vous adresser à la CNIL.'], 'present'],
    ['de', 'right-complaint', ['Sie können sich jederzeit an den Landesbeauftragten für Datenschutz wenden.'], 'present'],
    ['es', 'right-complaint', ['Si no está conforme, puede dirigirse a la Agencia Española de Protección de Datos.'], 'present'],
    ['it', 'right-complaint', ['Hai sempre il diritto di rivolgerti al Garante per la protezione dei dati personali.'], 'present'],
    ['nl', 'right-complaint', ['U kunt zich ook wenden tot de Autoriteit Persoonsgegevens.'], 'present'],
    ['it', 'right-complaint', ['Per qualsiasi dubbio puoi rivolgerti alla segreteria.'], 'absent'],
    ['de', 'right-complaint', ['Bei Fragen wenden Sie sich an unser Büro.'], 'absent'],
  ]);
});

describe('where the data comes from', () => {
  check([
    ['en', 'data-source', ['Nearly everything we hold comes from you, on the enrolment form.'], 'present'],
    ['en', 'data-source', ['Q3. Where does the club get my details?', 'Your team captain gives us the squad list.'], 'present'],
    ['en', 'data-source', ['We keep the information you provide on the enrolment form.'], 'absent'],
    ['fr', 'data-source', ['Ces informations nous sont fournies directement par vous lors de l’inscription.'], 'present'],
    ['fr', 'data-source', ['Les coordonnées des locataires lui sont transmises par le bailleur.'], 'present'],
    ['fr', 'data-source', ['Les factures vous sont transmises par voie électronique.'], 'absent'],
    ['de', 'data-source', ['Die Daten werden direkt bei Ihnen erhoben, etwa über das Anmeldeformular.'], 'present'],
    ['de', 'data-source', ['Ihre Buchungsdaten bekommen wir vom jeweiligen Reiseportal.'], 'present'],
    ['es', 'data-source', ['Los datos se recaban directamente del interesado en el mostrador.'], 'present'],
    ['es', 'data-source', ['Los datos recogidos a través del formulario se guardan en nuestro programa de citas.'], 'present'],
    ['it', 'data-source', ['I dati sono raccolti presso l’interessato al momento dell’iscrizione.'], 'present'],
    ['it', 'data-source', ['Tutti i dati ci sono forniti direttamente da te.'], 'present'],
    ['nl', 'data-source', ['Alle gegevens komen rechtstreeks van u, via het inschrijfformulier.'], 'present'],
    ['nl', 'data-source', ['Wij krijgen van het examenbureau de uitslag van je examen.'], 'present'],
  ]);
});

describe('purposes and recipients in running text', () => {
  check([
    ['en', 'purposes', ['The records go into a file whose purpose is managing repairs.'], 'present'],
    ['fr', 'purposes', ['Les données rejoignent un fichier dont la finalité est la gestion des réparations.'], 'present'],
    ['de', 'purposes', ['Die Daten kommen in eine Kartei, deren Zweck die Terminverwaltung ist.'], 'present'],
    ['es', 'purposes', ['Los datos se incorporan a un fichero cuya finalidad es la gestión de las reparaciones.'], 'present'],
    ['it', 'purposes', ['I dati confluiscono in un archivio la cui finalità è la gestione delle riparazioni.'], 'present'],
    ['nl', 'purposes', ['De gegevens komen in een bestand dat tot doel heeft de reparaties te plannen.'], 'present'],
        ['fr', 'recipients', ['Ces éléments peuvent être communiqués aux assureurs.'], 'present'],
    ['de', 'recipients', ['Die Schadensdaten übermitteln wir im Schadensfall an Ihre Versicherung.'], 'present'],
    ['es', 'recipients', ['Sus datos podrán ser comunicados a las compañías aseguradoras.'], 'present'],
    ['it', 'recipients', ['I dati possono essere comunicati alla compagnia assicurativa.'], 'present'],
    ['nl', 'recipients', ['Schadegegevens worden doorgegeven aan uw verzekeraar.'], 'present'],
  ]);
});

describe('what happens without the data', () => {
  check([
    ['en', 'statutory-contractual-requirement', ['Without this form we cannot open your account.'], 'present'],
    ['fr', 'statutory-contractual-requirement', ['Sans ce justificatif, nous ne pourrons pas valider l’inscription.'], 'present'],
    ['de', 'statutory-contractual-requirement', ['Ohne ausgefüllten Meldeschein dürfen wir Ihnen das Zimmer nicht überlassen.'], 'present'],
    ['es', 'statutory-contractual-requirement', ['Sin el número de bastidor no podemos pedir las piezas.'], 'present'],
    ['it', 'statutory-contractual-requirement', ['Senza il certificato medico non possiamo iscriverti al corso.'], 'present'],
    ['nl', 'statutory-contractual-requirement', ['Zonder machtiging kunnen we geen examen voor je aanvragen.'], 'present'],
    ['de', 'statutory-contractual-requirement', ['Ohne Umwege erreichen Sie unser Büro über den Hintereingang.'], 'absent'],
    ['en', 'statutory-contractual-requirement', ['We cannot open on public holidays.'], 'absent'],
  ]);
});

describe('who the controller is', () => {
  check([
    ['nl', 'controller-identity', ['Rijwielhandel Bakker (eenmanszaak, KvK 12345678) neemt je privacy serieus.'], 'present'],
    ['fr', 'controller-identity', ['Atelier Lenoir (SIRET 123 456 789 00012) vous explique ici ce que deviennent vos données.'], 'present'],
    ['de', 'controller-identity', ['Diese Hinweise gelten für die Tischlerei Holz GmbH, Amtsgericht Kiel HRB 12345.'], 'present'],
    ['it', 'controller-identity', ['Questa pagina riguarda Bottega Verdi S.r.l., P.IVA 01234567890.'], 'present'],
    ['en', 'controller-identity', ['We are Quayside Prints Ltd and we look after the data on this website.'], 'present'],
    ['es', 'controller-identity', ['Somos Talleres Ruiz S.L. y tratamos sus datos con cuidado.'], 'present'],
    ['en', 'controller-identity', ['Our payment provider answers card questions within a day.'], 'absent'],
    ['nl', 'controller-identity', ['Wij zijn een kleine zaak en nemen je privacy serieus.'], 'absent'],
  ]);
});

describe('cookies described elsewhere', () => {
  check([
    ['fr', 'cookies', ['## Cookies', 'La gestion des cookies fait l’objet d’une politique spécifique accessible en bas de page.'], 'absent'],
    ['en', 'cookies', ['## Cookies', 'How this site uses cookies is set out in a separate cookie policy.'], 'absent'],
    ['de', 'cookies', ['## Cookies', 'Informationen zu Cookies finden Sie in unserer gesonderten Cookie-Richtlinie.'], 'absent'],
    ['es', 'cookies', ['## Cookies', 'El uso de cookies se explica en una política de cookies aparte.'], 'absent'],
    ['it', 'cookies', ['## Cookie', 'Sui cookie trovi tutte le informazioni in un’apposita informativa.'], 'absent'],
    ['nl', 'cookies', ['## Cookies', 'Over cookies lees je meer in onze aparte cookieverklaring.'], 'absent'],
    ['fr', 'cookies', ['## Cookies', 'Nous déposons un cookie de session supprimé à la fermeture du navigateur.', 'Les autres traceurs font l’objet d’une politique spécifique.'], 'present'],
    ['en', 'cookies', ['## Cookies', 'A session cookie keeps you signed in; more detail is in a separate cookie policy.', 'It expires when you close the browser.'], 'present'],
  ]);
});

describe('legitimate interests in an enumeration of legal bases', () => {
  check([
    ['es', 'legitimate-interests', ['| Legitimación | Ejecución de un contrato; cumplimiento de obligaciones legales; interés legítimo del responsable. |'], 'absent'],
    ['en', 'legitimate-interests', ['Lawful bases: performance of a contract; your consent; compliance with a legal obligation; our legitimate interests.'], 'absent'],
    ['en', 'legitimate-interests', ['Lawful bases: performance of a contract; your consent; our legitimate interests, which include preventing fraud.'], 'present'],
    ['fr', 'legitimate-interests', ['Nous nous fondons sur notre intérêt légitime, qui consiste à sécuriser le site.'], 'present'],
    ['es', 'legitimate-interests', ['Nos basamos en nuestro interés legítimo, que consiste en prevenir el fraude.'], 'present'],
    ['it', 'legitimate-interests', ['Ci basiamo sul nostro legittimo interesse, che consiste nel prevenire le frodi.'], 'present'],
    ['nl', 'legitimate-interests', ['Wij baseren ons op ons gerechtvaardigd belang, dat bestaat uit het voorkomen van fraude.'], 'present'],
  ]);
});

describe('data described as what the person gives', () => {
  check([
    ['en', 'data-source', ['All of this is information you give us yourself, through our forms.'], 'present'],
    ['de', 'data-source', ['Wir verarbeiten die Daten, die Sie uns bei der Anmeldung mitteilen.'], 'present'],
    ['es', 'data-source', ['Tratamos los datos que nos facilita al pedir cita.'], 'present'],
    ['es', 'data-source', ['Los datos de los menores serán facilitados por sus padres o tutores.'], 'present'],
    ['fr', 'data-source', ['Lors de votre commande, vous nous communiquez les informations suivantes : nom et adresse.'], 'present'],
    ['it', 'data-source', ['I dati trattati sono quelli da Lei forniti al momento della prenotazione.'], 'present'],
    ['nl', 'data-source', ['Wij gebruiken de gegevens die u ons verstrekt bij de inschrijving.'], 'present'],
    ['en', 'data-source', ['You can receive the data you provided to us in a portable format.'], 'absent'],
    ['de', 'data-source', ['Teilen Sie uns Änderungen Ihrer Anschrift bitte mit.'], 'absent'],
  ]);
});

describe('cookies only pointed to', () => {
  check([
    ['en', 'cookies', ['## Cookies', "The Firm's website uses cookies. Please refer to the Cookie Notice on the website."], 'absent'],
    ['de', 'cookies', ['## Cookies', 'Informationen zu den eingesetzten Cookies finden Sie in unserer Cookie-Richtlinie.', 'Stand: Mai 2024'], 'absent'],
    ['es', 'cookies', ['## Cookies', 'Este sitio web utiliza cookies propias y de terceros. Puede configurarlas en nuestra Política de Cookies.'], 'absent'],
    ['fr', 'cookies', ['## Cookies', 'Pour en savoir plus sur les cookies déposés, consultez notre Politique cookies.'], 'absent'],
    ['it', 'cookies', ['## Cookie', "Per informazioni sull'uso dei cookie si rinvia alla Cookie Policy."], 'absent'],
    ['nl', 'cookies', ['## Cookies', 'Voor informatie over cookies verwijzen wij naar de cookieverklaring.'], 'absent'],
    ['en', 'cookies', ['## Cookies', 'We set one session cookie that keeps your basket; see our cookie policy for the rest.', 'It expires when you close the browser.'], 'present'],
    ['de', 'cookies', ['## Cookies', 'Wir setzen nur ein Sitzungs-Cookie für den Warenkorb, das beim Schließen des Browsers gelöscht wird.'], 'present'],
  ]);
});

describe('dates of adoption and signature lines', () => {
  check([
    ['de', 'policy-date', ['Beschlossen vom Vorstand am 14.05.2018.'], 'present'],
    ['it', 'policy-date', ['Bologna, 15 settembre 2023'], 'present'],
    ['fr', 'policy-date', ['Lyon, le 3 mars 2024'], 'present'],
    ['it', 'policy-date', ['La presente informativa è aggiornata a luglio 2024.'], 'present'],
    ['en', 'policy-date', ['Approved by the board of trustees on 12 March 2024.'], 'present'],
    ['it', 'policy-date', ['Bologna, Modena e Parma'], 'absent'],
    ['de', 'policy-date', ['Beschlossen wurde auch, das Vereinsheim zu renovieren.'], 'absent'],
  ]);
});

describe('sections that define terms', () => {
  const controller = 'This notice is issued by Quayside Prints Ltd, 4 Harbour Street, Whitby. Quayside Prints Ltd is the controller.';
  check([
    ['en', 'controller-identity', ['## 1. Introduction and interpretation', controller], 'present'],
    ['en', 'controller-identity', ['## 1. Definitions and interpretation', controller], 'absent'],
  ]);
});

describe('running-text rights and purposes, and false alarms of obligation and automation', () => {
  check([
    ['en', 'right-erasure', ['You can ask us to correct it if it is wrong or delete it if you no longer want us to have it.'], 'present'],
    ['es', 'right-erasure', ['Puedes pedirnos que corrijamos tus datos o que los borremos.'], 'present'],
    ['fr', 'right-erasure', ['Vous pouvez demander que nous les supprimions à tout moment.'], 'present'],
    ['it', 'right-rectification', ['Potrà chiedere la modifica dei Suoi dati telefonando al numero 348 555 7788.'], 'present'],
    ['it', 'purposes', ['I dati saranno trattati dal B&B Aurora esclusivamente per la gestione del soggiorno.'], 'present'],
    ['it', 'recipients', ['Le generalità degli ospiti vengono comunicate alla Questura.'], 'present'],
    ['fr', 'recipients', ['Ces informations sont destinées uniquement aux membres du bureau.'], 'present'],
    ['de', 'statutory-contractual-requirement', ['Wir geben Ihre Daten nur weiter, wenn dies erforderlich ist oder wir gesetzlich hierzu verpflichtet sind.'], 'absent'],
    ['nl', 'statutory-contractual-requirement', ['Wij verwerken ook persoonsgegevens als wij hier wettelijk toe verplicht zijn, zoals voor de belastingaangifte.'], 'absent'],
    ['de', 'statutory-contractual-requirement', ['Ohne diese Angaben können wir den Vertrag nicht abschließen.'], 'present'],
    ['de', 'automated-decision-making', ['Der Server erhebt automatisch Informationen, die Ihr Browser automatisch übermittelt.'], 'absent'],
    ['de', 'automated-decision-making', ['Eine automatisierte Entscheidungsfindung findet nicht statt.'], 'present'],
  ]);
});

describe('no officer appointed, and the channel for exercising rights', () => {
  check([
    ['de', 'dpo-contact', ['Ein Datenschutzbeauftragter ist bei uns nicht bestellt, da die Voraussetzungen fehlen.'], 'absent'],
    ['it', 'dpo-contact', ['Il Titolare non ha nominato un Responsabile della protezione dei dati (RPD).'], 'absent'],
    ['de', 'dpo-contact', ['Unseren Datenschutzbeauftragten erreichen Sie unter dsb@beispiel.example.'], 'present'],
    ['fr', 'right-complaint', ['## Vos droits', 'Pour exercer ces droits, il vous suffit de vous adresser au secrétariat.'], 'absent'],
    ['fr', 'right-complaint', ['## Vos droits', 'Vous pouvez également vous adresser à la CNIL.'], 'present'],
    ['es', 'right-complaint', ['## Sus derechos', 'Para ejercer estos derechos, puede dirigirse a nuestra oficina.'], 'absent'],
  ]);
});

describe('a heading over a denial, and complaints that stay with the controller', () => {
  check([
    ['nl', 'dpo-contact', ['## Functionaris gegevensbescherming', 'Wij zijn niet verplicht een functionaris gegevensbescherming aan te stellen. Vragen kun je sturen naar privacy@winkel.example.'], 'absent'],
    ['en', 'dpo-contact', ['## Data protection officer', 'We have not appointed a data protection officer.'], 'absent'],
    ['en', 'dpo-contact', ['## Data protection officer', 'Jane Doe, dpo@company.example'], 'present'],
    ['en', 'legitimate-interests', ['## Legitimate interests', 'We do not rely on legitimate interests for any processing.'], 'absent'],
    ['nl', 'legitimate-interests', ['Een gemeente mag zich bij haar publieke taken niet beroepen op een gerechtvaardigd belang.'], 'absent'],
    ['nl', 'right-complaint', ['## Vragen of klachten', 'Heb je een klacht over hoe wij met je gegevens omgaan? Neem dan contact op met het bestuur.'], 'absent'],
    ['en', 'right-complaint', ['If you would like to make a complaint, please write to us at privacy@shop.example.'], 'absent'],
    ['en', 'right-complaint', ['You have the right to lodge a complaint.'], 'partial'],
    ['en', 'right-complaint', ['You can lodge a complaint with the ICO, or write to us at privacy@shop.example.'], 'present'],
    ['nl', 'cookies', ['## Cookies', 'In onze cookieverklaring leest u meer over cookies op deze website.'], 'absent'],
    ['en', 'cookies', ['## Cookies', 'For details, see our cookie policy.'], 'absent'],
  ]);
});

describe('obligations that are not about providing data, officers denied, and what a colon introduces', () => {
  check([
    ['de', 'statutory-contractual-requirement', ['Bei einigen Tipps verlinke ich auf Shops. Solche Links sind mit einem Sternchen (*) markiert.'], 'absent'],
    ['nl', 'statutory-contractual-requirement', ['Wij hebben geen functionaris aangesteld, omdat dat voor een bedrijf als het onze niet verplicht is.'], 'absent'],
    ['de', 'statutory-contractual-requirement', ['Die mit einem Sternchen (*) markierten Felder sind Pflichtangaben.'], 'present'],
    ['de', 'dpo-contact', ['Ein Datenschutzbeauftragter ist für unsere Praxis nach § 38 BDSG nicht zu benennen.'], 'absent'],
    ['nl', 'dpo-contact', ['Functionaris gegevensbescherming? Die hebben we niet aangesteld, omdat dat niet verplicht is.'], 'absent'],
    ['nl', 'dpo-contact', ['## Functionaris gegevensbescherming', 'Die hebben we niet aangesteld, omdat dat voor ons niet verplicht is.'], 'absent'],
    ['de', 'right-erasure', ['Du kannst jederzeit verlangen, dass ich deinen Kommentar mit den gespeicherten Daten lösche.'], 'present'],
    ['de', 'policy-date', ['Zuletzt geändert: 12/2021'], 'present'],
    ['en', 'children', ['We check criminal records where your course involves work with children or vulnerable adults.'], 'absent'],
    ['nl', 'controller-identity', ['Verantwoordelijk voor de verwerking van uw gegevens is:', 'Fysiotherapie Lingezicht V.O.F.\nLingedijk 87\n4191 LA Geldermalsen\nE-mail: info@fysio.example'], 'present'],
    ['nl', 'right-complaint', ['U kunt zich ook wenden tot het College bescherming persoonsgegevens om een klacht in te dienen.'], 'present'],
  ]);
});

describe('measures, periods and names that only look like the element', () => {
  check([
    ['de', 'security', ['Nach der Löschung deines Kontos verschwinden die Daten nach 30 Tagen auch aus den Backups.'], 'absent'],
    ['en', 'security', ['When you close your account, your data is removed from our backups within 35 days.'], 'absent'],
    ['nl', 'security', ['Na het opzeggen verdwijnen uw gegevens binnen een maand ook uit de back-ups.'], 'absent'],
    ['en', 'security', ['# Security', 'We make encrypted backups every night.'], 'present'],
    ['en', 'retention', ['You can ask us at any time to update the details we hold for you.'], 'absent'],
    ['nl', 'retention', ['Alleen bestuursleden hebben toegang tot de bestanden. Papieren formulieren worden in een afgesloten kast bewaard.'], 'absent'],
    ['de', 'controller-identity', ['Verantwortlich für die Datenverarbeitung ist der Verein, vertreten durch den Vorstand.'], 'absent'],
    ['de', 'controller-identity', ['Verantwortlich für die Datenverarbeitung ist der Verein Kulturfreunde Talheim e.V., vertreten durch den Vorstand.'], 'present'],
  ]);
});

describe('informal app and club wording', () => {
  check([
    ['de', 'data-source', ['Die Angaben, die Sie dort eintragen, verwenden wir nur für Ihre Reservierung.'], 'present'],
    ['de', 'recipients', ['# Bekommt sonst noch jemand meine Daten?', 'Nein. Ich gebe sie an niemanden weiter.'], 'present'],
    ['de', 'right-erasure', ['# Wie lösche ich mein Konto?', 'In der App unter Einstellungen → Konto → Konto löschen.'], 'present'],
    ['nl', 'recipients', ['# Verstrekking aan anderen', 'Wij verkopen uw gegevens niet en geven ze niet door aan andere organisaties.'], 'present'],
    ['nl', 'children', ['De app is bedoeld voor mensen van 16 jaar en ouder. Merken we dat iemand onder de 16 een account heeft, dan verwijderen we het.'], 'present'],
    ['en', 'right-object', ['You can tell us that you no longer want us to contact you about our services, and we will stop.'], 'present'],
    ['en', 'right-withdraw-consent', ['If you have agreed to receive our newsletter, you may change your mind at any time by emailing us at [email address].'], 'present'],
    ['en', 'controller-contact', ['Write to us at [email address].'], 'absent'],
  ]);
});

describe('template blanks longer than a name', () => {
  check([
    ['fr', 'retention', ['Elles sont conservées pendant [durée de conservation ou critères permettant de la déterminer].'], 'absent'],
    ['en', 'retention', ['We keep your data for [retention period (months), or the criteria used to set it].'], 'absent'],
  ]);
});

describe('a requirement to provide data is about the person providing it', () => {
  const S = 'statutory-contractual-requirement';
  check([
    ['en', S, ['Your phone number is optional.'], 'present'],
    ['en', S, ['We may hold your racial or ethnic origin (for equality monitoring in recruitment, which is voluntary).'], 'absent'],
    ['de', S, ['Wir setzen Cookies ein, die zur Bereitstellung bestimmter Funktionen erforderlich sind (notwendige Cookies).'], 'absent'],
    ['de', S, ['Wir erfassen Name, Telefonnummer und – freiwillig – den Anlass der Behandlung.'], 'absent'],
    ['nl', S, ['Wij gebruiken alleen noodzakelijke cookies.'], 'absent'],
  ]);
});

describe('adoption, approval and amendment dates', () => {
  check([
    ['nl', 'policy-date', ['Vastgesteld in de algemene ledenvergadering van 21 november 2016. Aangepast door het bestuur op 24 mei 2018.'], 'present'],
    ['en', 'policy-date', ['Amended by the committee on 24 May 2018.'], 'present'],
    ['de', 'policy-date', ['Beschlossen in der Mitgliederversammlung vom 12. März 2018.'], 'present'],
  ]);
});

describe('a title line with no cue ends the area of the heading-like line before it', () => {
  check([
    ['en', 'right-erasure', ['Your rights', 'You can see the data we hold about you.', '8. READERS COMMENTS', 'Comments may be removed by the editors at any time.'], 'absent'],
  ]);
});

describe('everyday wording in short club and practice notices', () => {
  check([
    ['en', 'right-erasure', ["If you'd like your details deleted before the end of the season, ask the club secretary."], 'present'],
    ['nl', 'right-rectification', ['Als u vindt dat er iets niet klopt, kunt u vragen om dat te verbeteren.'], 'present'],
    ['en', 'recipients', ['# Who may see your information?', 'Only the dental team and the specialists you are referred to.'], 'present'],
    ['en', 'data-source', ['Some of this information comes to us from your GP or a hospital.'], 'present'],
    ['en', 'purposes', ['# Purposes for which we use personal data', 'To deliver public services and to manage bookings.'], 'present'],
    ['nl', 'legitimate-interests', ["De grondslag 'gerechtvaardigd belang' geldt niet voor een gemeente die haar taken uitvoert."], 'absent'],
  ]);
});

describe('a legal-retention proviso on erasure, or where papers are kept, is no retention period', () => {
  check([
    ['de', 'retention', ['Sie können jederzeit verlangen, dass wir Ihre Daten löschen, soweit dem keine gesetzlichen Aufbewahrungspflichten entgegenstehen.'], 'absent'],
    ['en', 'retention', ['You can ask us to remove your details, unless we are required by law to keep them.'], 'absent'],
    ['nl', 'retention', ['U kunt ons vragen uw gegevens te wissen, tenzij een wettelijke bewaarplicht geldt.'], 'absent'],
    ['nl', 'retention', ['Papieren werkorders worden na afloop in een afgesloten kast bewaard.'], 'absent'],
    ['de', 'retention', ['Rechnungen bewahren wir wegen der gesetzlichen Aufbewahrungspflichten zehn Jahre auf.'], 'present'],
    ['nl', 'retention', ['Werkorders worden na afloop van de reparatie zeven jaar bewaard.'], 'present'],
  ]);
});

describe('the controller’s own details in the legal notice are no data categories', () => {
  check([
    ['de', 'data-categories', ['Name, Anschrift und Kontaktmöglichkeiten entnehmen Sie bitte unserem Impressum.'], 'absent'],
    ['de', 'data-categories', ['Wir verarbeiten Name, Anschrift und Telefonnummer unserer Kunden.'], 'present'],
  ]);
});

describe('the controller’s legal permission is no statutory requirement to provide data', () => {
  check([
    ['de', 'statutory-contractual-requirement', ['Wir verarbeiten Angaben zu einer Schwerbehinderung nur, soweit dies gesetzlich erlaubt oder erforderlich ist.'], 'absent'],
  ]);
});

describe('children as a kind of data are nothing about minors', () => {
  check([
    ['de', 'children', ['Wir verarbeiten Name, Anschrift, Angaben zu Familienstand, Kindern und Religionszugehörigkeit.'], 'absent'],
    ['en', 'children', ['We process your name, address, marital status, children and income.'], 'absent'],
    ['de', 'children', ['Unser Angebot richtet sich nicht an Kinder unter 16 Jahren.'], 'present'],
  ]);
});

describe('an authority named for breach notification is not where the person may complain', () => {
  check([
    ['en', 'right-complaint', ['If a breach of security occurs, where required we will report it to the Information Commissioner’s Office within 72 hours.'], 'absent'],
    ['en', 'right-complaint', ['You have the right to complain to the Information Commissioner’s Office (ico.org.uk).'], 'present'],
  ]);
});

describe('an editorial update note is no right to rectification', () => {
  check([
    ['en', 'right-rectification', ['# Your rights', 'Update May 2018: This section has been added to reflect the General Data Protection Regulation.'], 'absent'],
  ]);
});

describe('cookies said to be used, then a pointer to the cookie statement, describe no cookies', () => {
  check([
    ['nl', 'cookies', ['# Website en cookies', 'Op onze website worden cookies gebruikt. Voor informatie hierover verwijzen wij naar onze cookieverklaring op www.flexpunt.example/cookies.'], 'absent'],
    ['nl', 'cookies', ['# Cookies', 'Op onze website worden analytische cookies gebruikt om bezoek te meten. U kunt ze weigeren in uw browser.'], 'present'],
  ]);
});

describe('another organisation named as a separate controller is not the controller', () => {
  check([
    ['en', 'controller-identity', ['# Who is responsible for your data?', 'The Club is the data controller for the personal data it holds.', 'The Football Association, Wembley Stadium, London HA9 0WS, info@fa.example, is a separate data controller for the information it holds.'], 'absent'],
    ['en', 'controller-identity', ['# Who is responsible for your data?', 'Millbrook Town FC, 1 High Street, Millbrook, is the data controller and can be contacted at secretary@club.example.'], 'present'],
  ]);
});

describe("the data protection officer's channels are not the controller's", () => {
  check([
    ['nl', 'controller-contact', ['# Functionaris gegevensbescherming', 'Het bisdom heeft een functionaris gegevensbescherming (FG) benoemd. U kunt de FG bereiken per e-mail: fg@bisdom.example.'], 'absent'],
    ['es', 'controller-contact', ['# Sus derechos', 'Puede dirigirse al Delegado de Protección de Datos de la Archidiócesis en la dirección de correo electrónico dpd@archidiocesis.example.'], 'absent'],
    ['de', 'controller-contact', ['# Hinweise', 'Für alle Gemeinden ist ein gemeinsamer Beauftragter für den Datenschutz bestellt. Sie erreichen ihn wie folgt:', 'Örtlich Beauftragter für den Datenschutz', 'Herr Dieter Albrecht', 'Am Domhof 3', 'Telefon: 04392 91 77-40', 'E-Mail: datenschutz@kirchenkreis.example'], 'absent'],
    ['en', 'controller-contact', ['# Contact', 'You can contact our data protection team at privacy@company.example.'], 'present'],
    ['de', 'controller-contact', ['# Verantwortlicher', 'Verantwortlich ist die Muster Bau GmbH, Hauptstraße 1, 10115 Berlin.', 'E-Mail: datenschutz@musterbau.example'], 'present'],
  ]);
});

describe('a role title after a kind of organisation names no one', () => {
  check([
    ['en', 'controller-identity', ['# Who we are', 'The Club Secretary is responsible for the processing of your personal data.'], 'absent'],
    ['en', 'controller-identity', ['# Who we are', 'Millbrook Football Club is responsible for the processing of your personal data.'], 'present'],
  ]);
});

describe('who is responsible, as Dutch parishes write it', () => {
  check([
    ['nl', 'controller-identity', ['# Wie is verantwoordelijk?', 'Verantwoordelijk voor de persoonsgegevens die in de parochie worden bijgehouden is het bestuur van de R.-K. Parochie Sint Jan de Doper, Lindenveld.'], 'present'],
  ]);
});

describe('numbered parts of a disclaimer are skipped with it', () => {
  check([
    ['de', 'recipients', ['# Haftungsausschluss', '# 3. Texte und Bilder', 'Die Predigten auf dieser Seite dürfen gern ausgedruckt und an Freunde weitergegeben werden.', '# Datenschutz', 'Die Nutzung unserer Webseite ist ohne Angabe personenbezogener Daten möglich.'], 'absent'],
  ]);
});

describe('the data protection part of a legal-notice page is read', () => {
  const disclaimer = ['# Haftungsausschluss (Disclaimer)', '## 1. Inhalt des Onlineangebotes', 'Der Autor übernimmt keine Gewähr für die Aktualität der Inhalte.'];
  check([
    ['de', 'right-access', [...disclaimer, '## 5. Datenschutz', 'Sie haben das Recht, Auskunft über die zu Ihrer Person gespeicherten Daten zu erhalten.'], 'present'],
    ['de', 'right-access', ['# Haftungsausschluss (Disclaimer)', '# 1. Inhalt des Onlineangebotes', '# 5. Datenschutz', 'Sie haben das Recht, Auskunft über die zu Ihrer Person gespeicherten Daten zu erhalten.'], 'present'],
    ['en', 'right-access', ['# Disclaimer', '## 4. Privacy', 'You may ask for a copy of the personal data we hold about you.'], 'present'],
    ['de', 'right-access', [...disclaimer, '## 2. Verweise und Links', 'Auskunft über verlinkte Seiten erteilen deren Betreiber.'], 'absent'],
  ]);
});

describe('rights and complaints that borrow the words of other elements', () => {
  check([
    ['en', 'right-access', ['# Your rights', 'If any of the information we hold about you is inaccurate, you can ask us to correct it.'], 'absent'],
    ['en', 'purposes', ['# Complaints', 'We would always rather you came to us first, so that we can try to sort out the problem.'], 'absent'],
    ['en', 'retention', ['# Your rights', 'Where we hold your information on the basis of your consent, you can withdraw it, and we will stop using the information for anything you have not agreed to.'], 'absent'],
  ]);
});

describe('whether the data must be given, in the usual template words', () => {
  check([
    ['en', 'statutory-contractual-requirement', ['## If you fail to provide personal data', 'Where we need to collect personal data by law, and you fail to provide that data when requested, we may not be able to perform the contract.'], 'present'],
    ['en', 'statutory-contractual-requirement', ['## Do I have to give you this information?', 'Some of it, yes. We cannot accept a new member without a completed joining form.'], 'present'],
    ['de', 'statutory-contractual-requirement', ['## Müssen Sie uns Ihre Daten geben?', 'Ohne Name und E-Mail-Adresse können Sie kein Konto erstellen.'], 'present'],
    ['nl', 'statutory-contractual-requirement', ['Zonder e-mailadres kun je online geen ticket kopen.'], 'present'],
    // Processing only as far as it is needed is the controller's own limit, not the person's obligation.
    ['de', 'statutory-contractual-requirement', ['Wenn Sie uns Gesundheitsinformationen mitteilen, verarbeiten wir diese nur, soweit es zur Bearbeitung Ihres Anliegens erforderlich ist.'], 'absent'],
  ]);
});

describe('a data protection officer weighed and not appointed', () => {
  check([
    ['en', 'dpo-contact', ["We're a small organisation and aren't required to appoint a Data Protection Officer, so we haven't. Write to privacy@shop.example."], 'absent'],
    ['de', 'dpo-contact', ['## Datenschutzbeauftragter', 'Die Voraussetzungen für die Benennung eines Datenschutzbeauftragten liegen bei uns nicht vor. Ein Datenschutzbeauftragter wurde daher nicht benannt.'], 'absent'],
    ['nl', 'dpo-contact', ['## Functionaris gegevensbescherming', 'Een functionaris gegevensbescherming is voor ons niet van toepassing, dus hebben we er geen.'], 'absent'],
  ]);
});

describe('statements the cues missed in everyday words', () => {
  check([
    ['en', 'right-withdraw-consent', ['If you have given us your permission for anything, you can change your mind and take that permission back at any time.'], 'present'],
    ['en', 'data-source', ['When you place an order on our website you give us your name, email address and phone number.'], 'present'],
    ['nl', 'right-rectification', ['Heeft u een klantaccount, dan kunt u uw gegevens zelf inzien en wijzigen onder Mijn account.'], 'present'],
    ['nl', 'data-source', ['De gegevens worden bij de inschrijving door het lid zelf op het inschrijfformulier opgegeven.'], 'present'],
    ['de', 'security', ['Sämtliche Beschäftigte sind zur Verschwiegenheit verpflichtet.'], 'present'],
    ['de', 'security', ['Der Zugang zum Portal erfolgt per Zwei-Faktor-Verfahren.'], 'present'],
    // Children named among a client's relatives are data about the family, not a statement about minors.
    ['de', 'children', ['Wir verarbeiten Angaben zu Angehörigen, soweit steuerlich relevant (Kinder, Ehegatten oder Lebenspartner).'], 'absent'],
  ]);
});

describe('a contact form named only as where data comes from', () => {
  check([
    ['de', 'controller-contact', ['## Kontaktformular', 'Was Sie uns über das Kontaktformular schicken, speichern wir, um Ihre Anfrage zu beantworten.'], 'absent'],
    ['en', 'controller-contact', ['## Enquiries', 'Details you send us through the contact form are kept for one year.'], 'absent'],
    ['de', 'controller-contact', ['## Kontakt', 'Sie erreichen uns jederzeit über unser Kontaktformular.'], 'present'],
  ]);
});

describe('recipients under the regulation’s own heading, and a statement that there are none', () => {
  check([
    ['de', 'recipients', ['## Empfänger oder Kategorien von Empfängern', 'Daten werden übermittelt an unseren Caterer als Auftragsverarbeiter.'], 'present'],
    ['de', 'recipients', ['# Datenschutz', 'Wir führen einen kleinen Laden. Wir geben Ihre Daten nicht an Dritte weiter.'], 'present'],
    ['en', 'recipients', ['# Privacy', 'We run a small shop. We do not share your personal data with third parties.'], 'present'],
    ['nl', 'recipients', ['# Privacy', 'Wij hebben een kleine winkel. Wij delen uw gegevens niet met derden.'], 'present'],
    ['en', 'recipients', ['# Privacy', 'We run a small shop. We do not sell personal data and we do not share it with advertisers.'], 'absent'],
    ['de', 'recipients', ['# Datenschutz', 'Ist die Verschlüsselung aktiv, können Ihre Daten nicht von Dritten mitgelesen werden.'], 'absent'],
  ]);
});

describe('cookies left to the cookie document', () => {
  check([
    ['de', 'cookies', ['## Cookies', 'Wie wir Cookies und ähnliche Technologien einsetzen, erklären wir in unserer Cookie-Richtlinie.'], 'absent'],
    ['nl', 'cookies', ['## Cookies', 'Over het gebruik van cookies op onze website leest u meer in onze cookieverklaring.'], 'absent'],
    ['nl', 'cookies', ['## Cookies', 'Voor informatie over cookies op onze website verwijzen wij naar onze cookie policy.'], 'absent'],
  ]);
});

describe('cues that belong to what another element states', () => {
  check([
    ['de', 'recipients', ['# Datenschutz', 'Sie können Auskunft darüber verlangen, welche Daten wir über Sie gespeichert haben und an wen sie weitergegeben wurden.'], 'absent'],
    ['de', 'recipients', ['# Datenschutz', 'Sie können Ihre Daten maschinenlesbar erhalten. Auf Wunsch übermitteln wir die Daten auch direkt an einen anderen Verantwortlichen.'], 'absent'],
    ['en', 'statutory-contractual-requirement', ['# Privacy', 'We may disclose personal data to third parties: to our bank; to the police where required by law or where necessary for safeguarding.'], 'absent'],
    ['nl', 'statutory-contractual-requirement', ['# Privacy', 'Wij kunnen gegevens ook verstrekken aan politie of andere instanties als wij daartoe op grond van de wet verplicht zijn.'], 'absent'],
    ['de', 'recipients', ['# Datenschutz', 'Ihre Bankverbindung geben wir an unsere Hausbank weiter.'], 'present'],
  ]);
});

describe('thin pages that point elsewhere for who is responsible', () => {
  check([
    ['de', 'controller-identity', ['## Verantwortliche Stelle', 'Verantwortlich im Sinne der DSGVO ist der im Impressum dieser Website genannte Inhaber. Fragen schicken Sie an datenschutz@example.de'], 'absent'],
    ['de', 'controller-contact', ['## Google Analytics', 'Diese Website nutzt Google Analytics. Anbieter ist die Google Inc., 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA.'], 'absent'],
  ]);
});

describe('purposes and objections in everyday verbs', () => {
  check([
    ['de', 'purposes', ['# Datenschutz', 'Wir verwenden diese Angaben, um Ihre Bestellung vorzubereiten.'], 'present'],
    ['de', 'purposes', ['# Datenschutz', 'Die Daten werden verarbeitet zur Verwaltung der Mitgliedschaft.'], 'present'],
    ['de', 'purposes', ['# Datenschutz', '## Welche Daten wir erheben und wofür', 'Name, Anschrift, E-Mail-Adresse und Telefonnummer.'], 'absent'],
    ['nl', 'right-object', ['# Privacy', 'Stelt u daar geen prijs op, dan kunt u zich hiertegen verzetten door een bericht te sturen.'], 'present'],
  ]);
});

describe('words of another subject in thin pages', () => {
  check([
    // The supervisory authorities are data protection commissioners too: their list is no officer of the controller.
    ['de', 'dpo-contact', ['# Datenschutz', 'Zuständige Aufsichtsbehörde ist der Landesdatenschutzbeauftragte. Eine Liste der Datenschutzbeauftragten sowie deren Kontaktdaten finden Sie auf der Internetseite des Bundesbeauftragten für den Datenschutz und die Informationsfreiheit.'], 'absent'],
    // The officer's own duty of confidentiality is no measure protecting the data.
    ['de', 'security', ['# Datenschutz', 'Unseren Datenschutzbeauftragten erreichen Sie unter dsb@example.de. Er ist zur Verschwiegenheit verpflichtet.'], 'absent'],
    ['de', 'security', ['# Datenschutz', 'Alle Mitarbeitenden sind zur Verschwiegenheit verpflichtet.'], 'present'],
    ['en', 'security', ['# Privacy', 'We process it because it is necessary for the provision of health care by a registered health professional under a duty of confidentiality (Article 9(2)(h)).'], 'absent'],
    // A cookie's lifetime is no retention period of personal data.
    ['de', 'retention', ['## Cookies', 'Die meisten Cookies sind Session-Cookies. Sie werden nach Ende Ihres Besuchs automatisch gelöscht. Andere Cookies bleiben auf Ihrem Endgerät gespeichert, bis Sie diese löschen.'], 'absent'],
    ['nl', 'retention', ['## Cookies', 'Sessiecookies worden automatisch verwijderd zodra u uw browser sluit.'], 'absent'],
    ['de', 'retention', ['# Datenschutz', '## Sperrung und Löschung', 'Auf Wunsch sperren oder löschen wir die über Sie gespeicherten Daten jederzeit, soweit dem keine gesetzlichen Aufbewahrungspflichten entgegenstehen.'], 'absent'],
    ['nl', 'retention', ['# Privacy', 'Wat je via het formulier invult komt rechtstreeks in onze mailbox en wordt niet op de website zelf bewaard.'], 'absent'],
    // Another section of the telecoms law is no cookie consent.
    ['de', 'cookies', ['# Datenschutz', '| Zweck | Rechtsgrundlage |', '| Werbeanrufe | Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO, § 9 TDDDG) |'], 'absent'],
    ['de', 'cookies', ['# Datenschutz', 'Rechtsgrundlage ist Ihre Einwilligung nach § 25 Abs. 1 TDDDG.'], 'present'],
  ]);
});

describe('a right before a blank channel', () => {
  check([
    ['it', 'right-erasure', ['# Privacy', '## Diritti', "L'utente può chiedere in qualsiasi momento la cancellazione dei dati che lo riguardano scrivendo a:", '## Modifiche'], 'present'],
    ['en', 'right-erasure', ['# Privacy', '## Your data', 'You can ask us to delete your data by writing to:', '## Changes'], 'present'],
    ['en', 'controller-contact', ['# Privacy', '## Your data', 'You can ask us to delete your data by writing to:', '## Changes'], 'absent'],
  ]);
});

describe('headings, menus and markers that are no subject', () => {
  check([
    // A section dated in its heading (`GDPR – update May 2018`) still states what is under it.
    ['en', 'right-rectification', ['# Privacy', '## General Data Protection Regulation (GDPR) – update May 2018', 'If you believe that any information we are holding on you is incorrect, please write to us. We will promptly correct any information found to be incorrect.'], 'present'],
    // A site's menu row under its name is no label of a subject.
    ['en', 'automated-decision-making', ['# Steer Clear Driving School', '| Manual & automatic lessons | Intensive courses | Pass Plus |', '# Privacy policy', 'We use your details to book your lessons.'], 'absent'],
    // `[AVG]` marks a paragraph added for the GDPR: no template blank.
    ['nl', 'legal-basis', ['# Privacy', '[AVG] De grondslag voor deze verwerkingen is de uitvoering van de overeenkomst die u met ons sluit.'], 'present'],
  ]);
});

describe('ages, opt-outs and what people fill in', () => {
  check([
    ['en', 'children', ['# Privacy', '## Age limit', 'You must be at least 16 to create an account. If you are under 18, talk to a parent before applying.'], 'present'],
    ['en', 'right-erasure', ['# Privacy', 'If you leave the Club you can ask for your details to be deleted from our records.'], 'present'],
    ['nl', 'right-object', ['# Privacy', 'Wilt u deze nieuwsbrief niet (meer) ontvangen, dan kunt u dit aangeven via de link onderaan iedere nieuwsbrief.'], 'present'],
    ['nl', 'data-source', ['# Privacy', 'Wilt u de nieuwsbrief niet meer? Wij halen u dan direct uit de verzendlijst.'], 'absent'],
    ['nl', 'data-source', ['# Privacy', 'Wat je in het aanmeldformulier invult komt rechtstreeks bij ons binnen.'], 'present'],
    ['de', 'data-source', ['# Datenschutz', 'Bei jedem Zugriff auf unsere Seiten werden durch unseren Provider automatisch Zugriffsdaten in Protokolldateien gespeichert.'], 'present'],
    ['de', 'data-source', ['# Datenschutz', 'Schicken Sie uns eine Nachricht, werden die Angaben, die Sie im Formular machen, bei uns gespeichert.'], 'present'],
    ['en', 'data-source', ['# Privacy', '## What we collect and where it comes from', '- name, email address and mobile number;', '- your vehicle make and model.'], 'present'],
  ]);
});

describe('footers, collection headings and copies of safeguards', () => {
  check([
    // A copyright year at the head of a footer line is no postal code.
    ['en', 'controller-contact', ['# Privacy', '## Questions', 'If you have any other questions please write to us at:', 'Thank you for choosing us. We have been moving families for over 25 years.', '- 2020 All rights reserved.'], 'absent'],
    ['nl', 'automated-decision-making', ['# Privacy', '## Wat we automatisch verzamelen', 'Bij elk bezoek slaan we je IP-adres en browsertype op.'], 'absent'],
    ['en', 'data-source', ['# Privacy', 'We keep your hearing test results and details of any referral we make.'], 'absent'],
    ['de', 'right-access', ['# Datenschutz', 'Wir verwenden Standardvertragsklauseln. Eine Kopie der relevanten Schutzmaßnahmen können Sie bei uns anfordern.'], 'absent'],
    ['de', 'right-access', ['# Datenschutz', 'Sie können Zugang zu den personenbezogenen Daten anfordern, die wir über Sie haben.'], 'present'],
    ['nl', 'legitimate-interests', ['# Privacy', 'Wij baseren geen van de hierboven genoemde verwerkingen op het gerechtvaardigd belang om fraude te voorkomen.'], 'absent'],
    // Data passed on to a bank is a recipient, not a transfer abroad.
    ['nl', 'international-transfers', ['# Privacy', 'Voor het innen van de contributie worden naam en IBAN doorgegeven aan de bank van de groep.'], 'absent'],
    ['nl', 'right-object', ['# Privacy', 'Leden kunnen bij de leiding aangeven dat zij bezwaar hebben tegen het plaatsen van foto\'s.'], 'present'],
    ['nl', 'right-portability', ['# Privacy', 'Ook kunt u ons vragen om de gegevens die wij van u hebben in een computerbestand naar u of naar een andere partij te sturen.'], 'present'],
  ]);
});

describe('security wording and first-person answers read as rights', () => {
  check([
    ['en', 'right-access', ['We have procedures in place to stop anyone getting unauthorised access to the information we collect.'], 'absent'],
    ['de', 'right-access', ['Wir schützen Ihre Daten vor unbefugtem Zugriff und unbefugten Zugang zu Ihren Daten.'], 'absent'],
    ['nl', 'right-access', ['Wij beveiligen onze systemen tegen onbevoegde toegang tot uw gegevens.'], 'absent'],
    ['en', 'right-rectification', ['If anything we hold about you is wrong or incomplete, tell us and we will correct it.'], 'present'],
    ['nl', 'right-erasure', ['Wil je dat ik je gegevens verwijder? Stuur me een mailtje.'], 'present'],
  ]);
});
