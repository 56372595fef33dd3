import vi from './messages.vi.json';

/** The Vietnamese user-facing strings of appeals. */
export const messages = vi;

/** Fills `{name}` placeholders of a message template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
