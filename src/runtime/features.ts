import type { DocumentStatusLookup } from '../qa/document-status';
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
import type { ChannelLinks } from '../accounts/channel-links';
import { createMeetingFeature, createNotebookFeature, createSummaryCache } from '../meetings';
import { createNoteSealer } from '../meetings/note-sealing';
import { gateIdentifiers } from '../meetings/note-identifiers';
import { loadGatePolicy } from '../gate';
import { createGraphTranscriptSource, createGraphTokenProvider } from '../meetings/graph-transcript';
import { createQaFeatureFromConfig } from '../qa';
import { createDocumentFeature } from '../documents/chat/document-feature';
import { createHistoryFeature } from '../history/history-feature';
import { messages } from '../messages';
import { createAppealFeature } from '../appeals/appeal-feature';
import type { AppealInput, AppealResult } from '../appeals/file-appeal';
import type { RefusalMemory } from '../appeals/refusals';
import { createCuratedAnswers } from '../feedback/curated-answers';
import { preferCurated } from '../feedback/curated-feature';
import { screenWithGate } from '../feedback/feedback-review';

export interface FeatureDeps {
  config: Config;
  store: Store;
  gate: Gate;
  knowledge: KnowledgeHolder;
  /** Declared changes of documents' force, read when answering. */
  documentStatus?: DocumentStatusLookup;
  chatModel?: ChatModel;
  /** The model of legal answers (one retry); built by the Q&A feature from Config.llm when absent. */
  qaModel?: ChatModel;
  auditLog: AuditLog;
  notifier: Notifier;
  /** Links other channels' identities to accounts (`/taikhoan lienket`). */
  links?: ChannelLinks;
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
  const sealer = config.notebook.keys.length ? createNoteSealer(config.notebook.keys) : undefined;
  const findIdentifiers = gateIdentifiers(gate, loadGatePolicy(config.gate.policyPath).placeholders);
  // Summaries wait for "lưu" in the shared store, kept as a note would be: nobody named in clear.
  const summaries = createSummaryCache({ clock, expiring: store.expiring, atRest: { find: findIdentifiers, sealer } });
  const audit = { record: (e: Parameters<AuditLog['record']>[0]) => deps.auditLog.record(e) };
  return [
    createHelpFeature(),
    createAppealFeature(deps.appeals),
    createAccountsFeature({ users: store.users, audit, auditLog: store.audit, notifier: deps.notifier, links: deps.links, clock, logger }),
    createNotebookFeature({
      notes: store.notes,
      summaries,
      clock,
      sealer,
      findIdentifiers,
    }),
    createHistoryFeature({ answers: store.answers, clock }),
    // Before the meeting feature: a .docx sent with /kiemtra is a document to check, not minutes.
    createDocumentFeature({ gate, downloadAttachment: deps.downloadAttachment, maxBytes: config.meetings.maxBytes, clock, retriever: deps.knowledge.retriever, model: deps.chatModel, logger }),
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
    // A question the legal team answered in the console gets their curated answer first.
    preferCurated(
      whenKnowledgeReady(createQaFeatureFromConfig({ retriever: deps.knowledge.retriever, documentStatus: deps.documentStatus, llm: config.llm, model: deps.qaModel, clock, logger }), deps.knowledge),
      { find: createCuratedAnswers({ state: store.state, screen: screenWithGate(gate), audit: { record: (e) => deps.auditLog.record(e) }, clock }).find, clock },
    ),
  ];
}
