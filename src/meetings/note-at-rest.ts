import { mapMinutesText, type MeetingMinutes } from './minutes';

/** A span of text that identifies a person, with the label of its placeholder ("NGƯỜI", "CCCD", "SĐT"…). */
export interface IdentifierSpan {
  start: number;
  end: number;
  label: string;
}

/** Finds the identifying spans of a text (the gate's detections of names, identity numbers and contacts). */
export type FindIdentifiers = (text: string) => IdentifierSpan[];

/** Minutes as a note keeps them: placeholders in the text, the values they stand for beside (keys such as "CCCD_1"). */
export interface AtRest {
  minutes: MeetingMinutes;
  values: Record<string, string>;
}

const PLACEHOLDER = /\[([\p{Lu}_]+?)_(\d+)\]/gu;

/** The values behind the placeholders present in `minutes`, read back with the gate's restore of the same turn. */
export function placeholderValues(minutes: MeetingMinutes, restore: (text: string) => string): Record<string, string> {
  const values: Record<string, string> = {};
  mapMinutesText(minutes, (s) => {
    for (const m of s.matchAll(PLACEHOLDER)) {
      const value = restore(m[0]);
      if (value !== m[0]) values[`${m[1]}_${m[2]}`] = value;
    }
    return s;
  });
  return values;
}

/** Puts the values back into a text with placeholders; a placeholder without a value stays as it is. */
export function restorePlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, label: string, n: string) => values[`${label}_${n}`] ?? whole);
}

/**
 * Replaces what still identifies someone in clear (names the on-premises gate let through, say) by numbered
 * placeholders, continuing the numbering of those already there; the same value gets the same placeholder everywhere.
 */
export function createPseudonymiser(seed: Record<string, string>, find: FindIdentifiers) {
  const values = { ...seed };
  const byValue = new Map<string, string>();
  const counters = new Map<string, number>();
  const bump = (label: string, n: number) => counters.set(label, Math.max(counters.get(label) ?? 0, n));
  for (const [key, value] of Object.entries(values)) {
    const m = /^(.+)_(\d+)$/.exec(key);
    if (m) {
      byValue.set(`${m[1]}\u0000${value}`, key);
      bump(m[1], Number(m[2]));
    }
  }
  const text = (s: string): string => {
    for (const m of s.matchAll(PLACEHOLDER)) bump(m[1], Number(m[2]));
    const spans = find(s).sort((a, b) => a.start - b.start || b.end - a.end);
    let out = '';
    let pos = 0;
    for (const span of spans) {
      if (span.start < pos || insidePlaceholder(s, span)) continue;
      const value = s.slice(span.start, span.end);
      let key = byValue.get(`${span.label}\u0000${value}`);
      if (!key) {
        const n = (counters.get(span.label) ?? 0) + 1;
        counters.set(span.label, n);
        key = `${span.label}_${n}`;
        byValue.set(`${span.label}\u0000${value}`, key);
        values[key] = value;
      }
      out += `${s.slice(pos, span.start)}[${key}]`;
      pos = span.end;
    }
    return out + s.slice(pos);
  };
  return { text, minutes: (m: MeetingMinutes) => mapMinutesText(m, text), values: () => ({ ...values }) };
}

function insidePlaceholder(s: string, span: IdentifierSpan): boolean {
  for (const m of s.matchAll(PLACEHOLDER)) if (span.start < m.index + m[0].length && span.end > m.index) return true;
  return false;
}
