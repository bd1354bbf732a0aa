import type {FieldModel} from '../fields/types.js';
import type {Claim} from './types.js';

/** Extracts the typed claims of every field description. */
export function extractClaims(_model: FieldModel): Claim[] {
  return [];
}
