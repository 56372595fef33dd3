// Vietnamese text normalisation shared by indexing and querying, so both sides agree byte for byte: the service's one
// implementation (src/core/vietnamese.ts), named here as legal search uses it.
export { normalizeText, stripDiacritics, isUnaccented, syllables } from '../core/vietnamese';
