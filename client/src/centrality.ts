// Node size on the map: a named centrality measure (degree, articles, betweenness) over the drawn graph, by graphology-metrics.
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';

export const CENTRALITY_MEASURES = ['degree', 'articles', 'betweenness'] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

export const CENTRALITY_LABEL: Record<CentralityMeasure, string> = {
  degree: 'actors related to (degree)',
  articles: 'articles behind its relations (weighted degree)',
  betweenness: 'paths it lies on (betweenness)',
};

/** What the legend says one unit of each measure is. */
export const CENTRALITY_UNIT: Record<CentralityMeasure, string> = {
  degree: 'actors',
  articles: 'articles',
  betweenness: 'betweenness',
};

export function isCentralityMeasure(value: string | null | undefined): value is CentralityMeasure {
  return (CENTRALITY_MEASURES as readonly string[]).includes(value ?? '');
}

export interface CentralityEdge {
  source: string;
  target: string;
  /** Independent articles behind the relation. */
  articleCount: number;
}

/**
 * Each node's value under `measure`, on the undirected graph of the drawn relations (several relations between the
 * same two actors are one neighbour for degree and betweenness, and add their articles for the weighted degree).
 */
export function centrality(
  nodes: readonly string[],
  edges: readonly CentralityEdge[],
  measure: CentralityMeasure,
): Map<string, number> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of nodes) graph.mergeNode(id);
  for (const edge of edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.updateEdge(edge.source, edge.target, (attributes: { articles?: number }) => ({
      articles: (attributes.articles ?? 0) + Math.max(1, edge.articleCount),
    }));
  }
  const values = new Map<string, number>();
  if (measure === 'betweenness') {
    // Hops, not articles: a relation with more articles is not a longer way round.
    const scores = betweennessCentrality(graph, { getEdgeWeight: null, normalized: false });
    graph.forEachNode((id) => values.set(id, scores[id] ?? 0));
  } else if (measure === 'articles') {
    graph.forEachNode((id) => {
      let total = 0;
      graph.forEachEdge(id, (_edge, attributes) => (total += Number(attributes.articles ?? 1)));
      values.set(id, total);
    });
  } else graph.forEachNode((id) => values.set(id, graph.degree(id)));
  return values;
}

/**
 * Sizes in [0, 1]: the square root of the value over the largest, so that a node's area (not its width) follows the
 * measure. Every node gets 0 when all values are equal to zero.
 */
export function relativeSizes(values: ReadonlyMap<string, number>): Map<string, number> {
  let max = 0;
  for (const value of values.values()) max = Math.max(max, value);
  const sizes = new Map<string, number>();
  for (const [id, value] of values) sizes.set(id, max > 0 ? Math.sqrt(Math.max(0, value) / max) : 0);
  return sizes;
}
