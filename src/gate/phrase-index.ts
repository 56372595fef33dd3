import { hasDiacritics, stripChar, toneKey, type NormalisedText } from './normalise';
import { tokenAcc, type Tokens } from './tokens';

/** One occurrence of a lexicon phrase: token range [t0, t1) and view span [start, end). */
export interface Hit {
  tag: string;
  phrase: string;
  t0: number;
  t1: number;
  start: number;
  end: number;
}

interface Entry { tag: string; phrase: string; keys: string[] }
interface Node { next: Map<string, Node>; entries: Entry[] }

/** A trie over plain syllables; built once, matched in one pass over the tokens of a text. */
export interface PhraseIndex {
  match(norm: NormalisedText, toks: Tokens): Hit[];
}

function plainOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(stripChar(s.charCodeAt(i)));
  return out;
}

/**
 * Builds the index from tag → phrases (written with diacritics, lower case).
 * A phrase matches a run of syllables whose plain letters are equal and where every syllable typed
 * with diacritics carries the same ones (tone placement ignored): "mat" and "mật" match "mật"; "mắt" does not.
 */
export function createPhraseIndex(lexicon: Record<string, readonly string[]>): PhraseIndex {
  const root: Node = { next: new Map(), entries: [] };
  for (const [tag, phrases] of Object.entries(lexicon)) {
    for (const phrase of phrases) {
      const sylls = phrase.toLowerCase().normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      let node = root;
      for (const s of sylls) {
        const p = plainOf(s);
        let nx = node.next.get(p);
        if (!nx) { nx = { next: new Map(), entries: [] }; node.next.set(p, nx); }
        node = nx;
      }
      node.entries.push({ tag, phrase, keys: sylls.map((s) => (hasDiacritics(s) ? toneKey(s) : '')) });
    }
  }
  return {
    match(norm, toks) {
      const hits: Hit[] = [];
      const accCache: (string | null)[] = [];
      const keyOf = (i: number): string | null => {
        let k = accCache[i];
        if (k === undefined) {
          const a = tokenAcc(norm, toks, i);
          k = hasDiacritics(a) ? toneKey(a) : null;
          accCache[i] = k;
        }
        return k;
      };
      for (let i = 0; i < toks.count; i++) {
        let node = root.next.get(toks.text[i]);
        let j = i;
        while (node) {
          for (const e of node.entries) {
            let ok = true;
            for (let q = 0; q < e.keys.length && ok; q++) {
              const k = keyOf(i + q);
              // an undiacritised syllable in the text matches; a diacritised one must agree
              if (k !== null && k !== (e.keys[q] || toneKey(toks.text[i + q]))) ok = false;
            }
            if (ok) hits.push({ tag: e.tag, phrase: e.phrase, t0: i, t1: j + 1, start: toks.start[i], end: toks.end[j] });
          }
          j++;
          if (j >= toks.count) break;
          node = node.next.get(toks.text[j]);
        }
      }
      return hits;
    },
  };
}

/** Hits grouped by tag, for the detectors. */
export function byTag(hits: Hit[]): Map<string, Hit[]> {
  const m = new Map<string, Hit[]>();
  for (const h of hits) {
    const l = m.get(h.tag);
    if (l) l.push(h); else m.set(h.tag, [h]);
  }
  return m;
}
