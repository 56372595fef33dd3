import { foldDiacritics as fold } from '../core/vietnamese';

/** A notebook command parsed from a message or a card action. */
export type NotebookCommand =
  | { kind: 'list' }
  | { kind: 'open' | 'export' | 'delete'; n: number }
  | { kind: 'save'; summaryId?: string }
  | { kind: 'usage' };

const SOTAY = /^\s*\/so\s?tay\b\s*(.*)$/;
const SAVE_WORDS = /^(?:luu|luu lai|luu vao so tay|luu so tay|luu giup|luu giup toi|luu ban tom tat|luu tom tat)[\s.!]*$/;
const VERBS: Record<string, 'open' | 'export' | 'delete'> = { mo: 'open', xem: 'open', xuat: 'export', tai: 'export', xoa: 'delete' };

/** Parses "/sotay", "/sotay mở 2", "/sotay xuat 2", "/sổ tay xoá 2", "lưu" (with or without diacritics). */
export function parseNotebookText(text: string): NotebookCommand | undefined {
  const f = fold(text.normalize('NFC')).trim();
  if (SAVE_WORDS.test(f)) return { kind: 'save' };
  const m = SOTAY.exec(f);
  if (!m) return undefined;
  const rest = m[1].trim();
  if (!rest) return { kind: 'list' };
  const parts = /^(\S+)\s+#?(\d{1,4})$/.exec(rest);
  const verb = parts ? VERBS[parts[1]] : undefined;
  return verb && parts ? { kind: verb, n: Number(parts[2]) } : { kind: 'usage' };
}

/** Parses the "Lưu vào Sổ tay" card action (`{action: 'notebook_save', summaryId}`). */
export function parseNotebookAction(value: unknown): NotebookCommand | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as { action?: unknown; summaryId?: unknown };
  if (v.action !== 'notebook_save') return undefined;
  return { kind: 'save', summaryId: typeof v.summaryId === 'string' ? v.summaryId : undefined };
}
