import type { ReceivedActivity } from './connector-server';

type Json = Record<string, unknown>;

/** Flattens an Adaptive Card to lines of text for the terminal. */
function cardText(card: Json, out: string[]): void {
  const walk = (el: Json) => {
    if (el.type === 'TextBlock' && typeof el.text === 'string') out.push(el.text);
    if (el.type === 'FactSet' && Array.isArray(el.facts)) for (const f of el.facts as Json[]) out.push(`  ${f.title}: ${f.value}`);
    for (const key of ['body', 'items', 'columns']) if (Array.isArray(el[key])) for (const c of el[key] as Json[]) walk(c);
    if (Array.isArray(el.actions)) for (const a of el.actions as Json[]) out.push(`  [nút] ${a.title} ${a.data ? JSON.stringify(a.data) : ''}`);
  };
  walk(card);
}

/** Renders one bot activity as terminal text (typing indicators and empty updates give nothing). */
export function renderForTerminal(item: ReceivedActivity): string | undefined {
  const a = item.activity as Json;
  if (a.type !== 'message') return undefined;
  const out: string[] = [];
  // Teams text uses <br> for line breaks; the terminal wants newlines.
  if (typeof a.text === 'string' && a.text) out.push(a.text.replace(/<br\s*\/?>/g, '\n'));
  for (const att of (a.attachments as Json[] | undefined) ?? []) {
    if (att.contentType === 'application/vnd.microsoft.card.adaptive') cardText(att.content as Json, out);
    else out.push(`  [tệp] ${att.name ?? 'không tên'} (${att.contentType})`);
  }
  for (const e of (a.entities as Json[] | undefined) ?? []) {
    if (e.type !== 'https://schema.org/Message') continue;
    if (Array.isArray(e.additionalType) && e.additionalType.includes('AIGeneratedContent')) out.push('  — Nội dung do AI tạo ra —');
    for (const c of (e.citation as Json[] | undefined) ?? []) {
      const app = c.appearance as Json;
      out.push(`  [${c.position}] ${app?.name ?? ''}${app?.url ? ` <${app.url}>` : ''}`);
    }
    const usage = e.usageInfo as Json | undefined;
    if (usage?.name) out.push(`  Nhãn: ${usage.name}`);
  }
  const cd = a.channelData as Json | undefined;
  if (cd?.feedbackLoopEnabled) out.push(`  (đánh giá: :like hoặc :dislike [nhận xét] — mã ${item.id.slice(0, 8)})`);
  return out.join('\n');
}
