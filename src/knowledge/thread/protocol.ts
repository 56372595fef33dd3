import type { Article, Hit, SearchResult } from '../types';
import type { BuildProgress } from '../index/build-progress';
import type { DocumentSummary } from '../index/document-summaries';

/** What the knowledge thread is started with (its workerData). */
export interface ThreadInit {
  paths: string[];
  dataDir: string;
  gapsPath?: string;
}

/** Requests from the main thread. */
export type ThreadRequest =
  | { type: 'search'; id: number; query: string; k: number }
  | { type: 'lookup'; id: number; query: string; k: number }
  | { type: 'get'; id: number; articleId: string };

/** Messages from the knowledge thread. */
export type ThreadMessage =
  | { type: 'ready'; articleCount: number; documents: DocumentSummary[] }
  | { type: 'failed'; message: string }
  | { type: 'hits'; id: number; hits: Hit[] }
  | { type: 'found'; id: number; result: SearchResult }
  | { type: 'article'; id: number; article?: Article }
  | { type: 'error'; id: number; message: string }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; fields: Record<string, unknown>; msg: string }
  | { type: 'progress'; progress: BuildProgress };
