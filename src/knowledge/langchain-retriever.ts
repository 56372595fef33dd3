import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import type { AsyncRetriever, Hit, Retriever } from './types';

/** Metadata carried by each retrieved langchain Document: enough to cite the article. */
export interface LegalDocumentMetadata {
  id: string;
  score: number;
  confidence?: number;
  articleNumber: string;
  articleTitle: string;
  documentId: string;
  soHieu?: string;
  loaiVanBan?: string;
  tenVanBan: string;
  coQuanBanHanh?: string;
  ngayBanHanh?: string;
  ngayHieuLuc?: string;
  tinhTrang?: string;
  url?: string;
  topic?: string;
  /** A ready citation line, e.g. "Điều 7 Nghị định 13/2023/NĐ-CP (Bảo vệ dữ liệu cá nhân)". */
  citation: string;
}

/** Formats the human citation of a hit's article. */
export function citationOf(hit: Hit): string {
  const d = hit.article.document;
  const doc = [d.loaiVanBan, d.soHieu].filter(Boolean).join(' ') || d.ten;
  const name = d.soHieu && d.ten ? ` (${d.ten})` : '';
  return `Điều ${hit.article.number} ${doc}${name}`.trim();
}

/** Maps a hit to a langchain Document (page content: title and text of the article). */
export function hitToDocument(hit: Hit): Document<LegalDocumentMetadata> {
  const a = hit.article;
  const d = a.document;
  return new Document<LegalDocumentMetadata>({
    pageContent: `Điều ${a.number}. ${a.title}\n${a.text}`,
    metadata: {
      id: a.id, score: hit.score, confidence: hit.confidence, articleNumber: a.number, articleTitle: a.title,
      documentId: d.id, soHieu: d.soHieu, loaiVanBan: d.loaiVanBan, tenVanBan: d.ten, coQuanBanHanh: d.coQuanBanHanh,
      ngayBanHanh: d.ngayBanHanh, ngayHieuLuc: d.ngayHieuLuc, tinhTrang: d.tinhTrang, url: d.url, topic: a.topic,
      citation: citationOf(hit),
    },
  });
}

/** Options of the langchain retriever. */
export interface LegalRetrieverInput extends BaseRetrieverInput {
  retriever: Retriever | AsyncRetriever;
  /** How many articles to return (default 5). */
  k?: number;
}

/** The knowledge base as a langchain retriever: Documents carry the article id, score and citation fields. */
export class LegalRetriever extends BaseRetriever {
  lc_namespace = ['tro_ly_cong_vu', 'knowledge'];
  private readonly inner: Retriever | AsyncRetriever;
  private readonly k: number;

  constructor(fields: LegalRetrieverInput) {
    super(fields);
    this.inner = fields.retriever;
    this.k = fields.k ?? 5;
  }

  static override lc_name(): string {
    return 'LegalRetriever';
  }

  override async _getRelevantDocuments(query: string): Promise<Document<LegalDocumentMetadata>[]> {
    return (await this.inner.search(query, this.k)).map(hitToDocument);
  }
}
