// Cytoscape elements for the page bench: a seeded, Zipf-skewed slice shaped like the API's GraphSlice (compound countries, MET/BACKS/OPPOSES edges).
import { ZipfSampler, hashInts, intBelow, mulberry32 } from './prng';

export interface BenchElement {
  group: 'nodes' | 'edges';
  data: Record<string, string | number>;
}

const KINDS = ['Country', 'Official', 'Organization'] as const;
const TYPES = ['MET', 'BACKS', 'OPPOSES'] as const;

/** Elements per actor in the bench's slices: 30% nodes and 70% edges, as in a dense neighbourhood. */
export const ELEMENTS_PER_ACTOR = 1 / 0.3;

/**
 * About 30% nodes and 70% edges (or exactly `actors` nodes when given); officials sit inside their country (compound
 * nodes).
 */
export function pageElements(seed: number, total: number, actors?: number): BenchElement[] {
  const rng = mulberry32(hashInts(seed, 40, total));
  const nodeCount = actors ?? Math.max(3, Math.round(total * 0.3));
  const edgeCount = total - nodeCount;
  const countries = Math.max(1, Math.round(nodeCount * 0.08));
  const nodes: BenchElement[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = i < countries ? KINDS[0] : rng() < 0.9 ? KINDS[1] : KINDS[2];
    const data: Record<string, string | number> = { id: `n${i}`, kind, label: `${kind} ${i}`, degree: 0 };
    if (kind === 'Official' && rng() < 0.5) data.parent = `n${intBelow(rng, countries)}`;
    nodes.push({ group: 'nodes', data });
  }
  const zipf = new ZipfSampler(nodeCount, 0.9);
  const seen = new Set<string>();
  const edges: BenchElement[] = [];
  for (let tries = 0; edges.length < edgeCount && tries < edgeCount * 20; tries++) {
    const s = zipf.sample(rng);
    const t = zipf.sample(rng);
    const type = TYPES[intBelow(rng, 3)]!;
    const key = `${s}|${t}|${type}`;
    // A compound parent cannot be an edge end in a sensible drawing: skip edges that touch a node's own parent.
    if (s === t || seen.has(key) || nodes[s]!.data.parent === `n${t}` || nodes[t]!.data.parent === `n${s}`) continue;
    seen.add(key);
    nodes[s]!.data.degree = Number(nodes[s]!.data.degree) + 1;
    nodes[t]!.data.degree = Number(nodes[t]!.data.degree) + 1;
    edges.push({
      group: 'edges',
      data: { id: `e${edges.length}`, source: `n${s}`, target: `n${t}`, type, articleCount: 1 + intBelow(rng, 8) },
    });
  }
  return [...nodes, ...edges];
}
