import { PURPOSE_CATEGORIES } from '../types';
import { emitFeatures, type ScreenInput } from './features';
import { ANY_PURPOSE, lengthFactor, type ScreenModel } from './model';
import { createBlockSummer, type BlockSummer } from './block-sums';

/** One output's score for a text: the best window's logit and that window's token range. */
export interface WindowScore { logit: number; t0: number; t1: number }

const PURPOSES = new Set<string>([...PURPOSE_CATEGORIES, ANY_PURPOSE]);
const masks = new WeakMap<ScreenModel, Uint8Array>();
/** Which outputs are purposes (and "any forbidden purpose"), per model. */
const PURPOSE_MASK = (m: ScreenModel): Uint8Array => {
  let mask = masks.get(m);
  if (!mask) { mask = Uint8Array.from(m.outputs, (o) => (PURPOSES.has(o) ? 1 : 0)); masks.set(m, mask); }
  return mask;
};

const nonMasks = new WeakMap<ScreenModel, Uint8Array>();
/** Which outputs are not purposes, per model. */
const NON_PURPOSE_MASK = (m: ScreenModel): Uint8Array => {
  let mask = nonMasks.get(m);
  if (!mask) { mask = Uint8Array.from(PURPOSE_MASK(m), (v) => 1 - v); nonMasks.set(m, mask); }
  return mask;
};

const summers = new WeakMap<ScreenModel, BlockSummer | null>();
/** The model's WebAssembly block summer, built once (null: the loops of blockPrefix). */
function summerOf(m: ScreenModel): BlockSummer | null {
  let s = summers.get(m);
  if (s === undefined) { s = createBlockSummer(m.packed); summers.set(m, s); }
  return s;
}

/** Lane sums of the packed weights per block of `size` tokens, as prefix sums over blocks (any run of blocks in O(lanes)). */
function blockPrefix(m: ScreenModel, input: ScreenInput, blocks: number, size: number): Float64Array {
  const { words: packed, lanes } = m.packed;
  const W = lanes >> 1;
  const pre = new Float64Array((blocks + 1) * lanes);
  const { bucket, tok, count } = emitFeatures(input, m.features);
  // every sum is an integer, so the WebAssembly summer and the loops below give the same prefix sums to the last bit
  const sums = summerOf(m)?.(bucket, tok, count, size, blocks) ?? null;
  if (sums) {
    for (let blk = 0; blk < blocks; blk++) for (let x = 0; x < lanes; x++) pre[(blk + 1) * lanes + x] = sums[blk * 32 + x];
    for (let b = 1; b <= blocks; b++) for (let x = 0; x < lanes; x++) pre[b * lanes + x] += pre[(b - 1) * lanes + x];
    return pre;
  }
  // two 16-bit lanes to a word (weight + 128): half the additions; a block's words are unpacked every 128 features,
  // so a word stays below 2^31 (255 × 128 in the upper lane) and the additions stay in 32-bit integers
  const words = new Int32Array(blocks * W);
  const counts = new Int32Array(blocks);
  if (W === 16) {
    // the committed model's row (32 hidden units) unrolled: a third of the time of the loop below on long texts
    for (let i = 0; i < count; i++) {
      const blk = (tok[i] / size) | 0;
      const o = bucket[i] << 4; const p = blk << 4;
      words[p] += packed[o]; words[p + 1] += packed[o + 1]; words[p + 2] += packed[o + 2]; words[p + 3] += packed[o + 3];
      words[p + 4] += packed[o + 4]; words[p + 5] += packed[o + 5]; words[p + 6] += packed[o + 6]; words[p + 7] += packed[o + 7];
      words[p + 8] += packed[o + 8]; words[p + 9] += packed[o + 9]; words[p + 10] += packed[o + 10]; words[p + 11] += packed[o + 11];
      words[p + 12] += packed[o + 12]; words[p + 13] += packed[o + 13]; words[p + 14] += packed[o + 14]; words[p + 15] += packed[o + 15];
      if (++counts[blk] === 128) flushBlock(words, counts, pre, blk, W);
    }
  } else {
    for (let i = 0; i < count; i++) {
      const blk = (tok[i] / size) | 0;
      const o = bucket[i] * W; const p = blk * W;
      for (let x = 0; x < W; x++) words[p + x] += packed[o + x];
      if (++counts[blk] === 128) flushBlock(words, counts, pre, blk, W);
    }
  }
  for (let blk = 0; blk < blocks; blk++) if (counts[blk]) flushBlock(words, counts, pre, blk, W);
  for (let b = 1; b <= blocks; b++) for (let x = 0; x < lanes; x++) pre[b * lanes + x] += pre[(b - 1) * lanes + x];
  return pre;
}

/** Unpacks a block's words into its lane sums (row blk + 1 of `pre`) and clears them. */
function flushBlock(words: Int32Array, counts: Int32Array, pre: Float64Array, blk: number, W: number): void {
  const bias = 128 * counts[blk];
  const o = (blk + 1) * 2 * W;
  for (let x = 0; x < W; x++) {
    const v = words[blk * W + x];
    pre[o + 2 * x] += (v & 0xffff) - bias;
    pre[o + 2 * x + 1] += (v >>> 16) - bias;
    words[blk * W + x] = 0;
  }
  counts[blk] = 0;
}

/**
 * Scores every output over the windows of a text: the whole text when it is at most `window.whole` tokens (the length of
 * the texts training saw: their counts are not normalised, so a longer stretch piles up evidence no training text had);
 * a longer one in windows of `window.tokens` every `window.stride`, each output's logit counting `window.longMargins[k]`
 * less, and — for the purposes, so that a request is found wherever it sits in a long paste — in sentence-sized windows
 * of `window.small` tokens, whose logits count `window.smallMargin` less. Both margins are calibrated on long level-1
 * texts (learn/windows.ts): the more windows a text has, the more chances one of them passes. The highest score of each
 * output counts.
 */
export function scoreText(m: ScreenModel, input: ScreenInput): WindowScore[] {
  const K0 = m.outputs.length;
  // a text without a word has nothing to find
  if (input.toks.count === 0) return Array.from({ length: K0 }, () => ({ logit: -Infinity, t0: 0, t1: 0 }));
  const n = input.toks.count;
  const { window: win } = m;
  const long = n > win.whole;
  const size = long ? win.block ?? win.small >> 1 : n; // blocks of a long text (a text that fits whole is one block)
  const blocks = Math.max(1, Math.ceil(n / size));
  const pre = blockPrefix(m, input, blocks, size);
  const { lanes, lrLanes } = m.packed;
  const K = m.outputs.length;
  const H = m.mlp?.hidden ?? 0;
  const best: WindowScore[] = Array.from({ length: K }, () => ({ logit: -Infinity, t0: 0, t1: n }));
  const lane = new Float64Array(lanes);
  const hidden = new Float64Array(H);
  const mlp = m.mlp;
  // the window's lane sums and hidden layer
  const load = (b0: number, b1: number): number => {
    const scale = lengthFactor(m.normalisation, Math.min(n, b1 * size) - b0 * size);
    const o1 = b1 * lanes; const o0 = b0 * lanes;
    for (let x = 0; x < lanes; x++) lane[x] = pre[o1 + x] - pre[o0 + x];
    if (mlp) for (let h = 0; h < H; h++) { const v = mlp.b1[h] + lane[lrLanes + h] * mlp.embScale * scale; hidden[h] = v > 0 ? v : 0; }
    return scale;
  };
  const logit = (k: number, scale: number): number => {
    let y = NaN;
    if (mlp) { y = mlp.b2[k]; const o = k * H; for (let h = 0; h < H; h++) y += mlp.w2[o + h] * hidden[h]; }
    const x = m.lr ? m.lr.bias[k] + lane[k] * m.lr.scale[k] * scale : NaN;
    return m.lr && mlp ? (x + y) / 2 : m.lr ? x : y;
  };
  const all = (b0: number, b1: number, offsets: ArrayLike<number> | null, only: Uint8Array | null): void => {
    const scale = load(b0, b1);
    const t0 = b0 * size; const t1 = Math.min(n, b1 * size);
    for (let k = 0; k < K; k++) {
      if (only && !only[k]) continue;
      const z = logit(k, scale) - (offsets ? offsets[k] : 0);
      if (z > best[k].logit) best[k] = { logit: z, t0, t1 };
    }
  };
  if (!long) { all(0, blocks, null, null); return best; }
  const span = Math.max(1, Math.round(win.tokens / size));
  const step = Math.max(1, Math.round(win.stride / size));
  const longMargins = win.longMargins ?? null;
  // the wide windows read what a document is (level-2 content, sensitive facts, markings); a request is read in the
  // sentence-sized windows below, where the minutes around it do not drown it
  const anyK = m.outputs.indexOf(ANY_PURPOSE);
  const wideOnly = anyK < 0 ? null : NON_PURPOSE_MASK(m);
  for (let j = 0; ; j += step) { all(j, Math.min(blocks, j + span), longMargins, wideOnly); if (j + span >= blocks) break; }
  if (anyK < 0) return best;
  // sentence-sized windows (every block): "any forbidden purpose" in each; the purposes are read in the best one only
  const small = Math.max(1, Math.round(win.small / size));
  let top = -Infinity; let topAt = -1;
  for (let j = 0; j === 0 || j + small <= blocks; j++) {
    const z = logit(anyK, load(j, Math.min(blocks, j + small)));
    if (z > top) { top = z; topAt = j; }
  }
  if (topAt >= 0) {
    const offsets = new Float64Array(K).fill(win.smallMargin);
    all(topAt, Math.min(blocks, topAt + small), offsets, PURPOSE_MASK(m));
  }
  return best;
}
