import fs from 'node:fs';
import path from 'node:path';
import type { ChatIdentity } from '../../../src/cli/chat/activity-factory';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { KNOWLEDGE_DIR, LEGAL_QUESTIONS, SYSTEM_TOKEN, adminCall, citationsOf, onlyText, provision, storeEnv } from '../accounts/service-harness';
import { signInOverHttp, type ConsoleClient } from './console-client';

const FIXTURES = path.resolve(__dirname, '../../fixtures/knowledge-upload');
const UPLOADED = fs.readFileSync(path.join(FIXTURES, 'quyet-dinh-vat-nuoi.md'));
/** Answered only by the uploaded Quyết định 27/2026/QĐ-UBND (Điều 5), phrased as people ask. */
const NEW_QUESTION = 'Dắt chó ra nơi công cộng có phải đeo rọ mõm không?';

/** Posts a file as the page's form does (multipart, with the anti-CSRF field unless `csrf` is null). */
async function upload(svc: TestService, c: ConsoleClient, name: string, content: Buffer, opts: { csrf?: string | null; origin?: string; path?: string } = {}) {
  const form = new FormData();
  if (opts.csrf !== null) form.set('_csrf', opts.csrf ?? c.csrf);
  form.set('file', new Blob([content]), name);
  const r = await fetch(`${svc.baseUrl}${opts.path ?? '/console/knowledge/sources'}`, { method: 'POST', redirect: 'manual', headers: { cookie: c.cookie, origin: opts.origin ?? svc.baseUrl }, body: form });
  return { status: r.status, text: await r.text(), location: r.headers.get('location') };
}

type Progress = { articleCount: number; reindex: { state: string; percent: number; error?: string } | null };
const progress = async (svc: TestService, c: ConsoleClient): Promise<Progress> =>
  (await (await fetch(`${svc.baseUrl}/console/knowledge/progress.json`, { headers: { cookie: c.cookie } })).json()) as Progress;

/** Polls progress.json as the page does until the re-index has ended. */
async function reindexEnded(svc: TestService, c: ConsoleClient): Promise<Progress> {
  for (let i = 0; i < 300; i++) {
    const p = await progress(svc, c);
    if (p.reindex && p.reindex.state !== 'running') return p;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('re-index did not end');
}

const auditOf = async (svc: TestService, action: string) => {
  const out = [];
  for await (const e of svc.runtime.store.audit.list({ type: 'admin' })) if (e.action === action) out.push(e);
  return out;
};

describe('console: knowledge sources (upload, background re-index, roles)', () => {
  const db = storeEnv('knowledge');
  const env = { ADMIN_API_TOKEN: SYSTEM_TOKEN, KNOWLEDGE_PATHS: KNOWLEDGE_DIR, ...db.env };
  let svc: TestService;
  let system: ConsoleClient;
  let unit: ConsoleClient;
  let auditor: ConsoleClient;
  let asker: ChatIdentity;
  // The next re-index waits here before it replaces the serving index; tests open it (or make it fail).
  let hold: { wait: Promise<void>; open(): void; fail(err: Error): void } | undefined;
  const holdNextSwap = () => {
    let open!: () => void;
    let fail!: (err: Error) => void;
    const wait = new Promise<void>((resolve, reject) => ((open = resolve), (fail = reject)));
    wait.catch(() => undefined); // the re-index awaits it; a failure made before then is not unhandled
    hold = { wait, open, fail };
    return hold;
  };
  const beforeKnowledgeSwap = async () => {
    const h = hold;
    hold = undefined;
    if (h) await h.wait;
  };

  beforeAll(async () => {
    svc = await startTestService(env, { beforeKnowledgeSwap });
    const unitAdmin = svc.identity('personal', { name: 'Quản Trị Xã' });
    const inspector = svc.identity('personal', { name: 'Thanh Tra Viên' });
    asker = svc.identity('personal', { name: 'Cán Bộ Hỏi Luật' });
    await provision(svc, unitAdmin, 'UBND xã Nam Sơn', 'unit_admin');
    await provision(svc, inspector, 'Thanh tra tỉnh', 'auditor');
    const token = async (who: ChatIdentity) => (await adminCall(svc, 'POST', '/admin/tokens', { userId: who.user.aadObjectId })).json.token as string;
    system = await signInOverHttp(svc, SYSTEM_TOKEN);
    unit = await signInOverHttp(svc, await token(unitAdmin));
    auditor = await signInOverHttp(svc, await token(inspector));
  }, 60_000);
  afterAll(async () => {
    await svc?.stop();
    await db.dropDatabase();
  });

  it('lists the loaded documents with their article counts and dates, to system administrators and auditors', async () => {
    for (const c of [system, auditor]) {
      const page = await c.get('/console/knowledge');
      expect(page.status).toBe(200);
      expect(page.text).toContain('168/2024/NĐ-CP');
      expect(page.text).toMatch(/<td>26\/12\/2024<\/td><td>01\/01\/2025<\/td><td class="num">3<\/td>/);
    }
    expect((await system.get('/console/knowledge')).text).toContain('enctype="multipart/form-data"');
    expect((await auditor.get('/console/knowledge')).text).not.toContain('/console/knowledge/sources');
    expect((await unit.get('/console/knowledge')).status).toBe(403);
  });

  it('refuses uploads and re-indexing to unit administrators and auditors (403, audited), and to a demoted administrator', async () => {
    for (const c of [unit, auditor]) {
      expect((await upload(svc, c, 'quyet-dinh-vat-nuoi.md', UPLOADED)).status).toBe(403);
      expect((await c.post('/console/knowledge/reindex')).status).toBe(403);
      expect((await c.post('/console/knowledge/sources/any-id/remove')).status).toBe(403);
    }
    // A person who is no longer an administrator (now a plain user) has no console session: the form does nothing.
    const former = svc.identity('personal', { name: 'Cựu Quản Trị' });
    await provision(svc, former, 'UBND xã Nam Sơn', 'unit_admin');
    const formerClient = await signInOverHttp(svc, (await adminCall(svc, 'POST', '/admin/tokens', { userId: former.user.aadObjectId })).json.token as string);
    await provision(svc, former, 'UBND xã Nam Sơn', 'user');
    const r = await upload(svc, formerClient, 'quyet-dinh-vat-nuoi.md', UPLOADED);
    expect([303, 401, 403]).toContain(r.status);
    expect(await svc.runtime.store.knowledgeSources.list()).toEqual([]);
    expect(svc.runtime.knowledge.reindexStatus()).toBeUndefined();
    const refused = [...await auditOf(svc, 'knowledge_upload'), ...await auditOf(svc, 'console.open')].filter((e) => e.outcome === 'forbidden');
    expect(refused.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses an upload without the anti-CSRF token or from another site', async () => {
    expect((await upload(svc, system, 'quyet-dinh-vat-nuoi.md', UPLOADED, { csrf: null })).status).toBe(403);
    expect((await upload(svc, system, 'quyet-dinh-vat-nuoi.md', UPLOADED, { csrf: 'forged-token-forged-token' })).status).toBe(403);
    expect((await upload(svc, system, 'quyet-dinh-vat-nuoi.md', UPLOADED, { origin: 'https://evil.example' })).status).toBe(403);
    expect(await svc.runtime.store.knowledgeSources.list()).toEqual([]);
  });

  it.each([
    ['khong-co-dieu.md', fs.readFileSync(path.join(FIXTURES, 'khong-co-dieu.md')), 'Không tìm thấy điều khoản nào trong tệp khong-co-dieu.md'],
    ['bao-cao.docx', Buffer.from('this is not a Word file'), 'Không đọc được tệp bao-cao.docx'],
    ['cong-van.pdf', Buffer.from('%PDF-1.4 broken'), 'Không đọc được tệp cong-van.pdf'],
    ['cap-nhat.jsonl.gz', Buffer.from('{"pd_id":"1.1.LQ.1"}\n'), 'Không đọc được tệp cap-nhat.jsonl.gz'],
    ['cap-nhat.jsonl', Buffer.from('không phải JSON\n'), 'Không tìm thấy điều khoản nào trong tệp cap-nhat.jsonl'],
    ['ghi-chu.txt', Buffer.from('Điều 1. Nội dung'), 'không thuộc định dạng được hỗ trợ'],
    ['rong.md', Buffer.alloc(0), 'Tệp rong.md rỗng'],
    ['quyet-dinh-mat.md', Buffer.from('BỘ CÔNG AN\nMẬT\nSố: 12/2026/QĐ-BCA\nQUYẾT ĐỊNH\n\n## Điều 1. Phạm vi\nQuy định nội bộ.\n'), 'mang dấu mức độ mật nhà nước'],
  ])('refuses the bad file %s with a clear message; nothing is stored and the index is untouched', async (name, content, message) => {
    const r = await upload(svc, system, name, content);
    expect(r.status).toBe(400);
    expect(r.text).toContain(message);
    expect(r.text).toContain('Không có gì được lưu; chỉ mục hiện tại không thay đổi.');
    expect(await svc.runtime.store.knowledgeSources.list()).toEqual([]);
    expect(svc.runtime.knowledge.reindexStatus()).toBeUndefined();
    expect((await auditOf(svc, 'knowledge_upload')).at(-1)?.outcome).toMatch(/^invalid_/);
  });

  it('refuses a file over the size limit with the limit named', async () => {
    const r = await upload(svc, system, 'qua-lon.md', Buffer.alloc(10 * 1024 * 1024 + 200 * 1024, 'a'));
    expect(r.status).toBe(413);
    expect(r.text).toContain('Tệp vượt quá giới hạn 10 MB.');
    expect(await svc.runtime.store.knowledgeSources.list()).toEqual([]);
  });

  it('a Markdown upload becomes answerable once re-indexed; the old index answers while the new one is built', async () => {
    const before = await svc.say(asker, NEW_QUESTION);
    expect(JSON.stringify(citationsOf(before[0]))).not.toContain('27/2026/QĐ-UBND');
    const held = holdNextSwap();
    const r = await upload(svc, system, 'Quyết định 27-2026 vật nuôi.md', UPLOADED);
    expect(r.status).toBe(303);
    expect(r.location).toContain('done=uploaded');
    expect((await system.get(r.location!)).text).toContain('Đã lưu Quyết định 27-2026 vật nuôi.md (3 điều, 1 văn bản)');

    // Built, not yet swapped in: the page shows the re-index running and questions get the old index's answers.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await progress(svc, system)).reindex?.state).toBe('running');
    expect((await system.get('/console/knowledge')).text).toContain('<progress max="100"');
    const during = await svc.say(asker, LEGAL_QUESTIONS[0]);
    expect(onlyText(during)).toContain('Điều 7');
    expect(JSON.stringify(citationsOf((await svc.say(asker, NEW_QUESTION))[0]))).not.toContain('27/2026/QĐ-UBND');

    held.open();
    const done = await reindexEnded(svc, system);
    expect(done.reindex).toMatchObject({ state: 'ready', percent: 100 });
    expect(done.articleCount).toBe(6);
    const after = await svc.say(asker, NEW_QUESTION);
    expect(onlyText(after)).toContain('rọ mõm');
    expect(JSON.stringify(citationsOf(after[0]))).toContain('27/2026/QĐ-UBND');

    const page = (await system.get('/console/knowledge')).text;
    expect(page).toMatch(/<td>27\/2026\/QĐ-UBND<\/td><td>Ban hành Quy định quản lý nuôi chó, mèo[^<]*<\/td><td>Quyết định<\/td><td>Ủy ban nhân dân tỉnh<\/td><td>02\/03\/2026<\/td><td>15\/03\/2026<\/td><td class="num">3<\/td>/);
    expect(page).toMatch(/<td>Quyết định 27-2026 vật nuôi\.md<\/td><td>Markdown<\/td><td class="num">1 kB<\/td><td class="num">3<\/td><td class="num">1<\/td><td>Quản trị hệ thống \(mã quản trị chung\)<\/td>/);
    const [stored] = await svc.runtime.store.knowledgeSources.list();
    expect(stored).toMatchObject({ fileName: 'Quyết định 27-2026 vật nuôi.md', format: 'markdown', articleCount: 3, documentCount: 1, uploadedBy: 'admin-api' });
    expect((await svc.runtime.store.knowledgeSources.content(stored.id))?.equals(UPLOADED)).toBe(true);
    expect((await auditOf(svc, 'knowledge_upload')).at(-1)).toMatchObject({ target: stored.id, outcome: 'accepted', actor: 'admin-api' });
  }, 60_000);

  it('the same file again is refused as a duplicate', async () => {
    const r = await upload(svc, system, 'ban-sao.md', UPLOADED);
    expect(r.status).toBe(400);
    expect(r.text).toContain('trùng với tệp đã tải lên trước đó (Quyết định 27-2026 vật nuôi.md)');
    expect(await svc.runtime.store.knowledgeSources.list()).toHaveLength(1);
  });

  it('a failed re-index keeps the serving index and shows the error', async () => {
    holdNextSwap().fail(new Error('không đủ bộ nhớ'));
    const r = await system.post('/console/knowledge/reindex');
    expect(r.status).toBe(303);
    const done = await reindexEnded(svc, system);
    expect(done.reindex).toMatchObject({ state: 'failed', error: 'không đủ bộ nhớ' });
    expect((await system.get('/console/knowledge')).text).toMatch(/Lập chỉ mục lỗi lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}: không đủ bộ nhớ\. Chỉ mục cũ vẫn đang được dùng\./);
    expect(JSON.stringify(citationsOf((await svc.say(asker, NEW_QUESTION))[0]))).toContain('27/2026/QĐ-UBND');
    expect((await auditOf(svc, 'knowledge_reindex')).at(-1)).toMatchObject({ outcome: 'started' });
  }, 60_000);

  it('with MongoDB, another instance on the same database picks the upload up without a restart', async () => {
    if (db.kind !== 'mongodb') return; // The embedded store serves a single instance by design.
    const other = await startTestService(env);
    try {
      expect(other.runtime.knowledge.current()?.articleCount).toBe(6); // it started after the upload: loaded at start
      expect(await other.runtime.checkKnowledgeSources()).toBe(false);
      // The source leaves and comes back through the first instance's store: the other follows each time.
      const [stored] = await svc.runtime.store.knowledgeSources.list();
      const followed = async () => {
        expect(await other.runtime.checkKnowledgeSources()).toBe(true);
        for (let i = 0; i < 300 && other.runtime.knowledge.reindexStatus()?.state === 'running'; i++) await new Promise((r) => setTimeout(r, 100));
        return other.runtime.knowledge.current()?.articleCount;
      };
      await svc.runtime.store.knowledgeSources.remove(stored.id);
      expect(await followed()).toBe(3);
      await svc.runtime.store.knowledgeSources.add(stored, UPLOADED);
      expect(await followed()).toBe(6);
      const replies = await other.say(other.identity('personal'), NEW_QUESTION);
      expect(JSON.stringify(citationsOf(replies[0]))).toContain('27/2026/QĐ-UBND');
    } finally {
      await other.stop();
    }
  }, 60_000);

  it('the upload lives in the store: a restarted service (its local copy gone) loads it at start', async () => {
    const dataDir = svc.dataDir;
    await svc.stop();
    fs.rmSync(path.join(dataDir, 'knowledge-uploads'), { recursive: true, force: true });
    // Embedded: the same data folder; MongoDB: the same database, and a new instance with a data folder of its own.
    svc = await startTestService(env, db.kind === 'embedded' ? { dataDir } : {});
    expect(svc.runtime.knowledge.current()?.articleCount).toBe(6);
    const replies = await svc.say(svc.identity('personal'), NEW_QUESTION);
    expect(JSON.stringify(citationsOf(replies[0]))).toContain('27/2026/QĐ-UBND');
  }, 60_000);

  it('a system administrator removes the upload (others are refused); once re-indexed it is no longer answered', async () => {
    system = await signInOverHttp(svc, SYSTEM_TOKEN);
    const [stored] = await svc.runtime.store.knowledgeSources.list();
    const page = (await system.get('/console/knowledge')).text;
    expect(page).toContain(`action="/console/knowledge/sources/${stored.id}/remove" data-confirm="Gỡ tệp Quyết định 27-2026 vật nuôi.md khỏi nguồn tri thức?`);
    const r = await system.post(`/console/knowledge/sources/${stored.id}/remove`);
    expect(r.status).toBe(303);
    expect((await system.get(r.location!)).text).toContain('Đã gỡ Quyết định 27-2026 vật nuôi.md.');
    expect((await system.post(`/console/knowledge/sources/${stored.id}/remove`)).text).toContain('Không tìm thấy tệp cần gỡ');
    expect((await reindexEnded(svc, system)).articleCount).toBe(3);
    expect(JSON.stringify(citationsOf((await svc.say(svc.identity('personal'), NEW_QUESTION))[0]))).not.toContain('27/2026/QĐ-UBND');
    expect(await svc.runtime.store.knowledgeSources.list()).toEqual([]);
    expect(fs.readdirSync(path.join(svc.dataDir, 'knowledge-uploads'))).toEqual([]);
    // The auditor's refusal earlier (the unit administrator's is the area's own, console.open), then these two.
    expect((await auditOf(svc, 'knowledge_remove')).map((e) => e.outcome)).toEqual(['forbidden', 'removed', 'not_found']);
  }, 60_000);
});
