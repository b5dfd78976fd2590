// The current view's graph: the union of the slices loaded so far, minus what the analyst hid.
import type { GraphEdge, GraphNode, GraphSlice } from './types';

type Listener = () => void;

export class GraphStore {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  readonly hidden = new Set<string>();
  /** Which node ids each expansion brought in, so that it can be collapsed. */
  readonly expansions = new Map<string, Set<string>>();
  truncated = false;
  private listeners: Listener[] = [];

  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Replace the whole view with a slice. */
  replace(slice: GraphSlice): void {
    this.nodes.clear();
    this.edges.clear();
    this.expansions.clear();
    this.hidden.clear();
    this.truncated = slice.truncated;
    this.add(slice);
  }

  /** Add a slice; returns the ids of the nodes that were new. */
  add(slice: GraphSlice): string[] {
    const added: string[] = [];
    for (const node of slice.nodes) {
      if (!this.nodes.has(node.id)) added.push(node.id);
      this.hidden.delete(node.id);
      this.nodes.set(node.id, node);
    }
    for (const edge of slice.edges) this.edges.set(edge.id, edge);
    return added;
  }

  /** Merge a node's neighbourhood, remembering what came with it. */
  expand(id: string, slice: GraphSlice): string[] {
    const added = this.add(slice).filter((nodeId) => nodeId !== id);
    const set = this.expansions.get(id) ?? new Set<string>();
    for (const nodeId of added) set.add(nodeId);
    this.expansions.set(id, set);
    return added;
  }

  /** Remove what expanding `id` brought in (nodes still reached by another expansion stay). */
  collapse(id: string, keep: ReadonlySet<string>): number {
    const brought = this.expansions.get(id);
    this.expansions.delete(id);
    if (brought === undefined) return 0;
    const stillNeeded = new Set<string>();
    for (const [other, set] of this.expansions) {
      stillNeeded.add(other);
      for (const nodeId of set) stillNeeded.add(nodeId);
    }
    let removed = 0;
    for (const nodeId of brought) {
      if (stillNeeded.has(nodeId) || keep.has(nodeId)) continue;
      this.removeNode(nodeId);
      removed += 1;
    }
    return removed;
  }

  removeNode(id: string): void {
    this.nodes.delete(id);
    for (const [edgeId, edge] of this.edges) if (edge.source === id || edge.target === id) this.edges.delete(edgeId);
  }

  hide(id: string): void {
    this.hidden.add(id);
  }

  unhideAll(): void {
    this.hidden.clear();
  }

  /** Nodes and edges to draw: hidden actors (and their officials) and dangling edges left out. */
  visible(): { nodes: GraphNode[]; edges: GraphEdge[] } {
    const nodes = [...this.nodes.values()].filter(
      (node) => !this.hidden.has(node.id) && !(node.parent != null && this.hidden.has(node.parent)),
    );
    const ids = new Set(nodes.map((node) => node.id));
    const edges = [...this.edges.values()].filter((edge) => ids.has(edge.source) && ids.has(edge.target));
    return { nodes, edges };
  }

  get size(): number {
    return this.nodes.size + this.edges.size;
  }
}
