import { CONCLUSION_CUE, FILLER, ISSUE_CUE, PROCEDURE } from './cues';
import { extractFacts } from './extract-facts';
import { extractTask } from './extract-tasks';
import { foldDiacritics as fold } from '../core/vietnamese';
import type { MeetingMinutes, MeetingTask } from './minutes';
import { salienceScores } from './salience';
import { splitSentences, type Sentence } from './sentences';
import type { Transcript } from './transcript';

const MAX_ITEM_CHARS = 400;
const MAX_CONCLUSIONS = 10;
const MAX_ISSUES = 8;
// After "xin kết luận như sau:" the chair's next sentences are the conclusions.
const CONCLUSION_WINDOW = 8;
// "Đề nghị các đồng chí báo cáo ngắn gọn" addresses the room: procedure, not an assignment, unless it has a deadline.
const GENERIC_OWNER = /^(?:cac dong chi|dong chi|chung ta|moi nguoi|cac ban)$/;
const FIGURES = /\d+(?:[.,]\d+)?\s*(?:%|ty|trieu|ho so|ca|vu|cong trinh)\b/;
const FACT_LINE = /^(?:thoi gian|dia diem|chu tri|chu toa|thanh phan|tham du|thu ky|nguoi ghi)\s*:/;

/** Builds the biên bản from the transcript alone (no model): facts, salient points, conclusions, tasks, open issues. */
export function summariseExtractive(transcript: Transcript): MeetingMinutes {
  const sentences = splitSentences(transcript);
  const { title, facts } = extractFacts(transcript);
  const folded = sentences.map((s) => fold(s.text));
  const used = new Set<number>();

  const tasks: MeetingTask[] = [];
  const taskKeys = new Map<string, number>();
  sentences.forEach((s, i) => {
    if (FACT_LINE.test(folded[i])) { used.add(i); return; }
    const task = extractTask(s.text);
    if (!task) return;
    if (!task.deadline && GENERIC_OWNER.test(fold(task.owner))) { used.add(i); return; }
    used.add(i);
    // A task restated with the same owner and deadline (report, then the chair's assignment) keeps the later wording.
    const key = taskKey(task);
    const seen = taskKeys.get(key);
    if (seen === undefined) { taskKeys.set(key, tasks.length); tasks.push(clip(task)); } else tasks[seen] = clip(task);
  });
  const chair = chairSpeaker(sentences, folded);

  const conclusions: string[] = [];
  let windowLeft = 0;
  let windowSpeaker: string | undefined;
  sentences.forEach((s, i) => {
    const opens = /\bket luan\b/.test(folded[i]) && (/:\s*$/.test(s.text) || /nhu sau|mot so noi dung|cac noi dung sau/.test(folded[i]) || s.text.length < 40);
    const inWindow = windowLeft > 0 && s.speaker === windowSpeaker;
    if (opens) { windowLeft = CONCLUSION_WINDOW; windowSpeaker = s.speaker; used.add(i); return; }
    if (windowLeft > 0) windowLeft -= 1;
    if (used.has(i) || conclusions.length >= MAX_CONCLUSIONS) return;
    const byChair = !s.speaker || s.speaker === chair;
    if ((inWindow || (byChair && CONCLUSION_CUE.test(folded[i]))) && !ISSUE_CUE.test(folded[i])) {
      if (isFiller(folded[i]) || wordCount(folded[i]) < 4) return;
      conclusions.push(clipText(stripLead(s.text)));
      used.add(i);
    }
  });

  // Reported figures (percentages, amounts) are what minutes keep from a report.
  const scores = salienceScores(sentences.map((s) => s.text)).map((v, i) => (FIGURES.test(folded[i]) ? v * 1.3 : v));
  const issueIdx = sentences.map((_, i) => i).filter((i) => !used.has(i) && ISSUE_CUE.test(folded[i]) && !isFiller(folded[i]));
  const openIssues = topByScore(issueIdx, scores, MAX_ISSUES).map((i) => { used.add(i); return clipText(sentences[i].text); });

  const candidates = sentences.map((_, i) => i).filter((i) => !used.has(i) && !isFiller(folded[i]) && wordCount(folded[i]) >= 6);
  const k = Math.max(5, Math.min(12, Math.round(Math.sqrt(sentences.length))));
  const mainPoints = pickDiverse(candidates, scores, folded, k).map((i) => withSpeaker(sentences[i]));

  if (chair && !facts.chair.includes(chair)) facts.chair = facts.chair ? `${chair} (${facts.chair})` : chair;
  return { title, facts, mainPoints, conclusions, tasks, openIssues };
}

// The chair is whoever opens the conclusions, or failing that whoever assigns the most tasks.
function chairSpeaker(sentences: Sentence[], folded: string[]): string | undefined {
  const opener = sentences.find((s, i) => s.speaker && /\bket luan\b/.test(folded[i]) && /nhu sau|:\s*$/.test(folded[i]));
  if (opener) return opener.speaker;
  const counts = new Map<string, number>();
  sentences.forEach((s, i) => { if (s.speaker && /\bgiao\b/.test(folded[i])) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1); });
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : undefined;
}

function taskKey(t: MeetingTask): string {
  const date = /(\d{1,2})\s*[/.-]\s*(\d{1,2})/.exec(t.deadline);
  const when = date ? `${Number(date[1])}/${Number(date[2])}` : fold(t.deadline);
  return `${fold(t.owner).replace(/\W+/g, '')}|${when || fold(t.task).replace(/\W+/g, '')}`;
}

function isFiller(f: string): boolean {
  const words = wordCount(f);
  return (FILLER.test(f) && words < 16) || (PROCEDURE.test(f) && words < 40);
}

function wordCount(f: string): number {
  return f.split(/\s+/).filter(Boolean).length;
}

function topByScore(idx: number[], scores: number[], k: number): number[] {
  return [...idx].sort((a, b) => scores[b] - scores[a]).slice(0, k).sort((a, b) => a - b);
}

// Greedy selection by salience, skipping near-duplicates of sentences already chosen.
function pickDiverse(idx: number[], scores: number[], folded: string[], k: number): number[] {
  const chosen: number[] = [];
  const sets: Set<string>[] = [];
  for (const i of [...idx].sort((a, b) => scores[b] - scores[a])) {
    if (chosen.length >= k) break;
    const words = new Set(folded[i].split(/\W+/).filter(Boolean));
    if (sets.some((s) => jaccard(s, words) > 0.6)) continue;
    chosen.push(i);
    sets.push(words);
  }
  return chosen.sort((a, b) => a - b);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter += 1;
  return inter / (a.size + b.size - inter || 1);
}

function withSpeaker(s: Sentence): string {
  return clipText(s.speaker ? `${s.speaker}: ${s.text}` : s.text);
}

// "Chủ tịch kết luận: Thống nhất …" → "Thống nhất …".
function stripLead(text: string): string {
  return text.replace(/^[^:]{0,60}\bkết luận\s*:\s*/iu, '');
}

function clipText(text: string): string {
  return text.length <= MAX_ITEM_CHARS ? text : `${text.slice(0, MAX_ITEM_CHARS - 1).trimEnd()}…`;
}

function clip(t: MeetingTask): MeetingTask {
  return { owner: clipText(t.owner), task: clipText(t.task), deadline: clipText(t.deadline) };
}
