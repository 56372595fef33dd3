import fs from 'node:fs';
import { z } from 'zod';
import { ALL_CATEGORIES, type GatePolicy } from './policy';
import type { Category } from './types';

/** The deploying agency's own rules, cited after the national law in every refusal and notice (AGENCY_RULES_PATH). */
export interface AgencyRules {
  /** Who issued them, for the start-up log, e.g. "UBND tỉnh Cao Bằng". */
  agency?: string;
  /** Cited for every category without its own entry. */
  default?: string;
  /** Per category: the document and article, e.g. "Khung AI tin cậy tỉnh Cao Bằng, Điều 7 khoản 1". */
  categories: Partial<Record<Category, string>>;
}

const citation = z.string().trim().min(1).max(300);
const fileSchema = z
  .object({
    agency: citation.optional(),
    default: citation.optional(),
    categories: z.record(z.string(), citation).default({}),
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const key of Object.keys(v.categories)) {
      if (!(ALL_CATEGORIES as readonly string[]).includes(key)) {
        ctx.addIssue({ code: 'custom', path: ['categories', key], message: `is not a gate category (${ALL_CATEGORIES.join(', ')})` });
      }
    }
    if (!v.default && Object.keys(v.categories).length === 0) ctx.addIssue({ code: 'custom', path: ['categories'], message: 'cites nothing: give "default" or at least one category' });
  });

/** Loads and validates the agency rules file; throws an Error naming the file and the bad field. */
export function loadAgencyRules(file: string): AgencyRules {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`Agency rules file ${file} cannot be read as JSON: ${(e as Error).message}`);
  }
  const r = fileSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`Invalid agency rules file ${file}: field "${issue.path.join('.') || '(root)'}" ${issue.message}`);
  }
  return { agency: r.data.agency, default: r.data.default, categories: r.data.categories as AgencyRules['categories'] };
}

/** The policy with each category's rule citing the national law first, then the agency's own rule (when it has one). */
export function withAgencyRules(policy: GatePolicy, rules: AgencyRules | undefined): GatePolicy {
  if (!rules) return policy;
  const categories = { ...policy.reasons.categories };
  for (const category of Object.keys(categories) as Category[]) {
    const own = rules.categories[category] ?? rules.default;
    if (own) categories[category] = { ...categories[category], rule: `${categories[category].rule}; ${own}` };
  }
  return { ...policy, reasons: { ...policy.reasons, categories } };
}
