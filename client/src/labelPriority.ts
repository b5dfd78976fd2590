// Label priority by size: labels keep a readable size on screen, and a label that would cover a bigger actor's is not drawn.
import type { Core, NodeSingular } from 'cytoscape';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  box: Box;
  /** The actor's own shape: drawn over what comes after it, so no label kept may lie under it. */
  body?: Box;
}

/**
 * The labels to draw: candidates in priority order, each kept when its box (grown by `pad` on every side) meets no
 * label or labelled body kept before it, and its body meets no label kept before it. A grid of cells about two labels
 * high finds the neighbours, so this stays linear in the labels.
 */
export function pickLabels(candidates: readonly LabelCandidate[], pad = 0): Set<string> {
  const kept = new Set<string>();
  const heights = candidates
    .map((c) => c.box.y2 - c.box.y1)
    .filter((h) => h > 0)
    .sort((a, b) => a - b);
  const cell = Math.max(1, (heights[Math.floor(heights.length / 2)] ?? 10) * 2 + 2 * pad);
  const grid = new Map<string, { box: Box; label: boolean }[]>();
  const cellsOf = (box: Box): string[] => {
    const keys: string[] = [];
    for (let x = Math.floor(box.x1 / cell); x <= Math.floor(box.x2 / cell); x++)
      for (let y = Math.floor(box.y1 / cell); y <= Math.floor(box.y2 / cell); y++) keys.push(`${x},${y}`);
    return keys;
  };
  const meets = (box: Box, labelsOnly: boolean): boolean =>
    cellsOf(box).some((key) =>
      (grid.get(key) ?? []).some((other) => (other.label || !labelsOnly) && intersects(box, other.box)),
    );
  const register = (box: Box, label: boolean): void => {
    for (const key of cellsOf(box)) {
      const list = grid.get(key);
      if (list === undefined) grid.set(key, [{ box, label }]);
      else list.push({ box, label });
    }
  };
  for (const { id, box, body } of candidates) {
    if (!(box.x2 > box.x1 && box.y2 > box.y1)) continue;
    const grown = { x1: box.x1 - pad, y1: box.y1 - pad, x2: box.x2 + pad, y2: box.y2 + pad };
    if (meets(grown, false) || (body !== undefined && meets(body, true))) continue;
    kept.add(id);
    register(grown, true);
    if (body !== undefined) register(body, false);
  }
  return kept;
}

export function intersects(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Screen pixels of a label: 11 for the smallest actor up to 17 for the largest (`size` in [0, 1]). */
export function labelPixels(size: number): number {
  return 11 + 6 * Math.max(0, Math.min(1, size));
}

/** Screen pixels between two labels kept. */
const GAP = 2;

/**
 * Keeps the map's labels readable and apart: after each layout and zoom, every actor's label is sized for the screen
 * (font and width divided by the zoom), then drawn only when it meets no label of a higher priority: the focus and the
 * path first, then by node size (the centrality shown), countries before the rest, then by id so it is the same each
 * time. What must stay true: a label with the class `label-hidden` draws nothing (the style empties it).
 */
export class LabelPriority {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastZoom = 0;

  constructor(private readonly cy: () => Core) {}

  /** Re-place the labels after the zoom stops changing (panning moves every label alike, so it never re-places). */
  bind(cy: Core): void {
    cy.on('zoom', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        if (Math.abs(this.cy().zoom() - this.lastZoom) > 1e-6) this.update();
      }, 150);
    });
  }

  update(): void {
    const cy = this.cy();
    if (cy.destroyed()) return;
    const zoom = cy.zoom();
    this.lastZoom = zoom;
    const nodes = cy.nodes().not('.filtered');
    cy.batch(() => {
      nodes.removeClass('label-hidden');
      nodes.forEach((node) => {
        const px = labelPixels(Number(node.data('size') ?? 0));
        node.data({ fontSize: round(px / zoom), labelMax: round((9 * px) / zoom) });
      });
    });
    const ranked = (nodes.toArray() as NodeSingular[]).sort(
      (a, b) => priority(b) - priority(a) || (a.id() < b.id() ? -1 : 1),
    );
    const candidates = ranked.map((node) => ({
      id: node.id(),
      box: node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      // A country box opened for its officials holds other actors: only leaf shapes cover labels.
      body: node.isParent() ? undefined : innerBox(node),
    }));
    const kept = pickLabels(candidates, GAP / 2 / zoom);
    cy.batch(() => {
      for (const node of ranked) if (!kept.has(node.id())) node.addClass('label-hidden');
    });
    const container = cy.container()!;
    container.dataset.labelsPlaced = String(kept.size);
    // Tests and exports wait on it: the labels drawn are the ones placed for this zoom.
    container.dataset.labelsZoom = String(zoom);
  }
}

/** The square inside a node's round shape: a label may touch the empty corners of its bounding box. */
function innerBox(node: NodeSingular): Box {
  const { x, y } = node.position();
  const half = (Math.min(node.width(), node.height()) / 2) * Math.SQRT1_2;
  return { x1: x - half, y1: y - half, x2: x + half, y2: y + half };
}

function priority(node: NodeSingular): number {
  let score = Number(node.data('size') ?? 0);
  if (node.hasClass('focus') || node.selected()) score += 20;
  if (node.hasClass('on-path')) score += 10;
  // A country box opened for its officials names the actors inside it.
  if (node.isParent()) score += 0.5;
  if (node.data('kind') === 'Country') score += 0.001;
  return score;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
