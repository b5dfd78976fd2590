// The Cytoscape map: creation (canvas, or WebGL above a size), incremental redraws and layouts.
import cytoscape from 'cytoscape';
import type { Collection, Core, EdgeCollection, ElementDefinition, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './graphStyle';
import type { LayoutName } from './layouts';
import { layoutOptions } from './layouts';
import { pairSigns, springFor, type SignedEdge, type Spring } from './signedLayout';

cytoscape.use(fcose as cytoscape.Ext);

/** Layouts over more elements than this announce themselves before blocking the page. */
const BUSY_AT = 1500;

export interface DrawOptions {
  layout: LayoutName;
  /** 'all' lays out everything, 'new' only when new nodes arrived (keeping the others near), 'none' keeps positions. */
  relayout: 'all' | 'new' | 'none';
  roots?: string[];
}

/** How the map is drawn: full quality, the cheaper canvas for big graphs, or WebGL. */
export type Tier = 'small' | 'large' | 'webgl';

export class GraphView {
  cy: Core;
  webgl = false;
  tier: Tier = 'small';
  /** Above this many elements the canvas draws cheaper (no label backgrounds, edges hidden while panning). */
  largeThreshold = 800;
  private binders: ((cy: Core) => void)[] = [];
  lastLayoutMs = 0;
  /** Told when a long layout starts (with a message) and ends (undefined). */
  onBusy: (message: string | undefined) => void = () => undefined;
  /** Told when a layout has stopped and the view is framed (labels are placed then). */
  onLayoutStop: () => void = () => undefined;
  /** Resolves when the last layout stopped. */
  settled: Promise<void> = Promise.resolve();
  private settle: (() => void) | undefined;

  constructor(
    private readonly container: HTMLElement,
    /** Above this many elements the map switches to Cytoscape's WebGL renderer. */
    public webglThreshold: number,
  ) {
    this.cy = this.create('small');
  }

  private create(tier: Tier): Core {
    const webgl = tier === 'webgl';
    const large = tier !== 'small';
    const base = {
      container: this.container,
      style: graphStyle(large),
      minZoom: 0.02,
      maxZoom: 4,
      selectionType: 'single' as const,
      boxSelectionEnabled: false,
      // Big graphs: draw a cached texture while panning and zooming, and leave edges and labels out meanwhile.
      textureOnViewport: tier === 'large',
      hideEdgesOnViewport: tier === 'large',
      hideLabelsOnViewport: large,
      pixelRatio: large ? 1 : ('auto' as const),
    };
    let cy: Core;
    try {
      cy = cytoscape(webgl ? { ...base, webgl: true, webglTexSize: 4096, webglBatchSize: 4096 } : base);
      this.webgl = webgl;
    } catch {
      // No WebGL in this browser: the canvas renderer still works, only slower.
      cy = cytoscape({ ...base, textureOnViewport: true, hideEdgesOnViewport: true });
      this.webgl = false;
    }
    this.tier = tier;
    for (const bind of this.binders) bind(cy);
    return cy;
  }

  /** Register event handlers; they are re-applied when the map is recreated (renderer switch). */
  onCreate(bind: (cy: Core) => void): void {
    this.binders.push(bind);
    bind(this.cy);
  }

  private tierFor(count: number): Tier {
    if (count > this.webglThreshold && !webglIsFast()) return 'large';
    // Hysteresis: stay in the current tier until the count is clearly below its threshold.
    const slack = (threshold: number, tier: Tier): number => (this.tier === tier ? threshold * 0.8 : threshold);
    if (count > slack(this.webglThreshold, 'webgl')) return 'webgl';
    if (count > slack(this.largeThreshold, 'large')) return 'large';
    return 'small';
  }

  private ensureRenderer(count: number): void {
    const tier = this.tierFor(count);
    if (tier === this.tier) return;
    this.cy.destroy();
    this.container.replaceChildren();
    this.cy = this.create(tier);
  }

  /** Make the map show exactly `elements`, reusing elements that stay, then lay out as asked. */
  draw(elements: ElementDefinition[], options: DrawOptions): string[] {
    this.ensureRenderer(elements.length);
    const cy = this.cy;
    const wanted = new Map<string, ElementDefinition>();
    for (const element of elements) wanted.set(String(element.data.id), element);
    const added: string[] = [];
    const present = new Set<string>();
    cy.batch(() => {
      const gone = cy.elements().filter((element) => {
        const keep = wanted.has(element.id());
        if (keep) present.add(element.id());
        return !keep;
      });
      if (gone.nonempty()) {
        gone.remove();
        // Removing a compound parent removes its children too.
        present.clear();
        cy.elements().forEach((element) => void present.add(element.id()));
      }
      const toAdd: ElementDefinition[] = [];
      for (const [id, element] of wanted) {
        if (!present.has(id)) {
          toAdd.push(element);
          if (element.group === 'nodes') added.push(id);
          continue;
        }
        const existing = cy.getElementById(id);
        existing.data(element.data);
        if (element.group === 'nodes') {
          const node = existing as unknown as NodeSingular;
          const parent = (element.data.parent as string | undefined) ?? null;
          const current = node.isChild() ? node.parent().first().id() : null;
          if (parent !== current && (parent === null || !cy.getElementById(parent).empty() || wanted.has(parent))) {
            if (parent === null || !cy.getElementById(parent).empty()) node.move({ parent });
          }
        }
      }
      // Parents before children, nodes before edges.
      toAdd.sort((a, b) => rank(a) - rank(b));
      if (present.size > 0) this.placeNear(toAdd, present);
      cy.add(toAdd);
    });
    if (options.relayout === 'all' || (options.relayout === 'new' && added.length > 0))
      this.layout(options.layout, options.roots, options.relayout === 'new' && cy.nodes().length > added.length);
    return added;
  }

  /** Start new nodes next to a neighbour already on the map, so incremental layouts move little. */
  private placeNear(toAdd: ElementDefinition[], present: ReadonlySet<string>): void {
    const anchor = new Map<string, { x: number; y: number }>();
    for (const element of toAdd) {
      if (element.group !== 'edges') continue;
      const { source, target } = element.data as { source: string; target: string };
      for (const [a, b] of [
        [source, target],
        [target, source],
      ] as const) {
        if (!present.has(a) || anchor.has(b)) continue;
        const known = this.cy.getElementById(a);
        if (known.isNode()) anchor.set(b, known.position());
      }
    }
    for (const element of toAdd) {
      const at = anchor.get(String(element.data.id));
      if (element.group !== 'nodes' || at === undefined) continue;
      const offset = seededPoint(String(element.data.id), 40);
      element.position = { x: at.x + offset.x, y: at.y + offset.y };
    }
  }

  layout(name: LayoutName, roots?: string[], incremental = false): void {
    const visible = this.cy.elements().not('.filtered');
    const options = layoutOptions(
      name,
      visible.length,
      roots,
      springs(visible.edges()),
      visible.nodes().length,
    ) as unknown as Record<string, unknown>;
    // An expansion moves the map by a little: no animation, so that expansions in a row (a restored view opens
    // several) never run animated layouts over each other, which cancels the earlier ones before they report a stop.
    if (incremental) options.animate = false;
    if (name === 'fcose' && incremental) options.randomize = false;
    else if (name === 'fcose' && options.quality !== 'draft') {
      // fcose starts from random positions; starting every node from its id instead draws the same graph the same
      // way on every load. Draft quality (very large maps) is fcose's spectral step alone, which needs its random
      // start: those maps stay unseeded. An incremental layout starts from where the nodes already are.
      const spread = 60 * Math.sqrt(visible.nodes().length + 1);
      visible.nodes().forEach((node) => {
        if (!node.isParent()) node.position(seededPoint(node.id(), spread));
      });
      options.randomize = false;
    }
    const started = performance.now();
    const layout = visible.layout(options as unknown as cytoscape.LayoutOptions);
    // Tests wait on it, and so would anything that reads positions: none is final while a layout runs.
    this.container.dataset.layoutRunning = 'true';
    const busy = visible.length > BUSY_AT ? this.onBusy : undefined;
    // A layout started over a running one supersedes it: whoever waits for the old one waits for this one.
    const superseded = this.settle;
    this.settled = new Promise((resolve) => {
      this.settle = resolve;
      layout.one('layoutstop', () => {
        this.frame(visible, 2, false);
        this.lastLayoutMs = performance.now() - started;
        this.onLayoutStop();
        this.container.dataset.layoutDone = String(Date.now());
        if (this.settle === resolve) delete this.container.dataset.layoutRunning;
        busy?.(undefined);
        resolve();
      });
    });
    void this.settled.then(() => superseded?.());
    if (busy === undefined) layout.run();
    else {
      // A big layout blocks the page for a while: say so, and let that message paint first.
      busy(`Laying out ${visible.length.toLocaleString()} elements…`);
      requestAnimationFrame(() => setTimeout(() => layout.run(), 0));
    }
  }

  fit(): void {
    this.frame(this.cy.elements().not('.filtered'), 2, true);
  }

  /** Fit `elements` in the view, clear of the toolbar and of the legend in the bottom-left corner, zooming in at most to `maxZoom`. */
  frame(elements: Collection, maxZoom: number, animate: boolean): void {
    const cy = this.cy;
    if (elements.empty()) return;
    cy.stop();
    const box = elements.boundingBox({});
    const width = cy.width();
    const height = cy.height();
    const margin = { top: 40, bottom: 120, side: 40 };
    const fitZoom = Math.min(
      (width - 2 * margin.side) / Math.max(box.w, 1),
      (height - margin.top - margin.bottom) / Math.max(box.h, 1),
    );
    const zoom = Math.min(maxZoom, cy.maxZoom(), Math.max(cy.minZoom(), fitZoom));
    const centreY = margin.top + (height - margin.top - margin.bottom) / 2;
    const pan = { x: width / 2 - zoom * (box.x1 + box.w / 2), y: centreY - zoom * (box.y1 + box.h / 2) };
    if (animate) cy.animate({ zoom, pan }, { duration: 300 });
    else cy.viewport({ zoom, pan });
  }
}

/** The signed layout's spring of every drawn edge: its pair's stances, with their articles as weights. */
function springs(edges: EdgeCollection): Map<string, Spring> {
  const signed: SignedEdge[] = edges.map((edge) => ({
    id: edge.id(),
    source: edge.data('source') as string,
    target: edge.data('target') as string,
    type: edge.data('type') as string,
    articleCount: Number(edge.data('articleCount') ?? 1),
  }));
  const out = new Map<string, Spring>();
  for (const [id, sign] of pairSigns(signed)) out.set(id, springFor(sign));
  return out;
}

function rank(element: ElementDefinition): number {
  if (element.group === 'edges') return 2;
  return element.data.parent === undefined ? 0 : 1;
}

let fastWebgl: boolean | undefined;

/** WebGL without a GPU (SwiftShader, llvmpipe) is slower than the canvas renderer: use it only when hardware-backed. */
export function webglIsFast(): boolean {
  if (fastWebgl !== undefined) return fastWebgl;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl === null) return (fastWebgl = false);
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(
      info === null ? gl.getParameter(gl.RENDERER) : gl.getParameter(info.UNMASKED_RENDERER_WEBGL),
    );
    fastWebgl = !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    fastWebgl = false;
  }
  return fastWebgl;
}

/** A point within `spread` of the origin that depends only on `id` (FNV-1a): the layout's seed. */
export function seededPoint(id: string, spread: number): { x: number; y: number } {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  const angle = ((hash >>> 0) % 3600) * (Math.PI / 1800);
  const radius = (((hash >>> 12) % 1000) / 1000) * spread;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}
