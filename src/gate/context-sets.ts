import { createPhraseSet, createTaggedSet, type PhraseSet } from './phrase-index';
import { PEOPLE_LEXICON } from './lexicon/people';

/** Context words looked up around candidates only (too frequent to index in every text). */
export type ContextTag = keyof typeof PEOPLE_LEXICON;

/** One phrase set per context tag, built once. */
export const CONTEXT: Record<ContextTag, PhraseSet> = Object.fromEntries(
  Object.entries(PEOPLE_LEXICON).map(([tag, phrases]) => [tag, createPhraseSet(phrases)]),
) as Record<ContextTag, PhraseSet>;

const L = PEOPLE_LEXICON;
/** Words that say what a number is (CCCD, BHXH, tài khoản …) or that it belongs to an agency. */
export const NUMBER_CONTEXT = createTaggedSet({
  ID_CCCD: L.ID_CCCD, ID_CMND: L.ID_CMND, ID_PASSPORT: L.ID_PASSPORT, ID_BHXH: L.ID_BHXH, ID_BHYT: L.ID_BHYT, ID_TAX: L.ID_TAX,
  ID_BANK: L.ID_BANK, ID_CARD: L.ID_CARD, PUBLIC_LINE: L.PUBLIC_LINE, ORG_CTX: L.ORG_CTX,
});
