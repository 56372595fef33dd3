// Time to summarise a ~100 KB meeting transcript in extractive mode (no model), with and without the gate.
// Run: npx tsx bench/meetings/summarise-bench.ts [targetKB=100] [runs=10]
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { summariseExtractive } from '../../src/meetings/extractive-summary';
import { createMeetingFeature } from '../../src/meetings/meeting-feature';
import { createSummaryCache } from '../../src/meetings/summary-cache';
import { parseTranscript } from '../../src/meetings/transcript';
import { gateForTests } from '../../test/unit/meetings/support/meeting-gate';
import type { Turn } from '../../src/turns/types';

const targetBytes = Number(process.argv[2] ?? 100) * 1000;
const runs = Number(process.argv[3] ?? 10);
const base = fs.readFileSync(path.resolve(__dirname, '../../test/fixtures/meetings/giao-ban-phuong-2-gio.txt'), 'utf8');

// Repeat the 2-hour ward meeting with shifted figures and dates, so sentences are not exact duplicates.
function buildTranscript(): string {
  const parts: string[] = [];
  for (let i = 0; Buffer.byteLength(parts.join('\n')) < targetBytes; i += 1) {
    parts.push(base.replace(/\d+/g, (d) => String((Number(d) + i) % (d.length > 2 ? 10 ** d.length : 28) || 1).padStart(d.length, '0')));
  }
  return parts.join('\n');
}

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const p = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))].toFixed(1);
  return `median ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${s[s.length - 1].toFixed(1)} ms`;
}

async function main(): Promise<void> {
  const text = buildTranscript();
  const bytes = Buffer.byteLength(text);
  const extractive: number[] = [];
  for (let i = 0; i < runs + 2; i += 1) {
    const t0 = performance.now();
    const m = summariseExtractive(parseTranscript(text));
    const dt = performance.now() - t0;
    if (i >= 2) extractive.push(dt);
    if (i === 0) console.log(`transcript: ${bytes} bytes, ${text.split('\n').length} lines; tasks found: ${m.tasks.length}`);
  }
  console.log(`extractive summary (parse + summarise): ${stats(extractive)}`);

  const clock = { now: () => new Date() };
  const gate = gateForTests('onprem');
  const feature = createMeetingFeature({ gate, summaries: createSummaryCache({ clock }), downloadAttachment: async () => Buffer.alloc(0), maxBytes: 2_000_000, clock });
  const whole: number[] = [];
  for (let i = 0; i < runs + 2; i += 1) {
    const turn: Turn = { id: `b${i}`, user: { id: 'u' }, conversation: { id: 'c', type: 'personal' }, text: `/tomtat\n${text}`, attachments: [] };
    const t0 = performance.now();
    const result = await feature.handle(turn, { canStream: false });
    const dt = performance.now() - t0;
    if (i >= 2) whole.push(dt);
    if (i === 0) console.log(`feature outcome: ${result.outcome.outcome} (gate: ${'screened' in gate ? 'fake test gate' : 'real src/gate'})`);
  }
  console.log(`whole turn (gate screen + summarise + render): ${stats(whole)}`);
}

void main();
