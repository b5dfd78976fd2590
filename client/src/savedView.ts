// Opening a view saved with the JSON button: its link restores the view, its positions put the actors back in place.
import type { Core } from 'cytoscape';

/** The positions a saved view carries until the reloaded page has drawn its map (they outlive one reload only). */
const PENDING_KEY = 'entente.savedView.positions';

export interface SavedView {
  url: string;
  positions: Record<string, { x: number; y: number }>;
}

/** Reads a JSON export; undefined with nothing else said when it is not one (the caller says so to the analyst). */
export function parseSavedView(text: string): SavedView | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { url, elements } = (doc ?? {}) as { url?: unknown; elements?: unknown };
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
  return { url, positions };
}

/** Keep the positions for the page that the view's link is about to load. */
export function holdPositions(view: SavedView, store: Storage): void {
  store.setItem(PENDING_KEY, JSON.stringify(view.positions));
}

/** Put the held positions back on the drawn map (once), and say whether there were any. */
export function restoreHeldPositions(cy: Core, store: Storage): boolean {
  const held = store.getItem(PENDING_KEY);
  if (held === null) return false;
  store.removeItem(PENDING_KEY);
  let positions: SavedView['positions'];
  try {
    positions = JSON.parse(held) as SavedView['positions'];
  } catch {
    return false;
  }
  cy.batch(() => {
    for (const [id, position] of Object.entries(positions)) {
      const node = cy.getElementById(id);
      if (node.nonempty() && node.isNode() && !node.isParent()) node.position(position);
    }
  });
  return true;
}
