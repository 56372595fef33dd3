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
    return await readLimited(res, opts.maxBytes);
  } catch (err) {
    return { kind: 'unavailable', reason: isTimeout(err, signal) ? 'timeout' : 'network' };
  }
}

// Chunked responses carry no length: count bytes as they arrive and stop at the limit.
async function readLimited(res: Response, maxBytes: number): Promise<GraphResponse> {
  if (!res.body) return { kind: 'ok', body: '' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { kind: 'too_large' };
    }
    chunks.push(value);
  }
  return { kind: 'ok', body: Buffer.concat(chunks).toString('utf8') };
}

function isTimeout(err: unknown, signal: AbortSignal): boolean {
  const name = (err as { name?: string } | null)?.name;
  return signal.aborted || name === 'TimeoutError' || name === 'AbortError';
}
