import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import type { Article, LegalDocument } from '../types';
import { splitArticles, toArticles } from './split-articles';
import { parseHeader } from './parse-header';

// YAML turns bare dates into Date objects; citations want yyyy-mm-dd strings.
const dateish = z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]).optional();
const frontMatter = z.object({
  id: z.string().optional(),
  soHieu: z.coerce.string().optional(),
  loaiVanBan: z.string().optional(),
  ten: z.string().optional(),
  coQuanBanHanh: z.string().optional(),
  ngayBanHanh: dateish,
  ngayHieuLuc: dateish,
  tinhTrang: z.string().optional(),
  url: z.string().optional(),
  topic: z.string().optional(),
});

/** Derives a document id from its số hiệu or file name. */
export function documentId(soHieu: string | undefined, file: string): string {
  return soHieu ?? path.basename(file).replace(/\.[^.]+$/, '');
}

/** Loads one Markdown legal document: front matter gives the document fields, `Điều N.` headings the articles. */
export function loadMarkdown(source: string, file: string): Article[] {
  const parsed = matter(source);
  const fm = frontMatter.safeParse(parsed.data);
  if (!fm.success) throw new Error(`Invalid front matter in ${file}: ${fm.error.issues[0]?.path.join('.')}`);
  const header = parseHeader(parsed.content, path.basename(file));
  const { topic, ...fields } = fm.data;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const merged = { ...header, ...defined } as Omit<LegalDocument, 'id'> & { id?: string };
  const document: LegalDocument = { ...merged, id: merged.id ?? documentId(merged.soHieu, file) };
  return toArticles(splitArticles(parsed.content), document, topic);
}
