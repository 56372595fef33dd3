import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ALL_CATEGORIES } from '../gate/policy';
import type { Category } from '../gate/types';
import type { ChatMessage } from '../llm/types';

/** The guard prompt of the second opinion (prompts/gate/): system and user templates, a description per category. */
export interface GuardPrompts {
  system: string;
  user: string;
  categories: Record<Category, string>;
}

// From src/second-opinion (tsx, jest) or dist/src/second-opinion (built): the first folder that has the prompts wins.
const CANDIDATES = [path.resolve(__dirname, '../../prompts/gate'), path.resolve(__dirname, '../../../prompts/gate')];

const descriptions = z.object(Object.fromEntries(ALL_CATEGORIES.map((c) => [c, z.string().trim().min(1)])) as Record<Category, z.ZodString>).strict();

/** Reads the guard prompt once at start-up; throws naming the folder or the missing category. */
export function loadGuardPrompts(dir?: string): GuardPrompts {
  const folder = dir ?? CANDIDATES.find((d) => fs.existsSync(path.join(d, 'second-opinion.vi.md')));
  if (!folder) throw new Error(`Gate prompts not found (looked in ${CANDIDATES.join(', ')})`);
  const read = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8').trim();
  const parsed = descriptions.safeParse(JSON.parse(read('categories.vi.json')));
  if (!parsed.success) throw new Error(`Invalid ${path.join(folder, 'categories.vi.json')}: ${parsed.error.issues[0].path.join('.')} ${parsed.error.issues[0].message}`);
  return { system: read('second-opinion.vi.md'), user: read('second-opinion-user.vi.md'), categories: parsed.data };
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (m, k: string) => values[k] ?? m);

/** The messages asking which of `offered` (or none) the masked text belongs to. */
export function buildGuardMessages(prompts: GuardPrompts, offered: readonly Category[], maskedText: string): ChatMessage[] {
  const categories = offered.map((c) => `- ${c}: ${prompts.categories[c]}`).join('\n');
  return [
    { role: 'system', content: fill(prompts.system, { categories }) },
    // the text goes in last and literally: a "{{categories}}" typed by the user stays as typed
    { role: 'user', content: prompts.user.replace('{{text}}', () => maskedText) },
  ];
}

const answerSchema = z.object({ category: z.string().trim().min(1) }).strict();

/**
 * The model's answer as one of `offered` or 'none'; undefined when it is anything else (prose, another category, bad
 * JSON). A reasoning block (<think>…</think>) and a code fence around the JSON are tolerated, nothing more.
 */
export function parseGuardAnswer(answer: string, offered: readonly Category[]): Category | 'none' | undefined {
  const body = answer.replace(/^\s*<think>[\s\S]*?<\/think>/, '').trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, '$1').trim();
  if (!body.startsWith('{') || !body.endsWith('}')) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const category = parsed.data.category.toLowerCase();
  if (category === 'none') return 'none';
  return offered.find((c) => c === category);
}
