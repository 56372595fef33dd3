import vi from './messages.vi.json';
import { fillTemplate } from '../core/template';

/** The meeting and notebook features' Vietnamese strings. */
export const messages = vi;
export type MeetingMessages = typeof vi;

/** Fills `{name}` placeholders of a message template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return fillTemplate(template, values);
}

/** Formats a byte count for users ("2 MB", "500 KB"). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Math.round(bytes / 100_000) / 10} MB`;
  if (bytes >= 1000) return `${Math.round(bytes / 1000)} KB`;
  return `${bytes} byte`;
}
