import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { haveLegalData, sampleDevQuestions, writeCorpusSubset, type DevQuestion } from '../../helpers/legal-corpus';
import type { ReceivedActivity } from '../../../src/cli/chat/connector-server';

type Entity = { type: string; additionalType?: string[]; citation?: { position: number; appearance: { name: string; abstract: string } }[] };
const aiEntity = (a: ReceivedActivity) => ((a.activity.entities as Entity[] | undefined) ?? []).find((e) => e.type === 'https://schema.org/Message');

const questions = haveLegalData() ? sampleDevQuestions(40, 3) : [];

(haveLegalData() ? describe : describe.skip)('legal Q&A over HTTP with the shared corpus (extractive)', () => {
  let svc: TestService;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qa-http-'));
    const corpus = path.join(dir, 'subset.jsonl.gz');
    await writeCorpusSubset(corpus, new Set(questions.flatMap((q: DevQuestion) => q.gold)), 120);
    svc = await startTestService({ KNOWLEDGE_PATHS: corpus });
  }, 120_000);
  afterAll(async () => {
    await svc?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a sample of development questions citing the gold article', async () => {
    let cited = 0;
    for (const q of questions) {
      const replies = await svc.say(svc.identity(), q.question);
      expect(replies).toHaveLength(1);
      const record = await svc.runtime.store.answers.get(replies[0].id);
      if (record?.citations.some((c) => q.gold.includes(c.articleId))) cited++;
    }
    expect(questions.length).toBeGreaterThanOrEqual(15);
    expect(cited / questions.length).toBeGreaterThanOrEqual(0.75);
  }, 60_000);

  it('labels the answer as AI, cites sources, enables feedback and adds the notice', async () => {
    const replies = await svc.say(svc.identity(), questions[0].question);
    const a = replies[0];
    const entity = aiEntity(a);
    expect(entity?.additionalType).toContain('AIGeneratedContent');
    expect(entity?.citation?.length).toBeGreaterThan(0);
    for (const c of entity?.citation ?? []) {
      expect(c.appearance.name.length).toBeLessThanOrEqual(80);
      expect(c.appearance.abstract.length).toBeLessThanOrEqual(160);
      expect(String(a.activity.text)).toContain(`[${c.position}]`);
    }
    expect((a.activity.channelData as { feedbackLoopEnabled?: boolean }).feedbackLoopEnabled).toBe(true);
    expect(String(a.activity.text)).toContain('kiểm tra');
  });

  it('records the answer under the id of the activity sent, with the question as the gate let it through', async () => {
    const who = svc.identity();
    const replies = await svc.say(who, `Số điện thoại của tôi là 0912 345 678. ${questions[0].question}`);
    expect(String(replies[0].activity.text)).not.toContain("chưa tìm thấy căn cứ");
    const record = await svc.runtime.store.answers.get(replies[0].id);
    expect(record).toBeDefined();
    expect(record!.conversationId).toBe(who.conversationId);
    expect(record!.answerer).toBe('extractive');
    expect(record!.question).toContain('[SĐT_1]');
    expect(record!.question).not.toContain('345');
    expect(record!.gate.decision).toBe('redact');
  });

  it('says plainly that it has no basis for a question the corpus cannot answer', async () => {
    const replies = await svc.say(svc.identity(), 'Công thức nấu phở bò Nam Định gồm những nguyên liệu gì?');
    expect(replies).toHaveLength(1);
    expect(String(replies[0].activity.text)).toContain('chưa tìm thấy căn cứ');
    expect(aiEntity(replies[0])?.citation ?? []).toHaveLength(0);
  });

  it('refuses a level-4 message with the rule and records no answer', async () => {
    const replies = await svc.say(svc.identity(), 'TÀI LIỆU TỐI MẬT: kế hoạch bố trí lực lượng. Tóm tắt giúp tôi các điểm chính.');
    expect(replies).toHaveLength(1);
    expect(String(replies[0].activity.text)).toMatch(/Căn cứ:/);
    expect(await svc.runtime.store.answers.get(replies[0].id)).toBeUndefined();
  });

  it('answers in a group chat and a channel when @mentioned', async () => {
    for (const type of ['groupChat', 'channel'] as const) {
      const replies = await svc.say(svc.identity(type), questions[2].question, { mention: true });
      expect(replies).toHaveLength(1);
      expect(aiEntity(replies[0])?.citation?.length).toBeGreaterThan(0);
    }
  });
});
