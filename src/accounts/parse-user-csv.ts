import { parse } from 'csv-parse/sync';
import { describeIssues, newUserSchema, type NewUser } from './user-input';

/** A rejected CSV row: its line number in the file (1 = header) and why. */
export interface CsvRowError {
  line: number;
  id?: string;
  message: string;
}

export type ParsedUserCsv =
  | { kind: 'parsed'; rows: { line: number; user: NewUser }[]; errors: CsvRowError[] }
  | { kind: 'invalid'; message: string; line?: number };

const REQUIRED = ['id', 'name', 'unit'] as const;
const KNOWN = new Set<string>([...REQUIRED, 'role', 'upn']);

/** Parses `id,name,unit,role` CSV (comma or semicolon, UTF-8 with or without BOM); bad rows are reported by line, the rest kept. */
export function parseUserCsv(text: string): ParsedUserCsv {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  // Excel set to Vietnamese regional settings saves CSV with semicolons.
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    const e = err as { message: string; lines?: number };
    return { kind: 'invalid', message: `CSV could not be read: ${e.message}`, line: e.lines };
  }
  if (records.length === 0) return { kind: 'invalid', message: 'CSV is empty: expected a header line id,name,unit,role' };

  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !KNOWN.has(h));
  if (missing.length > 0 || unknown.length > 0) {
    return { kind: 'invalid', line: 1, message: `header must be id,name,unit,role (optional upn)${missing.length ? `; missing ${missing.join(',')}` : ''}${unknown.length ? `; unknown ${unknown.join(',')}` : ''}` };
  }

  const rows: { line: number; user: NewUser }[] = [];
  const errors: CsvRowError[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    // info.lines is where the record ends; quoted fields may span lines, so step back to where it starts.
    const line = info.lines - record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
    if (record.length !== header.length) {
      errors.push({ line, id: record[header.indexOf('id')] || undefined, message: `expected ${header.length} columns, found ${record.length}` });
      continue;
    }
    const raw: Record<string, string | undefined> = {};
    header.forEach((h, i) => (raw[h] = record[i] === '' ? undefined : record[i]));
    const result = newUserSchema.safeParse(raw);
    if (!result.success) {
      errors.push({ line, id: raw.id, message: describeIssues(result.error) });
      continue;
    }
    const earlier = seen.get(result.data.id);
    if (earlier !== undefined) {
      errors.push({ line, id: result.data.id, message: `duplicate id: already on line ${earlier}` });
      continue;
    }
    seen.set(result.data.id, line);
    rows.push({ line, user: result.data });
  }
  return { kind: 'parsed', rows, errors };
}
