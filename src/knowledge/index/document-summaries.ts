import type { LegalDocument } from '../types';
import type { IndexData } from './index-data';

/** One loaded document as the console lists it: what identifies it, its dates, and how many articles it has. */
export type DocumentSummary = Pick<LegalDocument, 'id' | 'soHieu' | 'loaiVanBan' | 'ten' | 'coQuanBanHanh' | 'ngayBanHanh' | 'ngayHieuLuc'> & { articleCount: number };

const pick = (d: LegalDocument, articleCount: number): DocumentSummary => ({
  id: d.id, soHieu: d.soHieu, loaiVanBan: d.loaiVanBan, ten: d.ten, coQuanBanHanh: d.coQuanBanHanh,
  ngayBanHanh: d.ngayBanHanh, ngayHieuLuc: d.ngayHieuLuc, articleCount,
});

/** The documents of an index with their article counts, newest issue date first (undated last), then by name. */
export function summarizeDocuments(data: IndexData): DocumentSummary[] {
  const counts = new Uint32Array(data.documents.length);
  for (let row = 0; row < data.n; row++) counts[data.articleDoc[row]]++;
  return data.documents
    .map((d, i) => pick(d, counts[i]))
    .filter((d) => d.articleCount > 0)
    .sort((a, b) => (b.ngayBanHanh ?? '').localeCompare(a.ngayBanHanh ?? '') || a.ten.localeCompare(b.ten, 'vi'));
}
