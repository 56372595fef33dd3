import type { Principal } from '../accounts/principal';
import type { DocumentSummary } from '../knowledge';
import type { RemoveResult } from '../knowledge-sources/remove-source';
import type { UploadResult } from '../knowledge-sources/upload-source';
import type { ReindexStatus } from '../runtime/knowledge-holder';
import type { KnowledgeSourceRecord } from '../store/types';

/** What the knowledge page reads of the serving index and its re-indexing. */
export interface ConsoleKnowledge {
  current(): { articleCount: number; documents?: DocumentSummary[]; loadedAt?: Date } | undefined;
  error(): Error | undefined;
  reindex?(): 'started' | 'queued';
  reindexStatus?(): ReindexStatus | undefined;
}

/** The uploaded sources and the upload use case; absent, the page only lists what is loaded. */
export interface ConsoleKnowledgeSources {
  list(): Promise<KnowledgeSourceRecord[]>;
  upload(p: Principal, file: { name: string; content: Buffer }): Promise<UploadResult>;
  remove(p: Principal, id: string): Promise<RemoveResult>;
  /** The largest file accepted, in bytes. */
  maxBytes: number;
}
