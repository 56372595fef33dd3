/**
 * The `limit` best of `count` documents (`docs[0..count)`), by score descending and, on equal scores, the
 * lower document first; returned in that order. Linear time: a quickselect finds the score of the
 * `limit`-th best, then one pass keeps everything above it and the lowest-numbered documents at it.
 * `work` is scratch space of at least `count` floats (reused across queries).
 */
export function topRows(docs: Uint32Array, count: number, scores: Float32Array, limit: number, work: Float32Array): number[] {
  const out: number[] = [];
  if (limit <= 0) return out;
  if (count <= limit) {
    for (let i = 0; i < count; i++) out.push(docs[i]);
  } else {
    for (let i = 0; i < count; i++) work[i] = scores[docs[i]];
    const threshold = kthLargest(work, count, limit);
    const ties: number[] = [];
    for (let i = 0; i < count; i++) {
      const d = docs[i];
      const s = scores[d];
      if (s > threshold) out.push(d);
      else if (s === threshold) ties.push(d);
    }
    ties.sort((a, b) => a - b);
    for (let i = 0; out.length < limit && i < ties.length; i++) out.push(ties[i]);
  }
  return out.sort((a, b) => scores[b] - scores[a] || a - b);
}

/** The k-th largest of a[0..n) (1-based k), reordering `a` in place (Hoare partition quickselect). */
function kthLargest(a: Float32Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1; // index in descending order
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target];
  }
  return a[target];
}
