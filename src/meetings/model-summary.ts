import type { ChatModel } from '../llm/types';
import { summariseExtractive } from './extractive-summary';
import { fill } from './messages';
import { minutesSchema, type MeetingMinutes } from './minutes';
import type { MeetingPrompts } from './prompts';
import { parsePlainText } from './transcript';

/** Options of the map-reduce summariser. */
export interface ModelSummaryOptions {
  model: ChatModel;
  prompts: MeetingPrompts;
  /** Characters per chunk sent to the model (default 12,000: a 3-hour transcript is about 15 chunks). */
  chunkChars?: number;
  /** Chunks summarised at once (default 2), so a long meeting does not flood a self-hosted server. */
  concurrency?: number;
  signal?: AbortSignal;
}

/** Summarises screened text with the model: one extraction per chunk (map), then one merge (reduce). */
export async function summariseWithModel(text: string, opts: ModelSummaryOptions): Promise<MeetingMinutes> {
  const chunks = chunkLines(text, opts.chunkChars ?? 12_000);
  const partials: MeetingMinutes[] = new Array(chunks.length);
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const i = next++;
      const system = fill(opts.prompts.map, { part: i + 1, parts: chunks.length });
      const reply = await opts.model.complete([{ role: 'system', content: system }, { role: 'user', content: chunks[i] }], { signal: opts.signal });
      // A chunk the model answered badly is summarised extractively rather than lost.
      partials[i] = parseMinutes(reply) ?? summariseExtractive(parsePlainText(chunks[i]));
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 2, chunks.length) }, worker));
  if (partials.length === 1) return partials[0];
  const reply = await opts.model.complete([
    { role: 'system', content: opts.prompts.reduce },
    { role: 'user', content: JSON.stringify(partials) },
  ], { signal: opts.signal });
  return parseMinutes(reply) ?? mergeMinutes(partials);
}

/** Reads the model's JSON (tolerating code fences and text around it); undefined when it is not valid minutes. */
export function parseMinutes(reply: string): MeetingMinutes | undefined {
  const start = reply.indexOf('{');
  const end = reply.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    const parsed = minutesSchema.safeParse(JSON.parse(reply.slice(start, end + 1)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Merges partial minutes in order (used when the reduce step fails). */
export function mergeMinutes(parts: MeetingMinutes[]): MeetingMinutes {
  const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];
  const first = (pick: (m: MeetingMinutes) => string) => parts.map(pick).find(Boolean) ?? '';
  return {
    title: first((m) => m.title),
    facts: {
      time: first((m) => m.facts.time),
      place: first((m) => m.facts.place),
      chair: first((m) => m.facts.chair),
      participants: uniq(parts.flatMap((m) => m.facts.participants)),
    },
    mainPoints: uniq(parts.flatMap((m) => m.mainPoints)).slice(0, 12),
    conclusions: uniq(parts.flatMap((m) => m.conclusions)),
    tasks: parts.flatMap((m) => m.tasks),
    openIssues: uniq(parts.flatMap((m) => m.openIssues)),
  };
}

/** Splits text at line breaks into chunks of at most `max` characters (a longer line is cut). */
export function chunkLines(text: string, max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    for (let piece = line; piece.length > 0; piece = piece.slice(max)) {
      const part = piece.slice(0, max);
      if (current.length + part.length + 1 > max && current) { chunks.push(current); current = ''; }
      current = current ? `${current}\n${part}` : part;
    }
  }
  if (current.trim()) chunks.push(current);
  return chunks.length ? chunks : [''];
}
