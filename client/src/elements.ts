// Turn graph slices into Cytoscape elements: officials as compound children, or rolled up into their country.
import type { ElementDefinition } from 'cytoscape';
import { dateLabel } from './edgeDates';
import type { Evidence, GraphEdge, GraphNode } from './types';

/** The data an edge element carries; `members` lists the original edge ids when rolled up. */
export interface EdgeData extends GraphEdge {
  members: string[];
  /** Its dates, drawn on the edge when zoomed in (absent when undated). */
  dateLabel?: string;
}

function evidenceKey(evidence: Evidence): string {
  return `${evidence.articleId}\u0000${evidence.sentence}`;
}

function minDate(a: string | null | undefined, b: string | null | undefined): string | null {
  if (a == null) return b ?? null;
  if (b == null) return a;
  return a < b ? a : b;
}

function maxDate(a: string | null | undefined, b: string | null | undefined): string | null {
  if (a == null) return b ?? null;
  if (b == null) return a;
  return a > b ? a : b;
}

/** Merge aggregated edges of one type between the same two (rolled-up) actors. */
function mergeEdge(into: EdgeData, edge: GraphEdge): void {
  const seen = new Set(into.evidence.map(evidenceKey));
  for (const item of edge.evidence) if (!seen.has(evidenceKey(item))) into.evidence.push(item);
  const articles = new Set(into.evidence.map((item) => item.articleId));
  into.articleCount = Math.max(articles.size, into.articleCount, edge.articleCount);
  into.count += edge.count;
  into.confidence = Math.max(into.confidence, edge.confidence);
  into.firstDate = minDate(into.firstDate, edge.firstDate);
  into.lastDate = maxDate(into.lastDate, edge.lastDate);
  into.members.push(edge.id);
}

export interface ElementOptions {
  /** Draw officials as their country (or organisation) instead of inside it. */
  rollup: boolean;
  /** Draw officials inside their country box (compound nodes); off for big graphs, where compounds cost too much. */
  compound?: boolean;
  /** Countries (or organisations) opened while rolled up: their officials are drawn inside them. */
  open?: ReadonlySet<string>;
}

export function toElements(
  nodes: Iterable<GraphNode>,
  edges: Iterable<GraphEdge>,
  options: ElementOptions,
): ElementDefinition[] {
  const byId = new Map<string, GraphNode>();
  for (const node of nodes) byId.set(node.id, node);
  // Where each actor is drawn: itself, or its parent when rolled up.
  const drawnAs = new Map<string, string>();
  for (const node of byId.values()) {
    const parent = node.parent ?? undefined;
    const rolled = options.rollup && parent !== undefined && byId.has(parent) && options.open?.has(parent) !== true;
    drawnAs.set(node.id, rolled ? parent : node.id);
  }
  const out: ElementDefinition[] = [];
  const degree = new Map<string, number>();
  const merged = new Map<string, EdgeData>();
  for (const edge of edges) {
    const source = drawnAs.get(edge.source);
    const target = drawnAs.get(edge.target);
    if (source === undefined || target === undefined || source === target) continue;
    const undirected = edge.type === 'MET';
    const [a, b] = undirected && target < source ? [target, source] : [source, target];
    const key = `${edge.type}:${a}->${b}`;
    const existing = merged.get(key);
    if (existing !== undefined) {
      mergeEdge(existing, edge);
      continue;
    }
    const rolled = source !== edge.source || target !== edge.target;
    merged.set(key, {
      ...edge,
      id: rolled ? `rollup:${key}` : edge.id,
      source,
      target,
      evidence: [...edge.evidence],
      members: [edge.id],
    });
  }
  for (const edge of merged.values()) {
    // A rolled-up edge's id must not depend on which member came first.
    if (edge.members.length > 1) edge.id = `rollup:${edge.type}:${edge.source}->${edge.target}`;
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  for (const node of byId.values()) {
    if (drawnAs.get(node.id) !== node.id) continue;
    const inside =
      node.parent != null &&
      byId.has(node.parent) &&
      (options.rollup ? options.open?.has(node.parent) === true : options.compound !== false);
    const parent = inside ? (node.parent ?? undefined) : undefined;
    const data: Record<string, unknown> = { ...node, degree: Math.max(node.degree ?? 0, degree.get(node.id) ?? 0) };
    if (parent === undefined) delete data.parent;
    else data.parent = parent;
    out.push({ group: 'nodes', data: data as ElementDefinition['data'] });
  }
  for (const edge of merged.values()) {
    const dates = dateLabel(edge);
    if (dates !== '') edge.dateLabel = dates;
    out.push({ group: 'edges', data: edge as unknown as ElementDefinition['data'] });
  }
  return out;
}
