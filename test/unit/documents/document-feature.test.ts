import { createDocumentFeature } from '../../../src/documents/chat/document-feature';
import { readDocx } from '../../../src/documents/docx/read-docx';
import { findParts } from '../../../src/documents/check/parts';
import type { Turn, TurnResult } from '../../../src/turns/types';
import type { PassedVerdict } from '../../../src/turns/feature';
import { createFakeGate } from '../../helpers/fake-gate';

const gate = createFakeGate();
const clock = { now: () => new Date('2026-03-02T02:00:00Z') };
const feature = createDocumentFeature({ gate, clock, maxBytes: 2_000_000, downloadAttachment: async () => Buffer.alloc(0) });
const turn = (text: string, value?: unknown): Turn => ({ id: 't', user: { id: 'u1' }, conversation: { id: 'c1', type: 'personal' }, text, attachments: [], value });
const say = async (text: string, value?: unknown): Promise<TurnResult> => {
  const t = turn(text, value);
  const verdict = gate.screen(text) as PassedVerdict;
  return feature.handle(t, { verdict, canStream: false });
};
const textOf = (r: TurnResult) => r.replies.map((x) => ('text' in x ? x.text : '')).join('\n');

describe('/soanthao as a guided exchange (channels without the Teams form)', () => {
  it('asks for each field in turn and returns the draft as a .docx', async () => {
    const first = await say('/soanthao');
    expect(first.replies[0]).toMatchObject({ kind: 'form', form: 'document-draft' });
    expect(textOf(first)).toContain('Bạn muốn soạn loại văn bản nào?');
    const answers = ['2', '-', 'SỞ NỘI VỤ', 'SNV', 'VP', 'Bắc Ninh', 'Các phòng, ban thuộc Sở', 'Tổ chức tập huấn công tác văn thư năm 2026', 'Tổ chức trong tháng 4 năm 2026', '-', '-', 'GIÁM ĐỐC', 'Nguyễn Văn An'];
    let last: TurnResult | undefined;
    for (const a of answers) {
      expect(feature.matches(turn(a))).toBe(true);
      last = await say(a);
    }
    const file = last!.replies.find((r) => r.kind === 'file');
    expect(file).toBeDefined();
    const parts = findParts((await readDocx((file as Extract<typeof file, { kind: 'file' }>)!.file.content)).paras);
    expect(parts.type?.code).toBe('cong_van');
    expect(parts.soKyHieu?.text).toMatch(/^Số: +\/SNV-VP$/);
    expect(feature.matches(turn('Thêm một câu hỏi'))).toBe(false);
  });

  it('lets another command or a question through, and stops on /huy', async () => {
    await say('/soanthao');
    expect(feature.matches(turn('/tomtat biên bản'))).toBe(false);
    expect(feature.matches(turn('Lao động nữ nghỉ thai sản bao lâu?'))).toBe(false);
    expect(textOf(await say('/huy'))).toContain('Đã hủy');
    expect(feature.matches(turn('1'))).toBe(false);
  });

  it('refuses a form whose fields carry secret content, and explains what is missing in an incomplete one', async () => {
    const blocked = await say('', { action: 'doc_draft', type: 'to_trinh', issuer: 'SỞ NỘI VỤ', issuerCode: 'SNV', place: 'Bắc Ninh', subject: 'Phương án bảo vệ TỐI MẬT', signerTitle: 'GIÁM ĐỐC', signerName: 'Nguyễn Văn An' });
    expect(blocked.outcome.outcome).toBe('blocked');
    expect(blocked.replies.some((r) => r.kind === 'file')).toBe(false);
    const invalid = await say('', { action: 'doc_draft', type: 'to_trinh', issuer: 'SỞ NỘI VỤ' });
    expect(textOf(invalid)).toContain('Họ tên người ký');
  });
});
