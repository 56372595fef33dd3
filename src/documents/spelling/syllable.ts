/**
 * The structure of a Vietnamese syllable: onset + rhyme (medial, nucleus, coda) + tone. A written syllable is checked
 * against the spelling of its onset before its vowel, the inventory of rhymes, and the tones a rhyme allows (a rhyme
 * closed by p, t, c or ch takes only sắc or nặng). Both tone placements are read ("hòa" and "hoà"); the canonical form
 * is the traditional one.
 */

/** 0 ngang, 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

const TONE_MARKS: Record<string, Tone> = { '\u0301': 1, '\u0300': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };
const MARK_OF: Record<number, string> = { 1: '\u0301', 2: '\u0300', 3: '\u0309', 4: '\u0303', 5: '\u0323' };
const VOWELS = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']);
const MARKED = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);
const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'th', 'tr', 'ch', 'qu', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];

// Rhymes without a medial: nucleus + coda, as written.
const PLAIN_RHYMES = `a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich iêc iêm iên iêng iêp iêt iêu im in inh ip it iu
o oc oi om on ong op ot ooc oong ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt u ua uc ui um un ung uôc uôi uôm uôn uông uôt up ut
ư ưa ưc ưi ưm ưn ưng ước ươi ươm ươn ương ươp ươt ươu ưt ưu y yêm yên yêt yêu`.split(/\s+/);
// Rhymes with the medial o/u written before the nucleus.
const MEDIAL_RHYMES = `oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet oong
uân uâng uât uây uê uêch uênh uy uya uych uyên uyêt uynh uyp uyt uyu uơ`.split(/\s+/);
const RHYMES = new Set([...PLAIN_RHYMES, ...MEDIAL_RHYMES]);
// After "qu" the u is the medial: "qua" is q + ua(medial u + a), "quyết" is q + uyêt.
const AFTER_QU = new Set([...MEDIAL_RHYMES.map((r) => r.slice(1)), 'a', 'ac', 'ach', 'ai', 'an', 'ang', 'anh', 'ao', 'at', 'ay', 'ăc', 'ăm', 'ăn', 'ăng', 'ăt', 'ân', 'âng', 'ât', 'ây', 'e', 'en', 'eo', 'et', 'ê', 'ên', 'ênh', 'êt', 'i', 'ơ', 'y', 'yên', 'yêt', 'ynh', 'yt']);
const FRONT = /^[ieêy]/;
const STOPS = /(?:p|t|c|ch)$/;

/** A syllable split into its parts (lowercase, tone removed). */
export interface SyllableParts {
  onset: string;
  rhyme: string;
  tone: Tone;
}

/** Lowercase NFC text without its tone mark, and the tone. */
export function splitTone(word: string): { base: string; tone: Tone } {
  let tone: Tone = 0;
  let base = '';
  for (const ch of word.normalize('NFD').toLowerCase()) {
    const t = TONE_MARKS[ch];
    if (t !== undefined) tone = t;
    else base += ch;
  }
  return { base: base.normalize('NFC'), tone };
}

/** The onset of a toneless syllable ("gi" and "qu" as Vietnamese spelling reads them). */
function onsetOf(base: string): string {
  for (const o of ONSETS) {
    if (!base.startsWith(o)) continue;
    // "gì", "gìn": the i after g is the vowel when no other vowel follows.
    if (o === 'gi' && !VOWELS.has(base[2] ?? '')) return 'g';
    return o;
  }
  return '';
}

/** Parses a word as one Vietnamese syllable; undefined when it is not one. */
export function parseSyllable(word: string): SyllableParts | undefined {
  const { base, tone } = splitTone(word);
  if (!/^[a-zăâđêôơư]+$/.test(base)) return undefined;
  const onset = onsetOf(base);
  let rhyme = base.slice(onset.length);
  if (onset === 'g' && base.startsWith('gi') && !VOWELS.has(base[2] ?? '')) rhyme = base.slice(1);
  if (!rhyme) return undefined;
  return { onset, rhyme, tone };
}

/** True when the word is spelt as a possible Vietnamese syllable (onset, rhyme and tone agree). */
export function isWellFormed(word: string): boolean {
  const p = parseSyllable(word);
  if (!p) return false;
  const { onset, rhyme, tone } = p;
  // "giêng", "giết": after gi the i of iê is not written.
  const full = onset === 'gi' && rhyme.startsWith('ê') ? `i${rhyme}` : rhyme;
  if (onset === 'qu' ? !AFTER_QU.has(rhyme) : !RHYMES.has(full)) return false;
  if (STOPS.test(rhyme) && tone !== 0 && tone !== 1 && tone !== 5) return false;
  if (STOPS.test(rhyme) && tone === 0) return false;
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !FRONT.test(rhyme)) return false;
  if ((onset === 'c' || onset === 'g' || onset === 'ng') && /^[eê]/.test(rhyme)) return false;
  if ((onset === 'c' || onset === 'ng') && /^[iy]/.test(rhyme)) return false;
  return true;
}

/** Index (in the toneless NFC base) of the vowel that carries the tone, in the traditional placement. */
function toneIndex(base: string, modern: boolean): number {
  const onset = onsetOf(base);
  let start = onset.length;
  if (onset === 'g' && base.startsWith('gi')) start = 1;
  let end = start;
  while (end < base.length && VOWELS.has(base[end])) end++;
  if (end === start) return -1;
  const cluster = base.slice(start, end);
  const hasCoda = end < base.length;
  for (let i = cluster.length - 1; i >= 0; i--) if (MARKED.has(cluster[i])) return start + i;
  if (cluster.length === 1) return start;
  if (hasCoda) return end - 1;
  if (modern && /^(?:oa|oe|uy)$/.test(cluster)) return start + 1;
  return cluster.length === 3 ? start + 1 : start;
}

/** Writes a toneless syllable with the tone on its vowel (traditional placement unless `modern`). */
export function placeTone(base: string, tone: Tone, modern = false): string {
  if (tone === 0) return base;
  const i = toneIndex(base, modern);
  if (i < 0) return base;
  return (base.slice(0, i + 1) + MARK_OF[tone] + base.slice(i + 1)).normalize('NFC');
}

/** The canonical lowercase form of a syllable: NFC, traditional tone placement ("hoà" → "hòa"). */
export function canonical(word: string): string {
  const { base, tone } = splitTone(word);
  return placeTone(base, tone);
}

/** 'modern' or 'traditional' where the two placements differ (open oa, oe, uy with a tone), else undefined. */
export function placementOf(word: string): 'modern' | 'traditional' | undefined {
  const { base, tone } = splitTone(word);
  if (tone === 0 || placeTone(base, tone) === placeTone(base, tone, true)) return undefined;
  const lower = word.normalize('NFC').toLowerCase();
  if (lower === placeTone(base, tone)) return 'traditional';
  if (lower === placeTone(base, tone, true)) return 'modern';
  return undefined;
}

/** True when a syllable written in `word` is its canonical form's placement variant (both spell the same syllable). */
export function sameSyllable(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

/** Writes `lower` (a lowercase syllable) in the letter case of `model` (Title, UPPER or lower). */
export function matchCase(lower: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return lower.toUpperCase();
  const first = model[0];
  if (first && first !== first.toLowerCase()) return lower[0].toUpperCase() + lower.slice(1);
  return lower;
}
