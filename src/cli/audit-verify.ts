import { verifyAuditChain } from '../audit/verify-audit-chain';
import { loadConfig, type Config } from '../config';
import { createStore } from '../store';

/** Verifies the audit hash chain of the configured store; returns 0 when intact, 1 with the first broken link reported. */
export async function runAuditVerify(deps: { config: Config; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  const store = await createStore({ mongo: deps.config.mongo, dataDir: deps.config.dataDir, readOnly: true });
  try {
    const verdict = await verifyAuditChain(store.audit.list());
    if (verdict.ok) {
      deps.stdout.write(`audit chain OK (${store.kind}): ${verdict.count} events verified\n`);
      return 0;
    }
    deps.stderr.write(`audit chain BROKEN (${store.kind}) at seq ${verdict.brokenAt}: ${verdict.reason}\n`);
    return 1;
  } finally {
    await store.close();
  }
}

if (require.main === module) {
  runAuditVerify({ config: loadConfig(), stdout: process.stdout, stderr: process.stderr })
    .then((code) => process.exit(code))
    .catch((e: Error) => {
      process.stderr.write(`audit verify failed: ${e.message}\n`);
      process.exit(2);
    });
}
