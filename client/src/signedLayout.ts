// The signed layout: stances as edge weights, so allies are drawn close and opponents far apart (fcose spring lengths).
import type { RelationType } from './types';

export interface SignedEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType | string;
  articleCount?: number;
}

export interface Spring {
  /** The length fcose pulls (or, when the nodes are closer, pushes) the edge towards. */
  length: number;
  elasticity: number;
}

const NEUTRAL = 130;
const ALLIED = 60;
const OPPOSED = 360;

/**
 * Each pair's stance sign in [-1, 1]: backing articles minus opposing ones over both, in either direction; a pair that
 * only met is 0. Every edge of a pair gets its pair's sign, so a pair that met and opposes is held apart by all its edges.
 */
export function pairSigns(edges: readonly SignedEdge[]): Map<string, number> {
  const tally = new Map<string, { backs: number; opposes: number }>();
  const keyOf = (edge: SignedEdge): string =>
    edge.source < edge.target ? `${edge.source}\u0000${edge.target}` : `${edge.target}\u0000${edge.source}`;
  for (const edge of edges) {
    const key = keyOf(edge);
    const counts = tally.get(key) ?? { backs: 0, opposes: 0 };
    const weight = Math.max(1, edge.articleCount ?? 1);
    if (edge.type === 'BACKS') counts.backs += weight;
    else if (edge.type === 'OPPOSES') counts.opposes += weight;
    tally.set(key, counts);
  }
  const signs = new Map<string, number>();
  for (const edge of edges) {
    const { backs, opposes } = tally.get(keyOf(edge)) ?? { backs: 0, opposes: 0 };
    signs.set(edge.id, backs + opposes === 0 ? 0 : (backs - opposes) / (backs + opposes));
  }
  return signs;
}

/** Allies (sign 1) pull to 60 px and firmly; opponents (sign -1) are pushed out to 360 px; a meeting alone sits at 130. */
export function springFor(sign: number): Spring {
  if (sign > 0) return { length: NEUTRAL - (NEUTRAL - ALLIED) * sign, elasticity: 0.45 + 0.35 * sign };
  if (sign < 0) return { length: NEUTRAL + (OPPOSED - NEUTRAL) * -sign, elasticity: 0.45 + 0.35 * -sign };
  return { length: NEUTRAL, elasticity: 0.4 };
}
