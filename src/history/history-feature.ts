import { PassThrough } from 'node:stream';
import type { Clock } from '../core/clock';
import { resolvePeriod, type UsagePeriod } from '../accounts/usage-period';
import { foldDiacritics } from '../core/vietnamese';
import { writeExport } from '../http/export-formats';
import { format } from '../messages';
import type { AnswerRecord, AnswerRepository } from '../store/types';
import type { FeatureHandler } from '../turns/feature';
import type { Turn, TurnResult } from '../turns/types';
import { exportsVi } from '../messages/exports';
import { HISTORY_COLUMNS, historyRow } from './history-rows';
import m from './messages.vi.json';
import { personKeyOf } from '../turns/person-key';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const COMMAND = /^\/lich ?su\b\s*(.*)$/;
const DEFAULT_DAYS = 30;
/** At most this many answers in one file (the newest); a longer period is asked for in parts. */
export const HISTORY_MAX_ROWS = 5000;

/** Parses "/lichsu", "/lịch sử 90", "/lichsu 2026-11-01 2026-11-30"; undefined when the text is not the command. */
export function parseHistoryCommand(text: string, now: Date): { period?: UsagePeriod } | undefined {
  const match = COMMAND.exec(foldDiacritics(text.normalize('NFC')).trim().toLowerCase());
  if (!match) return undefined;
  const args = match[1].split(/\s+/).filter((t) => t && !['tu', 'den', '-'].includes(t));
  if (args.length === 0) return { period: resolvePeriod({}, now, DEFAULT_DAYS) };
  if (args.length === 1 && /^\d{1,3}$/.test(args[0])) return { period: resolvePeriod({}, now, Number(args[0])) };
  if (args.length <= 2) return { period: resolvePeriod({ from: args[0], to: args[1] }, now) };
  return {};
}

/**
 * "/lichsu": a person's own record of AI use for a period (Cao Bằng Điều 6 khoản 6; Phước Bình Điều 17 khoản 1), as an
 * .xlsx of their questions, the answers and their sources, exactly as stored (placeholders, never anyone's restored
 * data). 1:1 chats only; never reaches a model; the router audits it like every turn.
 */
export function createHistoryFeature(deps: { answers: AnswerRepository; clock: Clock }): FeatureHandler {
  return {
    name: 'history',
    gated: false,
    matches: (turn) => parseHistoryCommand(turn.text, deps.clock.now()) !== undefined,
    async handle(turn): Promise<TurnResult> {
      if (turn.conversation.type !== 'personal') return text(m.privateOnly, 'refused', { reason: 'not_personal' });
      const { period } = parseHistoryCommand(turn.text, deps.clock.now()) ?? {};
      if (!period || !deps.answers.listByUser) return text(m.badPeriod, 'invalid');
      const rows = await newest(deps.answers.listByUser(ownerOf(turn), period));
      const days = { from: vnDate(period.fromDay), to: vnDate(period.toDay) };
      const details = { count: rows.kept.length, from: period.fromDay, to: period.toDay };
      if (rows.kept.length === 0) return text(format(m.empty, days), 'empty', details);
      const content = await toXlsx(rows.kept, deps.clock.now());
      const lines = [format(m.exported, { ...days, count: rows.kept.length }), ...(rows.dropped ? [format(m.truncated, { max: HISTORY_MAX_ROWS })] : [])];
      return {
        replies: [{ kind: 'file', text: lines.join('\n\n'), file: { name: `lich-su-ai-${period.fromDay}-${period.toDay}.xlsx`, contentType: XLSX, content } }],
        outcome: { feature: 'history', outcome: 'exported', details },
      };
    },
  };
}

/** The id answers are stored under for this sender (see turns/record-answer). */
function ownerOf(turn: Turn): string {
  return personKeyOf(turn);
}

async function newest(all: AsyncIterable<AnswerRecord>): Promise<{ kept: AnswerRecord[]; dropped: boolean }> {
  const kept: AnswerRecord[] = [];
  let dropped = false;
  for await (const a of all) {
    kept.push(a);
    if (kept.length > HISTORY_MAX_ROWS) {
      kept.shift();
      dropped = true;
    }
  }
  return { kept, dropped };
}

async function toXlsx(answers: AnswerRecord[], now: Date): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  async function* rows() {
    for (const a of answers) yield historyRow(a);
  }
  await writeExport(out, { format: 'xlsx', columns: HISTORY_COLUMNS, rows: rows(), sheet: exportsVi.history.sheet, mark: { kind: 'ai', now } });
  await ended;
  return Buffer.concat(chunks);
}

function text(t: string, outcome: string, details?: Record<string, string | number>): TurnResult {
  return { replies: [{ kind: 'text', text: t }], outcome: { feature: 'history', outcome, details } };
}

// "2026-11-01" → "01/11/2026", as people write dates.
function vnDate(day: string): string {
  const [y, mo, d] = day.split('-');
  return `${d}/${mo}/${y}`;
}
