import type { AuditSummary, Gate, Source, Verdict } from '../../src/gate/types';

/**
 * A tiny fake Gate for tests: blocks texts containing "MẬT" (secret marking), redacts 12-digit numbers (CCCD) to
 * [CCCD_1], allows the rest. Records every screened call's source (never needed for behaviour, handy for asserts).
 */
export function createFakeGate(): Gate & { calls: { source?: Source }[] } {
  const calls: { source?: Source }[] = [];
  const summary = (decision: AuditSummary['decision'], level: AuditSummary['level'], n = 0): AuditSummary => ({
    decision, level,
    categories: decision === 'block' ? ['secret_marking'] : n ? ['personal_id'] : [],
    counts: decision === 'block' ? { secret_marking: 1 } : n ? { personal_id: n } : {},
    hashes: [],
  });
  const unscored = { scores: {}, margins: {}, uncertain: [] };
  return {
    zone: 'onprem',
    calls,
    screen(text: string, opts?: { source?: Source }): Verdict {
      calls.push({ source: opts?.source });
      if (/MẬT/u.test(text)) {
        return { decision: 'block', level: 4, categories: ['secret_marking'], detections: [], audit: summary('block', 4), screen: unscored,
          appealRecord: () => ({ decision: 'block', level: 4, categories: ['secret_marking'], scores: {}, maskedText: null }),
          reason: { message: 'Nội dung có dấu hiệu bí mật nhà nước.', rule: 'Quy chế Phước Bình, Điều 8', alternative: 'Không gửi nội dung mật.' } };
      }
      let n = 0;
      const redacted = text.replace(/\b\d{12}\b/g, () => `[CCCD_${++n}]`);
      const decision = n ? 'redact' : 'allow';
      return { decision, level: n ? 3 : 1, categories: n ? ['personal_id'] : [], detections: [], text: redacted, restore: (t) => t, audit: summary(decision, n ? 3 : 1, n),
        screen: unscored, appealRecord: () => ({ decision, level: n ? 3 : 1, categories: n ? ['personal_id'] : [], scores: {}, maskedText: redacted }) };
    },
  };
}
