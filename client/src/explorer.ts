// The Explorer controller: the view's state, and what loading, focusing, expanding, filtering and tracing do to the map.
import type { Collection, Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import { ApiError } from './api';
import { BlocControl } from './blocs';
import { capSlice } from './cap';
import { centrality, relativeSizes } from './centrality';
import { byId, el, replaceChildren } from './dom';
import type { EdgeData } from './elements';
import { toElements } from './elements';
import type { Filters } from './filters';
import type { FilterKey } from './filters';
import { applyFilters, countryOf, emptyMapCauses, undoFilter } from './filters';
import type { FilterRail } from './filterRail';
import { GraphView } from './graphView';
import { LabelPriority } from './labelPriority';
import { drawLegend } from './legend';
import { drawMapTable } from './mapTable';
import type { Omissions } from './omissionNote';
import { drawOmissionNote } from './omissionNote';
import { EvidencePanel } from './panel';
import { actorPanel, edgeEvidence, neighbourhood, overview, shortestPath, unrelated } from './queries';
import { SizeKey } from './sizeKey';
import { GraphStore } from './store';
import type { TraceControl } from './trace';
import type { GraphEdge, GraphNode, GraphSlice } from './types';
import { ACTOR_KINDS } from './types';
import type { ViewState } from './urlState';
import { writeHash } from './urlState';

export interface ExplorerSettings {
  /** Never draw more elements than this without asking. */
  cap: number;
  /** Switch to the WebGL renderer above this many elements. */
  webglThreshold: number;
  /** Neighbours fetched per expansion (doubled by "show more"). */
  expandLimit: number;
  overviewLimit: number;
  /** Above this many elements officials are drawn next to their country instead of inside it. */
  compoundLimit: number;
  /** An overview of more actors than this opens rolled up (officials inside their countries), unless the URL says. */
  rollupAt: number;
}

/** What the page's other controls do for the map: bring the filter rail and the time window in line with the filters. */
export interface FilterControls {
  /** The filters changed in code: show them in the rail. */
  sync(): void;
  /** Back to the whole period (the time control owns the window). */
  allTime(): void;
}

/** What a history entry of the page remembers: the actor in focus then. */
export interface HistoryEntry {
  focus: string | null;
}

export class Explorer {
  readonly store = new GraphStore();
  readonly view: GraphView;
  readonly panel: EvidencePanel;
  readonly blocs: BlocControl;
  rail?: FilterRail;
  trace?: TraceControl;
  private capApproved = false;
  private expandLimits = new Map<string, number>();
  private pathIds = new Set<string>();
  private tableOpen = false;
  /** 'overview' or the title of a console result drawn instead. */
  mode = 'overview';
  /** Countries opened while rolled up: their officials are drawn inside them. */
  readonly open = new Set<string>();
  readonly sizeKey: SizeKey;
  readonly labels = new LabelPriority(() => this.cy);
  controls?: FilterControls;
  /** Actors in the graph (the header's count), for the note of what the map leaves out. */
  totalActors?: number;
  private unrelatedCount = 0;
  /** Officials drawn as their country in the last render. */
  private rolledUp = 0;
  /** Actors left out by the drawing cap in the last render. */
  private capped = 0;
  /** Called before the URL is written, to bring the state up to date with the map (positions, viewport). */
  beforeSync: (() => void) | undefined;

  constructor(
    public state: ViewState,
    readonly settings: ExplorerSettings,
  ) {
    this.view = new GraphView(byId('map'), settings.webglThreshold);
    this.panel = new EvidencePanel(byId('panel'), {
      focus: (id) => void this.focusActor(id),
      expand: (id) => void this.expand(id),
      collapse: (id) => this.collapse(id),
      hide: (id) => this.hide(id),
      pathEnd: (id, end) => this.trace?.setEnd(end, id, this.label(id)),
      label: (id) => this.label(id),
    });
    this.blocs = new BlocControl(byId('blocs'), (on) => {
      this.state.blocs = on;
      void this.applyBlocs();
      this.syncUrl();
    });
    this.sizeKey = new SizeKey(byId('size-key'), state.sizeBy, (measure) => {
      this.state.sizeBy = measure;
      this.refilter();
      this.syncUrl();
    });
    this.view.onCreate((cy) => {
      this.bind(cy);
      this.labels.bind(cy);
    });
    this.view.onLayoutStop = () => this.labels.update();
  }

  get cy(): Core {
    return this.view.cy;
  }

  get filters(): Filters {
    return this.state.filters;
  }

  label(id: string): string {
    const node = this.store.nodes.get(id);
    if (node !== undefined) return node.label;
    return id.startsWith('country:') ? id.slice('country:'.length) : id;
  }

  private bind(cy: Core): void {
    cy.on('tap', 'node', (event) => this.select(event.target.id()));
    cy.on('tap', 'edge', (event) => this.select(event.target.id()));
    cy.on('dbltap', 'node', (event) => void this.expand(event.target.id()));
    cy.on('tap', (event) => {
      if (event.target === cy) {
        this.clearFocus();
        this.panel.empty();
        this.state.focus = undefined;
        this.syncUrl();
      }
    });
  }

  /**
   * Keep the URL on the view. A new focus is a new history entry, so Back returns to the actor before; every other
   * change (filters, layout, expansions) rewrites the current entry.
   */
  syncUrl(): void {
    this.beforeSync?.();
    const url = `${location.pathname}${location.search}${writeHash(this.state)}`;
    const focus = this.state.focus ?? null;
    const entry = (history.state as HistoryEntry | null)?.focus ?? null;
    if (focus !== entry) history.pushState({ focus } satisfies HistoryEntry, '', url);
    else if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState({ focus }, '', url);
  }

  /** Back and Forward: return to the focus of that history entry (the rest of the view stays as it is). */
  async restoreFocus(entry: HistoryEntry | null): Promise<void> {
    const focus = entry?.focus ?? null;
    if (focus === (this.state.focus ?? null)) return;
    if (focus !== null) return this.focusActor(focus);
    this.clearFocus();
    this.cy.elements(':selected').unselect();
    this.panel.empty();
    this.state.focus = undefined;
    this.syncUrl();
  }

  /** The ids the filters must not hide: the focus and the traced path. */
  private keep(): Set<string> {
    const keep = new Set(this.pathIds);
    if (this.state.focus) keep.add(this.state.focus);
    return keep;
  }

  /** Draw the store (capped), apply the filters, lay out. */
  render(relayout: 'all' | 'new' | 'none'): void {
    const visible = this.store.visible();
    const elementsOf = (slice: { nodes: GraphNode[]; edges: GraphEdge[] }): ElementDefinition[] =>
      toElements(slice.nodes, slice.edges, {
        rollup: this.state.rollup,
        compound: slice.nodes.length + slice.edges.length <= this.settings.compoundLimit,
        open: this.open,
      });
    // The cap counts what is drawn: a rolled-up map merges officials and their relations into their countries'.
    let drawn = visible;
    let elements = elementsOf(visible);
    const total = elements.length;
    const capBar = byId('cap-bar');
    if (total > this.settings.cap && !this.capApproved) {
      drawn = capSlice(visible.nodes, visible.edges, this.settings.cap, this.keep());
      elements = elementsOf(drawn);
      this.showCapBar(
        `Showing the ${drawn.nodes.length} most connected actors (${elements.length} of ${total} elements).`,
        `Show all ${total}?`,
        () => {
          this.capApproved = true;
          this.render('all');
        },
      );
    } else if (capBar.dataset.kind === 'cap') capBar.hidden = true;
    this.capped = visible.nodes.length - drawn.nodes.length;
    this.rolledUp = this.state.rollup
      ? drawn.nodes.length - elements.filter((element) => element.group === 'nodes').length
      : 0;
    const added = this.view.draw(elements, { layout: this.state.layout, relayout: 'none' });
    this.refilter(false);
    this.markFocus();
    if (relayout === 'all' || (relayout === 'new' && added.length > 0))
      this.view.layout(
        this.state.layout,
        this.state.focus ? [this.state.focus] : undefined,
        relayout === 'new' && this.cy.nodes().length > added.length,
      );
    if (this.state.blocs) void this.applyBlocs();
    this.rail?.setCountries(this.countries());
    // Expansions bring hidden actors back: the state follows the store.
    this.state.hidden = [...this.store.hidden];
    const unhide = byId<HTMLButtonElement>('btn-unhide');
    unhide.hidden = this.store.hidden.size === 0;
    unhide.textContent = `Show hidden (${this.store.hidden.size})`;
    byId('map').dataset.renderer = this.view.webgl ? 'webgl' : 'canvas';
  }

  /** The graph changed under the map (an import ran): say what changed and offer to redraw the overview. */
  offerRedraw(message: string): void {
    this.showCapBar(
      message,
      'Redraw the map',
      () => void this.loadOverview().then(() => this.refilter()),
      'graph-changed',
    );
  }

  private showCapBar(message: string, action: string, run: () => void, kind = 'cap'): void {
    const bar = byId('cap-bar');
    bar.dataset.kind = kind;
    replaceChildren(
      bar,
      el('span', { 'data-testid': `${kind}-message` }, message),
      el(
        'button',
        { type: 'button', 'data-testid': kind === 'cap' ? 'cap-show-all' : `${kind}-action`, onclick: run },
        action,
      ),
      el(
        'button',
        { type: 'button', className: 'icon', 'aria-label': 'Dismiss', onclick: () => (bar.hidden = true) },
        '✕',
      ),
    );
    bar.hidden = false;
  }

  private countries(): { code: string; name: string }[] {
    const seen = new Map<string, string>();
    for (const node of this.store.nodes.values()) {
      const code = countryOf(node);
      if (code === undefined) continue;
      if (node.kind === 'Country') seen.set(code, node.label);
      else if (!seen.has(code)) seen.set(code, code);
    }
    return [...seen].map(([code, name]) => ({ code, name }));
  }

  /** Re-apply the filters to the drawn map (fast: no request, no layout). */
  refilter(sync = true): void {
    const counts = applyFilters(this.cy, this.filters, this.keep());
    byId('map-count').textContent =
      `${counts.nodes} actors · ${counts.edges} relations${this.mode === 'overview' ? '' : ` · ${this.mode}`}`;
    this.applySizes();
    this.labels.update();
    this.noteOmissions(counts.nodes);
    this.showEmptyState(counts.nodes);
    if (this.tableOpen) this.drawTable();
    if (sync) this.syncUrl();
  }

  /** Size every drawn actor by the measure picked, over what the filters leave (data `size` in [0, 1]). */
  private applySizes(): void {
    const cy = this.cy;
    const nodes = cy.nodes().not('.filtered');
    const edges = cy.edges().not('.filtered');
    const values = centrality(
      nodes.map((node) => node.id()),
      edges.map((edge) => ({
        source: edge.data('source') as string,
        target: edge.data('target') as string,
        articleCount: Number(edge.data('articleCount') ?? 1),
      })),
      this.state.sizeBy,
    );
    const sizes = relativeSizes(values);
    cy.batch(() => nodes.forEach((node) => void node.data('size', sizes.get(node.id()) ?? 0)));
    const all = [...values.values()];
    this.sizeKey.show(this.state.sizeBy, all.length > 0 ? Math.min(...all) : 0, all.length > 0 ? Math.max(...all) : 0);
    byId('map').dataset.sizeBy = this.state.sizeBy;
  }

  /** Fetch how many actors have no relation (the overview ranks by relations and never draws them). */
  private async countUnrelated(): Promise<void> {
    const found = await unrelated().catch(() => undefined);
    this.unrelatedCount = found?.count ?? 0;
    this.unrelatedList = found;
    this.noteOmissions(this.cy.nodes().not('.filtered').length);
  }

  private unrelatedList: Awaited<ReturnType<typeof unrelated>> | undefined;

  /** Beside the counts: what the map does not draw and why, each with the click that draws it. */
  private noteOmissions(visibleNodes: number): void {
    const overview = this.mode === 'overview';
    const loaded = this.cy.nodes().length;
    const drawnActors = this.store.visible().nodes.length;
    const omissions: Omissions = {
      unrelated: overview ? this.unrelatedCount : 0,
      beyondLimit:
        overview && this.store.truncated && this.totalActors !== undefined
          ? Math.max(0, this.totalActors - this.unrelatedCount - drawnActors - this.store.hidden.size)
          : 0,
      rolledUp: this.rolledUp,
      capped: this.capped,
      filtered: Math.max(0, loaded - visibleNodes),
      hidden: this.store.hidden.size,
    };
    drawOmissionNote(byId('map-omitted'), omissions, {
      listUnrelated: () => {
        const found = this.unrelatedList;
        if (found !== undefined) this.panel.showUnrelated(found.count, found.actors);
      },
      loadMore: () => {
        this.settings.overviewLimit *= 2;
        void this.loadOverview();
      },
      showAll: () => {
        this.capApproved = true;
        this.render('all');
      },
      unroll: () => {
        this.setRollup(false);
        byId<HTMLInputElement>('rollup').checked = false;
      },
      resetFilters: () => this.resetFilters(),
      unhide: () => this.unhideAll(),
    });
  }

  /** Undo one filter, or every one; the rail and the time window follow. */
  undoFilter(key: FilterKey | 'all'): void {
    if (key === 'all' || key === 'time') this.controls?.allTime();
    if (key === 'all')
      for (const k of ['countries', 'types', 'kinds', 'confidence', 'articles'] as const) undoFilter(this.filters, k);
    else undoFilter(this.filters, key);
    this.controls?.sync();
    this.refilter();
  }

  resetFilters(): void {
    this.undoFilter('all');
  }

  /** Over a map whose filters hide every actor loaded: say which filters do it, instead of a blank canvas. */
  private showEmptyState(visibleNodes: number): void {
    const box = byId('map-empty');
    const causes = visibleNodes === 0 && this.store.nodes.size > 0 ? emptyMapCauses(this.filters) : [];
    box.hidden = causes.length === 0;
    if (causes.length === 0) return;
    const loaded = this.store.nodes.size;
    replaceChildren(
      box,
      el('strong', {}, `Nothing to draw: the filters hide all ${loaded} actor${loaded === 1 ? '' : 's'} loaded.`),
      el(
        'ul',
        {},
        ...causes.map((cause) =>
          el(
            'li',
            {},
            `${cause.reason} `,
            el(
              'button',
              {
                type: 'button',
                className: 'link-button',
                'data-testid': `empty-undo-${cause.key}`,
                onclick: () => this.undoFilter(cause.key),
              },
              cause.undo,
            ),
          ),
        ),
      ),
      causes.length > 1
        ? el(
            'button',
            { type: 'button', 'data-testid': 'empty-undo-all', onclick: () => this.resetFilters() },
            'Clear every filter',
          )
        : null,
    );
  }

  setTableOpen(open: boolean): void {
    this.tableOpen = open;
    if (open) this.drawTable();
  }

  private drawTable(): void {
    drawMapTable(byId('pane-table'), this.cy, (id) => this.select(id, true));
  }

  async loadOverview(): Promise<void> {
    const slice = await overview({ limit: this.settings.overviewLimit });
    this.mode = 'overview';
    this.capApproved = false;
    this.store.replace(slice);
    this.open.clear();
    // At overview scale officials are rolled up into their countries, unless roll-up was chosen either way.
    if (!this.state.rollupChosen) {
      this.state.rollup = slice.nodes.length > this.settings.rollupAt;
      byId<HTMLInputElement>('rollup').checked = this.state.rollup;
    }
    this.render('all');
    void this.countUnrelated();
    if (slice.nodes.length === 0) {
      const bar = byId('cap-bar');
      bar.dataset.kind = 'empty';
      replaceChildren(
        bar,
        el(
          'span',
          { 'data-testid': 'empty-graph' },
          'The graph is empty: import articles with `npm run import -- <files or folders>`, then reload.',
        ),
      );
      bar.hidden = false;
    } else if (byId('cap-bar').dataset.kind === 'empty') byId('cap-bar').hidden = true;
  }

  /** Replace the map with a slice (console results, the test hook). */
  drawSlice(slice: GraphSlice, mode: string): void {
    if (byId('cap-bar').dataset.kind === 'empty') byId('cap-bar').hidden = true;
    this.mode = mode;
    this.capApproved = false;
    this.pathIds.clear();
    this.store.replace(slice);
    this.render('all');
  }

  private clearFocus(): void {
    this.cy.nodes('.focus').removeClass('focus');
    this.cy.elements().removeClass('faded');
  }

  private markFocus(): void {
    this.cy.nodes('.focus').removeClass('focus');
    if (this.state.focus) this.cy.getElementById(this.state.focus).addClass('focus');
  }

  /** Select a node or edge on the map, centre it and open its evidence. */
  select(id: string, centre = false): void {
    const element = this.cy.getElementById(id);
    if (element.empty()) return;
    this.cy.elements(':selected').unselect();
    element.select();
    this.clearFocus();
    if (element.isNode()) {
      this.state.focus = id;
      element.addClass('focus');
      const node = element as unknown as NodeSingular;
      const near = node.closedNeighborhood().union(node.children()).union(node.parent());
      this.cy.elements().not(near).not('.filtered').addClass('faded');
      const data = this.store.nodes.get(id) ?? (node.data() as GraphNode);
      if ((ACTOR_KINDS as readonly string[]).includes(data.kind)) void this.panel.showActor(data, actorPanel(id));
      else this.panel.showProperties(node.data() as Record<string, unknown>);
    } else {
      const edgeElement = element as unknown as EdgeSingular;
      const edge = edgeElement.data() as EdgeData;
      this.cy.elements().not(edgeElement.connectedNodes().union(edgeElement)).addClass('faded');
      this.panel.showEdge(edge, () => edgeEvidence(edge.members.slice(0, 200)));
    }
    if (centre) {
      const near = element.isNode()
        ? (element as unknown as NodeSingular).closedNeighborhood().not('.filtered')
        : (element as unknown as EdgeSingular).connectedNodes().union(element);
      // Frame once the layout that may be running has placed the neighbours.
      void this.view.settled.then(() => this.frame(near));
    }
    this.syncUrl();
  }

  /** Fit the view to some elements, without zooming in further than 1.4. */
  private frame(elements: Collection): void {
    this.view.frame(elements, 1.4, true);
  }

  /** Find an actor: bring its neighbourhood in if needed, then centre, highlight and open it. */
  async focusActor(id: string): Promise<void> {
    if (!this.store.nodes.has(id) || this.cy.getElementById(id).empty()) {
      this.store.unhideAll();
      await this.expand(id, undefined, false);
    }
    this.state.focus = id;
    this.openCountryOf(id);
    this.refilter(false);
    this.select(id, true);
  }

  /** A focused official is drawn inside its country, opened for it while the map is rolled up. */
  private openCountryOf(id: string): void {
    const parent = this.store.nodes.get(id)?.parent;
    if (!this.state.rollup || parent == null || this.open.has(parent) || !this.store.nodes.has(parent)) return;
    this.open.add(parent);
    this.render('new');
  }

  /** Bring in an actor's neighbours (capped; "show more" doubles the cap). */
  async expand(id: string, limit?: number, select = true): Promise<void> {
    const wanted = limit ?? this.expandLimits.get(id) ?? this.settings.expandLimit;
    let slice: GraphSlice;
    try {
      slice = await neighbourhood([id], wanted);
    } catch (error) {
      this.flash(`Could not expand: ${error instanceof ApiError ? error.message : String(error)}`);
      return;
    }
    // An actor merged into another (curation) answers as that one: expand and remember the actor it is now.
    if (!slice.nodes.some((n) => n.id === id) && slice.nodes[0] !== undefined) {
      const now = slice.nodes[0].id;
      this.state.expanded = this.state.expanded.map((x) => (x === id ? now : x));
      if (this.state.focus === id) this.state.focus = now;
      id = now;
    }
    this.expandLimits.set(id, wanted);
    // Expanding a rolled-up country opens it: its officials are drawn inside it.
    if (this.state.rollup && this.store.nodes.get(id)?.kind !== 'Official') this.open.add(id);
    const added = this.store.expand(id, slice);
    if (!this.state.expanded.includes(id)) this.state.expanded.push(id);
    this.render('new');
    if (slice.truncated) {
      this.showCapBar(
        `${this.label(id)}: showing ${slice.nodes.length - 1} neighbours.`,
        'Show more',
        () => void this.expand(id, wanted * 2),
      );
    } else if (select)
      this.flash(
        added.length === 0
          ? `${this.label(id)}: no new neighbour.`
          : `${this.label(id)}: ${added.length} neighbour${added.length === 1 ? '' : 's'} added.`,
      );
    if (select) this.select(id);
    this.syncUrl();
  }

  /** A short message over the map (the same place as the cap and expansion messages). */
  notify(message: string): void {
    this.flash(message);
  }

  private flash(message: string): void {
    const bar = byId('cap-bar');
    bar.dataset.kind = 'flash';
    replaceChildren(bar, el('span', { 'data-testid': 'flash' }, message));
    bar.hidden = false;
    setTimeout(() => {
      if (bar.dataset.kind === 'flash') bar.hidden = true;
    }, 2500);
  }

  collapse(id: string): void {
    this.open.delete(id);
    const removed = this.store.collapse(id, this.keep());
    this.state.expanded = this.state.expanded.filter((other) => other !== id);
    this.render('none');
    this.flash(
      removed === 0
        ? `Nothing to collapse under ${this.label(id)}.`
        : `${removed} actor${removed === 1 ? '' : 's'} collapsed.`,
    );
    this.syncUrl();
  }

  hide(id: string): void {
    this.store.hide(id);
    if (this.state.focus === id) {
      this.state.focus = undefined;
      this.panel.empty();
    }
    this.render('none');
    this.syncUrl();
  }

  unhideAll(): void {
    this.store.unhideAll();
    this.render('new');
    this.syncUrl();
  }

  /** Hide actors again when a view reopens (after its expansions, which bring hidden actors back). */
  rehide(ids: readonly string[]): void {
    const drawn = ids.filter((id) => this.store.nodes.has(id) && id !== this.state.focus);
    if (drawn.length === 0) return;
    for (const id of drawn) this.store.hide(id);
    this.render('none');
  }

  /** Highlight the shortest path between two actors; returns a sentence describing it. */
  async tracePath(from: string, to: string): Promise<string> {
    const slice = await shortestPath(from, to);
    this.state.path = [from, to];
    this.syncUrl();
    if (slice.nodes.length === 0) {
      this.clearPath();
      return `No path between ${this.label(from)} and ${this.label(to)}.`;
    }
    this.store.add(slice);
    this.pathIds = new Set([...slice.nodes.map((node) => node.id), ...slice.edges.map((edge) => edge.id)]);
    this.render('new');
    this.cy.batch(() => {
      this.cy.elements('.on-path').removeClass('on-path');
      for (const id of this.pathIds) this.cy.getElementById(id).addClass('on-path');
      // Rolled-up edges carry their members' ids.
      this.cy.edges().forEach((edge) => {
        const members = (edge.data('members') as string[] | undefined) ?? [];
        if (members.some((member) => this.pathIds.has(member))) edge.addClass('on-path');
      });
    });
    const onPath = this.cy.elements('.on-path');
    this.cy.animate({ fit: { eles: onPath, padding: 80 } }, { duration: 300 });
    const order = orderPath(slice, from);
    return `${order.map((id) => this.label(id)).join(' → ')} (${slice.edges.length} step${slice.edges.length === 1 ? '' : 's'})`;
  }

  clearPath(): void {
    this.pathIds.clear();
    this.state.path = undefined;
    this.cy.elements('.on-path').removeClass('on-path');
    this.syncUrl();
  }

  async applyBlocs(): Promise<void> {
    drawLegend(await this.blocs.apply(this.cy, this.state.blocs));
  }

  setLayout(name: ViewState['layout']): void {
    this.state.layout = name;
    this.view.layout(name, this.state.focus ? [this.state.focus] : undefined);
    this.syncUrl();
  }

  setRollup(on: boolean): void {
    this.state.rollup = on;
    this.state.rollupChosen = true;
    this.open.clear();
    this.render('all');
    this.syncUrl();
  }
}

/** The path's actors in order from `from`, walking its edges. */
function orderPath(slice: GraphSlice, from: string): string[] {
  const order = [from];
  const used = new Set<string>();
  let current = from;
  for (let step = 0; step < slice.edges.length; step += 1) {
    const edge = slice.edges.find((e) => !used.has(e.id) && (e.source === current || e.target === current));
    if (edge === undefined) break;
    used.add(edge.id);
    current = edge.source === current ? edge.target : edge.source;
    order.push(current);
  }
  return order;
}
