import { newNotebookKey } from '../../../src/cli/notebook-key';
import { createNoteSealer } from '../../../src/meetings/note-sealing';
import { parseNotebookKeys } from '../../../src/meetings/notebook-keys';
import { createPseudonymiser, placeholderValues, restorePlaceholders } from '../../../src/meetings/note-at-rest';
import { emptyMinutes } from '../../../src/meetings/minutes';

const keys = (...entries: string[]) => parseNotebookKeys(entries);
const VALUES = { NGƯỜI_1: 'Lò Thị Sáu', CCCD_1: '034185001234' };

describe('notebook sealing (AES-256-GCM, a key per owner)', () => {
  const k1 = newNotebookKey('k1');
  const k2 = newNotebookKey('k2');

  it('opens for the owner and the note it was sealed for, and for nobody else', () => {
    const sealer = createNoteSealer(keys(k1));
    const sealed = sealer.seal('owner-a', 'note-1', VALUES);
    expect(JSON.stringify(sealed)).not.toContain('Lò Thị Sáu');
    expect(sealed.keyId).toBe('k1');
    expect(sealer.open('owner-a', 'note-1', sealed)).toEqual(VALUES);
    expect(sealer.open('owner-b', 'note-1', sealed)).toBeUndefined();
    expect(sealer.open('owner-a', 'note-2', sealed)).toBeUndefined();
    expect(sealer.open('owner-a', 'note-1', { ...sealed, data: Buffer.from('x').toString('base64') })).toBeUndefined();
  });

  it('seals with the first key and still opens what older keys sealed; a removed key opens nothing', () => {
    const old = createNoteSealer(keys(k1)).seal('owner-a', 'note-1', VALUES);
    const rotated = createNoteSealer(keys(k2, k1));
    expect(rotated.currentKeyId).toBe('k2');
    expect(rotated.open('owner-a', 'note-1', old)).toEqual(VALUES);
    expect(createNoteSealer(keys(k2)).open('owner-a', 'note-1', old)).toBeUndefined();
  });

  it('refuses malformed keys without repeating them', () => {
    expect(() => parseNotebookKeys(['k1:short'])).toThrow('"k1:…" is not id:base64 of 32 bytes');
    expect(() => parseNotebookKeys([k1, k1])).toThrow('appears twice');
  });
});

describe('notes at rest: placeholders', () => {
  const find = (text: string) => [...text.matchAll(/Nguyễn Văn An|Trần Thị Bình/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, label: 'NGƯỜI' }));

  it('reads the values behind the gate\'s placeholders from its restore', () => {
    const m = { ...emptyMinutes(), mainPoints: ['Hộ bà [NGƯỜI_1], CCCD [CCCD_1]'] };
    const restore = (t: string) => restorePlaceholders(t, VALUES);
    expect(placeholderValues(m, restore)).toEqual(VALUES);
  });

  it('replaces names still in clear, numbering after the gate\'s, the same name with the same placeholder', () => {
    const p = createPseudonymiser({ NGƯỜI_1: 'Lò Thị Sáu' }, find);
    const m = p.minutes({ ...emptyMinutes(), facts: { ...emptyMinutes().facts, chair: 'Ông Nguyễn Văn An' }, mainPoints: ['[NGƯỜI_1] gặp Nguyễn Văn An và Trần Thị Bình'] });
    expect(m.facts.chair).toBe('Ông [NGƯỜI_2]');
    expect(m.mainPoints[0]).toBe('[NGƯỜI_1] gặp [NGƯỜI_2] và [NGƯỜI_3]');
    expect(p.values()).toEqual({ NGƯỜI_1: 'Lò Thị Sáu', NGƯỜI_2: 'Nguyễn Văn An', NGƯỜI_3: 'Trần Thị Bình' });
    expect(restorePlaceholders(m.mainPoints[0], p.values())).toBe('Lò Thị Sáu gặp Nguyễn Văn An và Trần Thị Bình');
  });
});
