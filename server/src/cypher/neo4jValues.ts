// Converts driver values (Integer, temporal, Node, Relationship, Path) to JSON and collects a Cytoscape graph from them.
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Node,
  type Path,
  type Relationship,
} from 'neo4j-driver';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface JsonNode {
  id: string;
  elementId: string;
  labels: string[];
  properties: { [key: string]: Json };
}

export interface JsonRelationship {
  id: string;
  type: string;
  start: string;
  end: string;
  properties: { [key: string]: Json };
}

export interface CytoscapeNode {
  data: { id: string; label: string; kind: string; labels: string[]; [key: string]: Json };
}

export interface CytoscapeEdge {
  data: { id: string; source: string; target: string; type: string; [key: string]: Json };
}

export interface CytoscapeGraph {
  nodes: CytoscapeNode[];
  edges: CytoscapeEdge[];
}

const KIND_LABELS = ['Country', 'Official', 'Organization', 'Meeting', 'Article'];

/** The id analysts know (the `id` property) when the node has one, else its elementId. */
function nodeId(node: Node): string {
  const id = node.properties['id'];
  return typeof id === 'string' && id !== '' ? id : node.elementId;
}

/**
 * Converts one result at a time; remembers every node and relationship seen so that relationships
 * can name their ends by the nodes' ids, and so the caller can draw them.
 */
export class ResultConverter {
  private readonly nodes = new Map<string, Node>();
  private readonly relationships = new Map<string, Relationship>();
  /** Relationships added by connect(): drawn, though the query did not return them. */
  private readonly added = new Set<string>();

  /** First pass over a record's values: learn the nodes so relationship ends resolve to their ids. */
  collect(value: unknown): void {
    if (isNode(value as object)) this.nodes.set((value as Node).elementId, value as Node);
    else if (isRelationship(value as object))
      this.relationships.set((value as Relationship).elementId, value as Relationship);
    else if (isPath(value as object)) {
      const path = value as Path;
      this.collect(path.start);
      for (const segment of path.segments) {
        this.collect(segment.relationship);
        this.collect(segment.end);
      }
    } else if (Array.isArray(value)) value.forEach((v) => this.collect(v));
    else if (isPlainObject(value)) Object.values(value).forEach((v) => this.collect(v));
  }

  /** The element ids of every node seen so far. */
  nodeElementIds(): string[] {
    return [...this.nodes.keys()];
  }

  /** Add relationships among the nodes seen (Neo4j Browser's "connect result nodes"); returns how many were new. */
  connect(relationships: Relationship[]): number {
    let count = 0;
    for (const rel of relationships) {
      if (this.relationships.has(rel.elementId)) continue;
      this.relationships.set(rel.elementId, rel);
      this.added.add(rel.elementId);
      count += 1;
    }
    return count;
  }

  toJson(value: unknown): Json {
    if (value === null || value === undefined) return null;
    if (typeof value === 'boolean' || typeof value === 'string') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
    if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    // Lists and maps first: they are most of a large answer, and the driver's type checks below cost more.
    if (Array.isArray(value)) return value.map((item) => this.toJson(item));
    if (isPlainObject(value)) {
      const out: { [key: string]: Json } = {};
      for (const key in value) out[key] = this.toJson(value[key]);
      return out;
    }
    if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
    if (isNode(value as object)) return this.node(value as Node) as unknown as Json;
    if (isRelationship(value as object)) return this.relationship(value as Relationship) as unknown as Json;
    if (isPath(value as object)) {
      const path = value as Path;
      return {
        start: this.node(path.start) as unknown as Json,
        end: this.node(path.end) as unknown as Json,
        length: path.length,
        segments: path.segments.map((s) => ({
          start: this.node(s.start) as unknown as Json,
          relationship: this.relationship(s.relationship) as unknown as Json,
          end: this.node(s.end) as unknown as Json,
        })),
      };
    }
    const v = value as object;
    if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isTime(v) || isLocalTime(v) || isDuration(v))
      return v.toString();
    if (isPoint(v)) {
      const p = v as { srid: unknown; x: number; y: number; z?: number };
      return { srid: this.toJson(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
    }
    if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
    return String(value);
  }

  node(node: Node): JsonNode {
    this.nodes.set(node.elementId, node);
    return {
      id: nodeId(node),
      elementId: node.elementId,
      labels: [...node.labels],
      properties: this.properties(node.properties),
    };
  }

  relationship(rel: Relationship): JsonRelationship {
    this.relationships.set(rel.elementId, rel);
    return {
      id: rel.elementId,
      type: rel.type,
      start: this.endId(rel.startNodeElementId),
      end: this.endId(rel.endNodeElementId),
      properties: this.properties(rel.properties),
    };
  }

  /** Everything seen so far, Cytoscape-shaped; relationships whose ends were not returned are left out (they cannot be drawn). */
  graph(): CytoscapeGraph {
    const nodes = [...this.nodes.values()].map((node): CytoscapeNode => {
      const props = node.properties;
      const kind = KIND_LABELS.find((l) => node.labels.includes(l)) ?? node.labels[0] ?? 'Node';
      const label = [props['name'], props['title'], props['place'], props['id']].find(
        (v) => typeof v === 'string' && v !== '',
      ) as string | undefined;
      const data: CytoscapeNode['data'] = {
        id: nodeId(node),
        label: label ?? node.elementId,
        kind,
        labels: [...node.labels],
      };
      for (const key of ['country', 'title', 'date', 'code'])
        if (props[key] != null) data[key] = this.toJson(props[key]);
      return { data };
    });
    const edges = [...this.relationships.values()]
      .filter((rel) => this.nodes.has(rel.startNodeElementId) && this.nodes.has(rel.endNodeElementId))
      .map((rel): CytoscapeEdge => ({
        data: {
          id: rel.elementId,
          source: this.endId(rel.startNodeElementId),
          target: this.endId(rel.endNodeElementId),
          type: rel.type,
          ...(this.added.has(rel.elementId) ? { connected: true } : {}),
          ...this.edgeProperties(rel),
        },
      }));
    return { nodes, edges };
  }

  /** What the map shows of a relationship: a stance's date, confidence, evidence and article. */
  private edgeProperties(rel: Relationship): { [key: string]: Json } {
    const out: { [key: string]: Json } = {};
    for (const key of ['date', 'confidence', 'evidence', 'article'])
      if (rel.properties[key] != null) out[key] = this.toJson(rel.properties[key]);
    return out;
  }

  private endId(elementId: string): string {
    const node = this.nodes.get(elementId);
    return node === undefined ? elementId : nodeId(node);
  }

  private properties(props: Record<string, unknown>): { [key: string]: Json } {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(props)) out[k] = this.toJson(v);
    return out;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * JSON parameters to driver values: whole numbers become Neo4j integers, because JSON has one number type
 * and `LIMIT $n` or `range(1, $n)` refuse floats.
 */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toDriverParams(v);
    return out;
  }
  return value;
}
