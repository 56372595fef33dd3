import fs from 'node:fs';
import path from 'node:path';
import type { IndexData, SemanticIndex } from './index-data';

type TypedArray = Float64Array | Float32Array | Uint32Array | Int32Array | Uint16Array | Uint8Array | Int8Array;
const ARRAY_TYPES = { f64: Float64Array, f32: Float32Array, u32: Uint32Array, i32: Int32Array, u16: Uint16Array, u8: Uint8Array, i8: Int8Array } as const;
type ArrayType = keyof typeof ARRAY_TYPES;
const NUMERIC: [keyof IndexData, ArrayType][] = [
  ['docLen', 'f32'], ['termKeys', 'f64'], ['termRow', 'u32'], ['offsets', 'u32'], ['postDoc', 'u32'],
  ['postTf', 'u8'], ['records', 'u8'], ['recordOffsets', 'f64'], ['articleDoc', 'u32'],
];
// Optional semantic sections, stored as `sem.<field>`.
const SEMANTIC: [keyof SemanticIndex, ArrayType][] = [
  ['termSlot', 'i32'], ['termIdf', 'f32'], ['termVecs', 'i8'], ['termScale', 'f32'], ['docVecs', 'i8'], ['docScale', 'f32'], ['titleVecs', 'i8'], ['titleScale', 'f32'],
];
const MAGIC = 'TLCVIDX1';
const STRING_LISTS = ['ids', 'numbers', 'titles', 'topics', 'syllables'] as const;

interface Header {
  meta: Record<string, unknown>;
  n: number;
  documents: IndexData['documents'];
  sections: { name: string; type: ArrayType; offset: number; length: number }[];
  semanticDims?: number;
}

/** Writes the index as one binary file: magic, header length, JSON header, 8-byte aligned typed-array sections. */
export function writeIndexFile(file: string, data: IndexData, meta: Record<string, unknown>): void {
  const blobs: [string, ArrayType, TypedArray][] = NUMERIC.map(([name, type]) => [name, type, data[name] as TypedArray]);
  for (const name of STRING_LISTS) blobs.push([name, 'u8', Buffer.from(data[name].join('\n'), 'utf8')]);
  const sem = data.semantic;
  if (sem) for (const [name, type] of SEMANTIC) blobs.push([`sem.${name}`, type, sem[name] as TypedArray]);
  const sections: Header['sections'] = [];
  let offset = 0;
  for (const [name, type, arr] of blobs) {
    sections.push({ name, type, offset, length: arr.length });
    offset += Math.ceil(arr.byteLength / 8) * 8;
  }
  const header = Buffer.from(JSON.stringify({ meta, n: data.n, documents: data.documents, sections, semanticDims: sem?.dims } satisfies Header), 'utf8');
  const prefix = Buffer.alloc(16);
  prefix.write(MAGIC, 0, 'ascii');
  prefix.writeUInt32LE(header.length, 8);
  const pad = (8 - ((16 + header.length) % 8)) % 8;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, prefix);
    fs.writeSync(fd, header);
    fs.writeSync(fd, Buffer.alloc(pad));
    for (const [, , arr] of blobs) {
      fs.writeSync(fd, new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength));
      const rest = (8 - (arr.byteLength % 8)) % 8;
      if (rest) fs.writeSync(fd, Buffer.alloc(rest));
    }
  } finally {
    fs.closeSync(fd);
  }
  // Rename last so a crash mid-write never leaves a half index that looks valid.
  fs.renameSync(tmp, file);
}

/** Reads only the header's meta (to check the fingerprint without loading postings), or undefined. */
export function readIndexMeta(file: string): Record<string, unknown> | undefined {
  if (!fs.existsSync(file)) return undefined;
  const fd = fs.openSync(file, 'r');
  try {
    const prefix = Buffer.alloc(16);
    fs.readSync(fd, prefix, 0, 16, 0);
    if (prefix.toString('ascii', 0, 8) !== MAGIC) return undefined;
    const header = Buffer.alloc(prefix.readUInt32LE(8));
    fs.readSync(fd, header, 0, header.length, 16);
    return (JSON.parse(header.toString('utf8')) as Header).meta;
  } finally {
    fs.closeSync(fd);
  }
}

/** Loads an index file; typed arrays are views on one buffer read straight from disk (no per-entry objects). */
export function readIndexFile(file: string): { data: IndexData; meta: Record<string, unknown> } {
  const fd = fs.openSync(file, 'r');
  try {
    const prefix = Buffer.alloc(16);
    fs.readSync(fd, prefix, 0, 16, 0);
    if (prefix.toString('ascii', 0, 8) !== MAGIC) throw new Error(`Not an index file: ${file}`);
    const headerLen = prefix.readUInt32LE(8);
    const headerBuf = Buffer.alloc(headerLen);
    fs.readSync(fd, headerBuf, 0, headerLen, 16);
    const header = JSON.parse(headerBuf.toString('utf8')) as Header;
    const base = 16 + headerLen + ((8 - ((16 + headerLen) % 8)) % 8);
    const size = fs.fstatSync(fd).size - base;
    // One ArrayBuffer we own, so every 8-byte aligned section is a valid typed-array view.
    const aligned = new ArrayBuffer(size);
    const bytes = new Uint8Array(aligned);
    for (let done = 0; done < size; ) {
      const got = fs.readSync(fd, bytes, done, Math.min(size - done, 1 << 30), base + done);
      if (got <= 0) throw new Error(`Truncated index file: ${file}`);
      done += got;
    }
    const out: Record<string, unknown> = { n: header.n, documents: header.documents };
    const sem: Record<string, unknown> = { dims: header.semanticDims };
    for (const s of header.sections) {
      const arr = new ARRAY_TYPES[s.type](aligned, s.offset, s.length);
      if (s.name.startsWith('sem.')) {
        sem[s.name.slice(4)] = arr;
      } else if ((STRING_LISTS as readonly string[]).includes(s.name)) {
        const text = Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength).toString('utf8');
        // Per-article lists have n entries (one may be empty); the syllable list is empty only when it has none.
        const empty = s.name === 'syllables' ? text === '' : header.n === 0;
        out[s.name] = empty ? [] : text.split('\n');
      } else {
        out[s.name] = arr;
      }
    }
    if (header.semanticDims) out.semantic = sem;
    return { data: out as unknown as IndexData, meta: header.meta };
  } finally {
    fs.closeSync(fd);
  }
}
