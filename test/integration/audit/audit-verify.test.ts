import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { MongoClient } from 'mongodb';
import { createAuditLog } from '../../../src/audit';
import { runAuditVerify } from '../../../src/cli/audit-verify';
import { loadConfig } from '../../../src/config';
import { storeKinds } from '../../helpers/store-kinds';

const gate = { decision: 'block' as const, level: 4 as const, categories: ['secret_marking' as const], counts: { secret_marking: 1 }, hashes: ['ab12'] };

const capture = () => {
  const s = new PassThrough();
  let text = '';
  s.on('data', (c) => (text += c));
  return { stream: s, text: () => text };
};

describe.each(storeKinds().map((k) => [k.name, k] as const))('audit:verify (%s store)', (name, kind) => {
  let env: Awaited<ReturnType<typeof kind.create>>;
  const config = () => loadConfig({ DATA_DIR: env.dataDir, MONGODB_URI: env.dbName ? process.env.MONGODB_URI : undefined, MONGODB_DB: env.dbName });
  const verify = async (argv: string[] = []) => {
    const out = capture();
    const err = capture();
    const code = await runAuditVerify({ config: config(), stdout: out.stream, stderr: err.stream, argv });
    return { code, out: out.text(), err: err.text() };
  };
  beforeEach(async () => {
    env = await kind.create();
    const log = await createAuditLog({ audit: env.store.audit, clock: { now: () => new Date('2026-05-01T00:00:00Z') } });
    await log.record({ type: 'turn', actor: 'aad-1', conversationType: 'personal', feature: 'qa', answerer: 'extractive', latencyMs: 210, outcome: 'answered' });
    await log.record({ type: 'turn', actor: 'aad-2', conversationType: 'channel', feature: 'qa', gate, latencyMs: 3, outcome: 'blocked' });
    await log.record({ type: 'admin', actor: 'admin-api', action: 'revoke', target: 'aad-2', outcome: 'ok', details: { lyDo: 'chuyển công tác' } });
    if (name === 'embedded') await env.store.close(); // The CLI reads the files as a separate reader.
  });
  afterEach(async () => env.cleanup());

  it('passes on an untouched log', async () => {
    expect(await verify()).toMatchObject({ code: 0, out: expect.stringContaining('3 events verified') });
  });

  it('reports the first broken link after a record is altered', async () => {
    if (name === 'embedded') {
      const file = path.join(env.dataDir, 'store', 'audit.jsonl');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"outcome":"blocked"', '"outcome":"answered"'));
    } else {
      const c = await new MongoClient(process.env.MONGODB_URI as string).connect();
      await c.db(env.dbName).collection('audit').updateOne({ seq: 2 }, { $set: { outcome: 'answered' } });
      await c.close();
    }
    const r = await verify();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/BROKEN .* at seq 2: content does not match its hash/);
  });

  it('detects a log cut short after an anchor was recorded', async () => {
    const head = /head (\d+:[0-9a-f]{64})/.exec((await verify()).out)?.[1] as string;
    expect(head).toMatch(/^3:/);
    expect((await verify(['--anchor', head])).code).toBe(0);
    if (name === 'embedded') {
      const file = path.join(env.dataDir, 'store', 'audit.jsonl');
      const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
      fs.writeFileSync(file, lines.slice(0, 2).join('\n') + '\n');
    } else {
      const c = await new MongoClient(process.env.MONGODB_URI as string).connect();
      await c.db(env.dbName).collection('audit').deleteOne({ seq: 3 });
      await c.close();
    }
    expect((await verify()).code).toBe(0); // A chain alone cannot see its end removed...
    expect(await verify(['--anchor', head])).toMatchObject({ code: 1, err: expect.stringContaining('at seq 3: the anchored event is missing') });
    expect((await verify(['--anchor', 'nonsense'])).code).toBe(2);
  });

  it('reports a deleted record', async () => {
    if (name === 'embedded') {
      const file = path.join(env.dataDir, 'store', 'audit.jsonl');
      const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
      fs.writeFileSync(file, [lines[0], lines[2]].join('\n') + '\n');
    } else {
      const c = await new MongoClient(process.env.MONGODB_URI as string).connect();
      await c.db(env.dbName).collection('audit').deleteOne({ seq: 2 });
      await c.close();
    }
    expect(await verify()).toMatchObject({ code: 1, err: expect.stringContaining('at seq 2: event 2 is missing') });
  });

  if (name === 'embedded') {
    it('exits non-zero from the command line (npm run audit:verify) after tampering', async () => {
      const file = path.join(env.dataDir, 'store', 'audit.jsonl');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"latencyMs":210', '"latencyMs":211'));
      const run = promisify(execFile);
      const cli = path.resolve(__dirname, '../../../src/cli/audit-verify.ts');
      const tsx = path.resolve(__dirname, '../../../node_modules/.bin/tsx');
      const env2 = { ...process.env, DATA_DIR: env.dataDir, MONGODB_URI: '' };
      await expect(run(tsx, [cli], { env: env2 })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('at seq 1') });
    }, 60_000);
  }
});
