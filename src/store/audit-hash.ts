import { createHash } from 'node:crypto';
import { isDate } from './json-dates';
import type { AuditEvent } from './types';

/** The prevHash of the first event of a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with sorted keys, dates as ISO strings and undefined fields left out, so a hash survives any store's round trip. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (isDate(value)) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : normalise(v)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = normalise(v);
    }
    return out;
  }
  return value;
}

/** SHA-256 (hex) over the canonical JSON of every field of the event except `hash` itself (seq and prevHash included). */
export function computeAuditHash(event: Omit<AuditEvent, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...fields } = event;
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

/** Builds the stored event that follows `prev` (or starts the chain). */
export function chainAuditEvent<T extends object>(input: T, prev: { seq: number; hash: string } | undefined): T & { seq: number; prevHash: string; hash: string } {
  const base = { ...input, seq: prev ? prev.seq + 1 : 1, prevHash: prev ? prev.hash : GENESIS_HASH };
  return { ...base, hash: computeAuditHash(base as unknown as Omit<AuditEvent, 'hash'>) };
}
