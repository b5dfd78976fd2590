// Entry point of the Explorer page: reads the URL, builds the controls, loads the map and exposes test hooks.
import './styles.css';
import { attachActorPicker } from './actorPicker';
import { onActivity } from './api';
import { checkHealth, installErrorBanner, showBanner } from './banner';
import { Curation } from './curation';
import { CypherConsole } from './cypherConsole';
import { bucketFor } from './dates';
import { byId, el } from './dom';
import { viewCaption } from './caption';
import { EdgeTip } from './edgeTip';
import { exportJson, exportPng, exportSvg, legendEntries } from './exporter';
import { Explorer, type HistoryEntry } from './explorer';
import { FilterRail } from './filterRail';
import { isLayoutName, LAYOUT_LABEL, LAYOUTS } from './layouts';
import { drawLegend } from './legend';
import { attachRelationKeys } from './mapRelationKeys';
import { attachSkipLink, installNarrowLayout } from './narrowLayout';
import { stats, timeline } from './queries';
import { holdPositions, parseSavedView, restoreHeldPositions } from './savedView';
import { showStats } from './statsBar';
import { TimelineControl } from './timeline';
import { TraceControl } from './trace';
import type { NodeSingular } from 'cytoscape';
import type { GraphSlice, GraphStats } from './types';
import { defaultViewState, readHash } from './urlState';
import { ViewMemory } from './viewMemory';

declare global {
  interface Window {
    __entente?: {
      readonly cy: import('cytoscape').Core;
      explorer: Explorer;
      ready: boolean;
      /** Milliseconds from navigation start to the first drawn map. */
      firstDrawMs?: number;
      drawSlice(slice: GraphSlice): void;
    };
  }
}

function setting(name: string, fallback: number): number {
  const value = Number(new URLSearchParams(location.search).get(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const explorer = new Explorer(readHash(location.hash, defaultViewState()), {
  cap: setting('cap', 3000),
  webglThreshold: setting('webgl', 2000),
  expandLimit: setting('expand', 40),
  overviewLimit: setting('limit', 500),
  compoundLimit: setting('compound', 1500),
  rollupAt: setting('rollupAt', 60),
});
const hooks = {
  get cy() {
    return explorer.cy;
  },
  explorer,
  ready: false,
  firstDrawMs: undefined as number | undefined,
  drawSlice: (slice: GraphSlice) => explorer.drawSlice(slice, 'test slice'),
};
window.__entente = hooks;

// Zoom, pan and positions go into the view state (and so the URL); relations show their dates on hover.
const memory = new ViewMemory(explorer.state, () => explorer.syncUrl());
explorer.view.onCreate((cy) => memory.bind(cy));
explorer.beforeSync = () => memory.capture(explorer.cy);
const tip = new EdgeTip(byId('map'), (id) => explorer.label(id));
explorer.view.onCreate((cy) => tip.bind(cy));

// Filters, rail and the map.
const rail = new FilterRail(explorer.filters, () => explorer.refilter());
explorer.rail = rail;
explorer.trace = new TraceControl(
  byId('trace'),
  (from, to) => explorer.tracePath(from, to),
  () => explorer.clearPath(),
);
const time = new TimelineControl(
  byId('timeline'),
  (window) => {
    explorer.filters.from = window.from;
    explorer.filters.to = window.to;
    explorer.refilter();
  },
  explorer.state.play,
  () => explorer.syncUrl(),
);
explorer.controls = { sync: () => rail.sync(), allTime: () => time.showAll() };
drawLegend();

// Header search.
const search = byId<HTMLInputElement>('search');
attachActorPicker({
  input: search,
  list: byId<HTMLUListElement>('search-results'),
  onPick: (hit) => void explorer.focusActor(hit.id),
});

// Map toolbar.
const layoutSelect = byId<HTMLSelectElement>('layout');
for (const name of LAYOUTS) layoutSelect.append(el('option', { value: name }, LAYOUT_LABEL[name]));
layoutSelect.value = explorer.state.layout;
layoutSelect.addEventListener('change', () => {
  if (isLayoutName(layoutSelect.value)) explorer.setLayout(layoutSelect.value);
});
byId('btn-relayout').addEventListener('click', () =>
  explorer.view.layout(explorer.state.layout, explorer.state.focus ? [explorer.state.focus] : undefined),
);
byId('btn-fit').addEventListener('click', () => explorer.view.fit());
byId('btn-overview').addEventListener('click', () => {
  explorer.state.focus = undefined;
  explorer.state.expanded = [];
  explorer.panel.empty();
  void explorer.loadOverview().then(() => explorer.syncUrl());
});
byId('btn-unhide').addEventListener('click', () => explorer.unhideAll());
const rollup = byId<HTMLInputElement>('rollup');
rollup.checked = explorer.state.rollup;
rollup.addEventListener('change', () => explorer.setRollup(rollup.checked));

// Export and share: PNG and SVG carry the legend and a caption (period, filters, date); the JSON the whole view.
/** The caption of an exported picture: what the map shows, over which period, with which filters, made when. */
function currentCaption(): ReturnType<typeof viewCaption> {
  const cy = explorer.cy;
  return viewCaption({
    filters: explorer.filters,
    firstDate: shownStats?.firstDate,
    lastDate: shownStats?.lastDate,
    focus: explorer.state.focus ? explorer.label(explorer.state.focus) : undefined,
    mode: explorer.mode,
    counts: { nodes: cy.nodes().not('.filtered').not(':parent').length, edges: cy.edges().not('.filtered').length },
    now: new Date(),
  });
}
byId('btn-png').addEventListener('click', () => {
  exportPng(explorer.cy, currentCaption(), legendEntries(byId('legend'))).catch((error: unknown) =>
    explorer.notify(`Could not export the PNG: ${error instanceof Error ? error.message : String(error)}`),
  );
});
byId('btn-svg').addEventListener('click', () =>
  exportSvg(explorer.cy, currentCaption(), legendEntries(byId('legend'))),
);
byId('btn-json').addEventListener('click', () => {
  explorer.syncUrl();
  exportJson(
    explorer.cy,
    {
      ...explorer.state,
      filters: {
        ...explorer.filters,
        types: [...explorer.filters.types],
        kinds: [...explorer.filters.kinds],
        countries: [...explorer.filters.countries],
      },
    },
    { viewport: { zoom: explorer.cy.zoom(), pan: { ...explorer.cy.pan() } } },
  );
});
// Open a saved view: its link restores focus, filters, expansions, hidden actors and layout; the reloaded page puts
// back every position and the viewport.
const fileOpen = byId<HTMLInputElement>('file-open');
byId('btn-open').addEventListener('click', () => fileOpen.click());
fileOpen.addEventListener('change', async () => {
  const file = fileOpen.files?.[0];
  fileOpen.value = '';
  if (file === undefined) return;
  const view = parseSavedView(await file.text());
  if (view === undefined) {
    explorer.notify(`${file.name} is not a view saved with the JSON button (it needs its "url" and "elements").`);
    return;
  }
  holdPositions(view, sessionStorage);
  const target = new URL(view.url, location.href);
  location.assign(`${location.pathname}${location.search}${target.hash}`);
  location.reload();
});
byId('btn-link').addEventListener('click', async () => {
  explorer.syncUrl();
  const button = byId('btn-link');
  try {
    await navigator.clipboard.writeText(location.href);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Link in address bar';
  }
  setTimeout(() => (button.textContent = 'Copy link'), 1800);
});

// Bottom drawer: console and table.
const drawer = byId('drawer');
const cypher = new CypherConsole(byId('pane-console'), (slice, title) => explorer.drawSlice(slice, title));
function openDrawer(tab: 'console' | 'table' | undefined): void {
  drawer.hidden = tab === undefined;
  explorer.state.drawer = tab;
  for (const name of ['console', 'table'] as const) {
    byId(`tab-${name}`).setAttribute('aria-selected', String(name === tab));
    byId(`pane-${name}`).hidden = name !== tab;
  }
  explorer.setTableOpen(tab === 'table');
  if (tab === 'console') void cypher.open();
  if (tab === 'table') byId('pane-table').querySelector<HTMLElement>('th button')?.focus();
  explorer.view.cy.resize();
  explorer.syncUrl();
}
byId('btn-console').addEventListener('click', () =>
  openDrawer(explorer.state.drawer === 'console' ? undefined : 'console'),
);
byId('btn-table').addEventListener('click', () => openDrawer(explorer.state.drawer === 'table' ? undefined : 'table'));
byId('tab-console').addEventListener('click', () => openDrawer('console'));
byId('tab-table').addEventListener('click', () => openDrawer('table'));
byId('drawer-close').addEventListener('click', () => openDrawer(undefined));

// Keyboard: "/" searches; on the map Enter expands, H hides, C collapses, F fits, Esc clears.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.closest('input, textarea, select, [contenteditable]') !== null;
  if (event.key === '/' && !typing) {
    event.preventDefault();
    search.focus();
    search.select();
  }
});
byId('map').addEventListener('keydown', (event) => {
  const selected = explorer.cy.nodes(':selected').first();
  const id = selected.empty() ? undefined : selected.id();
  if (event.key === 'Enter' && id) void explorer.expand(id);
  else if ((event.key === 'h' || event.key === 'Delete') && id) explorer.hide(id);
  else if (event.key === 'c' && id) explorer.collapse(id);
  else if (event.key.startsWith('Arrow')) {
    // Walk the map by keyboard: from nothing to the most connected actor, then from neighbour to neighbour.
    const cy = explorer.cy;
    const visible = cy.nodes().not('.filtered').not(':parent');
    const ring = selected.empty()
      ? visible.sort((a, b) => (b as NodeSingular).degree(false) - (a as NodeSingular).degree(false))
      : selected
          .closedNeighborhood()
          .nodes()
          .not('.filtered')
          .not(':parent')
          .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))));
    if (ring.empty()) return;
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
    const at = selected.empty() ? -1 : ring.map((n) => n.id()).indexOf(selected.id());
    const next = selected.empty() ? ring.first() : ring[(at + step + ring.length) % ring.length];
    if (next !== undefined) {
      explorer.select(next.id(), true);
      byId('map-announce').textContent =
        `${String(next.data('label'))}, ${String(next.data('kind'))}, ${(next as NodeSingular).degree(false)} links`;
    }
  } else if (event.key === 'f') explorer.view.fit();
  else if (event.key === 'Escape') {
    explorer.cy.elements(':selected').unselect();
    explorer.cy.elements().removeClass('faded');
  } else return;
  event.preventDefault();
});

// Keyboard and narrow windows: a skip link to the map, R walks relations, rail and panel fold away under 1000 px.
attachSkipLink(byId<HTMLAnchorElement>('skip-to-map'), byId('map'));
attachRelationKeys(byId('map'), byId('map-announce'), {
  get cy() {
    return explorer.cy;
  },
  select: (id, centre) => explorer.select(id, centre),
  label: (id) => explorer.label(id),
});
installNarrowLayout(document.querySelector<HTMLElement>('.map-toolbar')!, byId('rail'), byId('panel'));

// Long layouts show the same indicator with their own message.
explorer.view.onBusy = (message) => {
  const loading = byId('loading');
  loading.replaceChildren(el('span', { className: 'spinner', 'aria-hidden': 'true' }), message ?? 'Loading…');
  loading.hidden = message === undefined;
};

// Loading indicator: shown when a call takes longer than 150 ms.
let loadingTimer: ReturnType<typeof setTimeout> | undefined;
onActivity((pending) => {
  const loading = byId('loading');
  if (pending > 0 && loadingTimer === undefined) loadingTimer = setTimeout(() => (loading.hidden = false), 150);
  if (pending === 0) {
    clearTimeout(loadingTimer);
    loadingTimer = undefined;
    loading.hidden = true;
  }
});

/** What the header shows; compared with a fresh reading to tell that an import changed the graph. */
let shownStats: GraphStats | undefined;
const STATS_EVERY_MS = 60_000;

/** The header follows the graph: on return to the tab, and each minute while it is visible, the counts are read again. */
async function refreshStats(): Promise<void> {
  if (document.visibilityState !== 'visible' || shownStats === undefined) return;
  const fresh = await stats().catch(() => undefined);
  if (fresh === undefined) return;
  const before = shownStats;
  showStats(fresh);
  shownStats = fresh;
  const added = fresh.articles - before.articles;
  const changed = (['actors', 'meetings', 'stances', 'articles'] as const).some((k) => fresh[k] !== before[k]);
  if (changed) {
    const what = added > 0 ? `${added} article${added === 1 ? '' : 's'} added` : 'the graph changed';
    explorer.offerRedraw(`Since this map was drawn, ${what}.`);
  }
}
document.addEventListener('visibilitychange', () => void refreshStats());
window.addEventListener('focus', () => void refreshStats());
setInterval(() => void refreshStats(), STATS_EVERY_MS);

// The entry the page opened on remembers its focus too, so Back from a first focus lands here, not outside the app.
history.replaceState({ focus: explorer.state.focus ?? null } satisfies HistoryEntry, '', location.href);
window.addEventListener('popstate', (event) => void explorer.restoreFocus(event.state as HistoryEntry | null));

// Curation: read-only unless the token is a curator's; after a fix the map is drawn again and the actor reopened.
const curation = new Curation(
  {
    async refresh(focus) {
      const keep = focus ?? explorer.state.focus;
      await explorer.loadOverview();
      for (const id of explorer.state.expanded) await explorer.expand(id, undefined, false);
      explorer.refilter();
      if (keep) await explorer.focusActor(keep);
      void stats().then((s) => (showStats(s), (shownStats = s)));
    },
    label: (id) => explorer.label(id),
    showPanel: (title, subtitle, body) => explorer.panel.showView(title, subtitle, body),
  },
  byId('curation-bar'),
);
explorer.panel.tools = {
  claim: (evidence) => curation.claimTools(evidence),
  actor: (node) => curation.actorTools(node),
};

async function start(): Promise<void> {
  const state = explorer.state;
  // What the URL asked for that loading the map would overwrite: kept aside, applied once the map is drawn.
  memory.tracking = false;
  const opening = { hidden: [...state.hidden], positions: state.positions, viewport: state.viewport };
  await curation.init();
  const [statsResult, mapResult] = await Promise.allSettled([
    stats().then((s) => (showStats(s), (shownStats = s), (explorer.totalActors = s.actors), s)),
    explorer.loadOverview(),
  ]);
  if (mapResult.status === 'rejected') throw mapResult.reason;
  hooks.firstDrawMs = performance.now();
  const s = statsResult.status === 'fulfilled' ? statsResult.value : undefined;
  const bucket = bucketFor(s?.firstDate, s?.lastDate);
  timeline(bucket)
    .then((buckets) => time.load(buckets, bucket, { from: state.filters.from, to: state.filters.to }))
    .catch(() => byId('timeline').replaceChildren(el('p', { className: 'muted' }, 'Timeline unavailable.')));
  for (const id of state.expanded) await explorer.expand(id, undefined, false);
  if (state.focus) await explorer.focusActor(state.focus);
  explorer.rehide(opening.hidden);
  if (state.path) {
    const [from, to] = state.path;
    explorer.trace?.setEnd('from', from, explorer.label(from));
    explorer.trace?.setEnd('to', to, explorer.label(to));
  }
  if (state.blocs) await explorer.applyBlocs();
  if (state.drawer) openDrawer(state.drawer);
  explorer.refilter();
  // Once the layout has stopped: a saved view's positions win, then the actors moved by hand and the viewport.
  await explorer.view.settled;
  const held = restoreHeldPositions(explorer.cy, sessionStorage);
  const viewport = held?.viewport ?? opening.viewport;
  memory.apply(explorer.cy, held === undefined ? opening.positions : undefined, viewport);
  if (held !== undefined && viewport === undefined) explorer.view.fit();
  memory.tracking = true;
  explorer.syncUrl();
  hooks.ready = true;
  document.body.dataset.ready = 'true';
}

installErrorBanner(() => void start());
rail.sync();
start().catch(async (error: unknown) => {
  const healthy = await checkHealth();
  if (healthy)
    showBanner(
      `The map could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      'error',
      () => void start(),
    );
  document.body.dataset.ready = 'error';
});
