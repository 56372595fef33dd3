// Teams meeting transcripts through Microsoft Graph: the pieces the composition root wires.
export { createGraphTranscriptSource, type GraphTranscriptSourceDeps } from './graph-transcript-source';
export { createGraphTokenProvider, type GraphTokenOptions } from './graph-token';
