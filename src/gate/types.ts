/** Sensitivity levels of the policy (Phước Bình Quy chế, Điều 8). */
export type Level = 1 | 2 | 3 | 4;
export type Decision = 'allow' | 'redact' | 'block';
export type Zone = 'onprem' | 'external';

export const LEVEL_CATEGORIES = {
  4: ['secret_marking'],
  3: ['personal_id', 'personal_contact', 'personal_sensitive', 'person_name', 'credential'],
  2: ['internal_marking', 'unpublished_finance', 'leader_schedule', 'personnel_records', 'party_internal'],
} as const;

export const PURPOSE_CATEGORIES = [
  'decision_sanction', 'decision_inspection', 'decision_licensing', 'decision_personnel',
  'deepfake', 'phishing', 'hacking', 'disinformation', 'copyright',
] as const;

export type ContentCategory = (typeof LEVEL_CATEGORIES)[keyof typeof LEVEL_CATEGORIES][number];
export type PurposeCategory = (typeof PURPOSE_CATEGORIES)[number];
export type Category = ContentCategory | PurposeCategory;

/** One finding, with the exact span [start, end) of the ORIGINAL text. */
export interface Detection {
  category: Category;
  /** Finer kind, e.g. 'cccd', 'phone', 'email', 'plate'; decides the placeholder label. */
  kind: string;
  start: number;
  end: number;
}

/** What may be written to logs, audit and storage about a screening: never the matched text. */
export interface AuditSummary {
  decision: Decision;
  level: Level;
  categories: Category[];
  counts: Partial<Record<Category, number>>;
  /** Salted SHA-256 prefixes of the matched spans, so repeats are recognisable without the text. */
  hashes: string[];
}

/** The user-facing explanation of a block or a notice, in Vietnamese. */
export interface Reason {
  message: string;
  /** The rule it comes from: the national law first, then the agency's own rules when configured (AGENCY_RULES_PATH). */
  rule: string;
  /** What the user can do instead. */
  alternative: string;
}

/** The learned screen's reading of a text, for the categories it scores (purposes, sensitive attributes, level 2). */
export interface ScreenView {
  /** Probability per scored category (of the best window of a long text). */
  scores: Partial<Record<Category, number>>;
  /** Logit minus the category's threshold: ≥ 0 found, < 0 not; near 0 the screen is unsure. */
  margins: Partial<Record<Category, number>>;
  /** Categories whose margin lies inside the model's uncertain band: where a second opinion may be asked. */
  uncertain: Category[];
}

/** What a record of this verdict (e.g. an appeal against it) may keep: never the text of a level-4 message. */
export interface AppealRecord {
  decision: Decision;
  level: Level;
  categories: Category[];
  scores: Partial<Record<Category, number>>;
  /** The text with every detected span replaced by its typed placeholder; null when the text is level 4. */
  maskedText: string | null;
}

interface VerdictCommon {
  level: Level;
  categories: Category[];
  detections: Detection[];
  /** The learned screen's scores and margins (empty when the gate runs without a model). */
  screen: ScreenView;
  /** Builds what an appeal against this verdict may keep (computed on demand). */
  appealRecord: () => AppealRecord;
  audit: AuditSummary;
}

/** The gate's result for one text. */
export type Verdict =
  | (VerdictCommon & { decision: 'block'; reason: Reason })
  | (VerdictCommon & {
      decision: 'allow' | 'redact';
      /** The text downstream may see: the original (allow) or with typed placeholders such as [CCCD_1] (redact). */
      text: string;
      /** Puts the original values back into text shown to the same user (identity when nothing was redacted). */
      restore: (text: string) => string;
      /** Present when the policy allows with a notice (e.g. level 2 on-premises). */
      notice?: Reason;
    });

/** Where a text came from; the gate may word its reason accordingly. */
export type Source = 'message' | 'transcript' | 'attachment' | 'feedback';

/** Options of one screening. */
export interface ScreenOptions {
  source?: Source;
  /**
   * A second opinion on categories the learned screen is unsure of (true: found, false: not found). Taken only for
   * categories in the screen's uncertain band; every other category keeps the gate's own reading.
   */
  settle?: Partial<Record<Category, boolean>>;
}

/** The one door every inbound text passes through. */
export interface Gate {
  readonly zone: Zone;
  screen(text: string, opts?: ScreenOptions): Verdict;
}
