import { ACTION_START, BACKWARD_CUE, DEADLINE, FORWARD_CUE } from './cues';
import { foldAligned } from '../core/vietnamese';
import type { MeetingTask } from './minutes';
import { cleanOwner, looksLikeOwner, wordStarts } from './owners';

// A report of what was done ("phòng đã kiểm tra …") is not an assignment.
const PAST = /(?:^|\s)(?:đã|đang|vừa|xin)(?:\s|$)/u;
// "Owner: action" lines of written minutes ("- Phòng Tài chính – Kế hoạch: rà soát … trước 15/12").
const OWNER_COLON = /^([^:]{3,90}):\s*(.+)$/u;

/** Recognises an assignment in one sentence: owner, task and deadline (undefined when it is not one). */
export function extractTask(sentence: string): MeetingTask | undefined {
  const text = sentence.normalize('NFC').replace(/^[\s\-–•*+]+/u, '');
  const f = foldAligned(text);
  // Text typed without diacritics is usually typed without capitals too: owner checks then ignore case.
  const caseless = !/[\u0300-\u036f]/.test(text.normalize('NFD')) && !/[đĐ]/.test(text);
  const deadlineMatch = DEADLINE.exec(f);
  const deadline = deadlineMatch ? text.slice(deadlineMatch.index, deadlineMatch.index + deadlineMatch[0].length) : '';

  const colon = OWNER_COLON.exec(text);
  if (colon && looksLikeOwner(colon[1], caseless) && !ACTION_START.test(foldAligned(colon[1])) && (deadline || ACTION_START.test(foldAligned(colon[2])))) {
    return finish(cleanOwner(colon[1]), colon[2], deadline);
  }
  FORWARD_CUE.lastIndex = 0;
  for (let forward = FORWARD_CUE.exec(f); forward; forward = FORWARD_CUE.exec(f)) {
    const from = forward.index + forward[0].length;
    const action = ACTION_START.exec(f.slice(from));
    if (!action || action.index === 0) continue;
    const owner = cleanOwner(text.slice(from, from + action.index));
    if (owner && looksLikeOwner(owner, caseless) && !PAST.test(owner)) return finish(owner, text.slice(from + action.index), deadline);
  }
  const cue = BACKWARD_CUE.exec(f);
  if (cue) {
    const owner = ownerBefore(text, cue.index, caseless);
    if (owner) return finish(owner, text.slice(cue.index), deadline);
  }
  if (deadline) {
    // "Phòng X hoàn thành … trước ngày 15/12" carries no cue word but is an assignment all the same.
    const action = ACTION_START.exec(f);
    const owner = action ? ownerBefore(text, action.index, caseless) : undefined;
    if (owner && action) return finish(owner, text.slice(action.index), deadline);
  }
  return undefined;
}

/** The owner phrase that ends right before `cueIndex`, starting at the earliest plausible word. */
function ownerBefore(text: string, cueIndex: number, caseless: boolean): string | undefined {
  const clauseStart = text.lastIndexOf(':', cueIndex - 1) + 1;
  for (const start of wordStarts(text, cueIndex)) {
    if (start < clauseStart) continue;
    const owner = cleanOwner(text.slice(start, cueIndex));
    if (owner && looksLikeOwner(owner, caseless) && !PAST.test(owner)) return owner;
  }
  return undefined;
}

function finish(owner: string, rawTask: string, deadline: string): MeetingTask {
  let task = rawTask;
  if (deadline) task = task.replace(deadline, ' ');
  task = task.replace(/\s+/g, ' ').replace(/^[\s,:;–-]+/u, '').replace(/[\s,:;.!–-]+$/u, '')
    .replace(/(?:[\s,]+(?:nhé|nhe|nha|nhá|ạ|hoàn thành|xong|vào|trong|trước|từ|đến))+$/iu, '').trim();
  if (task) task = task[0].toLocaleUpperCase('vi') + task.slice(1);
  const lead = /^(?:thoi han|han chot|han|hoan thanh|xong)\s*(?:la\s*)?/.exec(foldAligned(deadline));
  const cleanDeadline = lead ? deadline.slice(lead[0].length) : deadline;
  return { owner, task: task || rawTask.trim(), deadline: cleanDeadline ? cleanDeadline[0].toLocaleUpperCase('vi') + cleanDeadline.slice(1) : '' };
}
