import { EventEmitter } from 'node:events';
import type { MongoClient } from 'mongodb';
import { onWritableLost } from '../../../../src/store/mongo/mongo-reachability';

/** A topology description with one server of `type` (and the error that made it so). */
const topology = (type: string, error?: Error) => ({ servers: new Map([['db:27017', { type, error: error ?? null }]]) });

describe('onWritableLost', () => {
  it('tells at once when the last writable server goes, with the driver\'s reason, and not when one comes or stays', () => {
    const client = new EventEmitter();
    const heard: string[] = [];
    onWritableLost(client as unknown as MongoClient, (e) => heard.push(e.message));
    client.emit('topologyDescriptionChanged', { previousDescription: topology('Unknown'), newDescription: topology('Standalone') });
    client.emit('topologyDescriptionChanged', { previousDescription: topology('Standalone'), newDescription: topology('Standalone') });
    expect(heard).toEqual([]);
    client.emit('topologyDescriptionChanged', { previousDescription: topology('RSPrimary'), newDescription: topology('Unknown', new Error('connect ECONNREFUSED')) });
    expect(heard).toEqual(['connect ECONNREFUSED']);
  });
});
