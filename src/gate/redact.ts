import type { Found } from './found';

/** The redacted text and the in-memory mapping from placeholders back to the original values. */
export interface Redaction {
  text: string;
  restore: (text: string) => string;
}

const PLACEHOLDER = /\[([\p{Lu}_]+?_\d+)\]/gu;

/**
 * Replaces each span (original coordinates) with a typed, numbered placeholder such as [CCCD_1];
 * the same value gets the same placeholder. Overlapping spans keep the earliest, longest one.
 */
export function redact(original: string, spans: (Found & { oStart: number; oEnd: number })[], labels: Record<string, string>): Redaction {
  const sorted = [...spans].sort((a, b) => a.oStart - b.oStart || b.oEnd - a.oEnd);
  const byValue = new Map<string, string>();
  const back = new Map<string, string>();
  const counters = new Map<string, number>();
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    if (s.oStart < pos) continue;
    const label = labels[s.kind] ?? 'DỮ_LIỆU';
    const key = `${label}\u0000${s.value}`;
    let ph = byValue.get(key);
    if (!ph) {
      const n = (counters.get(label) ?? 0) + 1;
      counters.set(label, n);
      ph = `${label}_${n}`;
      byValue.set(key, ph);
      back.set(ph, original.slice(s.oStart, s.oEnd));
    }
    out += `${original.slice(pos, s.oStart)}[${ph}]`;
    pos = s.oEnd;
  }
  out += original.slice(pos);
  return {
    text: out,
    restore: (t: string) => t.replace(PLACEHOLDER, (m, ph: string) => back.get(ph) ?? m),
  };
}
