import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { markdownToPlainText } from '../../../src/core/plain-text';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { feedbackActivity } from '../../../src/cli/chat/activity-factory';

const TOKEN = 'test-admin-token-0123456789';
const QUESTION = 'Những việc nào được phép dùng AI trong công vụ?';

describe('feedback from Teams to the administrator export, over HTTP', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ ADMIN_API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await svc.stop();
  });

  const exportAs = (format: string, token = TOKEN) =>
    fetch(`${svc.baseUrl}/admin/feedback/export?format=${format}`, { headers: { authorization: `Bearer ${token}` } });

  it('stores a native like/dislike with its comment against the answer, and exports it as CSV and XLSX', async () => {
    const who = svc.identity();
    const replies = await svc.say(who, QUESTION);
    expect(replies).toHaveLength(1);
    const answerId = replies[0].id;
    const res = await svc.feedback(who, answerId, 'dislike', 'Cần trích dẫn rõ hơn điều khoản gốc');
    expect(res.status).toBe(200);

    const csv = await exportAs('csv');
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const row = records.find((r) => r['Nhận xét'] === 'Cần trích dẫn rõ hơn điều khoản gốc');
    expect(row).toBeDefined();
    expect(row!['Đánh giá']).toBe('Không thích');
    expect(row!['Nơi trò chuyện']).toBe('Trò chuyện riêng (1:1)');
    expect(row!['Câu hỏi']).toBe(QUESTION);
    // The stored answer is Markdown; the cell is its plain text, citation markers kept.
    const stored = (await svc.runtime.store.answers.get(answerId))!.answer;
    expect(stored).toMatch(/\*\*/);
    expect(row!['Câu trả lời']).toBe(markdownToPlainText(stored));
    expect(row!['Câu trả lời']).not.toMatch(/\*\*|^- /m);
    expect(row!['Câu trả lời']).toMatch(/\[1\]/);
    expect(row!['Cách trả lời']).toBe('Trích dẫn văn bản (không dùng mô hình)');
    expect(row!['Căn cứ trích dẫn']).toContain('Điều');
    expect(row!['Người dùng']).not.toBe(who.user.aadObjectId);
    expect(row!['Người dùng']).toMatch(/^[0-9a-f]{16}$/);

    const xlsx = await exportAs('xlsx');
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const rows: string[][] = [];
    sheet.eachRow((r, n) => { if (n > 1) rows.push((r.values as unknown[]).map((v) => String(v ?? ''))); });
    const found = rows.find((r) => r.some((c) => c.includes('Cần trích dẫn rõ hơn')));
    expect(found).toBeDefined();
    expect(found![header.indexOf('Đánh giá')]).toBe('Không thích');
    expect(found![header.indexOf('Câu hỏi')]).toContain('được phép dùng AI');
  });

  it('after a dislike of a cited answer, asks which citation was wrong or outdated, and stores and exports the answer', async () => {
    const who = svc.identity();
    const replies = await svc.say(who, QUESTION);
    const answerId = replies[0].id;
    const cited = (await svc.runtime.store.answers.get(answerId))!.citations;
    expect(cited.length).toBeGreaterThan(0);
    const before = svc.connector.received.length;
    expect((await svc.feedback(who, answerId, 'dislike', 'Căn cứ [1] đã cũ')).status).toBe(200);
    // The follow-up card: one choice per citation, labelled as the answer cited it.
    const followUp = svc.connector.received.slice(before).map((r) => r.activity).find((a) => a.type === 'message' && Array.isArray(a.attachments) && a.attachments.length > 0);
    const card = (followUp?.attachments as { content: unknown }[] | undefined)?.[0].content as { body: { type: string; id?: string; text?: string }[]; actions: { data: { action: string; feedbackId: string } }[] };
    expect(card.body.filter((b) => b.type === 'Input.ChoiceSet').map((b) => b.id)).toEqual(cited.map((_, i) => `c${i + 1}`));
    expect(card.body.some((b) => b.text === `[1] ${cited[0].label}`)).toBe(true);
    const data = card.actions[0].data;
    expect(data.action).toBe('citationVerdicts');

    // Someone else cannot judge this dislike.
    const other = { ...svc.identity(), conversationId: who.conversationId };
    const refused = await svc.say(other, '', { value: { ...data, c1: 'wrong' } });
    expect(refused.map((r) => r.activity.text).join(' ')).toContain('không thể đánh giá');

    const thanks = await svc.say(who, '', { value: { ...data, c1: 'outdated' } });
    expect(thanks.map((r) => r.activity.text).join(' ')).toContain('Cảm ơn');
    const record = await svc.runtime.store.feedback.get!(data.feedbackId);
    expect(record?.citations).toEqual([{ position: 1, articleId: cited[0].articleId, label: cited[0].label, verdict: 'outdated' }]);

    const csv = await exportAs('csv');
    const rows = parse(Buffer.from(await csv.arrayBuffer()).toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r['Nhận xét'] === 'Căn cứ [1] đã cũ');
    expect(row!['Căn cứ trích dẫn']).toContain(`${cited[0].label} (đã cũ)`);
  });

  it('refuses the export with a bad token (401) or none', async () => {
    expect((await exportAs('csv', 'wrong-token-wrong-token')).status).toBe(401);
    expect((await fetch(`${svc.baseUrl}/admin/feedback/export?format=csv`)).status).toBe(401);
  });

  it('answers a malformed feedback invoke with 400 and stores nothing', async () => {
    const who = svc.identity();
    const replies = await svc.say(who, QUESTION);
    const good = feedbackActivity(who, replies[0].id, 'like');
    const bad = [
      { ...good, value: { actionName: 'feedback', actionValue: { reaction: 'love' } } },
      { ...good, value: { actionName: 'feedback' } },
      { ...good, value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '{not json' } } },
      { ...good, replyToId: undefined },
    ];
    const countRows = async () => (await (await exportAs('json')).text()).split(replies[0].id).length - 1;
    for (const activity of bad) expect((await svc.post(activity)).status).toBe(400);
    expect(await countRows()).toBe(0);
    expect((await svc.post(good)).status).toBe(200);
    expect(await countRows()).toBe(1);
  });

  it('stores that feedback was given, but not a comment the gate blocks', async () => {
    const who = svc.identity();
    const replies = await svc.say(who, QUESTION);
    const res = await svc.feedback(who, replies[0].id, 'like', 'Nội dung TỐI MẬT: kế hoạch tác chiến khu vực biên giới');
    expect(res.status).toBe(200);
    const json = await (await exportAs('json')).text();
    expect(json).toContain(replies[0].id);
    expect(json).not.toContain('kế hoạch tác chiến');
  });
});
