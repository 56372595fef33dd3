/** The sensitivity gate: the one door every inbound text passes before any model, log or store. */
export { loadGatePolicy, type GatePolicy, type Action } from './policy';
export { createGate, levelOf } from './create-gate';
export { loadAgencyRules, withAgencyRules, type AgencyRules } from './agency-rules';
export { normalise, toOriginal, toneKey, type NormalisedText } from './normalise';
export * as validators from './validators';
export type * from './types';
