import vi from './vi.json';

/** The Vietnamese user-facing strings of the bot core (features keep their own files). */
export const messages = vi;

/** Fills `{name}` placeholders of a message template. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
