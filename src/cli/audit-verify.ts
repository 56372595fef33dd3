import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import type { AuditEvent } from '../store/types';
import { loadConfig, type Config } from '../config';
import { runAsMain, withReadOnlyStore } from './cli-helpers';

const USAGE = 'usage: audit-verify [--anchor SEQ:HASH]   (an anchor is a head printed by an earlier run: the chain must still contain it)';

/**
 * Verifies the audit hash chain of the configured store; returns 0 when intact, 1 with the first broken link reported
 * (2 for bad arguments). It prints the head (seq:hash); passing an earlier head as --anchor also detects a log cut short.
 */
export async function runAuditVerify(deps: { config: Config; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; argv?: string[] }): Promise<number> {
  let anchor: { seq: number; hash: string } | undefined;
  try {
    const { values } = parseArgs({ args: deps.argv ?? [], options: { anchor: { type: 'string' } } });
    if (values.anchor !== undefined) {
      const m = /^(\d+):([0-9a-f]{64})$/.exec(values.anchor);
      if (!m) throw new Error('--anchor must be SEQ:HASH (64 hex characters)');
      anchor = { seq: Number(m[1]), hash: m[2] };
    }
  } catch (e) {
    deps.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  return withReadOnlyStore(deps.config, async (store) => {
    let anchorSeen: AuditEvent | undefined;
    const events = async function* () {
      for await (const e of store.audit.list()) {
        if (anchor && e.seq === anchor.seq) anchorSeen = e;
        yield e;
      }
    };
    const verdict = await verifyAuditChain(events());
    if (verdict.ok && anchor && anchorSeen?.hash !== anchor.hash) {
      deps.stderr.write(`audit chain BROKEN (${store.kind}) at seq ${anchor.seq}: the anchored event is ${anchorSeen ? 'changed' : 'missing (log cut short or purged)'}\n`);
      return 1;
    }
    if (verdict.ok) {
      const head = verdict.head ? `; head ${verdict.head.seq}:${verdict.head.hash}` : '';
      deps.stdout.write(`audit chain OK (${store.kind}): ${verdict.count} events verified${head}\n`);
      return 0;
    }
    deps.stderr.write(`audit chain BROKEN (${store.kind}) at seq ${verdict.brokenAt}: ${verdict.reason}\n`);
    return 1;
  });
}

if (require.main === module) runAsMain(() => runAuditVerify({ config: loadConfig(), stdout: process.stdout, stderr: process.stderr, argv: process.argv.slice(2) }), 'audit verify', 2);
