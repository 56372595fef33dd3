import { Worker } from 'node:worker_threads';

/*
 * pdf-parse v2 bundles pdf.js with core-js polyfills that replace process-wide built-ins when it is loaded
 * (Array.prototype.push, JSON.parse, AbortSignal, DOMException, MessageChannel, …): slower, and different, for
 * every request the service handles afterwards. It is therefore only ever loaded inside a worker thread, whose
 * globals are its own; the parse also stays off the main thread. One worker serves every PDF of a load and
 * ends once idle.
 */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PDFParse } = require(workerData.modulePath);
parentPort.on('message', async ({ id, data }) => {
  const parser = new PDFParse({ data });
  try {
    const result = await parser.getText();
    parentPort.postMessage({ id, text: result.text });
  } catch (err) {
    parentPort.postMessage({ id, error: (err && err.message) || String(err) });
  } finally {
    await Promise.resolve(parser.destroy()).catch(() => undefined);
  }
});
`;

const IDLE_MS = 5_000;

interface Pending {
  resolve: (text: string) => void;
  reject: (err: Error) => void;
}

let worker: Worker | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(err: Error): void {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
  worker = undefined;
}

function start(): Worker {
  const w = new Worker(SOURCE, { eval: true, workerData: { modulePath: require.resolve('pdf-parse') } });
  w.on('message', (msg: { id: number; text?: string; error?: string }) => {
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.error !== undefined) p.reject(new Error(`PDF text extraction failed: ${msg.error}`));
    else p.resolve(msg.text ?? '');
    if (pending.size === 0) idle(w);
  });
  w.on('error', (err) => failAll(err));
  w.on('exit', (code) => {
    if (worker === w) failAll(new Error(`PDF worker exited (code ${code})`));
  });
  return w;
}

function idle(w: Worker): void {
  // An idle worker never keeps the process alive, and ends after a while.
  w.unref();
  idleTimer = setTimeout(() => {
    if (worker === w && pending.size === 0) {
      worker = undefined;
      void w.terminate();
    }
  }, IDLE_MS);
  idleTimer.unref();
}

/** The text of a PDF (pages as pdf-parse joins them), extracted in the PDF worker thread. */
export function extractPdfText(buffer: Buffer): Promise<string> {
  if (idleTimer) clearTimeout(idleTimer);
  worker ??= start();
  worker.ref();
  const id = nextId++;
  // A copy: the worker takes ownership of the bytes it is sent.
  const data = new Uint8Array(buffer);
  return new Promise<string>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage({ id, data }, [data.buffer]);
  });
}
