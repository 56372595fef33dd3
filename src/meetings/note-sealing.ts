import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { SealedNoteValues } from '../store/types';
import type { NotebookKey } from './notebook-keys';

/** The restore values of one note, encrypted (AES-256-GCM) with its owner's key; every field base64. */
export type SealedValues = SealedNoteValues;

/** Seals and opens the placeholder values of notes, per owner. */
export interface NoteSealer {
  readonly currentKeyId: string;
  seal(ownerId: string, noteId: string, values: Record<string, string>): SealedValues;
  /** The values, or undefined when the key is gone or the data was not sealed for this owner and note. */
  open(ownerId: string, noteId: string, sealed: SealedValues): Record<string, string> | undefined;
}

const SALT = 'tro-ly-cong-vu/notebook/v1';

/**
 * A key per owner, derived from the configured key with HKDF (the owner id is the info), and the note's owner and id as
 * associated data: a sealed value copied into another person's note, or another note, does not open.
 */
export function createNoteSealer(keys: NotebookKey[]): NoteSealer {
  if (keys.length === 0) throw new Error('at least one notebook key is required');
  const ownerKey = (k: NotebookKey, ownerId: string) => Buffer.from(hkdfSync('sha256', k.key, SALT, `owner:${ownerId}`, 32));
  const aad = (ownerId: string, noteId: string) => Buffer.from(`${ownerId}\u0000${noteId}`, 'utf8');
  return {
    currentKeyId: keys[0].id,
    seal(ownerId, noteId, values) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', ownerKey(keys[0], ownerId), iv);
      cipher.setAAD(aad(ownerId, noteId));
      const data = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
      return { keyId: keys[0].id, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
    },
    open(ownerId, noteId, sealed) {
      const k = keys.find((x) => x.id === sealed.keyId);
      if (!k) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', ownerKey(k, ownerId), Buffer.from(sealed.iv, 'base64'));
        decipher.setAAD(aad(ownerId, noteId));
        decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
        const text = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
        return JSON.parse(text) as Record<string, string>;
      } catch {
        return undefined;
      }
    },
  };
}
