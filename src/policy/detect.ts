/**
 * detect: which GDPR information elements a policy contains, with evidence, and the facts the requirement profiles
 * reason on. Three passes over the document: each block alone (cues, negation, durations, channels), the structure
 * (headings, tables, introduced lists), then each element's status from the cues that count where they stand.
 */
import { positionAt } from '../document/block-text.js';
import type { PolicyDocument } from '../document/model.js';
import { LANGUAGES, type ElementResult, type Evidence, type Language } from '../types.js';
import { clip, findContacts, findDanglingContacts, findServices, findTemplateLeftovers, type Located, type ServiceMention } from './attributes.js';
import { compileEngine } from './detect-engine.js';
import { scanBlock, type BlockScan } from './detect-scan.js';
import { dateIn, decideElement, durationsIn, type Candidate, type DetectionInput, type ElementDecision } from './detect-status.js';
import { analyseStructure } from './detect-structure.js';
import { loadVendors } from './detect-vendors.js';
import { loadElementDefinitions, loadLanguageVocabularies, type ChannelKind, type CueLanguage, type ElementDefinition } from './elements.js';
import { detectLanguage } from './language.js';

/** Conditions the requirement profiles use (`if transfers then international-transfers is required`). */
export interface PolicyContext {
  consentBasis: boolean;
  legitimateInterests: boolean;
  transfers: boolean;
  indirectCollection: boolean;
  directMarketing: boolean;
  children: boolean;
  automatedDecisions: boolean;
}

export interface PolicyAttributes {
  /** Retention periods stated, in days, ascending. */
  retentionDays: number[];
  /** Retention is only touched on with a vague formulation (`as long as necessary`). */
  vagueRetention: boolean;
  /** Supervisory authorities named. */
  authorities: string[];
  /** Art. 6 grounds named: consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests. */
  legalBases: string[];
  /** Third countries named (ISO 3166-1 alpha-2). */
  countries: string[];
  services: ServiceMention[];
  contacts: { kind: ChannelKind; line: number; column: number }[];
  /** Date of the policy (`YYYY-MM-DD` or `YYYY-MM`). */
  date: string | null;
  danglingContacts: Located[];
  templateLeftovers: Located[];
}

export interface PolicyFacts {
  language: Language | null;
  elements: Record<string, ElementResult>;
  context: PolicyContext;
  attributes: PolicyAttributes;
}

export interface DetectOptions {
  /** Force the language instead of detecting it. */
  language?: Language;
  /** Element definitions to use instead of the bundled ones. */
  elements?: ElementDefinition[];
}

const LANGUAGE_SAMPLE = 20_000;
const CUE_GROUPS = new Set(['heading', 'strong', 'weak']);
/** Groups whose labels are attributes (a channel's label is its kind, reported with the contacts). */
const LABELLED = new Set(['label', 'strong', 'weak', 'support', 'heading']);

/**
 * Which elements a segmented policy states, with evidence pointing at the matched words, the conditions profiles
 * reason on and the facts quality checks need. Pure: the same document gives the same facts.
 */
export function detectElements(document: PolicyDocument, options: DetectOptions = {}): PolicyFacts {
  const definitions = options.elements ?? loadElementDefinitions();
  const engine = compileEngine(definitions, loadLanguageVocabularies(), loadVendors());
  const language = options.language ?? document.language ?? detectLanguage(sampleText(document), document.declaredLanguage);
  const index = engine.indexFor(activeLanguages(language));
  const scans: BlockScan[] = document.blocks.map((block) => scanBlock(engine, index, block));
  const structure = analyseStructure(document, scans);
  const dangling = findDanglingContacts(document, scans, engine.contactElements);
  const subjectBound = new Set(definitions.filter((definition) => language && (definition.cues[language]?.subjects?.length ?? 0) > 0).map((definition) => definition.id));
  const input: DetectionInput = { document, scans, structure, dangling: dangling.keys, blocksWith: blocksByOwner(scans), subjectBound, words: engine.words };
  const decisions = new Map<string, ElementDecision>(definitions.map((definition) => [definition.id, decideElement(definition, input)]));
  const labels = collectLabels(scans, definitions);
  const services = findServices(document, scans, engine.vendors);

  const status = (id: string): ElementDecision['status'] => decisions.get(id)?.status ?? 'absent';
  const stated = (id: string): boolean => status(id) !== 'absent' && !decisions.get(id)?.negated;
  const labelsOf = (id: string): string[] => [...(labels.get(id) ?? [])].sort();
  const retention = decisions.get('retention');
  const retentionDays = retention ? durationsIn(retention.candidates, input) : [];
  const policyDate = decisions.get('policy-date');

  const elements: Record<string, ElementResult> = {};
  for (const definition of definitions) {
    const decision = decisions.get(definition.id) as ElementDecision;
    const attributes: Record<string, unknown> = {};
    const elementLabels = labelsOf(definition.id);
    if (elementLabels.length > 0) attributes.labels = elementLabels;
    if (decision.negated) attributes.negated = true;
    if (definition.id === 'retention' && retentionDays.length > 0) attributes.days = retentionDays;
    elements[definition.id] = {
      status: decision.status,
      evidence: decision.evidence.map((candidate) => evidenceOf(document, scans, candidate)),
      ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    };
  }

  const legalBases = labelsOf('legal-basis');
  const countries = labelsOf('international-transfers');
  return {
    language,
    elements,
    context: {
      consentBasis: legalBases.includes('consent') || stated('right-withdraw-consent'),
      legitimateInterests: stated('legitimate-interests') || legalBases.includes('legitimate-interests'),
      transfers: stated('international-transfers') || countries.length > 0 || services.some((service) => service.outsideEEA),
      indirectCollection: stated('data-source'),
      directMarketing: labelsOf('purposes').includes('direct-marketing'),
      children: stated('children'),
      automatedDecisions: stated('automated-decision-making'),
    },
    attributes: {
      retentionDays,
      vagueRetention: status('retention') !== 'present' && (retention?.candidates.some((candidate) => candidate.vague && !candidate.negated) ?? false),
      authorities: labelsOf('right-complaint'),
      legalBases,
      countries,
      services,
      contacts: findContacts(document, scans),
      date: policyDate && policyDate.status === 'present' ? dateIn(policyDate.evidence, input) : null,
      danglingContacts: dangling.found,
      templateLeftovers: findTemplateLeftovers(document, scans),
    },
  };
}

/** Cues of the policy's language come first, but English ones apply too: English headings in other languages are common. */
function activeLanguages(language: Language | null): Set<CueLanguage> {
  return new Set<CueLanguage>(language ? ['any', 'en', language] : ['any', ...LANGUAGES]);
}

function sampleText(document: PolicyDocument): string {
  const parts: string[] = [];
  let length = 0;
  for (const block of document.blocks) {
    if (length >= LANGUAGE_SAMPLE) break;
    parts.push(block.text);
    length += block.text.length + 1;
  }
  return parts.join('\n');
}

/**
 * Labels per element. An element with `labelScope: sentence` only keeps those beside one of its affirmative cues:
 * `the United States` is a transfer destination in `we transfer data to the United States`, not in `we do not`.
 */
function collectLabels(scans: BlockScan[], definitions: ElementDefinition[]): Map<string, Set<string>> {
  const bySentence = new Set(definitions.filter((definition) => definition.detection?.labelScope === 'sentence').map((definition) => definition.id));
  const labels = new Map<string, Set<string>>();
  for (const scan of scans) {
    const cued = new Set(scan.hits.filter((cue) => bySentence.has(cue.owner) && CUE_GROUPS.has(cue.group) && !cue.negated).map((cue) => `${cue.owner}\u0000${cue.sentence}`));
    for (const hit of scan.hits) {
      if (!hit.label || !LABELLED.has(hit.group)) continue;
      if (bySentence.has(hit.owner) && !cued.has(`${hit.owner}\u0000${hit.sentence}`)) continue;
      let set = labels.get(hit.owner);
      if (!set) labels.set(hit.owner, (set = new Set()));
      set.add(hit.label);
    }
  }
  return labels;
}

function blocksByOwner(scans: BlockScan[]): Map<string, number[]> {
  const byOwner = new Map<string, number[]>();
  scans.forEach((scan, b) => {
    for (const owner of new Set(scan.hits.map((hit) => hit.owner))) {
      const list = byOwner.get(owner);
      if (list) list.push(b);
      else byOwner.set(owner, [b]);
    }
  });
  return byOwner;
}

function evidenceOf(document: PolicyDocument, scans: BlockScan[], candidate: Candidate): Evidence {
  const block = document.blocks[candidate.block]!;
  const scan = scans[candidate.block] as BlockScan;
  const [start, end] = candidate.kind === 'column' ? [candidate.hit.start, candidate.hit.end] : (scan.sentences[candidate.hit.sentence] ?? [0, block.text.length]);
  return { ...positionAt(block, candidate.hit.start), text: clip(block.text.slice(start, end), candidate.hit.start - start) };
}
