import { loadPhapdien } from '../load/load-phapdien';

const isPhapdien = (file: string) => /\.jsonl(\.gz)?$/i.test(file);

/**
 * A Pháp điển update supersedes: for each source file, the article ids (pd_id) that a LATER Pháp điển file holds, which
 * the build skips in it (undefined: nothing to skip). Repeated ids within one file are all kept, as before. Only the
 * files after the first Pháp điển file are read here (the uploads, small beside the shipped corpus).
 */
export async function supersededByLater(files: string[]): Promise<(Set<string> | undefined)[]> {
  const out: (Set<string> | undefined)[] = files.map(() => undefined);
  const first = files.findIndex(isPhapdien);
  if (first < 0) return out;
  const later = new Set<string>();
  for (let i = files.length - 1; i >= first; i--) {
    if (!isPhapdien(files[i])) continue;
    if (later.size > 0) out[i] = new Set(later);
    if (i > first) for await (const a of loadPhapdien(files[i])) later.add(a.id);
  }
  return out;
}
