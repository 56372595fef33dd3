import type { ScreenInput } from '../screen/features';
import { ANY_PURPOSE, type ScreenModel } from '../screen/model';
import { scoreText } from '../screen/score';

/**
 * How much less a sentence-sized window of a long text counts: the (1 − budget) quantile, over level-1 texts, of the
 * best "any forbidden purpose" margin their small windows reach (0 when that is already below the threshold).
 */
export function calibrateSmallWindows(model: ScreenModel, legit: ScreenInput[], budget: number): number {
  const k = model.outputs.indexOf(ANY_PURPOSE);
  if (k < 0 || legit.length === 0) return 0;
  // every text read the long way: windows and sentence-sized windows, no margin yet
  const probe: ScreenModel = { ...model, window: { ...model.window, whole: 0, smallMargin: 0 } };
  const best = legit.map((d) => scoreText(probe, d)[k].logit - model.thresholds[k]).sort((a, b) => b - a);
  return Math.max(0, best[Math.min(best.length - 1, Math.floor(budget * best.length))]);
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
