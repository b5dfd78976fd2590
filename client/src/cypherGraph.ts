// Convert the Cypher endpoint's Cytoscape-shaped graph into a GraphSlice the map can draw.
import type { CypherResult, GraphEdge, GraphNode, GraphSlice, RelationType, ActorKind } from './types';

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}

export function fromCypherGraph(graph: CypherResult['graph']): GraphSlice {
  const nodes: GraphNode[] = (graph?.nodes ?? []).map(({ data }) => ({
    ...data,
    id: String(data.id),
    kind: (text(data.kind) ?? text(data.label) ?? 'Actor') as ActorKind,
    label: text(data.name) ?? text(data.label) ?? text(data.title) ?? String(data.id),
    country: text(data.country),
    title: text(data.title),
    parent: null,
    degree: typeof data.degree === 'number' ? data.degree : 0,
  }));
  const ids = new Set(nodes.map((node) => node.id));
  const edges: GraphEdge[] = (graph?.edges ?? [])
    .filter(({ data }) => ids.has(String(data.source)) && ids.has(String(data.target)))
    .map(({ data }) => ({
      id: String(data.id),
      source: String(data.source),
      target: String(data.target),
      type: (text(data.type) ?? 'RELATED') as RelationType,
      articleCount: typeof data.articleCount === 'number' ? data.articleCount : 1,
      count: 1,
      confidence: typeof data.confidence === 'number' ? data.confidence : 1,
      firstDate: text(data.date),
      lastDate: text(data.date),
      evidence:
        typeof data.evidence === 'string'
          ? [
              {
                articleId: text(data.article) ?? '',
                articleTitle: null,
                file: null,
                publisher: null,
                date: text(data.date),
                sentence: data.evidence,
                confidence: typeof data.confidence === 'number' ? data.confidence : null,
                meetingId: null,
                // A stance relationship from the console is a claim the curator can act on; others are not.
                claim:
                  (data.type === 'BACKS' || data.type === 'OPPOSES') && typeof data.article === 'string'
                    ? `stance|${data.type}|${String(data.source)}|${String(data.target)}|${data.article}`
                    : '',
                place: null,
              },
            ]
          : [],
    }));
  return { nodes, edges, truncated: false };
}
