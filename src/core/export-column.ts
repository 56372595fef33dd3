/** One exported record with its machine field names and values (times as Date): what JSON exports contain. */
export type Row = Record<string, string | number | Date>;

/** How one column appears in CSV and XLSX; JSON keeps `key` and the raw value. */
export interface ExportColumn {
  key: string;
  /** The Vietnamese header of CSV and XLSX. */
  header: string;
  /** `time`: Vietnam local time (a date cell in XLSX); `markdown`: shown as plain text; `text` (default) and `number` as they are. */
  kind?: 'text' | 'time' | 'number' | 'markdown';
  /** The Vietnamese wording of a machine value (like → Thích); values it does not know are shown as they are. */
  label?: (value: string) => string;
  /** XLSX column width, in characters. */
  width?: number;
}
