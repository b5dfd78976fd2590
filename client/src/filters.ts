// The analyst's filters (relation, kind, country, confidence, articles, time window) and how they hide map elements.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { carriesEveryClaim } from './edgeDates';
import type { ActorKind, Evidence, RelationType } from './types';
import { ACTOR_KINDS, RELATION_TYPES } from './types';

export interface Filters {
  types: Set<RelationType>;
  kinds: Set<ActorKind>;
  /** ISO codes; empty means every country. */
  countries: Set<string>;
  minConfidence: number;
  minArticles: number;
  from?: string;
  to?: string;
}

export function defaultFilters(): Filters {
  return {
    types: new Set(RELATION_TYPES),
    kinds: new Set(ACTOR_KINDS),
    countries: new Set(),
    minConfidence: 0,
    minArticles: 1,
  };
}

/** The ISO code an actor belongs to (a country node is its own code). */
export function countryOf(data: { id: string; kind: string; country?: string | null }): string | undefined {
  if (data.country != null && data.country !== '') return data.country;
  if (data.kind === 'Country' && data.id.startsWith('country:')) return data.id.slice('country:'.length);
  return undefined;
}

/**
 * An edge is in the window when one of its claims is. A slice ships only an edge's newest few sentences, so when
 * those miss the window and the edge has more claims than it carries, its first-to-last span decides.
 */
function edgeInWindow(
  data: { evidence?: Evidence[]; firstDate?: string | null; lastDate?: string | null; count?: number },
  from: string | undefined,
  to: string | undefined,
): boolean {
  if (from === undefined && to === undefined) return true;
  const lo = from ?? '0000';
  const hi = to ?? '9999';
  const dated = (data.evidence ?? []).filter((item) => item.date != null && item.date !== '');
  if (dated.some((item) => (item.date as string) >= lo && (item.date as string).slice(0, hi.length) <= hi)) return true;
  if (dated.length > 0 && carriesEveryClaim(data)) return false;
  const first = data.firstDate ?? data.lastDate;
  const last = data.lastDate ?? data.firstDate;
  if (first == null || last == null) return false;
  return first.slice(0, hi.length) <= hi && last >= lo;
}

/** Edge filters remove edges; once any is active, actors left without a visible edge go too. */
function edgeFiltersActive(filters: Filters): boolean {
  return (
    filters.types.size < RELATION_TYPES.length ||
    filters.minConfidence > 0 ||
    filters.minArticles > 1 ||
    filters.from !== undefined ||
    filters.to !== undefined
  );
}

export function edgePasses(edge: EdgeSingular, filters: Filters): boolean {
  const data = edge.data() as {
    type: RelationType;
    confidence?: number;
    articleCount?: number;
    evidence?: Evidence[];
    firstDate?: string;
    lastDate?: string;
    count?: number;
  };
  if ((RELATION_TYPES as readonly string[]).includes(data.type) && !filters.types.has(data.type)) return false;
  if ((data.confidence ?? 1) < filters.minConfidence) return false;
  if ((data.articleCount ?? 1) < filters.minArticles) return false;
  return edgeInWindow(data, filters.from, filters.to);
}

function nodePasses(node: NodeSingular, filters: Filters): boolean {
  const data = node.data() as { id: string; kind: ActorKind };
  return !(ACTOR_KINDS as readonly string[]).includes(data.kind) || filters.kinds.has(data.kind);
}

/** Whether an actor belongs to a ticked country (every actor does when none is ticked). */
function inCountries(node: NodeSingular, filters: Filters): boolean {
  if (filters.countries.size === 0) return true;
  const code = countryOf(node.data() as { id: string; kind: string; country?: string | null });
  return code !== undefined && filters.countries.has(code);
}

/**
 * Hide (class "filtered") what the filters exclude; `keep` stays visible regardless (the focus). Ticked countries show
 * their actors' relations and the actors at the other end, whatever their country (a country alone has no relation to
 * draw: ticking one drew an empty map). Works on element data only, because creating Cytoscape collections per element
 * (source(), parent()...) dominates on big graphs.
 */
export function applyFilters(
  cy: Core,
  filters: Filters,
  keep: ReadonlySet<string> = new Set(),
): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  cy.batch(() => {
    const shown = new Set<string>();
    const ticked = new Set<string>();
    const parentOf = new Map<string, string>();
    cy.nodes().forEach((node) => {
      const id = node.id();
      const parent = node.data('parent') as string | undefined;
      if (parent != null) parentOf.set(id, parent);
      if (keep.has(id) || nodePasses(node, filters)) shown.add(id);
      if (inCountries(node, filters)) ticked.add(id);
    });
    const pruneLonely = edgeFiltersActive(filters) || filters.countries.size > 0;
    const touched = new Set<string>();
    cy.edges().forEach((edge) => {
      const source = edge.data('source') as string;
      const target = edge.data('target') as string;
      const visible =
        shown.has(source) &&
        shown.has(target) &&
        (ticked.has(source) || ticked.has(target)) &&
        edgePasses(edge, filters);
      if (edge.hasClass('filtered') === visible) edge.toggleClass('filtered', !visible);
      if (visible) {
        edges += 1;
        touched.add(source);
        touched.add(target);
      }
    });
    // A country (compound parent) stays when one of its officials does.
    const visibleNodes = new Set<string>();
    for (const id of shown) if (!pruneLonely || touched.has(id) || keep.has(id)) visibleNodes.add(id);
    for (const [child, parent] of parentOf) if (visibleNodes.has(child) && shown.has(parent)) visibleNodes.add(parent);
    cy.nodes().forEach((node) => {
      const visible = visibleNodes.has(node.id());
      if (node.hasClass('filtered') === visible) node.toggleClass('filtered', !visible);
    });
    nodes = visibleNodes.size;
  });
  return { nodes, edges };
}

/** A filter that can empty the map, named so that its undo can be offered. */
export type FilterKey = 'time' | 'countries' | 'types' | 'kinds' | 'confidence' | 'articles';

export interface EmptyMapCause {
  key: FilterKey;
  reason: string;
  /** The button that undoes this filter alone. */
  undo: string;
}

/**
 * Why a map with actors loaded shows none, in the analyst's words, with the undo of each: every active filter that can
 * hide everything, most specific first. Empty when no filter is active (the map itself is empty).
 */
export function emptyMapCauses(filters: Filters): EmptyMapCause[] {
  const causes: EmptyMapCause[] = [];
  if (filters.from !== undefined || filters.to !== undefined) {
    causes.push({
      key: 'time',
      reason: `no relation dated ${filters.from ?? 'any time'} – ${filters.to ?? 'now'} (widen the time window, or All time)`,
      undo: 'All time',
    });
  }
  if (filters.countries.size > 0) {
    const list = [...filters.countries].sort().join(', ');
    causes.push({
      key: 'countries',
      reason: `no relation of ${list} among the actors drawn (tick more countries, or none for all)`,
      undo: 'All countries',
    });
  }
  if (filters.types.size < RELATION_TYPES.length) {
    const shown = [...filters.types].map((t) => t.toLowerCase()).join(', ');
    causes.push({
      key: 'types',
      reason: shown === '' ? 'every relation type is unticked' : `only ${shown} relations are shown`,
      undo: 'Every relation',
    });
  }
  if (filters.kinds.size < ACTOR_KINDS.length) {
    causes.push({
      key: 'kinds',
      reason:
        filters.kinds.size === 0
          ? 'every actor kind is unticked'
          : `only ${[...filters.kinds].join(', ').toLowerCase()} are shown`,
      undo: 'Every kind',
    });
  }
  if (filters.minConfidence > 0)
    causes.push({
      key: 'confidence',
      reason: `the minimum confidence is ${filters.minConfidence.toFixed(2)}`,
      undo: 'Any confidence',
    });
  if (filters.minArticles > 1)
    causes.push({
      key: 'articles',
      reason: `relations need ${filters.minArticles} independent articles`,
      undo: 'One article',
    });
  return causes;
}

/** The reasons alone (see emptyMapCauses). */
export function emptyMapReasons(filters: Filters): string[] {
  return emptyMapCauses(filters).map((cause) => cause.reason);
}

/** Undo one filter (in place), back to its default. */
export function undoFilter(filters: Filters, key: FilterKey): void {
  const d = defaultFilters();
  if (key === 'time') {
    filters.from = undefined;
    filters.to = undefined;
  } else if (key === 'countries') filters.countries.clear();
  // In place: the filter rail holds these sets.
  else if (key === 'types') for (const type of d.types) filters.types.add(type);
  else if (key === 'kinds') for (const kind of d.kinds) filters.kinds.add(kind);
  else if (key === 'confidence') filters.minConfidence = d.minConfidence;
  else filters.minArticles = d.minArticles;
}
