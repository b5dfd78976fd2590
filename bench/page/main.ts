// Page bench driver: draws given elements with Cytoscape (canvas or WebGL), lays them out with fcose, and counts frames during a scripted pan.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose as unknown as cytoscape.Ext);

export interface PageRun {
  elements: ElementDefinition[];
  renderer: 'canvas' | 'webgl';
  panMs: number;
  /** Skip the fcose layout (preset grid positions), e.g. when only drawing is measured. */
  layout: boolean;
}

export interface PageResult {
  renderer: string;
  webglActive: boolean;
  elements: number;
  drawMs: number;
  layoutMs: number | null;
  layoutQuality: string | null;
  frames: number;
  fps: number;
  longestFrameMs: number;
}

const style: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-background-color': '#fff',
      'text-background-opacity': 0.75,
      'min-zoomed-font-size': 7,
      width: 'mapData(degree, 0, 20, 22, 54)',
      height: 'mapData(degree, 0, 20, 22, 54)',
      'border-width': 1.5,
      'border-color': '#fff',
      'background-color': '#3f6fb5',
    },
  },
  { selector: 'node[kind = "Official"]', style: { 'background-color': '#d08b2c' } },
  { selector: 'node[kind = "Organization"]', style: { 'background-color': '#7a5ab8', shape: 'round-hexagon' } },
  {
    selector: ':parent',
    style: {
      shape: 'round-rectangle',
      'background-color': '#e8eef7',
      'background-opacity': 0.85,
      'text-valign': 'top',
      padding: '14px',
    },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      width: 'mapData(articleCount, 1, 8, 1.6, 7)',
      'line-color': '#6b7a90',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#6b7a90',
      opacity: 0.8,
    },
  },
  { selector: 'edge[type = "BACKS"]', style: { 'line-color': '#2f9e5b', 'target-arrow-color': '#2f9e5b' } },
  {
    selector: 'edge[type = "OPPOSES"]',
    style: { 'line-color': '#c8423b', 'target-arrow-color': '#c8423b', 'line-style': 'dashed' },
  },
];

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

let cy: Core | undefined;

/** The app's own policy (client/src/layouts.ts): draft quality and fewer iterations on big graphs, no animation. */
function fcoseOptions(count: number): LayoutOptions {
  return {
    name: 'fcose',
    animate: false,
    fit: true,
    padding: 40,
    quality: count > 1500 ? 'draft' : 'default',
    randomize: true,
    nodeDimensionsIncludeLabels: count < 1500,
    packComponents: true,
    nodeRepulsion: () => 9000,
    idealEdgeLength: () => 110,
    edgeElasticity: () => 0.4,
    nestingFactor: 0.3,
    gravity: 0.3,
    numIter: count > 5000 ? 600 : 2500,
    tile: true,
  } as unknown as LayoutOptions;
}

async function run(spec: PageRun): Promise<PageResult> {
  cy?.destroy();
  const container = document.getElementById('cy')!;
  container.replaceChildren();
  const webgl = spec.renderer === 'webgl';
  const columns = Math.ceil(Math.sqrt(spec.elements.length));
  const elements = spec.elements.map((e, i) =>
    e.group === 'nodes' ? { ...e, position: { x: (i % columns) * 60, y: Math.floor(i / columns) * 60 } } : e,
  );
  await frame();
  const t0 = performance.now();
  const options = {
    container,
    style,
    elements,
    layout: { name: 'preset' },
    textureOnViewport: webgl,
    pixelRatio: webgl ? 1 : ('auto' as const),
  };
  cy = cytoscape(
    webgl ? ({ ...options, webgl: true, webglTexSize: 4096, webglBatchSize: 4096 } as typeof options) : options,
  );
  // Two frames: the first paints, the second proves the paint finished.
  await frame();
  await frame();
  const drawMs = performance.now() - t0;
  const renderer = cy as unknown as { renderer(): { webgl?: boolean } };
  const webglActive =
    webgl && Boolean(renderer.renderer().webgl) && document.createElement('canvas').getContext('webgl2') !== null;
  let layoutMs: number | null = null;
  let layoutQuality: string | null = null;
  if (spec.layout) {
    const layoutOpts = fcoseOptions(spec.elements.length);
    layoutQuality = String((layoutOpts as { quality?: string }).quality);
    const t1 = performance.now();
    await new Promise<void>((resolve) => {
      const layout = cy!.layout(layoutOpts);
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
    await frame();
    layoutMs = performance.now() - t1;
  }
  // Scripted pan: move the viewport a little every frame for panMs and count frames.
  let frames = 0;
  let longest = 0;
  const start = performance.now();
  let last = start;
  while (performance.now() - start < spec.panMs) {
    cy.panBy({ x: 7, y: 4 });
    const t = await frame();
    longest = Math.max(longest, t - last);
    last = t;
    frames++;
  }
  const elapsed = performance.now() - start;
  return {
    renderer: spec.renderer,
    webglActive,
    elements: spec.elements.length,
    drawMs,
    layoutMs,
    layoutQuality,
    frames,
    fps: (frames / elapsed) * 1000,
    longestFrameMs: longest,
  };
}

(window as unknown as { benchRun: typeof run; benchReady: boolean }).benchRun = run;
(window as unknown as { benchReady: boolean }).benchReady = true;
