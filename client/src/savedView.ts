// Opening a view saved with the JSON button: its link restores the view, its positions and viewport put the map back.
import type { Core } from 'cytoscape';
import type { Viewport } from './urlState';

/** The positions a saved view carries until the reloaded page has drawn its map (they outlive one reload only). */
const PENDING_KEY = 'entente.savedView.positions';

export interface SavedView {
  url: string;
  positions: Record<string, { x: number; y: number }>;
  /** How the map was framed (exports made before it was saved have none: the map is then fitted). */
  viewport?: Viewport;
}

function isViewport(value: unknown): value is Viewport {
  const v = value as { zoom?: unknown; pan?: { x?: unknown; y?: unknown } } | null;
  return (
    typeof v?.zoom === 'number' &&
    v.zoom > 0 &&
    typeof v.pan?.x === 'number' &&
    typeof v.pan.y === 'number' &&
    [v.zoom, v.pan.x, v.pan.y].every(Number.isFinite)
  );
}

/** Reads a JSON export; undefined with nothing else said when it is not one (the caller says so to the analyst). */
export function parseSavedView(text: string): SavedView | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { url, elements, viewport } = (doc ?? {}) as { url?: unknown; elements?: unknown; viewport?: unknown };
  if (typeof url !== 'string' || !Array.isArray(elements)) return undefined;
  const positions: SavedView['positions'] = {};
  for (const element of elements as {
    group?: unknown;
    data?: { id?: unknown };
    position?: { x?: unknown; y?: unknown };
  }[]) {
    const { x, y } = element.position ?? {};
    if (
      element.group === 'nodes' &&
      typeof element.data?.id === 'string' &&
      typeof x === 'number' &&
      typeof y === 'number'
    )
      positions[element.data.id] = { x, y };
  }
  return isViewport(viewport) ? { url, positions, viewport } : { url, positions };
}

/** Keep the positions for the page that the view's link is about to load. */
export function holdPositions(view: SavedView, store: Storage): void {
  store.setItem(PENDING_KEY, JSON.stringify({ positions: view.positions, viewport: view.viewport }));
}

/** Put the held positions back on the drawn map (once); undefined when none were held, else the saved viewport. */
export function restoreHeldPositions(cy: Core, store: Storage): { viewport?: Viewport } | undefined {
  const held = store.getItem(PENDING_KEY);
  if (held === null) return undefined;
  store.removeItem(PENDING_KEY);
  let saved: Pick<SavedView, 'positions' | 'viewport'>;
  try {
    saved = JSON.parse(held) as Pick<SavedView, 'positions' | 'viewport'>;
  } catch {
    return undefined;
  }
  cy.batch(() => {
    for (const [id, position] of Object.entries(saved.positions ?? {})) {
      const node = cy.getElementById(id);
      if (node.nonempty() && node.isNode() && !node.isParent()) node.position(position);
    }
  });
  return isViewport(saved.viewport) ? { viewport: saved.viewport } : {};
}
