import { messages } from '../messages';
import { qaMessages } from './messages';

/** An example question the assistant shows users, where it is shown, and the article that answers it. */
export interface ExampleQuestion {
  /** The message that shows it: the help card, the "no basis" tips, the reply to a greeting. */
  shownIn: 'help' | 'noBasis' | 'greeting';
  question: string;
  /** The số hiệu and article of the shipped corpus that answer it (checked against the whole corpus by the lead's test). */
  answeredBy: { soHieu: string; article: string };
}

/**
 * Every example question of the user-facing messages (the texts stay in the message files). Each must get a cited answer
 * from the default knowledge, never "no basis" or an off-topic article: a user's first try is often the example.
 */
export const EXAMPLE_QUESTIONS: readonly ExampleQuestion[] = [
  // Bộ luật Lao động, Điều 139 "Nghỉ thai sản".
  { shownIn: 'help', question: messages.help.exampleQuestion, answeredBy: { soHieu: '45/2019/QH14', article: '139' } },
  // Luật Hộ tịch, Điều 18 "Thủ tục đăng ký kết hôn".
  { shownIn: 'noBasis', question: qaMessages.examples.noBasis, answeredBy: { soHieu: '60/2014/QH13', article: '18' } },
  // Bộ luật Lao động, Điều 112 "Nghỉ lễ, tết".
  { shownIn: 'greeting', question: qaMessages.examples.greeting, answeredBy: { soHieu: '45/2019/QH14', article: '112' } },
];
