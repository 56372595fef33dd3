import { PURPOSE_CATEGORIES } from '../types';
import { emitFeatures, type ScreenInput } from './features';
import { ANY_PURPOSE, lengthFactor, type ScreenModel } from './model';

/** One output's score for a text: the best window's logit and that window's token range. */
export interface WindowScore { logit: number; t0: number; t1: number }

const PURPOSES = new Set<string>([...PURPOSE_CATEGORIES, ANY_PURPOSE]);

/** Lane sums of the packed weights per block of `size` tokens, as prefix sums over blocks (any run of blocks in O(lanes)). */
function blockPrefix(m: ScreenModel, input: ScreenInput, blocks: number, size: number): Float64Array {
  const { words: packed, lanes } = m.packed;
  const W = lanes >> 1;
  const pre = new Float64Array((blocks + 1) * lanes);
  // two 16-bit lanes to a word (weight + 128): half the additions; a block's words are unpacked every 256 features,
  // before a lane can overflow (255 × 256 < 65,536)
  const words = new Int32Array(blocks * W);
  const counts = new Int32Array(blocks);
  const flush = (blk: number): void => {
    const bias = 128 * counts[blk];
    const o = (blk + 1) * lanes;
    for (let x = 0; x < W; x++) {
      const v = words[blk * W + x];
      pre[o + 2 * x] += (v & 0xffff) - bias;
      pre[o + 2 * x + 1] += (v >>> 16) - bias;
      words[blk * W + x] = 0;
    }
    counts[blk] = 0;
  };
  const f = emitFeatures(input, m.features);
  for (let i = 0; i < f.count; i++) {
    const blk = (f.tok[i] / size) | 0;
    const o = f.bucket[i] * W; const p = blk * W;
    for (let x = 0; x < W; x++) words[p + x] += packed[o + x];
    if (++counts[blk] === 256) flush(blk);
  }
  for (let blk = 0; blk < blocks; blk++) if (counts[blk]) flush(blk);
  for (let b = 1; b <= blocks; b++) for (let x = 0; x < lanes; x++) pre[b * lanes + x] += pre[(b - 1) * lanes + x];
  return pre;
}

/**
 * Scores every output over the windows of a text: the whole text when it is at most `window.whole` tokens (as training
 * saw it); a longer one in windows of `window.tokens` every `window.stride`, and — for the purposes, so that a request
 * is found wherever it sits in a long paste — in sentence-sized windows of `window.small` tokens, whose logits count
 * `window.smallMargin` less. The highest score of each output counts.
 */
export function scoreText(m: ScreenModel, input: ScreenInput): WindowScore[] {
  const K0 = m.outputs.length;
  // a text without a word has nothing to find
  if (input.toks.count === 0) return Array.from({ length: K0 }, () => ({ logit: -Infinity, t0: 0, t1: 0 }));
  const n = input.toks.count;
  const { window: win } = m;
  const long = n > win.whole;
  const size = long ? win.small >> 1 : n; // blocks: half a small window (a text that fits whole is one block)
  const blocks = Math.max(1, Math.ceil(n / size));
  const pre = blockPrefix(m, input, blocks, size);
  const { lanes, lrLanes } = m.packed;
  const K = m.outputs.length;
  const H = m.mlp?.hidden ?? 0;
  const best: WindowScore[] = Array.from({ length: K }, () => ({ logit: -Infinity, t0: 0, t1: n }));
  const lane = new Float64Array(lanes);
  const hidden = new Float64Array(H);
  const score = (b0: number, b1: number, offset: number, only: ((k: number) => boolean) | null): void => {
    const t0 = b0 * size; const t1 = Math.min(n, b1 * size);
    const scale = lengthFactor(m.normalisation, t1 - t0);
    for (let x = 0; x < lanes; x++) lane[x] = pre[b1 * lanes + x] - pre[b0 * lanes + x];
    if (m.mlp) for (let h = 0; h < H; h++) hidden[h] = Math.max(0, m.mlp.b1[h] + lane[lrLanes + h] * m.mlp.embScale * scale);
    for (let k = 0; k < K; k++) {
      if (only && !only(k)) continue;
      let y = NaN;
      if (m.mlp) { y = m.mlp.b2[k]; for (let h = 0; h < H; h++) y += m.mlp.w2[k * H + h] * hidden[h]; }
      const x = m.lr ? m.lr.bias[k] + lane[k] * m.lr.scale[k] * scale : NaN;
      const z = (m.lr && m.mlp ? (x + y) / 2 : m.lr ? x : y) - offset;
      if (z > best[k].logit) best[k] = { logit: z, t0, t1 };
    }
  };
  if (!long) { score(0, blocks, 0, null); return best; }
  const span = Math.max(1, Math.round(win.tokens / size));
  const step = Math.max(1, Math.round(win.stride / size));
  for (let j = 0; ; j += step) { score(j, Math.min(blocks, j + span), 0, null); if (j + span >= blocks) break; }
  const purpose = (k: number): boolean => PURPOSES.has(m.outputs[k]);
  for (let j = 0; j + 1 < blocks; j++) score(j, j + 2, win.smallMargin, purpose);
  return best;
}
