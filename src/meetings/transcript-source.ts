/** The result of asking for the transcript of a Teams meeting. */
export type TranscriptFetch =
  | { kind: 'ok'; text: string; format: 'vtt' | 'txt' }
  | { kind: 'not_found' }
  /** Graph refused the app (401/403): application permissions or the access policy are missing. */
  | { kind: 'forbidden'; status: number }
  /** The transcript is larger than Config.meetings.maxBytes (bytes when known). */
  | { kind: 'too_large'; bytes?: number }
  /** Graph did not answer usably (timeout, network, 5xx). */
  | { kind: 'unavailable'; reason: string };

/**
 * Where a Teams meeting's own transcript comes from (Microsoft Graph onlineMeetings/{id}/transcripts when
 * the deployment configures it). The text still passes the gate before anything else sees it.
 */
export interface TranscriptSource {
  /** Fetches the latest transcript of the meeting this conversation (meeting chat) belongs to. */
  fetchForConversation(input: { conversationId: string; userId: string; tenantId?: string }): Promise<TranscriptFetch>;
}
