import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEmbeddedStore } from '../../../src/store';
import type { AuditEvent } from '../../../src/store/types';
import type { TestService } from '../../helpers/test-runtime';
import { adminCall, startService } from '../accounts/service-harness';
import { filesContaining } from '../meetings/support';

// A phone number in a question is redacted; the audit keeps only a hash of it. With the key in the same store, anyone
// holding a copy could try every phone number and reverse the hash in seconds: the key stays outside the store.
const WITH_PHONE = 'Bà Lan số điện thoại 0912 345 678 hỏi mức phạt vượt đèn đỏ với xe máy là bao nhiêu?';
const LEGACY_KEY = 'gate/hash-salt';

async function hashesOf(svc: TestService): Promise<string[]> {
  const found: string[] = [];
  for await (const e of svc.runtime.store.audit.list()) if (e.gate?.hashes.length) found.push(...e.gate.hashes);
  return found;
}

async function seedLegacySalt(dataDir: string): Promise<void> {
  const store = await createEmbeddedStore({ dataDir });
  await store.state.write({ [LEGACY_KEY]: 'a-salt-an-earlier-version-stored-0123' });
  await store.close();
}

describe('audit identifier hashes: the key is never in the store', () => {
  it('without GATE_HASH_SALT: hashes use a per-process key that is never written; an old stored salt is deleted', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlcv-hashkey-'));
    await seedLegacySalt(dataDir);
    let svc = await startService({}, { dataDir });
    await svc.say(svc.identity(), WITH_PHONE);
    const first = await hashesOf(svc);
    expect(first.length).toBeGreaterThan(0);
    expect((await svc.runtime.store.state.read([LEGACY_KEY]))[LEGACY_KEY]).toBeUndefined();
    expect(filesContaining(dataDir, '0912 345 678')).toEqual([]);
    await svc.stop();

    // After a restart the same value hashes differently: nothing that reverses it was kept.
    svc = await startService({}, { dataDir });
    await svc.say(svc.identity(), WITH_PHONE);
    const second = (await hashesOf(svc)).filter((h) => !first.includes(h));
    expect(second.length).toBeGreaterThan(0);
    await svc.stop();
  });

  it('with GATE_HASH_SALT: the same value hashes alike across restarts, and the key is nowhere in the data folder', async () => {
    const key = 'khoa-bi-mat-cua-don-vi-0123456789';
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlcv-hashkey-'));
    let svc = await startService({ GATE_HASH_SALT: key }, { dataDir });
    await svc.say(svc.identity(), WITH_PHONE);
    const first = await hashesOf(svc);
    await svc.stop();
    svc = await startService({ GATE_HASH_SALT: key }, { dataDir });
    await svc.say(svc.identity(), WITH_PHONE);
    const all = await hashesOf(svc);
    await svc.stop();
    expect(all.length).toBe(first.length * 2);
    expect(new Set(all).size).toBe(new Set(first).size);
    expect(filesContaining(dataDir, key)).toEqual([]);
  });
});

describe('pseudonymous audit exports', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startService({});
  });
  afterAll(async () => {
    await svc?.stop();
  });

  it('show neither the actor nor the account an administrator acted on, but keep a document number', async () => {
    const id = 'b2c4e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f';
    expect((await adminCall(svc, 'POST', '/admin/users', { id, name: 'Đỗ Văn Kiểm', unit: 'Phường A' })).status).toBe(201);
    expect((await adminCall(svc, 'POST', `/admin/users/${id}/revoke`)).status).toBe(200);
    expect((await adminCall(svc, 'POST', '/admin/documents/status', { soHieu: '13/2023/NĐ-CP', status: 'replaced', by: '356/2025/NĐ-CP' })).status).toBeLessThan(300);

    const json = (await adminCall(svc, 'GET', '/admin/audit/export?format=json')).json as { action?: string; target: string }[];
    const revoke = json.find((r) => r.action === 'user.revoke')!;
    expect(revoke.target).toMatch(/^[0-9a-f]{16}$/);
    expect(json.find((r) => r.action === 'user.add')!.target).toBe(revoke.target);
    expect(json.find((r) => r.action === 'document_status')?.target).toBe('13/2023/NĐ-CP');
    const csv = await (await adminCall(svc, 'GET', '/admin/audit/export?format=csv')).res.text();
    expect(csv).not.toContain(id);
    const events: AuditEvent[] = [];
    for await (const e of svc.runtime.store.audit.list()) events.push(e);
    // The log itself keeps the real id, for the administrators who may see it (EXPORT_REAL_USER_IDS=true).
    expect(events.some((e) => e.target === id)).toBe(true);
  });
});
