import { emitFeatures, type ScreenInput } from './features';
import { lengthFactor, type ScreenModel } from './model';

/** One output's score for a text: the best window's logit and that window's token range. */
export interface WindowScore { logit: number; t0: number; t1: number }

/** Sums each feature's packed weight row into its block of `stride` tokens: lane sums per block. */
function blockSums(m: ScreenModel, input: ScreenInput, blocks: number, B: number): Int32Array {
  const { words: packed, lanes } = m.packed;
  const W = lanes >> 1;
  const sums = new Int32Array(blocks * lanes);
  // two 16-bit lanes to a word (weight + 128): half the additions; a block's words are unpacked every 256 features,
  // before a lane can overflow (255 × 256 < 65,536)
  const words = new Int32Array(blocks * W);
  const counts = new Int32Array(blocks);
  const flush = (blk: number): void => {
    const bias = 128 * counts[blk];
    for (let x = 0; x < W; x++) {
      const v = words[blk * W + x];
      sums[blk * lanes + 2 * x] += (v & 0xffff) - bias;
      sums[blk * lanes + 2 * x + 1] += (v >>> 16) - bias;
      words[blk * W + x] = 0;
    }
    counts[blk] = 0;
  };
  const f = emitFeatures(input, m.features);
  for (let i = 0; i < f.count; i++) {
    const blk = (f.tok[i] / B) | 0;
    const o = f.bucket[i] * W; const p = blk * W;
    for (let x = 0; x < W; x++) words[p + x] += packed[o + x];
    if (++counts[blk] === 256) flush(blk);
  }
  for (let blk = 0; blk < blocks; blk++) if (counts[blk]) flush(blk);
  return sums;
}

/** Scores every output of the model over the windows of a text (the whole text when it fits one window). */
export function scoreText(m: ScreenModel, input: ScreenInput): WindowScore[] {
  const n = Math.max(1, input.toks.count);
  const B = m.window.stride;
  const span = Math.max(1, Math.round(m.window.tokens / B));
  const blocks = Math.max(1, Math.ceil(n / B));
  const { lanes, lrLanes } = m.packed;
  const sums = blockSums(m, input, blocks, B);
  const K = m.outputs.length;
  const H = m.mlp?.hidden ?? 0;
  const best: WindowScore[] = Array.from({ length: K }, () => ({ logit: -Infinity, t0: 0, t1: n }));
  const lane = new Float64Array(lanes);
  const hidden = new Float64Array(H);
  const whole = n <= m.window.tokens;
  const last = whole ? 0 : Math.max(0, blocks - span);
  for (let j = 0; j <= last; j++) {
    const to = whole ? blocks : Math.min(blocks, j + span);
    const t0 = j * B; const t1 = Math.min(n, to * B);
    const scale = lengthFactor(m.normalisation, t1 - t0);
    lane.fill(0);
    for (let b = j; b < to; b++) for (let x = 0; x < lanes; x++) lane[x] += sums[b * lanes + x];
    if (m.mlp) for (let h = 0; h < H; h++) hidden[h] = Math.max(0, m.mlp.b1[h] + lane[lrLanes + h] * m.mlp.embScale * scale);
    for (let k = 0; k < K; k++) {
      let y = NaN;
      if (m.mlp) { y = m.mlp.b2[k]; for (let h = 0; h < H; h++) y += m.mlp.w2[k * H + h] * hidden[h]; }
      const x = m.lr ? m.lr.bias[k] + lane[k] * m.lr.scale[k] * scale : NaN;
      const z = m.lr && m.mlp ? (x + y) / 2 : m.lr ? x : y;
      if (z > best[k].logit) best[k] = { logit: z, t0, t1 };
    }
  }
  return best;
}
