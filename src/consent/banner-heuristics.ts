/**
 * Finding a consent banner without knowing its CMP: visible buttons whose text reads as accept, reject or settings (in
 * English, French, German, Spanish, Italian and Dutch), inside something that looks like a banner (fixed or sticky, a
 * dialog, or named after cookies, consent or privacy). Labels are classified here in Node; the page only lists them.
 */
import type { ButtonRole } from './artifacts.js';

/** Whole words or phrases, with Unicode-aware boundaries (`\b` is ASCII-only and fails on "sì" or "préférences"). */
function phrases(...alternatives: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Checked first: refusals often contain an accept word ("Continuer sans accepter", "Accept only necessary"). */
const REJECT = phrases(
  // en
  'reject(?: all)?',
  'decline(?: all)?',
  'refuse(?: all)?',
  'deny(?: all)?',
  'disagree',
  "do not (?:accept|agree|consent)",
  "don't (?:accept|agree)",
  'no,? thanks?',
  '(?:strictly )?(?:necessary|essential|required)(?: cookies)? only',
  'only (?:strictly )?(?:necessary|essential|required)',
  '(?:continue|proceed) without (?:accepting|agreeing|consent)',
  // fr
  'tout refuser',
  'refuser(?: tout)?',
  'je refuse',
  'continuer sans accepter',
  'non merci',
  'uniquement (?:les )?(?:cookies )?(?:nécessaires|essentiels|indispensables|strictement nécessaires)',
  // de
  'alle ablehnen',
  'ablehnen',
  'verweigern',
  'nur (?:technisch )?(?:notwendige|essenzielle|erforderliche)',
  'nicht (?:zustimmen|akzeptieren|einverstanden)',
  // es
  'rechazar(?: todo| todas)?',
  'denegar',
  'no acepto',
  'solo (?:las )?(?:cookies )?(?:necesarias|esenciales|técnicas)',
  // it
  'rifiuta(?: tutto| tutti)?',
  'rifiuto',
  'non accetto',
  'continua senza accettare',
  'solo (?:i )?(?:cookie )?(?:necessari|essenziali|tecnici)',
  // nl
  'alles weigeren',
  'weigeren',
  'weiger',
  'niet (?:accepteren|akkoord)',
  'alleen (?:noodzakelijke|functionele|essentiële)',
);

const SETTINGS = phrases(
  'settings',
  'preferences',
  'customi[sz]e',
  'manage(?: cookies| options| preferences)?',
  'more options',
  'options',
  'configure',
  'let me choose',
  'paramètres',
  'paramétrer',
  'personnaliser',
  'gérer',
  'préférences',
  'choisir',
  'réglages',
  'einstellungen',
  'anpassen',
  'verwalten',
  'präferenzen',
  'konfigurieren',
  'configuración',
  'configurar',
  'personalizar',
  'gestionar',
  'preferencias',
  'ajustes',
  'opciones',
  'impostazioni',
  'personalizza',
  'gestisci',
  'preferenze',
  'opzioni',
  'instellingen',
  'aanpassen',
  'beheren',
  'voorkeuren',
  'opties',
);

const ACCEPT = phrases(
  'accept(?: all)?',
  'agree',
  'i agree',
  'allow(?: all)?',
  'consent',
  'ok(?:ay)?',
  'got it',
  'understood',
  'i understand',
  'yes',
  'tout accepter',
  'accepter(?: tout)?',
  "j'accepte",
  "d'accord",
  "j'ai compris",
  'compris',
  'autoriser',
  'alle akzeptieren',
  'akzeptieren',
  'zustimmen',
  'ich stimme zu',
  'einverstanden',
  'annehmen',
  'alle zulassen',
  'zulassen',
  'erlauben',
  'verstanden',
  'aceptar(?: todo| todas)?',
  'acepto',
  'permitir(?: todo| todas)?',
  'de acuerdo',
  'entendido',
  'accetta(?: tutto| tutti)?',
  'accetto',
  'consenti',
  'acconsento',
  'ho capito',
  'alles accepteren',
  'accepteren',
  'akkoord',
  'ik ga akkoord',
  'toestaan',
  'alle cookies toestaan',
  'begrepen',
);

/** Longer texts are sentences, not button labels. */
const MAX_LABEL_FOR_ROLE = 60;

/** Invisible and direction-changing characters a page may put in a label. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

function normalizeLabel(label: string): string {
  return label
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function classifyButtonLabel(label: string): ButtonRole {
  const text = normalizeLabel(label).toLowerCase();
  if (!text || text.length > MAX_LABEL_FOR_ROLE) return 'other';
  if (REJECT.test(text)) return 'reject';
  if (SETTINGS.test(text)) return 'settings';
  if (ACCEPT.test(text)) return 'accept';
  return 'other';
}

/** What `scanFrame` returns for one frame. */
export interface FrameScan {
  buttons: { label: string; id: string; container: number; shadow: boolean }[];
  containers: { id: string; fixed: boolean; named: boolean; dialog: boolean }[];
}

export interface ScanArgs {
  /** Attribute set on buttons and containers so Node can find them again. */
  marker: string;
  /** Distinguishes this scan's marks from earlier ones. */
  scan: string;
  /** Class, id and label words that name a consent banner. */
  namePattern: string;
  /** In an iframe, buttons outside any banner-like element still count: the frame itself is the banner. */
  wholeFrame: boolean;
  maxElements: number;
  maxButtons: number;
}

export const BANNER_NAME_PATTERN =
  '^(?:cc|cky|cmp|qc-cmp\\w*|sp|ot|cmplz|iubenda|didomi|onetrust|cookiebot|truste|axeptio|borlabs|klaro|tarteaucitron)[-_]|cookie|consent|gdpr|privacy|rgpd|dsgvo|datenschutz|tarteaucitron|klaro|didomi|onetrust|usercentrics|cookiebot|truste|iubenda|axeptio|borlabs|complianz';

/**
 * Runs in a frame; serialised by Playwright, so self-contained. Walks the document and its open shadow roots for
 * visible buttons, each attributed to its outermost banner-like ancestor.
 */
export function scanFrame(args: ScanArgs): FrameScan {
  const named = new RegExp(args.namePattern, 'i');
  const clickable = 'button, a, [role="button"], input[type="button"], input[type="submit"], [onclick]';
  const containers: FrameScan['containers'] = [];
  const containerIndex = new Map<Element, number>();
  const buttons: FrameScan['buttons'] = [];
  let visited = 0;

  const isVisible = (element: Element): boolean => {
    const rect = element.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2) return false;
    if (rect.right + window.scrollX <= 0 || rect.bottom + window.scrollY <= 0) return false;
    const check = (element as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility;
    if (typeof check === 'function' && !check.call(element, { opacityProperty: true, visibilityProperty: true })) return false;
    const style = getComputedStyle(element);
    return style.visibility !== 'hidden' && style.display !== 'none';
  };
  const parentOf = (element: Element): Element | null => {
    if (element.parentElement) return element.parentElement;
    const root = element.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  };
  const describe = (element: Element) => {
    const style = getComputedStyle(element);
    const words = [element.id, typeof element.className === 'string' ? element.className : '', element.getAttribute('aria-label') ?? '', element.getAttribute('aria-describedby') ?? '', element.getAttribute('aria-labelledby') ?? '']
      .join(' ')
      .split(/\s+/)
      .filter(Boolean);
    const role = element.getAttribute('role');
    return {
      fixed: style.position === 'fixed' || style.position === 'sticky',
      named: words.some((word) => named.test(word)),
      dialog: role === 'dialog' || role === 'alertdialog' || element.getAttribute('aria-modal') === 'true' || element.tagName === 'DIALOG',
    };
  };
  const containerOf = (button: Element): number => {
    let outermost: Element | null = null;
    let flags = { fixed: false, named: false, dialog: false };
    let element = parentOf(button);
    for (let depth = 0; element && depth < 40; depth += 1) {
      if (element === document.body || element === document.documentElement) break;
      const described = describe(element);
      if (described.fixed || described.named || described.dialog) {
        outermost = element;
        flags = {
          fixed: flags.fixed || described.fixed,
          named: flags.named || described.named,
          dialog: flags.dialog || described.dialog,
        };
      }
      element = parentOf(element);
    }
    const container = outermost ?? (args.wholeFrame ? document.documentElement : null);
    if (!container) return -1;
    const known = containerIndex.get(container);
    if (known !== undefined) {
      const entry = containers[known]!;
      entry.fixed ||= flags.fixed;
      entry.named ||= flags.named;
      entry.dialog ||= flags.dialog;
      return known;
    }
    const id = `${args.scan}-c${containers.length}`;
    container.setAttribute(args.marker, id);
    containers.push({ id, ...flags });
    containerIndex.set(container, containers.length - 1);
    return containers.length - 1;
  };

  const visit = (root: Document | ShadowRoot, inShadow: boolean) => {
    const elements = root.querySelectorAll('*');
    for (let index = 0; index < elements.length; index += 1) {
      if (visited >= args.maxElements || buttons.length >= args.maxButtons) return;
      visited += 1;
      const element = elements[index]!;
      if (element.shadowRoot) visit(element.shadowRoot, true);
      if (!element.matches(clickable) || !isVisible(element)) continue;
      const input = element as HTMLInputElement;
      const raw =
        (element as HTMLElement).innerText ||
        (element.tagName === 'INPUT' ? input.value : '') ||
        element.getAttribute('aria-label') ||
        element.getAttribute('title') ||
        '';
      const label = String(raw).replace(/\s+/g, ' ').trim().slice(0, 200);
      if (!label) continue;
      const container = containerOf(element);
      if (container < 0) continue;
      const id = `${args.scan}-b${buttons.length}`;
      element.setAttribute(args.marker, id);
      buttons.push({ label, id, container, shadow: inShadow });
    }
  };
  visit(document, false);
  return { buttons, containers };
}

/** The frame's answer went through a hostile page's globals; check its shape before use. */
export function readFrameScan(value: unknown): FrameScan | null {
  if (!value || typeof value !== 'object') return null;
  const { buttons, containers } = value as Record<string, unknown>;
  if (!Array.isArray(buttons) || !Array.isArray(containers)) return null;
  const okContainers = containers.every(
    (entry) => entry && typeof entry.id === 'string' && typeof entry.fixed === 'boolean' && typeof entry.named === 'boolean' && typeof entry.dialog === 'boolean',
  );
  const okButtons = buttons.every(
    (entry) =>
      entry &&
      typeof entry.label === 'string' &&
      typeof entry.id === 'string' &&
      Number.isInteger(entry.container) &&
      entry.container >= 0 &&
      entry.container < containers.length &&
      typeof entry.shadow === 'boolean',
  );
  return okContainers && okButtons ? (value as FrameScan) : null;
}

export interface BannerCandidate {
  /** Index of the frame in the list that was scanned. */
  frameIndex: number;
  containerId: string;
  buttons: { label: string; role: ButtonRole; id: string; shadow: boolean }[];
  score: number;
}

/**
 * The most banner-like container among every frame's scan: one offering accept or reject wins over one that only
 * has settings; being named after consent, fixed on screen or a dialog adds weight. Ties go to the earlier frame
 * (the main document comes first).
 */
export function pickBanner(scans: readonly (FrameScan | null)[]): BannerCandidate | null {
  let best: BannerCandidate | null = null;
  scans.forEach((scan, frameIndex) => {
    if (!scan) return;
    scan.containers.forEach((container, index) => {
      const buttons = scan.buttons
        .filter((button) => button.container === index)
        .map((button) => ({ label: button.label, role: classifyButtonLabel(button.label), id: button.id, shadow: button.shadow }));
      const has = (role: ButtonRole) => buttons.some((button) => button.role === role);
      const choice = has('accept') || has('reject');
      if (!choice && !(container.named && has('settings'))) return;
      const score =
        (has('reject') ? 4 : 0) + (has('accept') ? 4 : 0) + (has('settings') ? 1 : 0) + (container.named ? 3 : 0) + (container.fixed ? 2 : 0) + (container.dialog ? 1 : 0);
      if (!best || score > best.score) best = { frameIndex, containerId: container.id, buttons, score };
    });
  });
  return best;
}
