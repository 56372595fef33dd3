import { fileAttachment } from '../../../src/cli/chat/activity-factory';
import { startOpenAiTestServer, type OpenAiTestServer, type ReceivedRequest } from '../../helpers/openai-test-server';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { docxOf, filesContaining, readFixture, textOf } from './support';

// The sensitivity gate in front of the meeting feature, seen from Teams, with a model configured.
const SECRET = readFixture('bien-ban-toi-mat.txt');
// Distinctive phrases of the secret minutes: none may reach the model, the data folder or the logs.
const SECRET_PHRASES = ['KV-07', '3 chốt cố định', 'BIÊN BẢN HỌP BAN THƯỜNG VỤ'];
const CITIZENS = readFixture('tiep-cong-dan-du-lieu-ca-nhan.txt');
// Every way the citizens' phone and CCCD numbers are written in the fixture, and their digits alone.
const IDENTIFIERS = ['034185001234', '0912 345 678', '0912345678', '001190.004.567', '001190004567', '0987.654.321', '0987654321', '0358 246 810', '0358246810'];
const PLACEHOLDER = /\[[^\]\s]+_\d+\]/gu;

// The model "summarises" by echoing the placeholders it was sent, as a real model would copy them into minutes.
function echoPlaceholders(req: ReceivedRequest): { text: string } {
  const placeholders = [...new Set(req.allText.match(PLACEHOLDER) ?? [])];
  const minutes = {
    title: 'Biên bản họp xử lý kiến nghị',
    facts: { time: '', place: '', chair: '', participants: [] },
    mainPoints: [`Đã xem xét hồ sơ: ${placeholders.join(', ') || 'không có'}`],
    conclusions: ['Thống nhất đề xuất hỗ trợ cả ba hộ.'],
    tasks: [{ owner: 'Phòng Văn hóa – Xã hội', task: 'Hoàn thiện hồ sơ của ba hộ', deadline: 'Trước ngày 05/12/2026' }],
    openIssues: [],
  };
  return { text: `\`\`\`json\n${JSON.stringify(minutes)}\n\`\`\`` };
}

describe('meeting summaries behind the sensitivity gate over /api/messages', () => {
  let svc: TestService;
  let llm: OpenAiTestServer;
  beforeAll(async () => {
    llm = await startOpenAiTestServer(echoPlaceholders);
    svc = await startTestService({ LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'test-model', LLM_TIMEOUT_MS: '5000' });
  });
  afterAll(async () => {
    await svc.stop();
    await llm.close();
  });
  beforeEach(() => {
    llm.requests.length = 0;
  });

  const expectNoTrace = () => {
    expect(llm.requests).toHaveLength(0);
    const logs = svc.logLines.join('\n');
    for (const phrase of SECRET_PHRASES) {
      expect(filesContaining(svc.dataDir, phrase)).toEqual([]);
      expect(logs).not.toContain(phrase);
    }
  };

  it('refuses pasted "TỐI MẬT" minutes with the rule explained; the model, data folder and logs never see them', async () => {
    const replies = await svc.say(svc.identity(), `/tomtat\n${SECRET}`);
    expect(replies).toHaveLength(1);
    const text = textOf(replies[0]);
    expect(text).toContain('Yêu cầu không được xử lý');
    expect(text).toMatch(/mật/i);
    expect(text).toContain('Căn cứ:');
    expect(text).toContain('Gợi ý:');
    expect((replies[0].activity.channelData as { feedbackLoopEnabled?: boolean } | undefined)?.feedbackLoopEnabled).toBeUndefined();
    expectNoTrace();
  });

  it.each([
    ['bien-ban.txt', () => Promise.resolve(Buffer.from(SECRET, 'utf8'))],
    ['bien-ban.docx', () => docxOf(SECRET)],
  ])('refuses "TỐI MẬT" minutes sent as %s with the rule explained, leaving no trace', async (name, build) => {
    const content = await build();
    const url = svc.connector.serveFile(`${Date.now()}-${name}`, content);
    const who = svc.identity();
    const replies = await svc.say(who, '/tomtat', { attachments: [fileAttachment(name, url, content.length)] });
    expect(replies).toHaveLength(1);
    const text = textOf(replies[0]);
    expect(text).toContain('Không thể tóm tắt nội dung này.');
    expect(text).toMatch(/mật/i);
    expectNoTrace();
    // Nothing was kept to save either.
    const saved = await svc.say(who, 'lưu');
    expect(saved.map(textOf).join('\n')).not.toContain('Đã lưu vào Sổ tay');
    // "lưu" alone is an ordinary message now (it may go to Q&A and its model): still nothing of the minutes.
    for (const phrase of SECRET_PHRASES) expect(llm.requests.map((r) => r.allText).join('\n')).not.toContain(phrase);
    llm.requests.length = 0;
    expectNoTrace();
  });

  it.each([
    ['pasted', async (s: TestService) => s.say(s.identity(), `/tomtat\n${CITIZENS}`)],
    ['attached', async (s: TestService) => {
      const url = s.connector.serveFile(`${Date.now()}-cong-dan.txt`, Buffer.from(CITIZENS, 'utf8'));
      return s.say(s.identity(), '', { attachments: [fileAttachment('tiep-cong-dan.txt', url)] });
    }],
  ])('sends citizens\' phone and CCCD numbers (%s) to the model only as placeholders, restored for the user', async (_how, send) => {
    const replies = await send(svc);
    expect(replies).toHaveLength(1);
    expect(llm.requests.length).toBeGreaterThan(0);
    for (const req of llm.requests) {
      for (const id of IDENTIFIERS) expect(req.allText).not.toContain(id);
    }
    const sent = llm.requests.map((r) => r.allText).join('\n');
    expect(sent.match(PLACEHOLDER)?.length ?? 0).toBeGreaterThanOrEqual(5);
    // The minutes the user reads come from the model and carry the real values again, not placeholders.
    const text = textOf(replies[0]);
    expect(text).toContain('Hoàn thiện hồ sơ của ba hộ');
    expect(text).toContain('034185001234');
    expect(text).not.toMatch(PLACEHOLDER);
    // Positive control for the "no trace" checks above: what is stored is found by the same search.
    expect(filesContaining(svc.dataDir, 'Hoàn thiện hồ sơ của ba hộ').length).toBeGreaterThan(0);
    expect(await svc.runtime.store.answers.get(replies[0].id)).toMatchObject({ feature: 'meeting', answer: expect.stringContaining('Hoàn thiện hồ sơ của ba hộ') });
  });

  // The answer record keeps the placeholder form: administrators read records and exports, not this user's restored view.
  it('records the summary answer without the citizens\' identifiers', async () => {
    const replies = await svc.say(svc.identity(), `/tomtat\n${CITIZENS}`);
    const record = await svc.runtime.store.answers.get(replies[0].id);
    // That the record exists at all is checked by the plain test above; here only the identifiers.
    for (const id of IDENTIFIERS) expect(record?.answer ?? '').not.toContain(id);
  });
});
