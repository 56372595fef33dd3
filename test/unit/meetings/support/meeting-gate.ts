import fs from 'node:fs';
import path from 'node:path';
import type { AuditSummary, Category, Detection, Gate, Source, Verdict, Zone } from '../../../../src/gate/types';

/** A fake Gate for the meeting tests: blocks secrecy markings, redacts CCCD/phone numbers, and names for 'external'. */
export function createMeetingTestGate(zone: Zone = 'onprem'): Gate & { screened: { source?: Source; length: number }[] } {
  const screened: { source?: Source; length: number }[] = [];
  return {
    zone,
    screened,
    screen(text: string, opts?: { source?: Source }): Verdict {
      screened.push({ source: opts?.source, length: text.length });
      const nfc = text.normalize('NFC');
      if (/\b(?:TỐI MẬT|TUYỆT MẬT|MẬT)\b|\bTOI MAT\b|Độ mật/u.test(nfc)) {
        return { decision: 'block', level: 4, categories: ['secret_marking'], detections: [], audit: audit('block', 4, ['secret_marking']), ...unscored('block', 4, ['secret_marking'], null),
          reason: { message: 'Văn bản có dấu chỉ độ mật (bí mật nhà nước): không được đưa vào AI.', rule: 'Quy chế Phước Bình, Điều 8', alternative: 'Chỉ tóm tắt nội dung không thuộc bí mật nhà nước.' } };
      }
      const patterns: [RegExp, string, Category][] = [
        [/\b\d(?:[ .]?\d){11}\b/g, 'CCCD', 'personal_id'],
        [/\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b/g, 'SĐT', 'personal_contact'],
      ];
      if (zone === 'external') patterns.push([/\b(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đỗ|Bùi|Ngô|Đinh|Lò|Quàng|Vi)(?: [\p{Lu}][\p{Ll}]+){1,3}/gu, 'NGƯỜI', 'person_name']);
      const values = new Map<string, string>();
      const detections: Detection[] = [];
      let out = nfc;
      for (const [re, label, category] of patterns) {
        let n = 0;
        out = out.replace(re, (m) => {
          const known = [...values].find(([, v]) => v === m)?.[0];
          if (known) return known;
          const ph = `[${label}_${++n}]`;
          values.set(ph, m);
          detections.push({ category, kind: label.toLowerCase(), start: 0, end: 0 });
          return ph;
        });
      }
      const categories = [...new Set(detections.map((d) => d.category))];
      const decision = categories.length ? 'redact' : 'allow';
      const restore = (t: string) => t.replace(/\[[^\]\s]+_\d+\]/gu, (ph) => values.get(ph) ?? ph);
      return { decision, level: categories.length ? 3 : 1, categories, detections, text: out, restore, audit: audit(decision, categories.length ? 3 : 1, categories), ...unscored(decision, categories.length ? 3 : 1, categories, out) };
    },
  };
}

// a fake has no learned screen: no scores, and an appeal keeps the redacted text (none for level 4)
function unscored(decision: AuditSummary['decision'], level: AuditSummary['level'], categories: Category[], maskedText: string | null): Pick<Verdict, 'screen' | 'appealRecord'> {
  return { screen: { scores: {}, margins: {}, uncertain: [] }, appealRecord: () => ({ decision, level, categories, scores: {}, maskedText }) };
}

function audit(decision: AuditSummary['decision'], level: AuditSummary['level'], categories: Category[]): AuditSummary {
  return { decision, level, categories, counts: Object.fromEntries(categories.map((c) => [c, 1])), hashes: [] };
}

/** The real gate when src/gate/index.ts and the policy exist (the gate is built in parallel), else the fake. */
export function gateForTests(zone: Zone = 'onprem'): Gate {
  const root = path.resolve(__dirname, '../../../..');
  const policyPath = path.join(root, 'policy', 'gate-policy.json');
  if (process.env.MEETINGS_FAKE_GATE !== '1' && fs.existsSync(path.join(root, 'src/gate/index.ts')) && fs.existsSync(policyPath)) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const gate = require('../../../../src/gate') as { createGate?: (o: { policy: unknown; zone: Zone }) => Gate; loadGatePolicy?: (p: string) => unknown };
      if (gate.createGate && gate.loadGatePolicy) return gate.createGate({ policy: gate.loadGatePolicy(policyPath), zone });
    } catch {
      // Not ready yet: the fake below stands in.
    }
  }
  return createMeetingTestGate(zone);
}
