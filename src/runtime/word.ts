// A value word as TypeScript handles it: the [hi, lo] pair of a 64-bit value (layout.ts says
// what the tags mean). A leaf, so that every runtime file can name words without importing
// the Runtime that assembles them.

import { Tag } from './layout';

/** A value word: [hi, lo]. */
export type Word = [hi: number, lo: number];

export const UNDEFINED_WORD: Word = [Tag.Undefined, 0];
