import { parseSyllable, placeTone, splitTone, type Tone } from './syllable';

// Sounds that dialects merge, so writers confuse their letters (the real-word errors of Vietnamese spelling).
const ONSET_SWAPS: Record<string, string[]> = { s: ['x'], x: ['s'], ch: ['tr'], tr: ['ch'], d: ['gi', 'r'], gi: ['d', 'r'], r: ['d', 'gi'], l: ['n'], n: ['l'] };
// Spellings that only the letter before the vowel decides.
const ONSET_SPELLING: Record<string, string[]> = { ngh: ['ng'], ng: ['ngh'], gh: ['g'], g: ['gh'], k: ['c'], c: ['k'] };
const VOWEL_MARKS: Record<string, string[]> = { a: ['ă', 'â'], ă: ['a', 'â'], â: ['a', 'ă'], e: ['ê'], ê: ['e'], o: ['ô', 'ơ'], ô: ['o', 'ơ'], ơ: ['o', 'ô'], u: ['ư'], ư: ['u'], i: ['y'], y: ['i'] };

/** The real-word confusions of a canonical syllable: s/x, ch/tr, d/gi/r, l/n onsets; hỏi/ngã; -c/-t and -n/-ng codas. */
export function confusions(word: string): string[] {
  const p = parseSyllable(word);
  if (!p) return [];
  const { base, tone } = splitTone(word);
  const out = new Set<string>();
  // "gì": the onset g carries the vowel i, so d or r replaces the g alone ("dì"); "giải" → "dải".
  const vowelI = p.onset === 'g' && base.startsWith('gi');
  for (const to of ONSET_SWAPS[vowelI ? 'gi' : p.onset] ?? []) out.add(placeTone(`${to}${base.slice(vowelI ? 1 : p.onset.length)}`, tone));
  if (tone === 3 || tone === 4) out.add(placeTone(base, tone === 3 ? 4 : 3));
  const r = p.rhyme;
  if (/c$/.test(r)) out.add(placeTone(`${base.slice(0, -1)}t`, tone));
  if (/t$/.test(r)) out.add(placeTone(`${base.slice(0, -1)}c`, tone));
  if (/n$/.test(r)) out.add(placeTone(`${base}g`, tone));
  if (/ng$/.test(r)) out.add(placeTone(base.slice(0, -1), tone));
  out.delete(word);
  return [...out];
}

/** Wider candidates for a word that is not a known syllable: confusions, any tone, vowel marks, onset spelling. */
export function repairs(word: string): string[] {
  const { base, tone } = splitTone(word);
  const out = new Set<string>(confusions(word));
  for (let t = 0; t <= 5; t++) out.add(placeTone(base, t as Tone));
  const p = parseSyllable(word);
  if (p) for (const to of ONSET_SPELLING[p.onset] ?? []) out.add(placeTone(`${to}${base.slice(p.onset.length)}`, tone));
  for (let i = 0; i < base.length; i++) {
    for (const v of VOWEL_MARKS[base[i]] ?? []) {
      const b = base.slice(0, i) + v + base.slice(i + 1);
      for (let t = 0; t <= 5; t++) out.add(placeTone(b, t as Tone));
    }
  }
  out.delete(word);
  return [...out];
}
