import { readLimited } from '../core/read-limited';

/** One Graph GET's outcome: the body, a non-2xx status, a body over the limit, or no usable answer. */
export type GraphResponse =
  | { kind: 'ok'; body: string }
  | { kind: 'status'; status: number }
  | { kind: 'too_large'; bytes?: number }
  | { kind: 'unavailable'; reason: 'timeout' | 'network' };

export interface GraphGetOptions {
  token: string;
  timeoutMs: number;
  maxBytes: number;
  accept?: string;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

/** GETs a Graph URL with a bearer token, a timeout and a body size limit (read as a stream, never buffered past it). */
export async function graphGet(url: string, opts: GraphGetOptions): Promise<GraphResponse> {
  const doFetch = opts.fetch ?? fetch;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  try {
    const res = await doFetch(url, { headers: { authorization: `Bearer ${opts.token}`, accept: opts.accept ?? 'application/json' }, signal });
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return { kind: 'status', status: res.status };
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > opts.maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      return { kind: 'too_large', bytes: declared };
    }
    const body = await readLimited(res.body, opts.maxBytes);
    return body ? { kind: 'ok', body: body.toString('utf8') } : { kind: 'too_large' };
  } catch (err) {
    return { kind: 'unavailable', reason: isTimeout(err, signal) ? 'timeout' : 'network' };
  }
}

function isTimeout(err: unknown, signal: AbortSignal): boolean {
  const name = (err as { name?: string } | null)?.name;
  return signal.aborted || name === 'TimeoutError' || name === 'AbortError';
}
