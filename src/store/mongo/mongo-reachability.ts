import type { MongoClient, TopologyDescription } from 'mongodb';

const WRITABLE = new Set(['Standalone', 'RSPrimary', 'Mongos', 'LoadBalancer']);

/** True when the driver knows a server it can write to (a standalone, a replica set's primary, a router). */
function hasWritableServer(d: TopologyDescription): boolean {
  return [...d.servers.values()].some((s) => WRITABLE.has(s.type));
}

/**
 * Calls `listener` as soon as the driver loses its last writable server (its monitor or a failed connection saw it),
 * so the service fails fast from that moment instead of after the first operation's server-selection timeout.
 */
export function onWritableLost(client: MongoClient, listener: (err: Error) => void): void {
  client.on('topologyDescriptionChanged', (e) => {
    if (!hasWritableServer(e.previousDescription) || hasWritableServer(e.newDescription)) return;
    const cause = [...e.newDescription.servers.values()].find((s) => s.error)?.error;
    listener(cause ?? new Error('no writable MongoDB server'));
  });
}
