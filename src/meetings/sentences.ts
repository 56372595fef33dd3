import type { Transcript } from './transcript';

/** One sentence of the transcript, with its speaker and position. */
export interface Sentence {
  index: number;
  text: string;
  speaker?: string;
}

// Abbreviations whose dot does not end a sentence ("TP. Hạ Long", "Th.S", "P. Tài chính").
const ABBREVIATIONS = /(?:^|\s)(?:TP|Tp|tp|P|Q|ThS|TS|PGS|GS|Th\.S|BS|KS|CN|St|Số|số|No|ĐT|đ\/c|Đ\/c|v\.v)\.$/u;
const BOUNDARY = /([.!?…;]+)\s+(?=["“(]?[\p{Lu}\d])/gu;
// Text typed all in lower case (often without diacritics) has no capitals to mark a new sentence.
const CASELESS_BOUNDARY = /([.!?…;]+)\s+(?=\S)/gu;

/** Splits every utterance into sentences, keeping the speaker of each. */
export function splitSentences(transcript: Transcript): Sentence[] {
  const out: Sentence[] = [];
  for (const u of transcript.utterances) {
    for (const text of splitText(u.text)) {
      out.push({ index: out.length, text, speaker: u.speaker });
    }
  }
  return out;
}

/** Splits one paragraph into sentences at . ! ? ; followed by a capital or a digit. */
export function splitText(paragraph: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  const boundary = /\p{Lu}/u.test(paragraph) ? BOUNDARY : CASELESS_BOUNDARY;
  boundary.lastIndex = 0;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const end = m.index + m[1].length;
    const candidate = paragraph.slice(start, end);
    if (m[1] === '.' && ABBREVIATIONS.test(candidate)) continue;
    pushPiece(pieces, candidate);
    start = end;
  }
  pushPiece(pieces, paragraph.slice(start));
  return pieces;
}

function pushPiece(pieces: string[], raw: string): void {
  const text = raw.replace(/^[\s\-–•*+]+/, '').trim();
  if (text) pieces.push(text);
}
