import type { TurnContext } from 'botbuilder';
import { StreamingResponse } from '@microsoft/teams-ai';
import type { AiAnswer } from '../../turns/types';
import { clip, dropUnshownMarkers, internalLabel, noticeBlock, shownCitations, teamsText } from './ai-entity';
import strings from './messages.vi.json';

/**
 * Streams an AI answer in a 1:1 chat with teams-ai's StreamingResponse: an informative update,
 * the text chunks, then the final message with citations, AI label, sensitivity label, feedback
 * loop and notices. Returns the id of the final activity (the stream id), for the answer record.
 */
export async function streamAnswer(context: TurnContext, answer: AiAnswer): Promise<string | undefined> {
  const response = new StreamingResponse(context);
  response.queueInformativeUpdate(strings.searching);
  try {
    if (answer.stream) {
      for await (const chunk of answer.stream) if (chunk) response.queueTextChunk(teamsText(dropUnshownMarkers(chunk)));
    } else {
      response.queueTextChunk(teamsText(dropUnshownMarkers(answer.text)));
    }
  } finally {
    // Citations and notices are final only now (a streamed answer is verified as it ends).
    const notices = noticeBlock(answer.notices);
    if (notices) response.queueTextChunk(teamsText(`\n\n${notices}`));
    const citations = shownCitations(answer);
    response.setCitations(citations.map((c) => ({ title: clip(c.name, 80), content: clip(c.abstract, 160), url: c.url ?? null, filepath: null })));
    // setCitations numbers from 1 and drops links: put our positions and links back.
    (response.citations ?? []).forEach((cc, i) => {
      cc.position = citations[i].position;
      if (citations[i].url) cc.appearance.url = citations[i].url;
    });
    if (answer.sensitivity === 'internal') response.setSensitivityLabel(internalLabel());
    response.setFeedbackLoop(true);
    response.setGeneratedByAILabel(true);
    await response.endStream();
  }
  return response.streamId;
}
