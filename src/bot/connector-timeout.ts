/** A core-rest-pipeline policy as the connector client's pipeline takes it. */
interface PipelinePolicy {
  name: string;
  sendRequest(request: { timeout: number }, next: (request: { timeout: number }) => Promise<unknown>): Promise<unknown>;
}

interface WithPipeline {
  client?: { pipeline?: { addPolicy(policy: PipelinePolicy): void; getOrderedPolicies(): { name: string }[] } };
}

const POLICY = 'tlcvRequestTimeout';

/**
 * Gives every call of a connector client (replies, typing, proactive messages) a timeout: the client's default is none,
 * so a hung channel held turns forever. The client's own retry policy stays (three retries), so a reply is bounded by
 * about four timeouts and the back-off between them. (The connector factory replaces any policy passed in its options,
 * hence the policy is added to each client it makes.)
 */
export function addRequestTimeout<T>(connectorClient: T, timeoutMs: number): T {
  const pipeline = (connectorClient as WithPipeline).client?.pipeline;
  if (!pipeline || pipeline.getOrderedPolicies().some((p) => p.name === POLICY)) return connectorClient;
  pipeline.addPolicy({
    name: POLICY,
    sendRequest: (request, next) => {
      if (!request.timeout || request.timeout > timeoutMs) request.timeout = timeoutMs;
      return next(request);
    },
  });
  return connectorClient;
}
