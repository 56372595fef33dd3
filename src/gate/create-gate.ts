import { randomBytes } from 'node:crypto';
import type { Detection, Gate, Source, Verdict, Zone } from './types';
import { levelOf } from './level';
import { normalise, toOriginal } from './normalise';
import { tokenise } from './tokens';
import { byTag, createPhraseIndex, type Hit } from './phrase-index';
import { CONTENT_LEXICON } from './lexicon/content';
import { PEOPLE_LEXICON } from './lexicon/people';
import { detectIdentifiers } from './detect-identifiers';
import { detectNames } from './detect-names';
import { detectSecret } from './detect-secret';
import { detectInternal } from './detect-internal';
import { detectAddresses, detectSensitive } from './detect-personal';
import { detectPurposes } from './detect-purposes';
import { reasonFor, strongestAction, type GatePolicy } from './policy';
import { redact } from './redact';
import { auditSummary } from './audit';
import type { Found } from './found';

export { levelOf };

/** Runs every detector over one text; spans are in normalised-view coordinates. */
export type Detector = (text: string) => { found: Found[]; norm: ReturnType<typeof normalise> };

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
      ...names,
      ...detectAddresses(norm, toks, tags, names),
      ...detectSensitive(toks, tags, names, ids, norm),
      ...detectInternal(norm, toks, tags, allNames),
      ...detectPurposes(norm),
    ];
    for (const f of found) if (f.value === f.kind) f.value = norm.plain.slice(f.start, f.end);
    return { found, norm };
  };
}

/** Creates the sensitivity gate for one deployment zone. */
export function createGate(deps: { policy: GatePolicy; zone: Zone; hashSalt?: string }): Gate {
  const { policy, zone } = deps;
  const salt = deps.hashSalt ?? randomBytes(16).toString('hex');
  const detect = createDetector();
  const table = policy.zones[zone];
  const redactable = new Set(policy.redactCategories);
  return {
    zone,
    screen(text: string, opts: { source?: Source } = {}): Verdict {
      const source = opts.source ?? 'message';
      const { found, norm } = detect(text);
      const spans = found.map((f) => {
        const o = toOriginal(norm, f.start, f.end);
        return { category: f.category, kind: f.kind, start: f.start, end: f.end, value: f.value, oStart: o.start, oEnd: o.end };
      });
      spans.sort((a, b) => a.oStart - b.oStart || a.oEnd - b.oEnd);
      const detections: Detection[] = spans.map((s) => ({ category: s.category, kind: s.kind, start: s.oStart, end: s.oEnd }));
      const categories = [...new Set(spans.map((s) => s.category))];
      const level = levelOf(categories);
      const act = strongestAction(table, categories);
      if (act === 'block') {
        const reason = reasonFor(policy, zone, categories, 'block', source)!;
        return { decision: 'block', level, categories, detections, reason, audit: auditSummary('block', level, categories, found, salt) };
      }
      const notice = categories.some((c) => table[c] === 'notice') ? reasonFor(policy, zone, categories, 'notice', source) : undefined;
      if (act === 'redact') {
        const r = redact(text, spans.filter((s) => redactable.has(s.category)), policy.placeholders);
        return { decision: 'redact', level, categories, detections, text: r.text, restore: r.restore, notice, audit: auditSummary('redact', level, categories, found, salt) };
      }
      return { decision: 'allow', level, categories, detections, text, restore: (t) => t, notice, audit: auditSummary('allow', level, categories, found, salt) };
    },
  };
}
