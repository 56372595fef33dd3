import type { DocumentSummary } from './index/document-summaries';

/** A legal document (văn bản): the fields a citation needs. */
export interface LegalDocument {
  id: string;
  /** Số hiệu, e.g. "13/2023/NĐ-CP". */
  soHieu?: string;
  /** Loại văn bản, e.g. "Nghị định". */
  loaiVanBan?: string;
  /** Tên / trích yếu. */
  ten: string;
  /** Cơ quan ban hành. */
  coQuanBanHanh?: string;
  /** Ngày ban hành, ISO date (yyyy-mm-dd) where known. */
  ngayBanHanh?: string;
  ngayHieuLuc?: string;
  /** Tình trạng hiệu lực, e.g. "Còn hiệu lực". */
  tinhTrang?: string;
  /** A link to the official text where known. */
  url?: string;
  /** What the knowledge base can say about the text's force (shared by every document of one source file). */
  status?: DocumentStatus;
  /** What an administrator (or the shipped status list) declared about its force since; set when answering. */
  override?: DocumentOverride;
}

/** A declared change of a document's force: amended (still quoted, with a warning), replaced or expired (not quoted). */
export interface DocumentOverride {
  status: 'amended' | 'replaced' | 'expired';
  /** The amending or replacing document, e.g. "Luật Cư trú số 68/2020/QH14". */
  by?: string;
  /** Since when (yyyy-mm-dd). */
  from?: string;
  note?: string;
}

/**
 * Where a text comes from, which decides what an answer may say about its force: a codified text (the Pháp điển
 * holds the provisions in force at its update date), an original text (as first issued; later amendments not
 * merged), or a status declared by whoever wrote the source (front matter `tinhTrang`).
 */
export type DocumentStatus =
  | { kind: 'codified'; asOf?: string }
  | { kind: 'original' };

/** A clause (khoản) with its points (điểm). */
export interface Clause {
  number: string;
  text: string;
  points: { letter: string; text: string }[];
}

/** An article (Điều): the unit that is indexed, retrieved and cited. */
export interface Article {
  /** Stable id: the Pháp điển pd_id, or `<docId>#D<number>` for other sources. */
  id: string;
  /** Article number in its source document, e.g. "7". */
  number: string;
  title: string;
  text: string;
  clauses: Clause[];
  document: LegalDocument;
  /** Topic / đề mục where known (Pháp điển). */
  topic?: string;
  /** Repealed ("được bãi bỏ") or left without text: never quoted as law. */
  repealed?: boolean;
  /** Amendment notes of the codification ("Điều 2 của Luật số 26/2012/QH13 …"), kept out of the quoted text. */
  notes?: string[];
}

/** One retrieval result, best first. */
export interface Hit {
  article: Article;
  score: number;
  /** Comparable across queries, in [0, 1]: how likely the article answers the question (low: say "no basis found"). */
  confidence?: number;
}

/** What a search found, with what it learned of the question. */
export interface SearchResult {
  hits: Hit[];
  /** Documents the question names that the knowledge base does not hold ("luật căn cước", "100/2019"). */
  missingDocuments: string[];
  /** Calibrated probability that the knowledge base answers the question ("no basis" below 0.5), when known. */
  answerability?: number;
  /** Laws the knowledge is known to lack that the question's subject belongs to (named in a "no basis" reply). */
  uncoveredLaws?: string[];
}

/** Finds the articles that answer a question. */
export interface Retriever {
  search(query: string, k: number): Hit[];
  /** The hits and what the search learned of the question (retrievers that know more than hits). */
  lookup?(query: string, k: number): SearchResult;
}

/** A retriever that answers asynchronously: the knowledge thread, or an in-process Retriever. */
export interface AsyncRetriever {
  search(query: string, k: number): Promise<Hit[]>;
  lookup?(query: string, k: number): Promise<SearchResult>;
}

/** The loaded knowledge: articles, retriever, and facts for /readyz. */
export interface KnowledgeBase {
  retriever: Retriever;
  articleCount: number;
  /** The loaded documents with their article counts (the console's knowledge page). */
  documents: DocumentSummary[];
  /** Returns an article by id (first match where ids repeat). */
  get(id: string): Article | undefined;
}
