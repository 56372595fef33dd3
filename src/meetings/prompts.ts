import fs from 'node:fs';
import path from 'node:path';

/** The map and reduce prompts of the model mode (prompts/meetings/*.md). */
export interface MeetingPrompts {
  map: string;
  reduce: string;
}

// From src/meetings (tsx, jest) or dist/src/meetings (built): the first folder that has the prompts wins.
const CANDIDATES = [path.resolve(__dirname, '../../prompts/meetings'), path.resolve(__dirname, '../../../prompts/meetings')];

/** Reads the prompts once at start-up; throws naming the folder when they are missing. */
export function loadMeetingPrompts(dir?: string): MeetingPrompts {
  const folder = dir ?? CANDIDATES.find((d) => fs.existsSync(path.join(d, 'map.md')));
  if (!folder) throw new Error(`Meeting prompts not found (looked in ${CANDIDATES.join(', ')})`);
  return {
    map: fs.readFileSync(path.join(folder, 'map.md'), 'utf8'),
    reduce: fs.readFileSync(path.join(folder, 'reduce.md'), 'utf8'),
  };
}
