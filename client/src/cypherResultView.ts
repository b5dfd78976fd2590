// A console result as Neo4j Browser frames it: Graph, Table and Text tabs over one answer, arrow keys between tabs.
import cytoscape from 'cytoscape';
import { renderTable } from './dataTable';
import { el, replaceChildren } from './dom';
import { graphStyle } from './graphStyle';
import { textTable, valueText } from './cypherValueText';
import type { GraphSlice } from './types';

export type ResultTab = 'graph' | 'table' | 'text';
const TABS: { name: ResultTab; label: string }[] = [
  { name: 'graph', label: 'Graph' },
  { name: 'table', label: 'Table' },
  { name: 'text', label: 'Text' },
];

export interface ResultViewOptions {
  title: string;
  columns: string[];
  rows: unknown[][];
  slice: GraphSlice;
  /** The tab to open on; Graph needs nodes, so a result without any opens on Table. */
  tab?: ResultTab;
  /** Draw the result on the main map again (where its evidence and tools are). */
  onShowOnMap: () => void;
  onTab?: (tab: ResultTab) => void;
}

/** Fill `root` with the tabbed result; returns the preview graph so the caller can dispose of it. */
export function renderCypherResult(root: HTMLElement, options: ResultViewOptions): { destroy(): void } {
  const hasGraph = options.slice.nodes.length > 0;
  let preview: cytoscape.Core | undefined;
  const tabs = el('div', { className: 'result-tabs', role: 'tablist', 'aria-label': 'Result view' });
  const panels = new Map<ResultTab, HTMLElement>();
  const buttons = new Map<ResultTab, HTMLButtonElement>();

  const show = (tab: ResultTab, focus = false): void => {
    for (const { name } of TABS) {
      const on = name === tab;
      buttons.get(name)!.setAttribute('aria-selected', String(on));
      buttons.get(name)!.tabIndex = on ? 0 : -1;
      panels.get(name)!.hidden = !on;
    }
    if (focus) buttons.get(tab)!.focus();
    if (tab === 'graph' && preview === undefined && hasGraph) preview = drawPreview(panels.get('graph')!, options);
    else preview?.resize();
    options.onTab?.(tab);
  };

  TABS.forEach(({ name, label }, index) => {
    const button = el(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `result-tab-${name}`,
        'data-testid': `result-tab-${name}`,
        'aria-controls': `result-${name}`,
        'aria-selected': 'false',
      },
      label,
    );
    button.addEventListener('click', () => show(name));
    button.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      show(TABS[(index + step + TABS.length) % TABS.length]!.name, true);
    });
    buttons.set(name, button);
    tabs.append(button);
    panels.set(
      name,
      el('div', {
        id: `result-${name}`,
        role: 'tabpanel',
        'aria-labelledby': `result-tab-${name}`,
        'data-testid': `result-${name}`,
        className: `result-panel result-${name}`,
        tabindex: 0,
      }),
    );
  });

  // Graph: a preview of what the query returned, with its connections; the map has the full tools.
  const graphPanel = panels.get('graph')!;
  const onMap = el('button', { type: 'button', className: 'small', 'data-testid': 'result-on-map' }, 'Show on the map');
  onMap.addEventListener('click', options.onShowOnMap);
  graphPanel.append(
    el(
      'div',
      { className: 'result-graph-bar' },
      el(
        'span',
        { className: 'muted small', 'data-testid': 'result-graph-count' },
        hasGraph
          ? `${options.slice.nodes.length} node${options.slice.nodes.length === 1 ? '' : 's'}, ${options.slice.edges.length} relationship${options.slice.edges.length === 1 ? '' : 's'}`
          : 'This result has no nodes to draw; see Table or Text.',
      ),
      hasGraph ? onMap : null,
    ),
    el('div', { className: 'result-graph-canvas', 'data-testid': 'result-graph-canvas' }),
  );

  // Table: sortable, CSV; nodes, relationships and paths written as patterns.
  const table = el('div', {});
  renderTable(table, {
    caption: options.title,
    columns: options.columns.map((key) => ({ key, label: key })),
    rows: options.rows.map((row) =>
      row.map((value) => (typeof value === 'object' && value !== null ? valueText(value) : value)),
    ),
    testid: 'cypher-table',
    filename: 'entente-query.csv',
  });
  panels.get('table')!.append(table);

  // Text: the fixed-width table, to read or copy as it is.
  panels
    .get('text')!
    .append(
      el('pre', { className: 'result-text', 'data-testid': 'cypher-text' }, textTable(options.columns, options.rows)),
    );

  replaceChildren(root, tabs, ...panels.values());
  show(options.tab === 'graph' && !hasGraph ? 'table' : (options.tab ?? (hasGraph ? 'graph' : 'table')));
  return { destroy: () => preview?.destroy() };
}

function drawPreview(panel: HTMLElement, options: ResultViewOptions): cytoscape.Core {
  const container = panel.querySelector<HTMLElement>('.result-graph-canvas')!;
  const { nodes, edges } = options.slice;
  return cytoscape({
    container,
    elements: [
      ...nodes.map((node) => ({ group: 'nodes' as const, data: { ...node, parent: undefined } })),
      ...edges.map((edge) => ({ group: 'edges' as const, data: { ...edge } })),
    ],
    style: graphStyle(nodes.length > 300),
    layout: nodes.length > 300 ? { name: 'grid' } : { name: 'cose', animate: false, randomize: false },
  });
}
