import { randomBytes } from 'node:crypto';
import type { AppealRecord, AuditSummary, Category, Decision, Detection, Gate, ScreenOptions, ScreenView, Verdict, Zone } from './types';
import { levelOf } from './level';
import { PURPOSE_CATEGORIES } from './types';
import { normalise, toOriginal } from './normalise';
import { tokenise } from './tokens';
import { byTag, createPhraseIndex, type Hit } from './phrase-index';
import { CONTENT_LEXICON } from './lexicon/content';
import { PEOPLE_LEXICON } from './lexicon/people';
import { detectIdentifiers } from './detect-identifiers';
import { detectNames } from './detect-names';
import { detectCredentials } from './detect-credentials';
import { detectSecret } from './detect-secret';
import { detectInternal } from './detect-internal';
import { detectAddresses, detectSensitive } from './detect-personal';
import { detectPurposes } from './detect-purposes';
import { reasonFor, strongestAction, type GatePolicy } from './policy';
import { redact } from './redact';
import { auditSummary } from './audit';
import type { Found } from './found';
import type { ScreenInput } from './screen/features';
import type { ScreenModel } from './screen/model';
import { createScreen } from './screen/screen';
import { asksAboutRules, hasTopic, namesSecrecy, namesSomeone } from './screen/anchors';
import { committedScreenModel, DEFAULT_COMBINE, RULE_VOTE } from './screen/committed';

export { levelOf };

/** Everything the detectors found in one text; spans are in normalised-view coordinates. */
export interface Detected extends ScreenInput {
  found: Found[];
  norm: ReturnType<typeof normalise>;
}
/** Runs every detector over one text. */
export type Detector = (text: string) => Detected;

/** Builds the detector pipeline once (the phrase index is compiled here). */
export function createDetector(): Detector {
  // only the content vocabulary and residence words are indexed; person/place context is looked up around candidates
  const index = createPhraseIndex({ ...CONTENT_LEXICON, ADDR_TRIGGER: PEOPLE_LEXICON.ADDR_TRIGGER });
  return (text) => {
    const norm = normalise(text);
    const toks = tokenise(norm);
    const tags: Map<string, Hit[]> = byTag(index.match(norm, toks));
    const ids = detectIdentifiers(norm, toks);
    const allNames = detectNames(norm, toks);
    const names = allNames.filter((n) => !n.official);
    const found: Found[] = [
      ...detectSecret(norm, toks, tags),
      ...ids,
      ...detectCredentials(norm, tags, ids),
      ...names,
      ...detectAddresses(norm, toks, tags, names),
      ...detectSensitive(toks, tags, names, ids, norm),
      ...detectInternal(norm, toks, tags, allNames),
      ...detectPurposes(norm),
    ];
    for (const f of found) if (f.value === f.kind) f.value = norm.plain.slice(f.start, f.end);
    return { found, norm, toks, tags };
  };
}

/** How the learned screen and the rule detectors combine for a category the screen scores. */
export type Combine = 'model' | 'vote' | 'or' | 'rules';

/** Options of the gate beyond the policy and zone. */
export interface GateDeps {
  policy: GatePolicy;
  zone: Zone;
  hashSalt?: string;
  /** The learned screen; the committed model when absent, none (rules only) when null. */
  screenModel?: ScreenModel | null;
  /** Per-category combination of screen and rules (DEFAULT_COMBINE for the others). */
  combine?: Partial<Record<Category, Combine>>;
  /** What a rule's finding adds to the screen's margin under 'vote' (RULE_VOTE when absent). */
  ruleVote?: number;
}

/** Creates the sensitivity gate for one deployment zone. */
export function createGate(deps: GateDeps): Gate {
  const { policy, zone } = deps;
  const salt = deps.hashSalt ?? randomBytes(16).toString('hex');
  const detect = createDetector();
  const model = deps.screenModel === undefined ? committedScreenModel() : deps.screenModel;
  const screenText = model ? createScreen(model) : null;
  const combineOf = (c: Category): Combine => deps.combine?.[c] ?? DEFAULT_COMBINE[c] ?? 'vote';
  const table = policy.zones[zone];
  const redactable = new Set(policy.redactCategories);
  const band = model?.band ?? 0;
  const vote = deps.ruleVote ?? RULE_VOTE;
  return {
    zone,
    screen(text: string, opts: ScreenOptions = {}): Verdict {
      const source = opts.source ?? 'message';
      const detected = detect(text);
      const { norm } = detected;
      let found = detected.found;
      const view: ScreenView = { scores: {}, margins: {}, uncertain: [] };
      if (screenText) {
        const r = screenText(detected);
        // 'vote': a rule's finding counts when the screen's margin for it (for a purpose, "any forbidden purpose")
        // plus the rule's vote reaches the threshold; 'model' drops rule findings the screen does not confirm
        // the screen's margins are calibrated to veto on texts it reads whole; in a longer one (its wide windows) the
        // detectors' level-2 findings stand, as in the first gate
        const readWhole = detected.toks.count <= (model?.window.whole ?? Infinity);
        // a second opinion that says a category of the uncertain band is absent speaks for the screen: the rules' vote needs it
        const settledAbsent = (c: Category): boolean => opts.settle?.[c] === false && Math.abs(r.margins.get(c) ?? Infinity) < band;
        const confirmed = (c: Category): boolean => {
          const mode = combineOf(c);
          if (mode === 'or' || mode === 'rules') return true;
          if (!readWhole && !PURPOSES.has(c)) return true;
          if (settledAbsent(c)) return false;
          if (mode === 'model') return r.found.includes(c);
          const m = PURPOSES.has(c) ? r.anyPurpose : r.margins.get(c)!;
          return r.found.includes(c) || m + vote >= 0;
        };
        // a marking label heading its line or set in brackets is the detectors' guarantee: the screen does not overrule it
        const kept = found.filter((f) => !r.margins.has(f.category) || f.label === true || confirmed(f.category));
        for (const [c, m] of r.margins) {
          view.margins[c] = Number(m.toFixed(3));
          if (Math.abs(m) < band) view.uncertain.push(c);
        }
        const screened = new Set(r.found);
        // a second opinion moves a category across its threshold only inside the uncertain band
        const settled = new Set<Category>();
        for (const c of view.uncertain) if (opts.settle?.[c] !== undefined) { screened[opts.settle[c] ? 'add' : 'delete'](c); settled.add(c); }
        // a purpose the rules already name is not named twice by the screen
        const ruledPurpose = kept.some((f) => PURPOSES.has(f.category));
        const aboutRules = [...screened].some((c) => PURPOSES.has(c)) && asksAboutRules(detected);
        for (const c of screened) {
          if (combineOf(c) === 'rules' || kept.some((f) => f.category === c) || (PURPOSES.has(c) && ruledPurpose)) continue;
          // anchors against far-fetched readings (screen/anchors.ts): a secrecy marking only in a text that names
          // secrecy, level-2 content only with its topic, a sensitive fact only about someone, and no forbidden purpose
          // in a question about the rules; a second opinion that settled the category has read the text itself
          if (!settled.has(c)) {
            if (c === 'secret_marking' && !namesSecrecy(detected)) continue;
            if (!hasTopic(detected, c)) continue;
            if (c === 'personal_sensitive' && !namesSomeone(detected)) continue;
            if (PURPOSES.has(c) && aboutRules) continue;
          }
          const [a, b] = r.spans.get(c)!;
          kept.push({ category: c, kind: 'screen', start: a, end: b, value: `screen:${c}` });
        }
        view.scores = r.scores;
        found = kept;
      }
      const spans = found.map((f) => {
        const o = toOriginal(norm, f.start, f.end);
        return { category: f.category, kind: f.kind, start: f.start, end: f.end, value: f.value, oStart: o.start, oEnd: o.end };
      });
      spans.sort((a, b) => a.oStart - b.oStart || a.oEnd - b.oEnd);
      const detections: Detection[] = spans.map((s) => ({ category: s.category, kind: s.kind, start: s.oStart, end: s.oEnd }));
      const categories = [...new Set(spans.map((s) => s.category))];
      const level = levelOf(categories);
      const act = strongestAction(table, categories);
      const audit = (d: Decision): AuditSummary => auditSummary(d, level, categories, found, salt);
      const appealRecord = (d: Decision) => (): AppealRecord => ({
        decision: d, level, categories, scores: view.scores,
        // every span that carries data (names, numbers, contacts, credentials, sensitive facts) is replaced; level 4 keeps no text
        maskedText: level === 4 ? null : redact(text, spans.filter((s) => MASKED.has(s.category)), policy.placeholders).text,
      });
      if (act === 'block') {
        const reason = reasonFor(policy, zone, categories, 'block', source)!;
        return { decision: 'block', level, categories, detections, reason, screen: view, appealRecord: appealRecord('block'), audit: audit('block') };
      }
      const notice = categories.some((c) => table[c] === 'notice') ? reasonFor(policy, zone, categories, 'notice', source) : undefined;
      if (act === 'redact') {
        const r = redact(text, spans.filter((s) => redactable.has(s.category)), policy.placeholders);
        return { decision: 'redact', level, categories, detections, text: r.text, restore: r.restore, notice, screen: view, appealRecord: appealRecord('redact'), audit: audit('redact') };
      }
      return { decision: 'allow', level, categories, detections, text, restore: (t) => t, notice, screen: view, appealRecord: appealRecord('allow'), audit: audit('allow') };
    },
  };
}

const PURPOSES = new Set<Category>(PURPOSE_CATEGORIES);
const MASKED = new Set<Category>(['person_name', 'personal_id', 'personal_contact', 'credential', 'personal_sensitive']);
