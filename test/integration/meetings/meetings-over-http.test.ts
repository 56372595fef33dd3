import { fileAttachment } from '../../../src/cli/chat/activity-factory';
import type { ReceivedActivity } from '../../../src/cli/chat/connector-server';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { docxOf, entitiesOf, filesContaining, readFixture, taskRows, textOf } from './support';

// Summaries, attachments and feedback through POST /api/messages in Teams' wire protocol (no model: extractive mode).
const WARD = readFixture('giao-ban-phuong-2-gio.txt');
const WARD_VTT = readFixture('giao-ban-phuong-2-gio.vtt');
const AI_NOTICE = 'Nội dung do AI hỗ trợ tóm tắt';
// Above the .txt fixture (15 kB) and the .vtt (24 kB): the oversized file is built larger than this.
const MAX_BYTES = 30_000;

function expectWardTasks(text: string): void {
  expect(text).toContain('Phân công nhiệm vụ');
  expect(text).toContain('| Người thực hiện | Nội dung | Thời hạn |');
  const rows = taskRows(text);
  expect(rows.length).toBeGreaterThanOrEqual(5);
  expect(rows).toEqual(expect.arrayContaining([
    expect.objectContaining({ owner: 'Công an phường', deadline: 'Trước ngày 05/12/2026' }),
    expect.objectContaining({ owner: 'Phòng Tài chính – Kế hoạch', deadline: 'Trước ngày 15/12' }),
    expect.objectContaining({ owner: 'Văn phòng HĐND-UBND', deadline: 'Trước ngày 30/11/2026' }),
  ]));
}

// Checked on the JSON the connector received, i.e. after botbuilder's serializer: what Teams would get.
function expectAnswerShape(reply: ReceivedActivity): void {
  expect(reply.activity.channelData).toMatchObject({ feedbackLoopEnabled: true });
  expect(textOf(reply)).toContain(AI_NOTICE);
  const labels = entitiesOf(reply).filter((e) => e.type === 'https://schema.org/Message');
  expect(labels).toHaveLength(1);
  expect(labels[0]).toMatchObject({ '@type': 'Message', additionalType: ['AIGeneratedContent'] });
}

describe('meeting summaries over /api/messages', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ MEETING_MAX_BYTES: String(MAX_BYTES) });
  });
  afterAll(async () => {
    await svc.stop();
  });

  it('summarises a pasted ward-meeting transcript in a 1:1 chat into one labelled answer listing owners and deadlines', async () => {
    const replies = await svc.say(svc.identity(), `/tomtat\n${WARD}`);
    expect(replies).toHaveLength(1);
    expectWardTasks(textOf(replies[0]));
    expectAnswerShape(replies[0]);
  });

  it('summarises the same transcript in a group chat when @mentioned, and stays silent without the mention', async () => {
    const group = svc.identity('groupChat');
    expect(await svc.say(group, `/tomtat\n${WARD}`)).toHaveLength(0);
    const replies = await svc.say(group, `/tomtat\n${WARD}`, { mention: true });
    expect(replies).toHaveLength(1);
    expect(replies[0].conversationId).toBe(group.conversationId);
    expectWardTasks(textOf(replies[0]));
    expectAnswerShape(replies[0]);
  });

  // Regression guard for the label checks above: botframework-connector's Entity mapper has no additionalProperties
  // and @azure/core-client 1.10 serialises entities with it; without src/bot/keep-entity-properties.ts Teams got {type} only.
  it('keeps the whole AI label entity on the wire, with no citations for a meeting summary', async () => {
    const replies = await svc.say(svc.identity(), `/tomtat\n${WARD}`);
    const [label] = entitiesOf(replies[0]);
    expect(label).toMatchObject({ type: 'https://schema.org/Message', '@context': 'https://schema.org', additionalType: ['AIGeneratedContent'] });
    expect(label.citation).toBeUndefined();
  });

  it.each([
    ['giao-ban.txt', () => Promise.resolve(Buffer.from(WARD, 'utf8'))],
    ['giao-ban.vtt', () => Promise.resolve(Buffer.from(WARD_VTT, 'utf8'))],
    ['giao-ban.docx', () => docxOf(WARD)],
  ])('summarises a %s attachment downloaded from its Teams file URL', async (name, build) => {
    const content = await build();
    const url = svc.connector.serveFile(`${Date.now()}-${name}`, content);
    const replies = await svc.say(svc.identity(), '', { attachments: [fileAttachment(name, url, content.length)] });
    expect(replies).toHaveLength(1);
    const text = textOf(replies[0]);
    expect(text).toContain('Phân công nhiệm vụ');
    expect(taskRows(text)).toEqual(expect.arrayContaining([expect.objectContaining({ owner: 'Công an phường', deadline: 'Trước ngày 05/12/2026' })]));
    expectAnswerShape(replies[0]);
  });

  it('summarises an attachment sent together with the /tomtat command', async () => {
    const url = svc.connector.serveFile(`${Date.now()}-cmd.txt`, Buffer.from(WARD, 'utf8'));
    const replies = await svc.say(svc.identity(), '/tomtat', { attachments: [fileAttachment('bien-ban.txt', url)] });
    expect(replies).toHaveLength(1);
    expectWardTasks(textOf(replies[0]));
  });

  describe('refused files leave nothing behind', () => {
    const expectNothingStored = async (who: ReturnType<TestService['identity']>, marker: string) => {
      expect(filesContaining(svc.dataDir, marker)).toEqual([]);
      expect(svc.logLines.join('\n')).not.toContain(marker);
      // No summary was kept to save: "lưu" is not taken as a save, and the notebook stays empty.
      const saved = await svc.say(who, 'lưu');
      expect(saved.map(textOf).join('\n')).not.toContain('Đã lưu vào Sổ tay');
      const listed = await svc.say(who, '/sotay');
      expect(textOf(listed[0])).toContain('chưa có ghi chép');
    };

    it('answers an unsupported type (.pdf) with the clear Vietnamese message', async () => {
      const marker = 'Mã kiểm tra PDF-7741 không được lưu';
      const pdf = Buffer.from(`%PDF-1.4\n${marker}\n%%EOF`, 'utf8');
      const who = svc.identity();
      const url = svc.connector.serveFile(`${Date.now()}-hop.pdf`, pdf);
      const replies = await svc.say(who, '/tomtat', { attachments: [fileAttachment('bien-ban-hop.pdf', url, pdf.length)] });
      expect(replies).toHaveLength(1);
      const text = textOf(replies[0]);
      expect(text).toContain('Tệp "bien-ban-hop.pdf" không được hỗ trợ để tóm tắt');
      expect(text).toContain('.txt, .vtt (bản ghi Teams) hoặc .docx');
      // A plain message, not an AI answer: no feedback loop, no label.
      expect((replies[0].activity.channelData as { feedbackLoopEnabled?: boolean } | undefined)?.feedbackLoopEnabled).toBeUndefined();
      expect(entitiesOf(replies[0]).some((e) => e.type === 'https://schema.org/Message')).toBe(false);
      await expectNothingStored(who, marker);
    });

    it('answers an oversized file with the size limit, whether Teams declares the size or not', async () => {
      const marker = 'Mã kiểm tra tệp quá cỡ XQ-4417';
      const big = Buffer.from(`${marker}\n${WARD}\n${WARD}\n${WARD}`, 'utf8');
      expect(big.length).toBeGreaterThan(MAX_BYTES);
      const who = svc.identity();
      const url = svc.connector.serveFile(`${Date.now()}-big.txt`, big);
      for (const size of [big.length, undefined]) {
        const replies = await svc.say(who, '', { attachments: [fileAttachment('hop-dai.txt', url, size)] });
        expect(replies).toHaveLength(1);
        const text = textOf(replies[0]);
        expect(text).toContain('Tệp "hop-dai.txt" vượt quá dung lượng cho phép');
        expect(text).toMatch(/\d/);
      }
      await expectNothingStored(who, marker);
    });
  });

  it('records Teams feedback on a summary answer against the activity id the connector assigned', async () => {
    const who = svc.identity();
    const replies = await svc.say(who, `/tomtat\n${WARD}`);
    const answerId = replies[0].id;
    const res = await svc.feedback(who, answerId, 'like', 'Bản tóm tắt đầy đủ nhiệm vụ');
    expect(res.status).toBe(200);
    const record = await svc.runtime.store.answers.get(answerId);
    expect(record).toMatchObject({ id: answerId, feature: 'meeting', conversationType: 'personal' });
    // The record describes what was summarised, never the transcript itself.
    expect(record?.question).toMatch(/^\/tomtat \(paste, \d+ bytes\)$/);
    const feedback = [];
    for await (const f of svc.runtime.store.feedback.list({})) if (f.answerId === answerId) feedback.push(f);
    expect(feedback).toEqual([expect.objectContaining({ reaction: 'like', comment: 'Bản tóm tắt đầy đủ nhiệm vụ', conversationType: 'personal' })]);
  });
});
