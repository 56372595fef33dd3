import type { AiAnswer, Citation, Reply } from '../turns/types';
import { format, messages } from '../messages';
import strings from './messages.vi.json';

/** Markdown Teams shows but Zalo prints as is: bold and italic marks, code ticks, escaped characters. */
function plain(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\*\*(.+?)\*\*/gs, '$1')
    .replace(/(^|[\s(])_(.+?)_(?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

/** "[1] Điều 7 Nghị định 13/2023/NĐ-CP, ban hành ngày 17/04/2023": a numbered source as Zalo shows it (no pop-ups). */
function sourceLine(c: Citation): string {
  const issued = c.issued ? `, ${format(strings.issuedOn, { date: c.issued })}` : '';
  return `[${c.position}] ${c.label}${issued}${c.url ? `\n${c.url}` : ''}`;
}

/** An AI answer as plain text: the answer with its [n] markers, the numbered sources, then the notices (the AI notice last). */
export function answerText(answer: AiAnswer): string {
  const sources = [...answer.citations].sort((a, b) => a.position - b.position).map(sourceLine);
  return [
    plain(answer.text),
    ...(sources.length ? [`${strings.sourcesTitle}\n${sources.join('\n')}`] : []),
    ...answer.notices.filter(Boolean).map(plain),
  ].join('\n\n');
}

/** The help reply as plain text. */
function helpText(botName: string): string {
  const h = messages.help;
  const commands = h.commands.map(([title, value]) => `• ${title}: ${plain(format(value, { example: h.exampleQuestion }))}`);
  return [h.title, commands.join('\n'), format(strings.helpGroupHint, { name: botName }), messages.welcome.notice].join('\n\n');
}

/** Renders a reply as the plain text a Zalo message carries; undefined when there is nothing to send on Zalo. */
export function renderZaloText(reply: Reply, opts: { botName: string }): string | undefined {
  switch (reply.kind) {
    case 'text':
    case 'refusal':
      return plain(reply.text);
    case 'help':
      return helpText(opts.botName);
    case 'answer':
      return answerText(reply.answer);
    case 'feedback-prompt':
      return strings.feedbackPrompt;
    case 'file':
      return `${plain(reply.text)}\n\n${format(strings.fileOnlyInTeams, { name: reply.file.name })}`;
    // Zalo has no forms: the guided exchange that follows asks the same fields one by one.
    case 'form':
    case 'none':
      return undefined;
  }
}

export const zaloStrings = strings;
