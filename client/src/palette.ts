// The Explorer's colours, shared by the map style, the legend, the timeline and the bloc colouring.
import type { ActorKind, RelationType } from './types';

export const KIND_COLOUR: Record<ActorKind, string> = {
  Country: '#3566a8',
  Official: '#c7862c',
  Organization: '#7657a6',
};

export const RELATION_COLOUR: Record<RelationType, string> = {
  MET: '#8b93a3',
  BACKS: '#2f9460',
  OPPOSES: '#d0453f',
};

export const RELATION_LABEL: Record<RelationType, string> = {
  MET: 'met',
  BACKS: 'backs',
  OPPOSES: 'opposes',
};

/** Distinct, colour-blind-friendly hues for alliance blocs (cycled). */
export const BLOC_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#332288'];

/**
 * Selection, focus and path: near-black, so that it reads as "this one" on every categorical colour above (an amber
 * highlight passed for bloc 2's orange, and made the U.S. look like North Korea's ally on a path).
 */
export const HIGHLIGHT = '#111111';
