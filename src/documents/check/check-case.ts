import { wordTokens } from '../spelling/corpus-text';
import type { Lexicon } from '../spelling/lexicon';
import { canonical, matchCase } from '../spelling/syllable';
import { finding, whereOf, type Finding } from './findings';
import type { Segment } from './segments';

// Abbreviations whose dot does not end a sentence.
const ABBREV_DOT = /(?:\bv\.v|\btr|\btp|\bvd|\bđ\/c|\bths|\bts|\bpgs|\bgs|\bkt|\btm|\btl|\btuq|\bq|\d)\.\s*$/i;

const ORGAN = /^(?:Ủy ban|Hội đồng|Bộ|Sở|Tòa án|Viện kiểm sát|Văn phòng|Thanh tra|Kho bạc|Ngân hàng Nhà nước|Quốc hội|Chính phủ|Mặt trận)(?=\s|$)/;

/** Capitals in running text (Nghị định 30/2020/NĐ-CP, Phụ lục II): sentence starts, cited articles, fixed names. */
export function checkCase(body: Segment[], lexicon: Lexicon): Finding[] {
  const out: Finding[] = [];
  let prevEnd = '.';
  for (const seg of body) {
    const text = seg.text;
    const toks = wordTokens(text);
    const keys = toks.map((t) => canonical(t.word));
    const isStart = (i: number) => {
      const t = toks[i];
      if (i === 0) return /[.!?…]\s*$/.test(prevEnd) || prevEnd === '';
      if (!t.sentenceStart) return false;
      const before = text.slice(0, t.start);
      return /[.!?]["”)]?\s+$/.test(before) && !ABBREV_DOT.test(before.trimEnd()) && !/\.\.\.\s*$|…\s*$/.test(before);
    };
    const add = (start: number, end: number, key: 'sentenceCase' | 'articleCase' | 'clauseCase' | 'phraseCase', found: string, fixed: string) => {
      out.push({
        ...finding('viet_hoa', key, { part: 'body', seg, values: { found, fixed }, fix: { kind: 'text', paragraph: seg.para.index, from: found, to: fixed, at: seg.offset + start }, fixLabel: fixed }),
        where: whereOf('body', seg, { start, end }),
      });
    };
    let skipUntil = -1;
    toks.forEach((t, i) => {
      if (i < skipUntil) return;
      const start = isStart(i);
      const first = t.word[0];
      const marker = t.word.length === 1 && /^\)/.test(text.slice(t.start + 1));
      if (start && !marker && first !== first.toUpperCase() && /\p{L}/u.test(first)) {
        const fixed = first.toUpperCase() + t.word.slice(1);
        add(t.start, t.start + t.word.length, 'sentenceCase', t.word, fixed);
        return;
      }
      const next = toks[i + 1];
      const number = next ? /^\s+([\dIVXLC]+|[a-zđ])\b/.exec(text.slice(t.start + t.word.length)) : null;
      if (!start && number) {
        if ((t.word === 'điều' || t.word === 'chương') && /^\s+[\dIVXLC]/.test(number[0])) {
          add(t.start, t.start + t.word.length, 'articleCase', t.word, t.word[0].toUpperCase() + t.word.slice(1));
          return;
        }
        const note = /\(\s*$/.test(text.slice(0, t.start));
        if (!note && ((t.word === 'Khoản' && /\d/.test(number[1])) || (t.word === 'Điểm' && /^[a-zđ]$/.test(number[1])))) {
          add(t.start, t.start + t.word.length, 'clauseCase', t.word, t.word.toLowerCase());
          return;
        }
      }
      // Names whose capitals the legal corpus never varies ("Ủy ban nhân dân", "Bộ Tài chính", "Luật Đất đai"),
      // starting where a name starts; a name written all in small letters is flagged only for organs (Phụ lục II, Mục IV).
      const prevWord = i > 0 && !t.afterBreak ? toks[i - 1].word : undefined;
      if (prevWord && prevWord !== prevWord.toLowerCase()) return;
      for (let n = 4; n >= 2; n--) {
        if (i + n > toks.length) continue;
        const span = toks.slice(i, i + n);
        if (span.slice(1).some((x) => x.afterBreak) || span.some((x) => x.word.length > 1 && x.word === x.word.toUpperCase())) continue;
        const key = keys.slice(i, i + n).join(' ');
        const fixed = lexicon.casePhrase(key);
        if (!fixed) continue;
        const form = span.map((x, k) => matchCase(keys[i + k], x.word)).join(' ');
        const fixedWords = fixed.split(' ');
        const lowerForm = form === form.toLowerCase();
        if (lowerForm && !ORGAN.test(fixed)) {
          skipUntil = i + n;
          break;
        }
        const differs = start ? form.split(' ').slice(1).join(' ') !== fixedWords.slice(1).join(' ') : form !== fixed;
        if (differs) {
          const end = span[n - 1].start + span[n - 1].word.length;
          const found = text.slice(t.start, end);
          const to = span.map((x, k) => (k === 0 && start ? x.word : matchCase(keys[i + k], fixedWords[k]))).join(' ');
          if (found.replace(/\s+/g, ' ') !== to) add(t.start, end, 'phraseCase', found, to);
        }
        skipUntil = i + n;
        break;
      }
    });
    prevEnd = text.trimEnd().slice(-1);
  }
  return out;
}
