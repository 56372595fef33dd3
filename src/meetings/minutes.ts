import { z } from 'zod';

/** One assignment recorded in the minutes: who does what by when. */
export const taskSchema = z.object({
  owner: z.string().default(''),
  task: z.string().min(1),
  deadline: z.string().default(''),
});

/** The structured biên bản of one meeting; rendered to Markdown and to .docx. */
export const minutesSchema = z.object({
  title: z.string().default(''),
  facts: z.object({
    time: z.string().default(''),
    place: z.string().default(''),
    chair: z.string().default(''),
    participants: z.array(z.string()).default([]),
  }).default({}),
  mainPoints: z.array(z.string()).default([]),
  conclusions: z.array(z.string()).default([]),
  tasks: z.array(taskSchema).default([]),
  openIssues: z.array(z.string()).default([]),
});

export type MeetingTask = z.infer<typeof taskSchema>;
export type MeetingMinutes = z.infer<typeof minutesSchema>;

/** An empty biên bản (every section present, nothing in it). */
export function emptyMinutes(): MeetingMinutes {
  return minutesSchema.parse({});
}

/** Applies `fn` to every string of the minutes (e.g. the gate's restore of placeholders). */
export function mapMinutesText(m: MeetingMinutes, fn: (s: string) => string): MeetingMinutes {
  return {
    title: fn(m.title),
    facts: { time: fn(m.facts.time), place: fn(m.facts.place), chair: fn(m.facts.chair), participants: m.facts.participants.map(fn) },
    mainPoints: m.mainPoints.map(fn),
    conclusions: m.conclusions.map(fn),
    tasks: m.tasks.map((t) => ({ owner: fn(t.owner), task: fn(t.task), deadline: fn(t.deadline) })),
    openIssues: m.openIssues.map(fn),
  };
}
