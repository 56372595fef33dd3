import { createPhraseSet, createTaggedSet, type PhraseSet } from './phrase-index';
import { PEOPLE_LEXICON } from './lexicon/people';

const L = PEOPLE_LEXICON;

/** Context words looked up around candidates only (too frequent to index in every text), built once. */
export const CONTEXT = {
  PERSON_CTX: createPhraseSet(L.PERSON_CTX),
  LEADER_TITLE: createPhraseSet(L.LEADER_TITLE),
  PLACE_PREFIX: createPhraseSet(L.PLACE_PREFIX),
  FIRM: createPhraseSet(L.FIRM),
  HISTORIC: createPhraseSet(L.HISTORIC),
  ADDR_UNIT: createPhraseSet(L.ADDR_UNIT),
} satisfies Record<string, PhraseSet>;

/** Words that say what a number is (CCCD, BHXH, tài khoản …) or that it belongs to an agency. */
export const NUMBER_CONTEXT = createTaggedSet({
  ID_CCCD: L.ID_CCCD, ID_CMND: L.ID_CMND, ID_PASSPORT: L.ID_PASSPORT, ID_BHXH: L.ID_BHXH, ID_BHYT: L.ID_BHYT, ID_TAX: L.ID_TAX,
  ID_BANK: L.ID_BANK, BANK_NAME: L.BANK_NAME, ID_PLATE: L.ID_PLATE, ID_CARD: L.ID_CARD, PUBLIC_LINE: L.PUBLIC_LINE, ORG_CTX: L.ORG_CTX,
});
