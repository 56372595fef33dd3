import type { Config } from '../config';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { Gate } from '../gate/types';
import type { ChatModel } from '../llm/types';
import type { Store } from '../store/types';
import type { FeatureHandler } from '../turns/feature';
import type { AuditLog } from '../audit/audit-log';
import type { AttachmentDownloader } from '../bot/attachment-downloader';
import type { Notifier } from '../bot/notifier';
import type { KnowledgeHolder } from './knowledge-holder';
import { createHelpFeature } from '../turns/help-feature';
import { createAccountsFeature } from '../accounts/accounts-feature';
import { createMeetingFeature, createNotebookFeature, createSummaryCache } from '../meetings';
import { createGraphTranscriptSource, createGraphTokenProvider } from '../meetings/graph-transcript';
import { createQaFeatureFromConfig } from '../qa';
import { messages } from '../messages';
import { createAppealFeature } from '../appeals/appeal-feature';
import type { AppealInput, AppealResult } from '../appeals/file-appeal';
import type { RefusalMemory } from '../appeals/refusals';

export interface FeatureDeps {
  config: Config;
  store: Store;
  gate: Gate;
  knowledge: KnowledgeHolder;
  chatModel?: ChatModel;
  auditLog: AuditLog;
  notifier: Notifier;
  downloadAttachment: AttachmentDownloader;
  /** Contesting a refusal: the refusals waiting in memory and the use case that files an appeal. */
  appeals: { refusals: RefusalMemory; fileAppeal: (input: AppealInput) => Promise<AppealResult> };
  clock: Clock;
  logger: Logger;
}

/** While the knowledge base loads, legal questions get an honest "please retry" instead of "no basis". */
function whenKnowledgeReady(feature: FeatureHandler, knowledge: KnowledgeHolder): FeatureHandler {
  return {
    ...feature,
    handle: async (turn, ctx) =>
      knowledge.current()
        ? feature.handle(turn, ctx)
        : { replies: [{ kind: 'text', text: messages.knowledgeLoading }], outcome: { feature: 'qa', outcome: 'knowledge_loading' } },
  };
}

/** The assistant's features, in the order the router asks them: commands first, Q&A (the default) last. */
export function createFeatures(deps: FeatureDeps): FeatureHandler[] {
  const { config, store, gate, clock, logger } = deps;
  const summaries = createSummaryCache({ clock });
  const audit = { record: (e: Parameters<AuditLog['record']>[0]) => deps.auditLog.record(e) };
  return [
    createHelpFeature(),
    createAppealFeature(deps.appeals),
    createAccountsFeature({ users: store.users, audit, auditLog: store.audit, notifier: deps.notifier, clock, logger }),
    createNotebookFeature({ notes: store.notes, summaries, clock }),
    createMeetingFeature({
      gate,
      summaries,
      downloadAttachment: deps.downloadAttachment,
      maxBytes: config.meetings.maxBytes,
      clock,
      model: deps.chatModel,
      logger,
      transcriptSource: config.meetings.graph
        ? createGraphTranscriptSource({ baseUrl: config.meetings.graph.baseUrl, getToken: createGraphTokenProvider(config.meetings.graph), maxBytes: config.meetings.maxBytes, logger })
        : undefined,
    }),
    whenKnowledgeReady(createQaFeatureFromConfig({ retriever: deps.knowledge.retriever, llm: config.llm, clock, logger }), deps.knowledge),
  ];
}
