import type { CloudAdapter } from 'botbuilder';

// Types of the Bot Framework authentication the adapter holds, derived from botbuilder's own declarations.
type Auth = ConstructorParameters<typeof CloudAdapter>[0] & object;
type ConnectorFactory = ReturnType<Auth['createConnectorFactory']>;
type Claims = Parameters<Auth['createConnectorFactory']>[0];
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<Auth['createUserTokenClient']>>;

/** Distinct (app, service URL, audience) triples kept; a bot sees a handful (one per Teams region). */
const MAX_CLIENTS = 64;

/** The app id of a request's claims, as botframework-connector reads it (audience claim, else the emulator's appid). */
function appIdOf(claims: Claims): string {
  return claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';
}

/**
 * Makes the adapter reuse its connector and user-token clients. The CloudAdapter builds both anew for every
 * incoming activity (credentials lookup, HTTP pipeline, serializer), which costs more CPU than the rest of the
 * Bot Framework work of a turn; the clients hold no per-turn state (tokens are cached by the credentials), so one
 * per app id, service URL and audience serves every turn, as the older BotFrameworkAdapter did.
 */
export function reuseServiceClients(auth: Auth, opts: { prepare?: (client: ConnectorClient) => ConnectorClient } = {}): void {
  const prepare = opts.prepare ?? ((c: ConnectorClient) => c);
  const connectors = new Map<string, Promise<ConnectorClient>>();
  const tokenClients = new Map<string, Promise<UserTokenClient>>();
  const remember = <T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
    const known = cache.get(key);
    if (known) return known;
    if (cache.size >= MAX_CLIENTS) cache.clear();
    const made = make();
    cache.set(key, made);
    // A failed creation (e.g. credentials unavailable) is tried again at the next turn.
    made.catch(() => cache.get(key) === made && cache.delete(key));
    return made;
  };
  const reusing = (factory: ConnectorFactory, appId: string): ConnectorFactory =>
    ({ create: (serviceUrl: string, audience?: string) => remember(connectors, `${appId}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience).then(prepare)) }) as ConnectorFactory;

  const authenticateRequest = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    const result = await authenticateRequest(activity, authHeader);
    if (result.connectorFactory) result.connectorFactory = reusing(result.connectorFactory, appIdOf(result.claimsIdentity));
    return result;
  };
  const createConnectorFactory = auth.createConnectorFactory.bind(auth);
  auth.createConnectorFactory = (claims) => reusing(createConnectorFactory(claims), appIdOf(claims));
  const createUserTokenClient = auth.createUserTokenClient.bind(auth);
  auth.createUserTokenClient = (claims) => remember(tokenClients, appIdOf(claims), () => createUserTokenClient(claims));
}
