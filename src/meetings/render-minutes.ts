import { fill, messages } from './messages';
import type { MeetingMinutes } from './minutes';

const h = messages.heading;

/** Renders the biên bản as Markdown for the chat reply and the notebook. */
export function renderMinutesMarkdown(m: MeetingMinutes, opts: { maxTasks?: number } = {}): string {
  const lines: string[] = [`**${m.title || h.title}**`, ''];
  const facts: [string, string][] = [
    [h.time, m.facts.time],
    [h.place, m.facts.place],
    [h.chair, m.facts.chair],
    [h.participants, m.facts.participants.join(', ')],
  ];
  const present = facts.filter(([, v]) => v);
  if (present.length) {
    lines.push(`**${h.facts}**`);
    for (const [k, v] of present) lines.push(`- ${k}: ${v}`);
    lines.push('');
  }
  section(lines, h.mainPoints, m.mainPoints);
  section(lines, h.conclusions, m.conclusions);
  lines.push(`**${h.tasks}**`);
  if (m.tasks.length === 0) lines.push(h.none);
  else {
    lines.push(`| STT | ${h.owner} | ${h.task} | ${h.deadline} |`, '|---|---|---|---|');
    const shown = m.tasks.slice(0, opts.maxTasks ?? m.tasks.length);
    shown.forEach((t, i) => lines.push(`| ${i + 1} | ${cell(t.owner || h.unknown)} | ${cell(t.task)} | ${cell(t.deadline || h.unknown)} |`));
    if (shown.length < m.tasks.length) lines.push('', fill(messages.moreTasks, { n: m.tasks.length - shown.length }));
  }
  lines.push('');
  section(lines, h.openIssues, m.openIssues);
  return lines.join('\n').trimEnd();
}

function section(lines: string[], title: string, items: string[]): void {
  lines.push(`**${title}**`);
  if (items.length === 0) lines.push(h.none);
  else for (const item of items) lines.push(`- ${item}`);
  lines.push('');
}

// Pipes and line breaks would break the Markdown table.
function cell(text: string): string {
  return text.replace(/\|/g, '/').replace(/\s+/g, ' ');
}
