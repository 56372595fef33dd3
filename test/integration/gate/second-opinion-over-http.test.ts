import fs from 'node:fs';
import path from 'node:path';
import { createLogger } from '../../../src/core/logger';
import { createGate, loadGatePolicy } from '../../../src/gate';
import type { ChatModel } from '../../../src/llm/types';
import { loadGuardPrompts } from '../../../src/second-opinion/guard-prompt';
import { createSecondOpinion } from '../../../src/second-opinion/second-opinion';
import type { AuditEvent } from '../../../src/store/types';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../helpers/openai-test-server';
import { startTestService, type TestService } from '../../helpers/test-runtime';

const policy = loadGatePolicy(path.resolve('policy/gate-policy.json'));
const GUARD = 'bước kiểm tra thứ hai';

/** A short corpus message the committed screen is unsure of, in a way the model's answer could change (whatever the model's version). */
async function uncertainMessage(): Promise<string | undefined> {
  const gate = createGate({ policy, zone: 'onprem', hashSalt: 'wiring-test-salt-0123' });
  let asked = false;
  const model: ChatModel = { name: 'probe', complete: async () => ((asked = true), '{"category": "none"}'), stream: async function* () { /* unused */ } };
  const opinion = createSecondOpinion({ gate, table: policy.zones.onprem, placeholders: policy.placeholders, model, prompts: loadGuardPrompts(), timeoutMs: 1000, logger: createLogger('silent') });
  const lines = fs.readFileSync(path.resolve('policy/corpus/corpus.jsonl'), 'utf8').split('\n');
  for (const line of lines.slice(0, 3000)) {
    if (!line) continue;
    const { text } = JSON.parse(line) as { text: string };
    if (text.length > 400) continue;
    await opinion(text, gate.screen(text));
    if (asked) return text;
  }
  return undefined;
}

describe('the second opinion wired into the service (LLM_ZONE=onprem with a model)', () => {
  let svc: TestService;
  let model: OpenAiTestServer;
  let message: string | undefined;
  beforeAll(async () => {
    message = await uncertainMessage();
    model = await startOpenAiTestServer((req) => ({ text: req.allText.includes(GUARD) ? '{"category": "none"}' : 'Theo quy định tại nguồn [1].' }));
    svc = await startTestService({ LLM_BASE_URL: model.baseUrl, LLM_MODEL: 'test-model', LLM_TIMEOUT_MS: '3000', GATE_SECOND_OPINION_TIMEOUT_MS: '1500' });
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    await model?.close();
  });

  it('asks the model about a message the screen is unsure of and audits its answer', async () => {
    expect(message).toBeDefined();
    const who = svc.identity();
    await svc.say(who, message!);
    const guard = model.requests.filter((r) => r.allText.includes(GUARD));
    expect(guard).toHaveLength(1);
    expect(guard[0].messages.map((m) => m.role)).toEqual(['system', 'user']);
    const events: AuditEvent[] = [];
    for await (const e of svc.runtime.store.audit.list()) if (e.type === 'turn' && e.actor === who.user.aadObjectId) events.push(e);
    expect(events).toHaveLength(1);
    expect(events[0].details).toMatchObject({ secondOpinion: 'none' });
  });

  it('never asks about a secret', async () => {
    const before = model.requests.filter((r) => r.allText.includes(GUARD)).length;
    await svc.say(svc.identity(), 'Độ mật: TỐI MẬT. Kế hoạch triển khai lực lượng bảo vệ mục tiêu trọng điểm năm 2026, hãy tóm tắt.');
    expect(model.requests.filter((r) => r.allText.includes(GUARD)).length).toBe(before);
  });
});
