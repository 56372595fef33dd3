import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { feedbackActivity, messageActivity } from '../../../src/cli/chat/activity-factory';
import { startTestService, type TestService } from '../../helpers/test-runtime';

const textsOf = (replies: { activity: Record<string, unknown> }[]) => replies.map((r) => String(r.activity.text ?? ''));

describe('limits and metrics over HTTP', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ RATE_LIMIT_PER_MINUTE: '3', TURN_CONCURRENCY: '1', TURN_QUEUE_MAX: '0', OUTBOUND_TIMEOUT_MS: '1500' });
  });
  afterAll(async () => {
    await svc.stop();
  });

  it('answers a person over the rate limit at once, in Vietnamese, and others normally', async () => {
    const who = svc.identity();
    for (let i = 0; i < 3; i++) expect(textsOf(await svc.say(who, 'trợ giúp')).join('')).not.toContain('quá nhanh');
    const limited = textsOf(await svc.say(who, 'trợ giúp'));
    expect(limited).toEqual([expect.stringMatching(/^Bạn đang gửi tin nhắn quá nhanh\. Vui lòng chờ khoảng \d+ giây rồi gửi lại\.$/)]);
    expect(textsOf(await svc.say(svc.identity(), 'trợ giúp')).join('')).not.toContain('quá nhanh');
  });

  it('says it is busy when the turn queue is full instead of making people wait', async () => {
    // A conversation whose channel never answers holds the only turn slot for a while.
    const hanging = http.createServer(() => undefined);
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    try {
      const stuck = { ...svc.identity(), serviceUrl: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/` };
      const held = svc.post(messageActivity(stuck, 'trợ giúp'));
      await new Promise((r) => setTimeout(r, 200));
      const busy = textsOf(await svc.say(svc.identity(), 'trợ giúp'));
      expect(busy).toEqual([expect.stringContaining('quá nhiều yêu cầu cùng lúc')]);
      // Feedback is not a message turn: it is never refused as busy.
      expect((await svc.post(feedbackActivity(svc.identity(), 'act-1', 'like'))).status).toBe(200);
      expect((await held).status).toBe(200);
    } finally {
      hanging.closeAllConnections();
      await new Promise((r) => hanging.close(r));
    }
  }, 30_000);

  it('exposes Prometheus metrics: turns by feature and outcome, latency, gate decisions, limits, outbox and queue depth', async () => {
    await svc.say(svc.identity(), 'Thời hạn giải quyết khiếu nại lần đầu là bao lâu?');
    const res = await fetch(`${svc.baseUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const body = await res.text();
    expect(body).toMatch(/tlcv_turns_total\{feature="help",outcome="[a-z_]+"\} \d+/);
    expect(body).toMatch(/tlcv_turns_total\{feature="qa",outcome="[a-z_]+"\} \d+/);
    expect(body).toMatch(/tlcv_turn_duration_seconds_bucket\{le="0.5",feature="qa"\} \d+/);
    expect(body).toMatch(/tlcv_gate_decisions_total\{decision="allow",category="none"\} \d+/);
    expect(body).toMatch(/tlcv_turns_limited_total\{reason="rate_limited"\} [1-9]/);
    expect(body).toMatch(/tlcv_turns_limited_total\{reason="busy"\} [1-9]/);
    expect(body).toMatch(/tlcv_outbox_depth\{outbox="audit"\} 0/);
    expect(body).toMatch(/tlcv_turn_queue_depth \d+/);
    expect(body).toMatch(/tlcv_store_up 1/);
    expect(body).toMatch(/tlcv_process_resident_memory_bytes \d+/);
    expect(body).not.toContain('khiếu nại');
  });

  it('logs with the request id the proxy gave, and echoes it', async () => {
    const res = await fetch(`${svc.baseUrl}/api/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'proxy-req-42' }, body: JSON.stringify(messageActivity(svc.identity(), 'trợ giúp')),
    });
    expect(res.headers.get('x-request-id')).toBe('proxy-req-42');
    const lines = svc.logLines.filter((l) => l.includes('"requestId":"proxy-req-42"'));
    expect(lines.some((l) => l.includes('turn handled'))).toBe(true);
    expect(lines.every((l) => l.includes('"instance":'))).toBe(true);
  });
});
