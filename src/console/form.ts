import type { Request } from 'express';

/** A trimmed string field of a form or query (first value when repeated); undefined when empty. */
export function field(source: unknown, name: string): string | undefined {
  const v = (source as Record<string, unknown> | undefined)?.[name];
  const s = Array.isArray(v) ? v[0] : v;
  if (typeof s !== 'string') return undefined;
  const t = s.trim();
  return t === '' ? undefined : t;
}

/** The query string of a request as a string map (first value of each name). */
export function queryOf(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.query)) {
    const s = Array.isArray(v) ? v[0] : v;
    if (typeof s === 'string' && s.trim() !== '') out[k] = s.trim();
  }
  return out;
}

/** The same query with some names replaced or removed, as a `?…` string for links. */
export function withQuery(q: Record<string, string>, changes: Record<string, string | undefined>): string {
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...q, ...changes })) if (v !== undefined && v !== '') next.set(k, v);
  const s = next.toString();
  return s ? `?${s}` : '';
}
