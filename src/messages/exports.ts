import vi from './exports.vi.json';
import { format } from './index';

/** Vietnamese headers and value labels of the CSV and XLSX exports (JSON exports keep the machine names). */
export const exportsVi = vi;

/** A label function from a map of machine values to Vietnamese; values it does not know are shown as they are. */
export const labelFrom = (map: Record<string, string>) => (value: string) => map[value] ?? value;

/** Who wrote an answer or a summary: "Trích dẫn văn bản (không dùng mô hình)", "Mô hình AI (qwen)". */
export function answererLabel(value: string): string {
  const known = (vi.answerer as Record<string, string>)[value];
  if (known && value !== 'model') return known;
  return format(vi.answerer.model, { name: value.replace(/^llm:/, '') });
}

/** Gate categories ("secret_marking; person_name") by their Vietnamese names. */
export const categoriesLabel = (value: string) => value.split(/;\s*/).map(labelFrom(vi.category)).join('; ');
