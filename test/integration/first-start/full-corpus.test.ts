// The newcomer's first hour: the service started as `npm start` starts it, with no configuration on a clean data
// folder, builds the index of the shipped legal corpus (showing its progress) and answers everyday legal questions
// with citations — or says plainly that it has no basis. One service for the whole file: the build is the slow part.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { startConnectorServer, type ConnectorServer } from '../../../src/cli/chat/connector-server';
import { messageActivity, type ChatIdentity } from '../../../src/cli/chat/activity-factory';
import { EXAMPLE_QUESTIONS } from '../../../src/qa';
import { freePort } from '../../helpers/free-port';

const ROOT = path.resolve(__dirname, '../../..');
const STARTUP_MS = 420_000;

describe('a fresh start with no configuration answers legal questions from the shipped corpus', () => {
  let child: ChildProcess;
  let base: string;
  let connector: ConnectorServer;
  let dataDir: string;
  const log: string[] = [];
  let n = 0;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'first-start-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Only what any shell has, and a port and data folder of its own: no MONGODB_URI, no model, no knowledge paths.
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dataDir, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir };
    child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    readline.createInterface({ input: child.stdout! }).on('line', (l) => log.push(l));
    readline.createInterface({ input: child.stderr! }).on('line', (l) => log.push(l));
    const until = Date.now() + STARTUP_MS;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`service exited: ${log.slice(-20).join('\n')}`);
      const ready = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
      if (ready) break;
      if (Date.now() > until) throw new Error(`not ready after ${STARTUP_MS} ms: ${log.slice(-10).join('\n')}`);
      await new Promise((r) => setTimeout(r, 500));
    }
    connector = await startConnectorServer();
  }, STARTUP_MS + 30_000);

  afterAll(async () => {
    await connector?.close();
    child?.kill('SIGTERM');
    await new Promise((r) => child?.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const who = (): ChatIdentity => ({
    serviceUrl: connector.serviceUrl,
    conversationId: `a:first-start-${++n}`,
    conversationType: 'personal',
    user: { id: `29:user-${n}`, name: 'Cán bộ xã', aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}` },
    bot: { id: '28:bot', name: 'Trợ lý Công vụ' },
    tenantId: 'tenant-first-start',
  });
  /** Sends a question as Teams would; returns the text of the bot's answer and the citations it carries. */
  const ask = async (question: string): Promise<{ text: string; citations: string[] }> => {
    const before = connector.received.length;
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(who(), question)) });
    expect(res.status).toBeLessThan(300);
    const replies = connector.received.slice(before).filter((r) => r.activity.type === 'message');
    const text = replies.map((r) => String(r.activity.text ?? '')).join('\n');
    const citations = replies.flatMap((r) => ((r.activity.entities ?? []) as { citation?: { appearance?: { name?: string } }[] }[])
      .flatMap((e) => (e.citation ?? []).map((c) => c.appearance?.name ?? '')));
    return { text, citations };
  };

  it('built the index of the whole shipped corpus on first start, logging its progress', () => {
    const lines = log.map((l) => { try { return JSON.parse(l) as { msg?: string; percent?: number; articles?: number }; } catch { return {}; } });
    const progress = lines.filter((l) => l.msg === 'knowledge index building').map((l) => l.percent);
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress).toEqual([...progress].sort((a, b) => (a ?? 0) - (b ?? 0)));
    const built = lines.find((l) => l.msg === 'knowledge index built');
    expect(built?.articles).toBeGreaterThan(65_000);
  });

  it('answers an everyday question with the article, the document and its force, and citations', async () => {
    const { text, citations } = await ask('Lao động nữ sinh con được nghỉ thai sản bao lâu?');
    expect(text).toContain('**Trả lời ngắn:**');
    expect(text).toContain('06 tháng');
    expect(text).toContain('Điều 139 Bộ luật Lao động 45/2019/QH14');
    expect(text).toContain('còn hiệu lực theo Bộ pháp điển (cập nhật đến văn bản ban hành ngày 14/11/2025)');
    expect(citations.some((c) => c.startsWith('Điều 139 Bộ luật Lao động'))).toBe(true);
  });

  it.each(EXAMPLE_QUESTIONS.map((e) => [e.shownIn, e.question, e.answeredBy] as const))('answers the example question of the %s message: %s', async (_where, question, by) => {
    const { text } = await ask(question);
    expect(text).toMatch(new RegExp(`Điều ${by.article} [^\\n\\[]*${by.soHieu.replace(/\//g, '\\/')}`));
  });

  // The ten most common kinds of everyday questions: a cited answer from the document that governs it, or an
  // honest "no basis" where the governing law is absent or replaced.
  const NO_BASIS = 'Tôi chưa tìm thấy căn cứ pháp lý phù hợp';
  it.each([
    ['land', 'Chuyển mục đích sử dụng đất nông nghiệp sang đất ở cần điều kiện gì?', /Luật Đất đai 31\/2024\/QH15/],
    ['civil status', 'Thủ tục đăng ký kết hôn cần giấy tờ gì?', /Luật Hộ tịch 60\/2014\/QH13/],
    ['social insurance', 'Điều kiện hưởng lương hưu theo luật bảo hiểm xã hội là gì?', /Luật Bảo hiểm xã hội 41\/2024\/QH15|41\/2024\/QH15/],
    ['traffic fines', 'Không đội mũ bảo hiểm khi đi xe máy bị phạt bao nhiêu tiền?', /Nghị định 168\/2024\/NĐ-CP/],
    ['discipline of civil servants', 'Viên chức bị kỷ luật cảnh cáo thì bị kéo dài thời hạn nâng lương bao lâu?', /Luật Viên chức 58\/2010\/QH12|112\/2020\/NĐ-CP/],
    ['household business taxes', 'Hộ kinh doanh nộp thuế khoán như thế nào?', /Luật Quản lý thuế 38\/2019\/QH14|40\/2021\/TT-BTC/],
    ['labour', 'Người lao động nghỉ việc được trợ cấp thôi việc thế nào?', /Bộ luật Lao động 45\/2019\/QH14|145\/2020\/NĐ-CP/],
    ['administrative sanctions (traffic)', 'Thời hiệu xử phạt vi phạm hành chính về giao thông đường bộ là bao lâu?', /Nghị định 168\/2024\/NĐ-CP/],
  ])('%s: %s', async (_kind, question, document) => {
    const { text } = await ask(question);
    expect(text).not.toContain(NO_BASIS);
    expect(text).toMatch(document);
  });

  it.each([
    ['residence (Luật Cư trú 2020 absent; the 2006 law was replaced)', 'Thủ tục đăng ký thường trú cần giấy tờ gì?', 'Luật Cư trú số 68/2020/QH14'],
    ['personal data (Nghị định 13/2023 replaced)', 'Dữ liệu cá nhân nhạy cảm gồm những loại nào?', 'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15'],
    ['a law the corpus lacks, named', 'Luật Căn cước 2023 quy định cấp thẻ căn cước cho trẻ em dưới 14 tuổi thế nào?', 'luật căn cước 2023'],
  ])('no basis — %s', async (_kind, question, named) => {
    const { text } = await ask(question);
    expect(text).toContain(NO_BASIS);
    expect(text).toContain(named);
    expect(text).not.toContain('“');
  });

  it('never quotes a repealed article, even when asked for it by number', async () => {
    // The first repealed article of the shipped corpus whose document has a number.
    const lines = readline.createInterface({ input: fs.createReadStream(path.join(ROOT, 'knowledge/phap-dien/phapdien.jsonl.gz')).pipe(zlib.createGunzip()) });
    let target: { unit_no: string; doc_type: string; so_hieu: string } | undefined;
    for await (const line of lines) {
      const r = JSON.parse(line) as { text: string; src?: { unit_no?: string; doc_type?: string; so_hieu?: string } };
      if (r.text.trim() === '' && r.src?.unit_no && r.src.so_hieu && r.src.doc_type) {
        target = r.src as typeof target;
        break;
      }
    }
    expect(target).toBeDefined();
    const { text } = await ask(`Điều ${target!.unit_no} ${target!.doc_type} ${target!.so_hieu} quy định gì?`);
    expect(text).toContain(`Điều ${target!.unit_no}`);
    expect(text).toContain('đã được bãi bỏ');
    expect(text).toContain(NO_BASIS);
  });
});
