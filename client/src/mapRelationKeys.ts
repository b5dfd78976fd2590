// Relations by keyboard: on the map, R (Shift+R back) walks the selected actor's relations and opens their evidence.
import type { Core, EdgeSingular } from 'cytoscape';

export interface RelationKeysHost {
  readonly cy: Core;
  select(id: string, centre?: boolean): void;
  label(id: string): string;
}

/** What a screen reader hears for a relation: both ends, the kind of tie, and how much evidence. */
export function relationSentence(from: string, type: string, to: string, articles: number): string {
  const verb = type === 'MET' ? 'met' : type === 'BACKS' ? 'backs' : type === 'OPPOSES' ? 'opposes' : type;
  return `${from} ${verb} ${to}, ${articles} article${articles === 1 ? '' : 's'}`;
}

export function attachRelationKeys(map: HTMLElement, announce: HTMLElement, host: RelationKeysHost): void {
  /** The actor whose relations are walked: the one selected, kept while one of its relations is selected. */
  let anchor: string | undefined;
  map.addEventListener('keydown', (event) => {
    if (event.key !== 'r' && event.key !== 'R') return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const cy = host.cy;
    const node = cy.nodes(':selected').first();
    const edge = cy.edges(':selected').first();
    if (!node.empty()) anchor = node.id();
    else if (
      edge.empty() ||
      anchor === undefined ||
      !edge.connectedNodes().some((n) => (n as unknown as EdgeSingular).id() === anchor)
    )
      anchor = edge.empty() ? undefined : edge.source().id();
    if (anchor === undefined) {
      announce.textContent = 'Select an actor first (arrow keys), then R walks its relations.';
      event.preventDefault();
      return;
    }
    const from = anchor;
    const relations = (cy.getElementById(from).connectedEdges().not('.filtered').toArray() as EdgeSingular[]).sort(
      (a, b) => other(a, from).localeCompare(other(b, from)) || a.id().localeCompare(b.id()),
    );
    event.preventDefault();
    if (relations.length === 0) {
      announce.textContent = `${host.label(anchor)} has no relation on the map.`;
      return;
    }
    const ids = relations.map((e) => e.id());
    const at = edge.empty() ? -1 : ids.indexOf(edge.id());
    const step = event.key === 'R' ? -1 : 1;
    const next = relations[
      at < 0 ? (step > 0 ? 0 : relations.length - 1) : (at + step + relations.length) % relations.length
    ] as EdgeSingular | undefined;
    if (next === undefined) return;
    host.select(next.id(), true);
    announce.textContent = `${relationSentence(
      String(next.source().data('label')),
      String(next.data('type')),
      String(next.target().data('label')),
      Number(next.data('articleCount') ?? 1),
    )}. Relation ${ids.indexOf(next.id()) + 1} of ${relations.length}.`;
  });
}

function other(edge: EdgeSingular, anchor: string): string {
  const end = edge.source().id() === anchor ? edge.target() : edge.source();
  return String(end.data('label') ?? end.id());
}
