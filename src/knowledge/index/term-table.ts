/**
 * Term (two small integers: kind·syllable, and a second syllable or 0) → dense term id, in typed arrays (open
 * addressing, linear probing): no per-entry objects, so the tens of millions of look-ups of an index build
 * make no garbage.
 */
export function createTermTable(initialBits = 20) {
  let bits = initialBits;
  let keyA = new Int32Array(1 << bits).fill(-1);
  let keyB = new Int32Array(1 << bits);
  let vals = new Int32Array(1 << bits);
  let size = 0;
  let idA = new Int32Array(1 << 16);
  let idB = new Int32Array(1 << 16);

  const hash = (a: number, b: number): number => {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 13);
  };

  function grow(): void {
    const nb = bits + 1;
    const mask = (1 << nb) - 1;
    const na = new Int32Array(1 << nb).fill(-1);
    const nbk = new Int32Array(1 << nb);
    const nv = new Int32Array(1 << nb);
    for (let i = 0; i < keyA.length; i++) {
      if (keyA[i] === -1) continue;
      let s = hash(keyA[i], keyB[i]) & mask;
      while (na[s] !== -1) s = (s + 1) & mask;
      na[s] = keyA[i];
      nbk[s] = keyB[i];
      nv[s] = vals[i];
    }
    bits = nb;
    keyA = na;
    keyB = nbk;
    vals = nv;
  }

  return {
    /** The id of a term, assigned in order of first sight. */
    idOf(a: number, b: number): number {
      const mask = (1 << bits) - 1;
      let s = hash(a, b) & mask;
      for (;;) {
        const k = keyA[s];
        if (k === -1) break;
        if (k === a && keyB[s] === b) return vals[s];
        s = (s + 1) & mask;
      }
      if ((size + 1) * 2 > keyA.length) {
        grow();
        return this.idOf(a, b);
      }
      keyA[s] = a;
      keyB[s] = b;
      vals[s] = size;
      if (size === idA.length) {
        const na = new Int32Array(size * 2);
        na.set(idA);
        idA = na;
        const nb = new Int32Array(size * 2);
        nb.set(idB);
        idB = nb;
      }
      idA[size] = a;
      idB[size] = b;
      return size++;
    },
    /** The two integers of term `id`. */
    keyOf: (id: number): [number, number] => [idA[id], idB[id]],
    /** First integer of term `id` (kind·syllable). */
    firstOf: (id: number): number => idA[id],
    get size(): number { return size; },
  };
}
