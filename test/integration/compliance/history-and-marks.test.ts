import ExcelJS from 'exceljs';
import { fileConsentActivity, type ChatIdentity } from '../../../src/cli/chat/activity-factory';
import type { TestService } from '../../helpers/test-runtime';
import { LEGAL_QUESTIONS, adminCall, startService } from '../accounts/service-harness';
import { readFixture, textOf } from '../meetings/support';

const WITH_PHONE = 'Tôi là Trần Văn Phong, số 0912 345 678, vượt đèn đỏ bằng xe máy bị phạt bao nhiêu?';

async function workbook(bytes: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
}

const sheetText = (ws: ExcelJS.Worksheet | undefined) => {
  const out: string[] = [];
  ws?.eachRow((row) => out.push((row.values as unknown[]).filter((v) => v !== undefined && v !== null).map(String).join(' | ')));
  return out.join('\n');
};

async function received(svc: TestService, who: ChatIdentity, command: string): Promise<{ text: string; file?: Buffer }> {
  const [reply] = await svc.say(who, command);
  const offer = (reply.activity.attachments as { contentType: string; name: string; content: { acceptContext: { uploadId: string } } }[] | undefined)?.[0];
  if (!offer || offer.contentType !== 'application/vnd.microsoft.teams.card.file.consent') return { text: textOf(reply) };
  await svc.post(fileConsentActivity(who, reply.id, offer.content.acceptContext.uploadId, { accept: { name: offer.name, uploadUrl: svc.connector.uploadUrl(offer.name) } }));
  return { text: textOf(reply), file: svc.connector.uploads.get(offer.name) };
}

describe('/lichsu: a person\'s own record of AI use (Cao Bằng Điều 6.6; Phước Bình Điều 17.1)', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({});
  });
  afterAll(async () => {
    await svc?.stop();
  });

  it('gives the person their questions, answers and sources as .xlsx, with placeholders, nobody else\'s, and audits it', async () => {
    const me = svc.identity('personal', { name: 'Cán bộ hỏi' });
    const someoneElse = svc.identity('personal', { name: 'Cán bộ khác' });
    await svc.say(me, LEGAL_QUESTIONS[0]);
    await svc.say(me, WITH_PHONE);
    await svc.say(me, `/tomtat\n${readFixture('tiep-cong-dan-du-lieu-ca-nhan.txt')}`);
    await svc.say(someoneElse, LEGAL_QUESTIONS[1]);

    const { text, file } = await received(svc, me, '/lichsu');
    expect(text).toContain('Lịch sử sử dụng AI của bạn');
    expect(text).toContain('3 lượt');
    const wb = await workbook(file!);
    const data = sheetText(wb.getWorksheet('Lịch sử sử dụng AI'));
    expect(data).toContain('Câu hỏi / yêu cầu');
    expect(data).toContain(LEGAL_QUESTIONS[0]);
    expect(data).toMatch(/\[SĐT_1\]/);
    expect(data).not.toContain('0912 345 678');
    expect(data).not.toContain('Lò Thị Sáu');
    expect(data).not.toContain(LEGAL_QUESTIONS[1]);
    expect(data).toMatch(/Nghị định 168\/2024\/NĐ-CP/);
    expect(data).toContain('Tóm tắt cuộc họp');
    const note = sheetText(wb.getWorksheet('Ghi chú'));
    expect(note).toContain('do AI (Trợ lý Công vụ) hỗ trợ tạo ra');
    expect(note).toContain('Người kiểm tra');

    const events = [];
    for await (const e of svc.runtime.store.audit.list()) if (e.feature === 'history') events.push(e);
    expect(events).toEqual([expect.objectContaining({ actor: me.user.aadObjectId, outcome: 'exported', details: expect.objectContaining({ count: 3 }) })]);
  });

  it('takes a period, says when it is empty, refuses a malformed one, and stays out of group chats', async () => {
    const me = svc.identity();
    expect((await received(svc, me, '/lịch sử 2020-01-01 2020-01-31')).text).toContain('chưa có lượt hỏi đáp');
    expect((await received(svc, me, '/lichsu hôm qua')).text).toContain('Khoảng thời gian chưa đúng');
    const [group] = await svc.say(svc.identity('groupChat'), '/lichsu', { mention: true });
    expect(textOf(group)).toContain('trò chuyện riêng (1:1)');
  });
});

describe('every exported workbook says whether AI assisted and has a "checked by" field', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({});
    const who = svc.identity();
    const [answer] = await svc.say(who, LEGAL_QUESTIONS[0]);
    await svc.feedback(who, answer.id, 'like');
  });
  afterAll(async () => {
    await svc?.stop();
  });

  it.each([
    ['feedback (AI answers)', '/admin/feedback/export?format=xlsx', 'do AI (Trợ lý Công vụ) hỗ trợ tạo ra'],
    ['audit log (system records)', '/admin/audit/export?format=xlsx', 'không do AI soạn'],
    ['usage report (system figures)', '/admin/usage?format=xlsx', 'không do AI soạn'],
  ])('%s', async (_name, route, mark) => {
    const res = await adminCall(svc, 'GET', route);
    expect(res.status).toBe(200);
    const wb = await workbook(await res.res.arrayBuffer());
    const note = sheetText(wb.getWorksheet('Ghi chú'));
    expect(note).toContain(mark);
    expect(note).toContain('Nguồn dữ liệu');
    expect(note).toContain('Người kiểm tra');
    expect(note).toContain('Ngày kiểm tra');
    // The data stays on the first sheet, as before.
    expect(wb.worksheets[0].name).not.toBe('Ghi chú');
  });
});
