import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { MongoClient } from 'mongodb';
import { fileConsentActivity, type ChatIdentity } from '../../../src/cli/chat/activity-factory';
import { newNotebookKey } from '../../../src/cli/notebook-key';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { storeEnv } from '../accounts/service-harness';
import { filesContaining, readFixture, textOf } from '../meetings/support';

// A meeting of citizens' requests: names, CCCD and phone numbers. After "lưu" nothing at rest identifies anyone.
const CITIZENS = readFixture('tiep-cong-dan-du-lieu-ca-nhan.txt');
const IDENTIFIERS = ['034185001234', '0912 345 678', '0912345678', '001190.004.567', '001190004567', '0987.654.321', '0358 246 810', '0358246810'];
const NAMES = ['Lò Thị Sáu', 'Quàng Văn Bảy', 'Vi Thị Tám'];
const INTERNAL = `LƯU HÀNH NỘI BỘ\n${readFixture('giao-ban-phuong-2-gio.txt')}`;
const KEY_1 = newNotebookKey('k1');
const KEY_2 = newNotebookKey('k2');
const root = path.resolve(__dirname, '../../..');

async function databaseText(env: Record<string, string>): Promise<string> {
  if (!env.MONGODB_URI) return '';
  const client = await new MongoClient(env.MONGODB_URI).connect();
  try {
    const db = client.db(env.MONGODB_DB);
    const out: string[] = [];
    for (const c of await db.listCollections().toArray()) out.push(JSON.stringify(await db.collection(c.name).find({}).toArray()));
    return out.join('\n');
  } finally {
    await client.close();
  }
}

async function docxText(svc: TestService, who: ChatIdentity, n: number): Promise<{ document: string; header: string; core: string }> {
  const replies = await svc.say(who, `/sotay xuat ${n}`);
  const offer = (replies[0].activity.attachments as { name: string; content: { acceptContext: { uploadId: string } } }[])[0];
  await svc.post(fileConsentActivity(who, replies[0].id, offer.content.acceptContext.uploadId, { accept: { name: offer.name, uploadUrl: svc.connector.uploadUrl(offer.name) } }));
  const zip = await JSZip.loadAsync(svc.connector.uploads.get(offer.name)!);
  const headers = Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f));
  return {
    document: await zip.file('word/document.xml')!.async('string'),
    header: (await Promise.all(headers.map((f) => zip.file(f)!.async('string')))).join(''),
    core: await zip.file('docProps/core.xml')!.async('string'),
  };
}

describe('the notebook at rest (NOTEBOOK_KEYS set)', () => {
  const store = storeEnv('notebook');
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService({ ...store.env, NOTEBOOK_KEYS: KEY_1 });
  });
  afterAll(async () => {
    await svc?.stop();
    await store.dropDatabase();
  });

  it('keeps no name, CCCD or phone number in the data folder or the database after "lưu", and restores them for the owner only', async () => {
    const owner = svc.identity('personal', { name: 'Cán bộ tiếp dân' });
    const summary = textOf((await svc.say(owner, `/tomtat\n${CITIZENS}`))[0]);
    expect(summary).toContain('Lò Thị Sáu');
    expect(textOf((await svc.say(owner, 'lưu'))[0])).toContain('Đã lưu vào Sổ tay AI');

    const atRest = await databaseText(store.env);
    for (const value of [...IDENTIFIERS, ...NAMES]) {
      expect(filesContaining(svc.dataDir, value)).toEqual([]);
      expect(atRest).not.toContain(value);
    }
    const [note] = await svc.runtime.store.notes.list(owner.user.aadObjectId!);
    expect(note.content).toMatch(/\[NGƯỜI_\d+\]/);
    expect(note.sealed).toMatchObject({ keyId: 'k1' });

    const opened = textOf((await svc.say(owner, '/sotay mo 1'))[0]);
    for (const name of NAMES) expect(opened).toContain(name);
    expect(opened).not.toMatch(/\[NGƯỜI_\d+\]/);
    const { document } = await docxText(svc, owner, 1);
    expect(document).toContain('Lò Thị Sáu');

    // Another person, even holding a copy of the note under their own id, reads no value.
    const other = svc.identity('personal', { name: 'Người khác' });
    await svc.runtime.store.notes.create({ ...note, id: `${note.id}-copy`, ownerId: other.user.aadObjectId! });
    const stolen = textOf((await svc.say(other, '/sotay mo 1'))[0]);
    for (const name of NAMES) expect(stolen).not.toContain(name);
    expect(stolen).toContain('Không giải mã được');
  });

  it('keeps the "Nội bộ" label with the note, in the list, when opened and in the exported .docx, which carries the AI mark and a "checked by" field', async () => {
    const owner = svc.identity('personal', { name: 'Văn phòng phường' });
    await svc.say(owner, `/tomtat\n${INTERNAL}`);
    expect(textOf((await svc.say(owner, 'lưu'))[0])).toContain('Mức độ: Nội bộ');
    expect(textOf((await svc.say(owner, '/sotay'))[0])).toMatch(/^1\. .+ — Nội bộ$/m);
    expect(textOf((await svc.say(owner, '/sotay mo 1'))[0])).toContain('Mức độ: Nội bộ');
    const { document, header, core } = await docxText(svc, owner, 1);
    expect(header).toContain('NỘI BỘ');
    expect(core).toContain('NỘI BỘ');
    expect(document).toContain('Nội dung có sự hỗ trợ của AI');
    expect(document).toContain('Người kiểm tra');
    expect(document).toContain('Ngày kiểm tra');
  });
});

describe('the notebook without a key, and key rotation', () => {
  it('without NOTEBOOK_KEYS keeps placeholders only, and says so', async () => {
    const svc = await startTestService();
    try {
      const owner = svc.identity();
      await svc.say(owner, `/tomtat\n${CITIZENS}`);
      expect(textOf((await svc.say(owner, 'lưu'))[0])).toContain('được lưu dưới dạng ký hiệu');
      for (const value of [...IDENTIFIERS, ...NAMES]) expect(filesContaining(svc.dataDir, value)).toEqual([]);
      expect(textOf((await svc.say(owner, '/sotay mo 1'))[0])).toMatch(/\[NGƯỜI_\d+\]/);
      expect(svc.logLines.join('')).toContain('NOTEBOOK_KEYS is not set');
    } finally {
      await svc.stop();
    }
  });

  it('npm run notebook:rekey moves every note to the new key, after which the old key can go', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlcv-rekey-'));
    const owner = await (async () => {
      const svc = await startTestService({ NOTEBOOK_KEYS: KEY_1 }, { dataDir });
      const who = svc.identity();
      await svc.say(who, `/tomtat\n${CITIZENS}`);
      await svc.say(who, 'lưu');
      await svc.stop();
      return who;
    })();
    const rekey = (keys: string) => spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['src/cli/notebook-rekey.ts'], {
      cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, DATA_DIR: dataDir, NOTEBOOK_KEYS: keys, MONGODB_URI: '' },
    });
    // The new key first, the old one after it while notes move.
    const run = rekey(`${KEY_2},${KEY_1}`);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 re-sealed');
    expect(run.stdout).toContain('k1 can now be removed from NOTEBOOK_KEYS');
    // A note under a key that is no longer configured is reported, not lost.
    expect(rekey(newNotebookKey('k3')).status).toBe(1);

    const svc = await startTestService({ NOTEBOOK_KEYS: KEY_2 }, { dataDir });
    try {
      const again = { ...svc.identity(), user: owner.user };
      const opened = textOf((await svc.say(again, '/sotay mo 1'))[0]);
      expect(opened).toContain('Lò Thị Sáu');
    } finally {
      await svc.stop();
    }
  });
});

describe('retention of a revoked person\'s notebook', () => {
  it('purges the notes of an account revoked longer ago than RETENTION_DAYS_NOTES, at the next start\'s purge', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlcv-notes-retention-'));
    let now = new Date('2026-11-21T03:00:00Z');
    const clock = { now: () => new Date(now) };
    const env = { NOTEBOOK_KEYS: KEY_1, ADMIN_API_TOKEN: 'retention-admin-token-0123456789', RETENTION_DAYS_NOTES: '30' };
    let svc = await startTestService(env, { dataDir, clock });
    const leaver = svc.identity();
    await svc.say(leaver, `/tomtat\n${CITIZENS}`);
    await svc.say(leaver, 'lưu');
    const revoke = await fetch(`${svc.baseUrl}/admin/users/${leaver.user.aadObjectId}/revoke`, { method: 'POST', headers: { authorization: `Bearer ${env.ADMIN_API_TOKEN}` } });
    expect(revoke.status).toBe(201);
    await svc.stop();

    now = new Date(now.getTime() + 31 * 24 * 3600_000);
    svc = await startTestService(env, { dataDir, clock });
    try {
      for (let i = 0; i < 50 && (await svc.runtime.store.notes.list(leaver.user.aadObjectId!)).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await svc.runtime.store.notes.list(leaver.user.aadObjectId!)).toEqual([]);
    } finally {
      await svc.stop();
    }
  });
});
