// Keeps the map's zoom, pan and positions in the view state, so that the URL and the JSON export carry them.
import type { Core, NodeSingular } from 'cytoscape';
import { decodePositions, encodePositions, MAX_LINK_POSITIONS } from './positionCode';
import type { ViewState } from './urlState';

/** Panning fires many viewport events: the URL is rewritten once the map has stood still this long. */
const SETTLE_MS = 250;

export class ViewMemory {
  /** Off while the page opens (its layouts and framing are not the analyst's doing), on once it is ready. */
  tracking = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly state: ViewState,
    private readonly sync: () => void,
  ) {}

  /** Bind to a (re)created map: a pan or zoom, a drag, a layout that stopped rewrite the URL. */
  bind(cy: Core): void {
    cy.on('viewport', () => {
      if (!this.tracking) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.sync(), SETTLE_MS);
    });
    cy.on('dragfree layoutstop', () => {
      if (this.tracking) this.sync();
    });
  }

  /** The map's positions and viewport into the state (the URL is written next). */
  capture(cy: Core): void {
    if (!this.tracking) return;
    this.state.viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    const nodes = cy.nodes().not('.filtered').not(':parent');
    this.state.positions =
      nodes.length === 0 || nodes.length > MAX_LINK_POSITIONS
        ? undefined
        : encodePositions(
            nodes.map((node) => {
              const { x, y } = (node as NodeSingular).position();
              return [node.id(), x, y];
            }),
          );
  }

  /**
   * Put the positions back (when the link's actors are the ones drawn) and the viewport as saved, after the opening
   * layout has stopped.
   */
  apply(cy: Core, positions: string | undefined, viewport: ViewState['viewport']): void {
    const nodes = cy.nodes().not('.filtered').not(':parent');
    const placed =
      positions === undefined
        ? undefined
        : decodePositions(
            positions,
            nodes.map((n) => n.id()),
          );
    if (placed !== undefined)
      cy.batch(() =>
        nodes.forEach((node) => {
          const at = placed.get(node.id());
          if (at !== undefined) (node as NodeSingular).position(at);
        }),
      );
    if (viewport === undefined) return;
    // A focus frames itself with an animation once the layout settles: stop it, or it ends over the saved viewport.
    cy.stop();
    cy.viewport({ zoom: viewport.zoom, pan: viewport.pan });
  }
}
