import { CardFactory, type Activity } from 'botbuilder';
import type { AiAnswer, Reply } from '../turns/types';
import { messages } from '../messages';
import { helpCard } from './replies/help-card';
import { draftCard } from './replies/draft-card';
import { buildFeedbackCard } from './replies/feedback-card';
import { appealCard } from './replies/appeal-card';

/** Renders an AI answer as a Teams activity (citations, AI label, feedback loop, notice). */
export type AnswerRenderer = (answer: AiAnswer) => Partial<Activity>;

/** Turns one plain Reply into the Teams activity that carries it (none for `kind: 'none'`). */
export function renderReply(reply: Reply, renderAnswer: AnswerRenderer): Partial<Activity> | undefined {
  switch (reply.kind) {
    case 'text':
      return { type: 'message', text: reply.text, textFormat: 'markdown' };
    case 'refusal':
      return { type: 'message', text: reply.text, textFormat: 'markdown', attachments: [CardFactory.adaptiveCard(appealCard(reply.refusalId))] };
    case 'help':
      // `summary` is the notification and preview text only: the card carries everything shown, so nothing is said twice.
      return { type: 'message', summary: messages.help.title, attachments: [CardFactory.adaptiveCard(helpCard())] };
    case 'form':
      return { type: 'message', summary: reply.title, attachments: [CardFactory.adaptiveCard(draftCard())] };
    case 'answer':
      return renderAnswer(reply.answer);
    case 'feedback-prompt':
      return { type: 'message', attachments: [CardFactory.adaptiveCard(buildFeedbackCard(reply.answerId))] };
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
