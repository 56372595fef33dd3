import { createHash } from 'node:crypto';

/** Syllable bigram shingles of a text without diacritics, case or punctuation (unigrams for very short texts). */
export function shingles(text: string): Set<string> {
  const words = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const out = new Set<string>();
  if (words.length < 4) { for (const w of words) out.add(w); return out; }
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** Jaccard similarity of two sets. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

const PERMS = 64;
const BANDS = 16;
const ROWS = PERMS / BANDS;

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}
// one hash per shingle, remixed per permutation (murmur3 finaliser)
function remix(h: number, seed: number): number {
  h ^= seed; h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Pairs (i < j) of texts whose shingle sets have a Jaccard similarity of at least `threshold`,
 * found through MinHash banding (candidates) and checked exactly.
 */
export function similarPairs(sets: Set<string>[], threshold: number): [number, number, number][] {
  const buckets = new Map<string, number[]>();
  sets.forEach((set, idx) => {
    const sig = new Uint32Array(PERMS).fill(0xffffffff);
    for (const sh of set) {
      const h0 = fnv(sh);
      for (let p = 0; p < PERMS; p++) { const h = remix(h0, Math.imul(p + 1, 0x9e3779b1)); if (h < sig[p]) sig[p] = h; }
    }
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      const l = buckets.get(key);
      if (l) l.push(idx); else buckets.set(key, [idx]);
    }
  });
  const seen = new Set<string>();
  const out: [number, number, number][] = [];
  for (const members of buckets.values()) {
    if (members.length < 2 || members.length > 500) continue;
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) {
      const i = members[x]; const j = members[y];
      const key = `${i},${j}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const s = jaccard(sets[i], sets[j]);
      if (s >= threshold) out.push([i, j, s]);
    }
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** A stable number in [0, 1) from a string (for deterministic splits). */
export function unitHash(s: string): number {
  return createHash('sha256').update(s).digest().readUInt32BE(0) / 2 ** 32;
}
