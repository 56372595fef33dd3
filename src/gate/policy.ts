import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LEVEL_CATEGORIES, PURPOSE_CATEGORIES, type Category, type Reason, type Source, type Zone } from './types';

/** What the policy does with one category in one zone. */
export type Action = 'allow' | 'notice' | 'redact' | 'block';

export const ALL_CATEGORIES: readonly Category[] = [
  ...LEVEL_CATEGORIES[4], ...LEVEL_CATEGORIES[3], ...LEVEL_CATEGORIES[2], ...PURPOSE_CATEGORIES,
];

const action = z.enum(['allow', 'notice', 'redact', 'block']);
const categoryEnum = z.enum(ALL_CATEGORIES as [Category, ...Category[]]);
const zoneTable = z.object(Object.fromEntries(ALL_CATEGORIES.map((c) => [c, action])) as Record<Category, typeof action>).strict();
const text = z.string().trim().min(1);

const policyFileSchema = z.object({
  version: z.literal(1),
  reasonsFile: text,
  redactCategories: z.array(categoryEnum).min(1),
  placeholders: z.record(z.string().regex(/^[a-z_]+$/), z.string().regex(/^[\p{Lu}_]+$/u)),
  zones: z.object({ onprem: zoneTable, external: zoneTable }).strict(),
}).strict();

const reasonSchema = z.object({ message: text, rule: text, alternative: text, notice: text.optional() }).strict();
const reasonsFileSchema = z.object({
  sources: z.object({ message: text, transcript: text, attachment: text, feedback: text }).strict(),
  categories: z.object(Object.fromEntries(ALL_CATEGORIES.map((c) => [c, reasonSchema])) as Record<Category, typeof reasonSchema>).strict(),
}).strict();

export type ReasonsFile = z.infer<typeof reasonsFileSchema>;

/** The validated decision table, placeholder labels and Vietnamese reasons. */
export interface GatePolicy {
  redactCategories: Category[];
  placeholders: Record<string, string>;
  zones: Record<Zone, Record<Category, Action>>;
  reasons: ReasonsFile;
}

function readJson(file: string): unknown {
  let raw: string;
  try { raw = fs.readFileSync(file, 'utf8'); } catch (e) { throw new Error(`Gate policy file ${file} cannot be read: ${(e as Error).message}`); }
  try { return JSON.parse(raw); } catch (e) { throw new Error(`Gate policy file ${file} is not valid JSON: ${(e as Error).message}`); }
}

function check<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new Error(`Invalid gate policy file ${file}: field "${issue.path.join('.') || '(root)'}" ${issue.message}`);
}

/** Loads and validates the policy file (and the reasons file it names); throws an Error naming the file and the bad field. */
export function loadGatePolicy(file: string): GatePolicy {
  const p = check(policyFileSchema, readJson(file), file);
  const reasonsPath = path.resolve(path.dirname(file), p.reasonsFile);
  const reasons = check(reasonsFileSchema, readJson(reasonsPath), reasonsPath);
  return { redactCategories: p.redactCategories, placeholders: p.placeholders, zones: p.zones, reasons };
}

const SEVERITY: Record<Action, number> = { allow: 0, notice: 1, redact: 2, block: 3 };

/** The strongest action over the categories found (allow when none). */
export function strongestAction(table: Record<Category, Action>, categories: Iterable<Category>): Action {
  let best: Action = 'allow';
  for (const c of categories) if (SEVERITY[table[c]] > SEVERITY[best]) best = table[c];
  return best;
}

// Which category's reason is shown when several apply: the gravest first.
const REASON_ORDER: readonly Category[] = [
  'secret_marking', 'decision_sanction', 'decision_inspection', 'decision_licensing', 'decision_personnel', 'deepfake', 'phishing', 'hacking',
  'disinformation', 'copyright', 'personal_sensitive', 'party_internal', 'personnel_records', 'leader_schedule', 'unpublished_finance', 'internal_marking',
  'credential', 'personal_id', 'personal_contact', 'person_name',
];

/** The Vietnamese reason for the gravest category that has the given action. */
export function reasonFor(policy: GatePolicy, zone: Zone, categories: Category[], act: Action, source: Source): Reason | undefined {
  const table = policy.zones[zone];
  const cat = REASON_ORDER.find((c) => categories.includes(c) && table[c] === act);
  if (!cat) return undefined;
  const r = policy.reasons.categories[cat];
  const src = policy.reasons.sources[source];
  const message = (act === 'notice' && r.notice ? r.notice : r.message).replace(/\{source\}/g, src);
  return { message, rule: r.rule, alternative: r.alternative };
}
