import type { Collection } from 'mongodb';
import { createAuditInbox } from '../../../../src/store/mongo/mongo-audit-inbox';
import type { StoredDoc } from '../../../../src/store/mongo/mongo-docs';

const unreachable = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27017'), { name: 'MongoServerSelectionError' });

/** An inbox collection that stored the event, then lost its database. */
function inboxThatWentAway(): Collection<StoredDoc> {
  return {
    insertOne: async () => ({ acknowledged: true, insertedId: 'x' }),
    find: () => ({ toArray: async () => Promise.reject(unreachable()) }),
    deleteMany: async () => ({ acknowledged: true, deletedCount: 0 }),
  } as unknown as Collection<StoredDoc>;
}

describe('audit inbox of an instance that does not append', () => {
  it('tells the caller at once when the database goes away while it waits, instead of holding the turn for the outage', async () => {
    const inbox = createAuditInbox({ inbox: inboxThatWentAway(), audit: {} as Collection<StoredDoc>, onPoll: async () => undefined, pollMs: 1, waitMs: 60_000 });
    const input = { id: 'e1', time: new Date(), type: 'turn' as const, actor: 'u1', outcome: 'answered' };
    await expect(inbox.submit(input)).rejects.toMatchObject({ name: 'MongoServerSelectionError' });
    expect(inbox.waiting()).toBe(0);
    inbox.close();
  });
});
