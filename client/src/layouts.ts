// Layout choices for the map: fcose by default, with settings that keep big graphs responsive.
import type { EdgeSingular, LayoutOptions } from 'cytoscape';
import type { Spring } from './signedLayout';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABEL: Record<LayoutName, string> = {
  fcose: 'Force (fcose)',
  concentric: 'Concentric by degree',
  breadthfirst: 'Tree from focus',
  circle: 'Circle',
  grid: 'Grid',
};

export function isLayoutName(value: string | null | undefined): value is LayoutName {
  return (LAYOUTS as readonly string[]).includes(value ?? '');
}

const DEFAULT_SPRING: Spring = { length: 110, elasticity: 0.4 };

/**
 * Options for a layout over `count` visible elements (`nodes` of them nodes); big graphs get draft quality and no
 * animation. `springs` gives fcose each edge's length and elasticity (the signed layout); without it every edge is alike.
 */
export function layoutOptions(
  name: LayoutName,
  count: number,
  roots?: string[],
  springs?: ReadonlyMap<string, Spring>,
  nodes = count,
): LayoutOptions {
  const spring = (edge: EdgeSingular): Spring => springs?.get(edge.id()) ?? DEFAULT_SPRING;
  const animate = count < 400;
  // The view fits itself once the layout stops (GraphView.frame), clear of the legend.
  const common = { animate, animationDuration: 350, fit: animate, padding: 40 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        // fcose's cost is in its nodes: a rolled-up overview of 200 countries with 2,000 relations is still a full
        // (seeded) layout; draft quality (the spectral step alone) only for really big maps.
        quality: nodes > 1000 || count > 8000 ? 'draft' : 'default',
        randomize: true,
        nodeDimensionsIncludeLabels: count < 1500,
        packComponents: count < 3000,
        // Bigger actors (data `size`, the centrality shown) push harder, so that they do not cover each other.
        nodeRepulsion: (node: { data(key: string): unknown }) => 6000 + 30000 * Number(node.data('size') ?? 0.1),
        idealEdgeLength: (edge: EdgeSingular) => spring(edge).length,
        edgeElasticity: (edge: EdgeSingular) => spring(edge).elasticity,
        nestingFactor: 0.2,
        gravity: 0.3,
        // Keep a country's officials together inside its box.
        gravityCompound: 3,
        gravityRangeCompound: 0.8,
        numIter: count > 5000 ? 600 : 2500,
        tile: true,
        tilingPaddingVertical: 24,
        tilingPaddingHorizontal: 24,
      } as unknown as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 18,
        concentric: (node: { degree: (b: boolean) => number }) => node.degree(false),
        levelWidth: () => 2,
      } as unknown as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.1,
        roots: roots && roots.length > 0 ? roots.map((id) => `[id = ${JSON.stringify(id)}]`).join(',') : undefined,
      } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, avoidOverlap: count < 3000 } as LayoutOptions;
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: count < 3000, condense: true } as LayoutOptions;
  }
}
