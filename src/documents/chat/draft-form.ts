/** The card action that carries the drafting form's fields. */
export const DRAFT_ACTION = 'doc_draft';
/** Fields typed over several lines (one item a line). */
export const MULTILINE = new Set(['recipients', 'points', 'copies']);

/** Turns submitted card values (strings, multi-line lists) into draft fields input. */
export function fieldsFromValues(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (k === 'action' || typeof v !== 'string') continue;
    const t = v.trim();
    if (!t) continue;
    out[k] = MULTILINE.has(k) ? t.split(/\r?\n/).map((x) => x.replace(/^\s*[-•]\s*/, '').trim()).filter(Boolean) : t;
  }
  return out;
}
