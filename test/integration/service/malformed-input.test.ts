import v8 from 'node:v8';
import vm from 'node:vm';
import { feedbackActivity, installActivity, messageActivity } from '../../../src/cli/chat/activity-factory';
import { rng } from '../../../src/core/seeded-random';
import { startTestService, type TestService } from '../../helpers/test-runtime';

// 10,000 mutations of real activities, posted raw: none may crash the service, get a 5xx or make memory grow.
const TOTAL = 10_000;
const CONCURRENCY = 16;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const JUNK: unknown[] = [
  null, 0, -1, 1e308, true, '', ' ', 'x'.repeat(70_000), '\u0000\u0001\u202e', '💥'.repeat(500), 'MẬT '.repeat(50), [], [null], {}, { $ne: 1 },
  { __proto__: { polluted: true } }, '<at>Trợ lý</at>', 'http://127.0.0.1:1/', 'javascript:alert(1)', '../../etc/passwd', '2026-13-45T99:99:99Z',
  { feedbackText: 5 }, '{"feedbackText":', [{ type: 'mention' }], Array.from({ length: 200 }, (_, i) => i),
];

type Json = Record<string, unknown>;

/** Paths of every field of an object (depth-first), to pick one to break. */
function paths(o: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  if (o && typeof o === 'object') {
    for (const [k, v] of Object.entries(o as Json)) {
      out.push([...prefix, k]);
      if (prefix.length < 4) paths(v, [...prefix, k], out);
    }
  }
  return out;
}

function mutate(base: Json, rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const doc = structuredClone(base) as Json;
  const edits = 1 + Math.floor(rnd() * 3);
  for (let e = 0; e < edits; e++) {
    const all = paths(doc);
    if (all.length === 0) break;
    const path = pick(all);
    let parent: Json = doc;
    for (const k of path.slice(0, -1)) parent = parent[k] as Json;
    const key = path[path.length - 1];
    const r = rnd();
    if (r < 0.3) delete parent[key];
    else if (r < 0.8) parent[key] = structuredClone(pick(JUNK));
    else if (r < 0.9) parent[key] = { nested: { deeper: [structuredClone(parent[key]), parent[key]] } };
    else parent[pick(['type', 'name', 'value', 'replyToId', 'channelId', 'action'])] = pick(['invoke', 'message/submitAction', 'fileConsent/invoke', 'adaptiveCard/action', 'conversationUpdate', 'messageReaction', 'typing', 'feedback', 'zzz']);
  }
  const text = JSON.stringify(doc);
  const r = rnd();
  // a tenth of the bodies are not JSON at all: cut, doubled, or bytes that are not UTF-8 text
  if (r < 0.04) return text.slice(0, Math.floor(rnd() * text.length));
  if (r < 0.07) return `${text}${text}`;
  if (r < 0.1) return `\uFEFF${text.replace(/"/g, pick(["'", '', '\\"']))}`;
  return text;
}

describe('malformed input: 10,000 mutated activities', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ RATE_LIMIT_PER_MINUTE: '0', OUTBOUND_TIMEOUT_MS: '1500' });
  });
  afterAll(async () => {
    await svc?.stop();
  });

  it('get no 5xx, crash nothing, and leave memory where it was; the service still answers afterwards', async () => {
    const who = svc.identity();
    const group = svc.identity('groupChat');
    const bases: Json[] = [
      messageActivity(who, 'Thời hạn giải quyết khiếu nại lần đầu là bao lâu?') as Json,
      messageActivity(group, 'Tóm tắt giúp cuộc họp', { mention: true, value: { action: 'citationVerdicts', feedbackId: 'x', c1: 'wrong' } }) as Json,
      feedbackActivity(who, 'act-1', 'dislike', 'Sai căn cứ') as Json,
      installActivity(who) as Json,
      messageActivity(who, '', { attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'bien-ban.docx', content: { downloadUrl: 'http://127.0.0.1:9/x.docx', fileType: 'docx' } }] }) as Json,
    ];
    // seeded, so every run posts the same 10,000 bodies
    const rnd = rng(20261203);
    const bodies = Array.from({ length: TOTAL }, (_, i) => mutate(bases[i % bases.length], rnd));
    const statuses = new Map<number, number>();
    const post = async (body: string) => {
      const res = await fetch(`${svc.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    };
    const run = async (from: number, to: number) => {
      let next = from;
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (next < to) await post(bodies[next++]);
      }));
    };
    await run(0, 2_000);
    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    await run(2_000, TOTAL);
    // let replies and outboxes settle, then compare the live heap
    await new Promise((r) => setTimeout(r, 500));
    gc();
    const heapAfter = process.memoryUsage().heapUsed;

    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(TOTAL);
    const serverErrors = [...statuses].filter(([s]) => s >= 500);
    expect(serverErrors).toEqual([]);
    // most mutations are refused as bad input (4xx); the rest are valid enough to be answered
    expect(statuses.get(400) ?? 0).toBeGreaterThan(1_000);
    expect((heapAfter - heapBefore) / 1024 / 1024).toBeLessThan(48);

    const replies = await svc.say(svc.identity(), 'Những việc nào được phép dùng AI trong công vụ?');
    expect(replies).toHaveLength(1);
    expect(String(replies[0].activity.text)).toContain('[1]');
  }, 240_000);
});
