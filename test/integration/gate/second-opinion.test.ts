import path from 'node:path';
import { createLogger } from '../../../src/core/logger';
import { createGate, loadGatePolicy } from '../../../src/gate';
import { committedScreenModel } from '../../../src/gate/screen/committed';
import type { Gate } from '../../../src/gate/types';
import { createOpenAiChatModel } from '../../../src/llm/openai-chat-model';
import { loadGuardPrompts } from '../../../src/second-opinion/guard-prompt';
import { createSecondOpinion } from '../../../src/second-opinion/second-opinion';
import type { AuditEventInput } from '../../../src/store/types';
import type { FeatureHandler, TurnContext } from '../../../src/turns/feature';
import { createTurnRouter } from '../../../src/turns/route-turn';
import type { Turn } from '../../../src/turns/types';
import { startOpenAiTestServer, type OpenAiTestServer } from '../../helpers/openai-test-server';

const policy = loadGatePolicy(path.resolve('policy/gate-policy.json'));
const salt = 'second-opinion-salt-0123';
// A band wider than any margin: every category the screen scores is uncertain, so the model's answer decides them.
const unsureGate = createGate({ policy, zone: 'onprem', hashSalt: salt, screenModel: { ...committedScreenModel(), band: 1e9 } });
const usualGate = createGate({ policy, zone: 'onprem', hashSalt: salt });

const CCCD = '001099012345';
const PHONE = '0912 345 678';
const QUESTION = `Công dân có CCCD ${CCCD}, điện thoại ${PHONE} hỏi: Luật Xử lý vi phạm hành chính quy định những hình thức xử phạt nào?`;
const REQUEST = `Soạn giúp quyết định xử phạt ông Nguyễn Văn An, CCCD ${CCCD}, vì đã lấn chiếm vỉa hè trước cửa hàng, mức phạt 5 triệu đồng.`;
const SECRET = `Độ mật: TỐI MẬT. Ông Nguyễn Văn An, CCCD ${CCCD}, phụ trách phương án bảo vệ mục tiêu.`;

function setup(model: OpenAiTestServer, gate: Gate, timeoutMs = 1500) {
  const events: AuditEventInput[] = [];
  const handled: TurnContext['verdict'][] = [];
  const qa: FeatureHandler = {
    name: 'qa', gated: true, matches: () => true,
    handle: async (_turn, ctx) => (handled.push(ctx.verdict), { replies: [{ kind: 'text', text: 'đã trả lời' }], outcome: { feature: 'qa', outcome: 'answered' } }),
  };
  const logger = createLogger('silent');
  const chat = createOpenAiChatModel({ baseUrl: model.baseUrl, model: 'test-model', timeoutMs, maxRetries: 0, temperature: 0 });
  const secondOpinion = createSecondOpinion({
    gate, table: policy.zones.onprem, placeholders: policy.placeholders, model: chat, prompts: loadGuardPrompts(), timeoutMs, logger,
  });
  const route = createTurnRouter({ features: [qa], gate, audit: { record: async (e) => void events.push(e) }, logger, clock: { now: () => new Date() }, secondOpinion });
  let n = 0;
  const say = (text: string) => {
    const turn: Turn = { id: `t${++n}`, user: { id: 'u-1' }, conversation: { id: 'c-1', type: 'personal' }, text, attachments: [] };
    return route(turn, { canStream: false });
  };
  return { events, handled, say };
}

describe('the gate\'s second opinion, against the OpenAI-compatible test server', () => {
  let model: OpenAiTestServer;
  beforeAll(async () => {
    model = await startOpenAiTestServer();
  });
  afterAll(async () => {
    await model.close();
  });
  beforeEach(() => {
    model.requests.length = 0;
  });

  it('asks about an uncertain message with its identifiers replaced, and the answer moves it across the line', async () => {
    const local = unsureGate.screen(QUESTION);
    expect(local.decision).not.toBe('block');
    const [purpose] = local.screen.uncertain.filter((c) => c.startsWith('decision_') && !local.categories.includes(c));
    model.setResponder(() => ({ text: JSON.stringify({ category: purpose }) }));
    const { events, handled, say } = setup(model, unsureGate);

    const routed = await say(QUESTION);
    expect(model.requests).toHaveLength(1);
    const sent = model.requests[0].allText;
    expect(sent).toContain('[CCCD_1]');
    expect(sent).toContain('[SĐT_1]');
    expect(sent).toContain('Luật Xử lý vi phạm hành chính');
    expect(sent).not.toContain(CCCD);
    expect(sent).not.toMatch(/0912\s?345\s?678/);
    expect(routed.outcome.outcome).toBe('blocked');
    expect(handled).toHaveLength(0);
    expect(events[0].details).toEqual({ secondOpinion: purpose, secondOpinionChanged: true });
    expect(events[0].gate?.categories).toContain(purpose);
    expect(JSON.stringify(events)).not.toContain(CCCD);
  });

  it('lets a message through when the model says none of the uncertain categories is there; names never reach it', async () => {
    expect(unsureGate.screen(REQUEST).decision).toBe('block');
    model.setResponder(() => ({ text: '{"category": "none"}' }));
    const { events, handled, say } = setup(model, unsureGate);

    const routed = await say(REQUEST);
    expect(routed.outcome.outcome).toBe('answered');
    expect(handled[0]?.decision).toBe('redact');
    expect(handled[0]?.text).toContain('[NGƯỜI_1]');
    const sent = model.requests[0].allText;
    expect(sent).toContain('[NGƯỜI_1]');
    expect(sent).not.toContain('Nguyễn Văn An');
    expect(sent).not.toContain(CCCD);
    expect(events[0].details).toEqual({ secondOpinion: 'none', secondOpinionChanged: true });
  });

  it('keeps the local decision when the model does not answer in time', async () => {
    model.setResponder(() => ({ text: '{"category": "none"}', delayMs: 3000 }));
    const { events, say } = setup(model, unsureGate, 300);
    const routed = await say(REQUEST);
    expect(model.requests).toHaveLength(1);
    expect(routed.outcome.outcome).toBe('blocked');
    expect(events[0].details).toEqual({ secondOpinion: 'timeout', secondOpinionChanged: false });
  }, 10_000);

  it('keeps the local decision on a garbage answer and on a server error', async () => {
    model.setResponder(() => ({ text: 'Tin nhắn này không vi phạm, cứ trả lời đi. none' }));
    const garbage = setup(model, unsureGate);
    expect((await garbage.say(REQUEST)).outcome.outcome).toBe('blocked');
    expect(garbage.events[0].details).toEqual({ secondOpinion: 'unparseable', secondOpinionChanged: false });

    model.setResponder(() => ({ status: 500 }));
    const failing = setup(model, unsureGate);
    expect((await failing.say(REQUEST)).outcome.outcome).toBe('blocked');
    expect(failing.events[0].details).toEqual({ secondOpinion: 'error', secondOpinionChanged: false });
  });

  it('never asks about a level-4 text', async () => {
    model.setResponder(() => ({ text: '{"category": "none"}' }));
    const { events, say } = setup(model, unsureGate);
    expect((await say(SECRET)).outcome.outcome).toBe('blocked');
    expect(model.requests).toHaveLength(0);
    expect(events[0].details).toBeUndefined();
  });

  it('never asks when the categories the gate is sure of already block', async () => {
    const local = usualGate.screen(REQUEST);
    expect(local.decision).toBe('block');
    expect(local.categories.some((c) => !local.screen.uncertain.includes(c) && policy.zones.onprem[c] === 'block')).toBe(true);
    model.setResponder(() => ({ text: '{"category": "none"}' }));
    const { say } = setup(model, usualGate);
    expect((await say(REQUEST)).outcome.outcome).toBe('blocked');
    expect(model.requests).toHaveLength(0);
  });
});
