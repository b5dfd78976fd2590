// Layout choices for the map: fcose by default, with settings that keep big graphs responsive.
import type { LayoutOptions } from 'cytoscape';

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

/** Options for a layout over `count` visible elements; big graphs get draft quality and no animation. */
export function layoutOptions(name: LayoutName, count: number, roots?: string[]): LayoutOptions {
  const animate = count < 400;
  // The view fits itself once the layout stops (GraphView.frame), clear of the legend.
  const common = { animate, animationDuration: 350, fit: animate, padding: 40 };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: count > 1500 ? 'draft' : 'default',
        randomize: true,
        nodeDimensionsIncludeLabels: count < 1500,
        packComponents: count < 3000,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        edgeElasticity: () => 0.4,
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
