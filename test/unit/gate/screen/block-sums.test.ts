import { createBlockSummer } from '../../../../src/gate/screen/block-sums';
import { committedScreenModel } from '../../../../src/gate/screen/committed';
import { packWeights } from '../../../../src/gate/screen/model';

// the sums the plain loop of score.ts computes: each feature's lanes (packed two to a word, biased by 128) added to its block
function plainSums(words: Int32Array, lanes: number, bucket: Int32Array, tok: Int32Array, size: number, blocks: number): number[] {
  const W = lanes >> 1;
  const out = new Array<number>(blocks * 32).fill(0);
  bucket.forEach((b, i) => {
    const blk = Math.floor(tok[i] / size);
    for (let x = 0; x < W; x++) {
      const w = words[b * W + x];
      out[blk * 32 + 2 * x] += (w & 0xffff) - 128;
      out[blk * 32 + 2 * x + 1] += (w >>> 16) - 128;
    }
  });
  return out;
}

// features in token order, one block crowded past the 256 rows a 16-bit lane holds, then some out of order (signals)
function features(dims: number, blocks: number, size: number): { bucket: Int32Array; tok: Int32Array } {
  let seed = 7;
  const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const bucket: number[] = [];
  const tok: number[] = [];
  for (let i = 0; i < 700; i++) { bucket.push(rnd(dims)); tok.push(3); }
  for (let t = size; t < blocks * size; t++) for (let k = rnd(4); k >= 0; k--) { bucket.push(rnd(dims)); tok.push(t); }
  for (let i = 0; i < 300; i++) { bucket.push(rnd(dims)); tok.push(rnd(blocks * size)); }
  return { bucket: Int32Array.from(bucket), tok: Int32Array.from(tok) };
}

describe('the WebAssembly block sums equal the plain loop, exactly', () => {
  test('the committed model (32 hidden units)', () => {
    const { packed } = committedScreenModel();
    const summer = createBlockSummer(packed);
    expect(summer).not.toBeNull();
    const { bucket, tok } = features(packed.words.length / (packed.lanes >> 1), 40, 32);
    expect(Array.from(summer!(bucket, tok, bucket.length, 32, 40)!)).toEqual(plainSums(packed.words, packed.lanes, bucket, tok, 32, 40));
  });

  test('a narrower model with a linear part (lanes padded to 32), extreme weights', () => {
    const dims = 256; const K = 3; const H = 8;
    const lr = Int8Array.from({ length: dims * K }, (_, i) => (i % 2 ? 127 : -127));
    const emb = Int8Array.from({ length: dims * H }, (_, i) => ((i * 37) % 255) - 127);
    const packed = packWeights(dims, K, lr, H, emb);
    const summer = createBlockSummer(packed)!;
    const { bucket, tok } = features(dims, 12, 16);
    expect(Array.from(summer(bucket, tok, bucket.length, 16, 12)!)).toEqual(plainSums(packed.words, packed.lanes, bucket, tok, 16, 12));
  });

  test('a text whose features would grow the memory past its cap is left to the plain loop', () => {
    const { packed } = committedScreenModel();
    const n = 5_000_000;
    expect(createBlockSummer(packed)!(new Int32Array(n), new Int32Array(n), n, 32, 1)).toBeNull();
  });

  test('rows wider than 32 lanes are left to the plain loop', () => {
    expect(createBlockSummer(packWeights(16, 2, null, 40, new Int8Array(16 * 40)))).toBeNull();
  });
});
