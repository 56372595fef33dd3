/**
 * Why the database's CPU per turn grows in bench/scale/load-run.ts: on FerretDB 1.24 with its SQLite backend, lookups
 * and upserts by `_id` cost time in proportion to the collection's size (a scan), while MongoDB answers them from the
 * `_id` index. Times single operations at 0, 2,000, 4,000 and 8,000 documents of ~600 bytes.
 *
 *   npx tsx bench/scale/ferretdb-id-lookups.ts      (needs FERRETDB_BIN or .ci/ferretdb.sh's build)
 */
import { MongoClient } from 'mongodb';
import { findFerretdb, startFerretdb } from '../../test/helpers/ferretdb';

async function main() {
  const db = await startFerretdb(findFerretdb() as string);
  const client = await new MongoClient(db.uri).connect();
  const d = client.db('x');
  type Doc = { _id: string; [k: string]: unknown };
  const col = (name: string) => d.collection<Doc>(name);
  await col('audit').createIndex({ seq: 1 }, { name: 'seq_unique', unique: true });
  await col('audit').createIndex({ time: 1 }, { name: 'time' });
  await col('answers').createIndex({ time: 1 }, { name: 'time' });
  await col('answers').createIndex({ userId: 1, time: 1 }, { name: 'user_time' });
  let seq = 0;
  const pad = 'x'.repeat(600);
  for (const size of [0, 2000, 4000, 8000]) {
    while (seq < size) {
      const docs = Array.from({ length: 500 }, () => ({ _id: `a${seq}`, seq: seq++, time: new Date(), hash: 'h', event: { pad } }));
      await col('audit').insertMany(docs);
      await col('answers').insertMany(docs.map((x) => ({ ...x, userId: 'u' + (x.seq % 50) })));
    }
    const time = async (name: string, fn: (i: number) => Promise<unknown>) => {
      const t = performance.now();
      for (let i = 0; i < 50; i++) await fn(i);
      console.log(size, name, ((performance.now() - t) / 50).toFixed(2), 'ms');
    };
    await time('audit insertOne (unique seq)', async () => col('audit').insertOne({ _id: `b${seq}`, seq: seq++, time: new Date(), hash: 'h', event: { pad } }));
    await time('answers replaceOne upsert by _id', async (i) => col('answers').replaceOne({ _id: `n${seq}-${i}` }, { time: new Date(), userId: 'u1', pad }, { upsert: true }));
    await time('answers findOne by _id', async (i) => col('answers').findOne({ _id: `a${i}` }));
    await time('find by an indexed field, nothing found', async (i) => col('answers').find({ userId: `zz${i}` }).toArray());
  }
  await client.close();
  await db.dispose();
}
main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
