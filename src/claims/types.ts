/**
 * Claims: what one sentence of a field description asserts, typed.
 * (Issue B fills in the extractor; this file is the shared vocabulary.)
 */
import type {Position} from 'unist';

export interface Claim {
  kind: string;
  text: string;
  place: Position;
  [key: string]: unknown;
}
