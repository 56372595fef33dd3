/**
 * Runs the service as N cluster workers sharing one port (Node's cluster module), for bench/qa/run.ts --workers N.
 * Only meaningful with MONGODB_URI set: the embedded store admits a single writer.
 *
 *   node --import tsx bench/qa/cluster-service.ts 2
 */
import cluster from 'node:cluster';
import path from 'node:path';

const workers = Number(process.argv[2] ?? '2');
cluster.setupPrimary({ exec: path.resolve('src/index.ts'), execArgv: ['--import', 'tsx', ...process.execArgv.filter((a) => a.startsWith('--cpu-prof'))] });
for (let i = 0; i < workers; i++) cluster.fork();
let stopping = false;
// A worker that dies ends the benchmark run rather than being replaced silently.
cluster.on('exit', (w, code) => {
  if (stopping) return;
  console.error(`worker ${w.process.pid} exited (${code})`);
  process.exit(1);
});
process.on('SIGTERM', () => {
  stopping = true;
  for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
  setTimeout(() => process.exit(0), 2000).unref();
});
