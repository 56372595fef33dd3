import { emitFeatures, type ScreenInput } from './features';
import { lengthFactor, type ScreenModel } from './model';

/** One output's score for a text: the best window's logit and that window's token range. */
export interface WindowScore { logit: number; t0: number; t1: number }

/** Scores every output of the model over the windows of a text (the whole text when it fits one window). */
export function scoreText(m: ScreenModel, input: ScreenInput): WindowScore[] {
  const n = Math.max(1, input.toks.count);
  const B = m.window.stride;
  const span = Math.max(1, Math.round(m.window.tokens / B));
  const blocks = Math.max(1, Math.ceil(n / B));
  const K = m.lr ? m.outputs.length : 0;
  const H = m.mlp?.hidden ?? 0;
  // int8 weights summed per block of `stride` tokens; a window is a run of `span` blocks
  const lrSums = new Int32Array(blocks * K);
  const embSums = new Int32Array(blocks * H);
  const f = emitFeatures(input, m.features);
  const w = m.lr?.weights;
  if (w) for (let i = 0; i < f.count; i++) {
    const o = f.bucket[i] * K; const p = ((f.tok[i] / B) | 0) * K;
    for (let k = 0; k < K; k++) lrSums[p + k] += w[o + k];
  }
  if (m.mlp) {
    // two 16-bit lanes to a word (weight + 128): half the additions; a block's words are unpacked every 256 features,
    // before a lane can overflow (255 × 256 < 65,536)
    const W = H >> 1; const packed = m.mlp.packed;
    const words = new Int32Array(blocks * W);
    const counts = new Int32Array(blocks);
    const flush = (blk: number): void => {
      const bias = 128 * counts[blk];
      for (let x = 0; x < W; x++) {
        const v = words[blk * W + x];
        embSums[blk * H + 2 * x] += (v & 0xffff) - bias;
        embSums[blk * H + 2 * x + 1] += (v >>> 16) - bias;
        words[blk * W + x] = 0;
      }
      counts[blk] = 0;
    };
    for (let i = 0; i < f.count; i++) {
      const blk = (f.tok[i] / B) | 0;
      const o = f.bucket[i] * W; const p = blk * W;
      for (let x = 0; x < W; x++) words[p + x] += packed[o + x];
      if (++counts[blk] === 256) flush(blk);
    }
    for (let blk = 0; blk < blocks; blk++) if (counts[blk]) flush(blk);
  }
  const outputs = m.outputs.length;
  const best: WindowScore[] = Array.from({ length: outputs }, () => ({ logit: -Infinity, t0: 0, t1: n }));
  const lr = new Float64Array(K);
  const pre = new Float64Array(H);
  const whole = n <= m.window.tokens;
  const last = whole ? 0 : Math.max(0, blocks - span);
  for (let j = 0; j <= last; j++) {
    const to = whole ? blocks : Math.min(blocks, j + span);
    const t0 = j * B; const t1 = Math.min(n, to * B);
    const scale = lengthFactor(m.normalisation, t1 - t0);
    lr.fill(0); pre.fill(0);
    for (let b = j; b < to; b++) {
      for (let k = 0; k < K; k++) lr[k] += lrSums[b * K + k];
      for (let h = 0; h < H; h++) pre[h] += embSums[b * H + h];
    }
    if (m.mlp) for (let h = 0; h < H; h++) pre[h] = Math.max(0, m.mlp.b1[h] + pre[h] * m.mlp.embScale * scale);
    for (let k = 0; k < outputs; k++) {
      let y = NaN;
      if (m.mlp) { y = m.mlp.b2[k]; for (let h = 0; h < H; h++) y += m.mlp.w2[k * H + h] * pre[h]; }
      const x = m.lr ? m.lr.bias[k] + lr[k] * m.lr.scale[k] * scale : NaN;
      const z = m.lr && m.mlp ? (x + y) / 2 : m.lr ? x : y;
      if (z > best[k].logit) best[k] = { logit: z, t0, t1 };
    }
  }
  return best;
}
