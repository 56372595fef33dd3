import { CardFactory, type Activity } from 'botbuilder';
import type { AiAnswer, Reply } from '../turns/types';

/** Renders an AI answer as a Teams activity (citations, AI label, feedback loop, notice). */
export type AnswerRenderer = (answer: AiAnswer) => Partial<Activity>;

/** Turns one plain Reply into the Teams activity that carries it (none for `kind: 'none'`). */
export function renderReply(reply: Reply, renderAnswer: AnswerRenderer): Partial<Activity> | undefined {
  switch (reply.kind) {
    case 'text':
      return { type: 'message', text: reply.text, textFormat: 'markdown' };
    case 'card':
      return { type: 'message', summary: reply.summary, attachments: [CardFactory.adaptiveCard(reply.card)] };
    case 'answer':
      return renderAnswer(reply.answer);
    case 'file':
      return {
        type: 'message',
        text: reply.text,
        attachments: [{ contentType: reply.file.contentType, name: reply.file.name, contentUrl: `data:${reply.file.contentType};base64,${reply.file.content.toString('base64')}` }],
      };
    case 'none':
      return undefined;
  }
}
