import { foldDiacritics } from '../core/vietnamese';

/**
 * In a group the assistant answers only when addressed: the message starts with its name ("Trợ lý Công vụ, …",
 * "@Trợ lý Công vụ …") or mentions it with "@" anywhere. Returns the text without the address, or undefined.
 */
export function addressedText(input: string, botName: string): string | undefined {
  const text = input.normalize('NFC');
  const name = foldDiacritics(botName).toLowerCase().trim();
  const folded = foldDiacritics(text).toLowerCase();
  // Folding keeps positions only when each character folds to one: otherwise nothing is taken as an address.
  if (folded.length !== text.length) return undefined;
  const lead = /^\s*@?/.exec(folded)![0].length;
  if (folded.startsWith(name, lead) && !/[\p{L}\p{N}]/u.test(folded.charAt(lead + name.length))) {
    return text.slice(lead + name.length).replace(/^[\s,:;.!-]+/, '').trim();
  }
  const at = folded.indexOf(`@${name}`);
  if (at >= 0 && !/[\p{L}\p{N}]/u.test(folded.charAt(at + name.length + 1))) {
    return `${text.slice(0, at)} ${text.slice(at + name.length + 1)}`.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}
