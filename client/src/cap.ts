// The drawing cap: keep the most connected actors (and the edges among them) within a budget of elements.
import type { GraphEdge, GraphNode } from './types';

export function capSlice(
  nodes: GraphNode[],
  edges: GraphEdge[],
  cap: number,
  keep: ReadonlySet<string>,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  if (nodes.length + edges.length <= cap) return { nodes, edges };
  const ranked = [...nodes].sort(
    (a, b) => Number(keep.has(b.id)) - Number(keep.has(a.id)) || b.degree - a.degree || a.id.localeCompare(b.id),
  );
  const rank = new Map(ranked.map((node, index) => [node.id, index]));
  const needs = edges
    .map((edge) => ({ edge, at: Math.max(rank.get(edge.source) ?? Infinity, rank.get(edge.target) ?? Infinity) }))
    .filter((item) => Number.isFinite(item.at))
    .sort((a, b) => a.at - b.at);
  // Largest k such that the top k actors plus the edges among them fit.
  let k = 0;
  let edgeCount = 0;
  let pointer = 0;
  while (k < ranked.length) {
    let next = pointer;
    while (next < needs.length && (needs[next] as { at: number }).at <= k) next += 1;
    if (k + 1 + next > cap) break;
    k += 1;
    pointer = next;
    edgeCount = next;
  }
  const chosen = new Set(ranked.slice(0, k).map((node) => node.id));
  // A chosen official keeps its country container.
  for (const node of ranked.slice(0, k)) if (node.parent != null && rank.has(node.parent)) chosen.add(node.parent);
  return {
    nodes: nodes.filter((node) => chosen.has(node.id)),
    edges: needs
      .slice(0, edgeCount)
      .map((item) => item.edge)
      .filter((edge) => chosen.has(edge.source) && chosen.has(edge.target)),
  };
}
