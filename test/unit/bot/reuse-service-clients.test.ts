import { reuseServiceClients } from '../../../src/bot/reuse-service-clients';

/** A stand-in for the adapter's Bot Framework authentication that counts the clients it builds. */
function fakeAuth() {
  const made = { connectors: 0, tokenClients: 0, failNext: false };
  const claims = (aud: string) => ({ getClaimValue: (name: string) => (name === 'aud' ? aud : null) });
  const factory = (appId: string) => ({
    create: async (serviceUrl: string, audience?: string) => {
      if (made.failNext) {
        made.failNext = false;
        throw new Error('credentials unavailable');
      }
      made.connectors++;
      return { appId, serviceUrl, audience, n: made.connectors };
    },
  });
  const auth = {
    authenticateRequest: async (activity: { recipientAppId: string }) => ({ claimsIdentity: claims(activity.recipientAppId), audience: 'aud-x', connectorFactory: factory(activity.recipientAppId) }),
    createConnectorFactory: (c: ReturnType<typeof claims>) => factory(c.getClaimValue('aud') ?? ''),
    createUserTokenClient: async (c: ReturnType<typeof claims>) => ({ appId: c.getClaimValue('aud'), n: ++made.tokenClients }),
  };
  return { auth, made, claims };
}

describe('reuseServiceClients', () => {
  it('builds one connector client per app, service URL and audience, and reuses it on later turns', async () => {
    const { auth, made, claims } = fakeAuth();
    reuseServiceClients(auth as never);
    const turn = async (appId: string, serviceUrl: string) => {
      const r = await auth.authenticateRequest({ recipientAppId: appId });
      return r.connectorFactory.create(serviceUrl, r.audience);
    };
    const first = await turn('app-1', 'https://smba.example/apac/');
    expect(await turn('app-1', 'https://smba.example/apac/')).toBe(first);
    expect(made.connectors).toBe(1);
    // Another region or another app gets its own client.
    expect(await turn('app-1', 'https://smba.example/emea/')).not.toBe(first);
    expect(await turn('app-2', 'https://smba.example/apac/')).toMatchObject({ appId: 'app-2' });
    expect(made.connectors).toBe(3);
    // Proactive messages (continueConversation) go through createConnectorFactory and share the cache.
    expect(await auth.createConnectorFactory(claims('app-1')).create('https://smba.example/apac/', 'aud-x')).toBe(first);
    expect(made.connectors).toBe(3);
  });

  it('reuses the user-token client per app', async () => {
    const { auth, made, claims } = fakeAuth();
    reuseServiceClients(auth as never);
    const a = await auth.createUserTokenClient(claims('app-1'));
    expect(await auth.createUserTokenClient(claims('app-1'))).toBe(a);
    expect(await auth.createUserTokenClient(claims('app-2'))).not.toBe(a);
    expect(made.tokenClients).toBe(2);
  });

  it('does not keep a failed creation: the next turn tries again', async () => {
    const { auth, made } = fakeAuth();
    reuseServiceClients(auth as never);
    made.failNext = true;
    const r = await auth.authenticateRequest({ recipientAppId: 'app-1' });
    await expect(r.connectorFactory.create('https://smba.example/apac/', 'aud-x')).rejects.toThrow('credentials unavailable');
    await expect(r.connectorFactory.create('https://smba.example/apac/', 'aud-x')).resolves.toMatchObject({ n: 1 });
  });
});
