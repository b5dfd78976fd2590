// The accessible table view of the map: actors and relations currently drawn, sortable, keyboard-activatable.
import type { Core, NodeSingular } from 'cytoscape';
import { renderTable } from './dataTable';
import { el, replaceChildren } from './dom';

export function drawMapTable(root: HTMLElement, cy: Core, select: (id: string) => void): void {
  const nodes = cy.nodes().not('.filtered');
  const edges = cy.edges().not('.filtered');
  const nodeIds = nodes.map((node) => node.id());
  const actorRows = nodes.map((node) => {
    const d = node.data() as { label: string; kind: string; country?: string; title?: string; degree?: number };
    return [
      d.label,
      d.kind,
      d.title ?? '',
      d.country ?? '',
      (node as NodeSingular).connectedEdges().not('.filtered').length,
    ];
  });
  const edgeIds = edges.map((edge) => edge.id());
  const label = (id: string): string => String(cy.getElementById(id).data('label') ?? id);
  const edgeRows = edges.map((edge) => {
    const d = edge.data() as {
      source: string;
      target: string;
      type: string;
      articleCount?: number;
      confidence?: number;
      firstDate?: string;
      lastDate?: string;
    };
    return [
      label(d.source),
      d.type,
      label(d.target),
      d.articleCount ?? '',
      d.confidence === undefined ? '' : Number(d.confidence.toFixed(2)),
      d.firstDate ?? '',
      d.lastDate ?? '',
    ];
  });
  const actors = el('div', { className: 'table-half' });
  const relations = el('div', { className: 'table-half' });
  replaceChildren(root, el('div', { className: 'tables' }, actors, relations));
  renderTable(actors, {
    caption: `Actors on the map (${actorRows.length})`,
    columns: [
      { key: 'name', label: 'Name' },
      { key: 'kind', label: 'Kind' },
      { key: 'title', label: 'Title' },
      { key: 'country', label: 'Country' },
      { key: 'degree', label: 'Links', numeric: true },
    ],
    rows: actorRows,
    testid: 'actors-table',
    filename: 'entente-actors.csv',
    onRow: (index) => select(nodeIds[index] as string),
  });
  renderTable(relations, {
    caption: `Relations on the map (${edgeRows.length})`,
    columns: [
      { key: 'source', label: 'From' },
      { key: 'type', label: 'Relation' },
      { key: 'target', label: 'To' },
      { key: 'articles', label: 'Articles', numeric: true },
      { key: 'confidence', label: 'Confidence', numeric: true },
      { key: 'first', label: 'First' },
      { key: 'last', label: 'Last' },
    ],
    rows: edgeRows,
    testid: 'edges-table',
    filename: 'entente-relations.csv',
    onRow: (index) => select(edgeIds[index] as string),
  });
}
