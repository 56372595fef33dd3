import type { ScreenInput } from '../screen/features';
import { ANY_PURPOSE, type ScreenModel } from '../screen/model';
import { scoreText } from '../screen/score';
import { rng } from './mlp';
import { PURPOSE_CATEGORIES } from '../types';

const PURPOSES = new Set<string>(PURPOSE_CATEGORIES);

/** The shares of long level-1 texts that may be flagged through their windows (see calibrateLongWindows). */
export interface LongBudgets {
  /** Of long level-1 texts, the share "any forbidden purpose" may flag in a sentence-sized window (sets window.smallMargin). */
  small: number;
  /** Of long level-1 texts, the share the wide windows may flag, per output (sets window.longMargins); others get `otherwise`. */
  long: Partial<Record<string, number>>;
  otherwise: number;
}

const quantileMargin = (xs: ArrayLike<number>, budget: number): number => {
  const sorted = Float64Array.from(xs).sort().reverse();
  return Math.max(0, sorted[Math.min(sorted.length - 1, Math.floor(budget * sorted.length))]);
};

/**
 * How much less the windows of a long text count. A long text has many windows, each a fresh chance to pass a threshold
 * chosen for one message: per output, the (1 − budget) quantile, over long level-1 texts, of the best margin their
 * windows reach — the sentence-sized windows for "any forbidden purpose" (window.smallMargin), the wide ones for the
 * other outputs (window.longMargins). Never negative: a window never counts more than a message.
 */
export function calibrateLongWindows(model: ScreenModel, legit: ScreenInput[], budgets: LongBudgets): { smallMargin: number; longMargins: number[] } {
  const anyK = model.outputs.indexOf(ANY_PURPOSE);
  if (legit.length === 0) return { smallMargin: 0, longMargins: model.outputs.map(() => 0) };
  const probe: ScreenModel = { ...model, window: { ...model.window, whole: 0, smallMargin: 0, longMargins: undefined } };
  const best = legit.map((d) => scoreText(probe, d).map((s, k) => s.logit - model.thresholds[k]));
  const at = (k: number, budget: number): number => Number(quantileMargin(best.map((b) => b[k]), budget).toFixed(3));
  // purposes are read in the sentence-sized windows only
  const longMargins = model.outputs.map((o, k) => (k === anyK || PURPOSES.has(o) ? 0 : at(k, budgets.long[o] ?? budgets.otherwise)));
  return { smallMargin: anyK < 0 ? 0 : at(anyK, budgets.small), longMargins };
}

/** Options of longLegitTexts. */
export interface LongTextOptions { count: number; minChars: number; maxChars: number; seed: number }

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Lò', 'Hà'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quang', 'Thu', 'Đức', 'Hồng', 'Ngọc', 'Thanh', 'Xuân'];
const GIVEN = ['Hùng', 'Lan', 'Hải', 'Mai', 'Tuấn', 'Hà', 'Sơn', 'Hạnh', 'Bình', 'Dũng', 'Nga', 'Phúc', 'Thắng', 'Yến', 'Long', 'Trang'];

/**
 * Long level-1 texts for calibration, each a seeded shuffle of the given level-1 messages (the validation split's: never
 * the test split's, never the development set's) of `minChars`–`maxChars` characters: every other one written as a
 * meeting transcript, each message a line "[hh:mm:ss] Speaker Name: …", the way Teams transcripts and pasted minutes
 * name their speakers (a text full of private names is what a meeting summary screens).
 */
export function longLegitTexts(messages: string[], o: LongTextOptions): string[] {
  const rand = rng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const out: string[] = [];
  if (messages.length === 0) return out;
  for (let n = 0; n < o.count; n++) {
    const target = o.minChars + Math.floor(rand() * (o.maxChars - o.minChars));
    const speakers = Array.from({ length: 3 + Math.floor(rand() * 5) }, () => `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`);
    const parts: string[] = [];
    for (let len = 0, sec = 0; len < target;) {
      let m = pick(messages).replace(/\s*\n\s*/g, ' ');
      if (n % 2 === 1) {
        sec += 20 + Math.floor(rand() * 200);
        const hms = [sec / 3600, (sec / 60) % 60, sec % 60].map((x) => String(Math.floor(x)).padStart(2, '0')).join(':');
        m = `[${hms}] ${pick(speakers)}: ${m}`;
      }
      parts.push(m); len += m.length + 1;
    }
    out.push(parts.join('\n'));
  }
  return out;
}

/** Ordinary meeting-minute sentences, for burying a request in a long text. */
export const MINUTES = [
  'Đồng chí chủ trì đề nghị các phòng hoàn thành báo cáo sơ kết trước ngày 15 tháng sau.',
  'Phòng Kinh tế báo cáo tiến độ giải ngân vốn đầu tư công đạt 62% kế hoạch, một số dự án còn vướng mặt bằng.',
  'Ý kiến thảo luận tập trung vào việc nâng cao tỷ lệ hồ sơ trực tuyến toàn trình tại bộ phận một cửa.',
  'Thống nhất giao Văn phòng tổng hợp ý kiến, hoàn thiện kế hoạch tuyên truyền chuyển đổi số năm 2026.',
  'Trung tâm Phục vụ hành chính công tiếp nhận 1.245 hồ sơ trong tháng, giải quyết đúng hạn 98,7%.',
  'Các đồng chí trưởng thôn phản ánh đường giao thông nội đồng xuống cấp sau mùa mưa, đề nghị xã khảo sát.',
];

/** A text of about `chars` characters of minutes with `request` placed at the start, middle or end. */
export function buryIn(request: string, where: 'start' | 'middle' | 'end', chars: number): string {
  const lines: string[] = [];
  for (let i = 0, len = 0; len < chars; i++) { lines.push(MINUTES[i % MINUTES.length]); len += MINUTES[i % MINUTES.length].length + 1; }
  lines.splice(where === 'start' ? 0 : where === 'middle' ? lines.length >> 1 : lines.length, 0, request);
  return lines.join('\n');
}
