/**
 * The screen's per-block weight sums with WebAssembly SIMD: for rows of at most 32 int8 lanes (the committed model:
 * 32 hidden units), each feature's row is added 16 lanes at a time. Integer sums, so the result is exactly the plain
 * loop's (score.ts keeps that loop for other models and for engines without WebAssembly SIMD).
 */

// the few WebAssembly APIs used here: the project's TypeScript libraries (ES2022, Node) do not declare them
interface WasmMemory { readonly buffer: ArrayBuffer; grow(pages: number): number }
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: Record<string, unknown> };
}
const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

// The module, assembled below from readable opcodes. In text form:
//
// (func $flush (param $dst i32) (param $a v128) (param $b v128) (param $c v128) (param $d v128)
//   ;; adds the four i16x8 accumulators (lanes 0-7, 8-15, 16-23, 24-31) into the block's 32 i32 lanes at $dst
//   (v128.store offset=0 (local.get $dst) (i32x4.add (v128.load offset=0 (local.get $dst)) (i32x4.extend_low_i16x8_s (local.get $a))))
//   (v128.store offset=16 … (i32x4.extend_high_i16x8_s (local.get $a)))   … and so on for $b (32, 48), $c (64, 80), $d (96, 112))
// (func (export "sum32") (param $bucket i32) (param $tok i32) (param $count i32) (param $size i32) (param $table i32) (param $out i32)
//   (local $i i32) (local $blk i32) (local $cur i32) (local $n i32) (local $row i32) (local $x v128) (local $a v128) … (local $d v128)
//   $cur = -1
//   (loop while $i < $count
//     $blk = tok[$i] / $size
//     (if (or (ne $blk $cur) (eq $n 256))            ;; a new block, or 256 rows added: 256 × 127 still fits in 16 bits
//       (if (ge_s $cur 0) (call $flush (out + $cur × 128) $a $b $c $d))
//       $a = $b = $c = $d = 0; $n = 0; $cur = $blk)
//     $row = $table + bucket[$i] × 32
//     $x = (v128.load $row): $a += extend_low_i8x16_s($x); $b += extend_high_i8x16_s($x)
//     $x = (v128.load offset=16 $row): $c += …; $d += …
//     $n++; $i++)
//   (if (ge_s $cur 0) (call $flush …)))

const I32 = 0x7f;
const V128 = 0x7b;
const op = {
  end: 0x0b, block: 0x02, loop: 0x03, if: 0x04, br: 0x0c, brIf: 0x0d, call: 0x10, void: 0x40,
  get: 0x20, set: 0x21, tee: 0x22, load: 0x28, const: 0x41,
  eq: 0x46, ne: 0x47, geS: 0x4e, geU: 0x4f, add: 0x6a, divU: 0x6e, or: 0x72, shl: 0x74,
};
// SIMD instructions: the 0xfd prefix and the opcode as an unsigned LEB128
const simd = {
  load: [0xfd, 0x00], store: [0xfd, 0x0b], const: [0xfd, 0x0c],
  extendLowI8: [0xfd, 0x87, 0x01], extendHighI8: [0xfd, 0x88, 0x01], addI16: [0xfd, 0x8e, 0x01],
  extendLowI16: [0xfd, 0xa7, 0x01], extendHighI16: [0xfd, 0xa8, 0x01], addI32: [0xfd, 0xae, 0x01],
};
const mem = (offset: number): number[] => [0, offset]; // alignment hint 0, offset < 128 (one LEB128 byte)

function flushBody(): number[] {
  const out: number[] = [];
  for (let k = 0; k < 4; k++) {
    for (const [half, extend] of [[0, simd.extendLowI16], [1, simd.extendHighI16]] as const) {
      const offset = k * 32 + half * 16;
      out.push(op.get, 0, op.get, 0, ...simd.load, ...mem(offset), op.get, 1 + k, ...extend, ...simd.addI32, ...simd.store, ...mem(offset));
    }
  }
  return out;
}

function sumBody(): number[] {
  // params 0 bucket, 1 tok, 2 count, 3 size, 4 table, 5 out; locals 6 i, 7 blk, 8 cur, 9 n, 10 row, 11 x, 12–15 a–d
  const flushCur = [op.get, 8, op.const, 0, op.geS, op.if, op.void,
    op.get, 5, op.get, 8, op.const, 7, op.shl, op.add, op.get, 12, op.get, 13, op.get, 14, op.get, 15, op.call, 0, op.end];
  const accumulate = (rowOffset: number, lo: number, hi: number): number[] => [
    op.get, 10, ...simd.load, ...mem(rowOffset), op.set, 11,
    op.get, lo, op.get, 11, ...simd.extendLowI8, ...simd.addI16, op.set, lo,
    op.get, hi, op.get, 11, ...simd.extendHighI8, ...simd.addI16, op.set, hi,
  ];
  return [
    op.const, 0x7f, op.set, 8, // cur = -1
    op.block, op.void, op.loop, op.void,
    op.get, 6, op.get, 2, op.geU, op.brIf, 1,
    op.get, 1, op.get, 6, op.const, 2, op.shl, op.add, op.load, 2, 0, op.get, 3, op.divU, op.set, 7,
    op.get, 7, op.get, 8, op.ne, op.get, 9, op.const, 0x80, 0x02, op.eq, op.or, op.if, op.void,
    ...flushCur,
    ...simd.const, ...new Array<number>(16).fill(0), op.tee, 12, op.tee, 13, op.tee, 14, op.set, 15,
    op.const, 0, op.set, 9, op.get, 7, op.set, 8,
    op.end,
    op.get, 4, op.get, 0, op.get, 6, op.const, 2, op.shl, op.add, op.load, 2, 0, op.const, 5, op.shl, op.add, op.set, 10,
    ...accumulate(0, 12, 13), ...accumulate(16, 14, 15),
    op.get, 9, op.const, 1, op.add, op.set, 9,
    op.get, 6, op.const, 1, op.add, op.set, 6,
    op.br, 0, op.end, op.end,
    ...flushCur,
    op.end,
  ];
}

function leb(n: number): number[] {
  const out: number[] = [];
  do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; out.push(b); } while (n);
  return out;
}
const vec = (items: number[][]): number[] => [...leb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...leb(body.length), ...body];
const name = (s: string): number[] => [...leb(s.length), ...Buffer.from(s, 'latin1')];
const code = (locals: number[][], body: number[]): number[] => { const b = [...vec(locals), ...body]; return [...leb(b.length), ...b]; };

function moduleBytes(): Uint8Array {
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, ...vec([[I32], [V128], [V128], [V128], [V128]]), 0], [0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [I32]]), 0]])),
    ...section(3, vec([[0], [1]])),
    ...section(5, vec([[0x00, 1]])),
    ...section(7, vec([[...name('memory'), 0x02, 0], [...name('sum32'), 0x00, 1]])),
    ...section(10, vec([code([], [...flushBody(), op.end]), code([[5, I32], [5, V128]], sumBody())])),
  ]);
}

let compiled: object | null | undefined;
function wasmModule(): object | null {
  if (compiled === undefined) {
    // no WebAssembly, or no SIMD in it: the plain loop
    try { compiled = wasm ? new wasm.Module(moduleBytes()) : null; } catch { compiled = null; }
  }
  return compiled;
}

/**
 * Sums, per block of `size` tokens, the weight rows of the features at those tokens: out[blk × 32 + lane]; null for a
 * text so long that its features would grow the instance's memory past MAX_SCRATCH (WebAssembly memory never shrinks).
 */
export type BlockSummer = (bucket: Int32Array, tok: Int32Array, count: number, size: number, blocks: number) => Int32Array | null;

// room for the features and sums of a text of about 2 MB; a longer one is summed by score.ts's loops
const MAX_SCRATCH = 32 << 20;

/**
 * A summer over the packed weights (score.ts: two lanes to a word, each biased by 128), or null when the rows are
 * wider than 32 lanes or the engine has no WebAssembly SIMD. Its instance holds the weights as int8 rows of 32 bytes.
 */
export function createBlockSummer(packed: { words: Int32Array; lanes: number }): BlockSummer | null {
  const mod = packed.lanes <= 32 ? wasmModule() : null;
  if (!mod) return null;
  const W = packed.lanes >> 1;
  const dims = packed.words.length / W;
  const instance = new wasm!.Instance(mod);
  const memory = instance.exports.memory as WasmMemory;
  const sum32 = instance.exports.sum32 as (bucket: number, tok: number, count: number, size: number, table: number, out: number) => void;
  const tableBytes = dims * 32;
  const ensure = (bytes: number): void => {
    const have = memory.buffer.byteLength;
    if (bytes > have) memory.grow(Math.ceil((bytes - have) / 65536));
  };
  ensure(tableBytes);
  const table = new Int8Array(memory.buffer, 0, tableBytes);
  for (let j = 0; j < dims; j++) {
    for (let x = 0; x < W; x++) {
      const w = packed.words[j * W + x];
      table[j * 32 + 2 * x] = (w & 0xffff) - 128;
      table[j * 32 + 2 * x + 1] = (w >>> 16) - 128;
    }
  }
  return (bucket, tok, count, size, blocks) => {
    const bucketAt = tableBytes;
    const tokAt = bucketAt + count * 4;
    const outAt = tokAt + count * 4;
    if (outAt + blocks * 128 - tableBytes > MAX_SCRATCH) return null;
    ensure(outAt + blocks * 128);
    const buf = memory.buffer;
    new Int32Array(buf, bucketAt, count).set(bucket.subarray(0, count));
    new Int32Array(buf, tokAt, count).set(tok.subarray(0, count));
    const out = new Int32Array(buf, outAt, blocks * 32);
    out.fill(0);
    sum32(bucketAt, tokAt, count, size, 0, outAt);
    return out;
  };
}
