// The view in the URL hash (focus, filters, time window, layout...), so that a link reopens the same view.
import { isIsoDate } from './dates';
import type { Filters } from './filters';
import type { LayoutName } from './layouts';
import { isLayoutName } from './layouts';
import type { ActorKind, RelationType } from './types';
import { ACTOR_KINDS, RELATION_TYPES } from './types';

export interface ViewState {
  focus?: string;
  expanded: string[];
  filters: Filters;
  layout: LayoutName;
  rollup: boolean;
  blocs: boolean;
  path?: [string, string];
  /** The drawer tab open, if any. */
  drawer?: 'console' | 'table';
}

export function writeHash(state: ViewState): string {
  const params = new URLSearchParams();
  const f = state.filters;
  if (state.focus) params.set('focus', state.focus);
  if (state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  if (f.types.size < RELATION_TYPES.length) params.set('types', [...f.types].join(','));
  if (f.kinds.size < ACTOR_KINDS.length) params.set('kinds', [...f.kinds].join(','));
  if (f.countries.size > 0) params.set('countries', [...f.countries].join(','));
  if (f.minConfidence > 0) params.set('minConf', String(f.minConfidence));
  if (f.minArticles > 1) params.set('minArt', String(f.minArticles));
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  if (state.layout !== 'fcose') params.set('layout', state.layout);
  if (state.rollup) params.set('rollup', '1');
  if (state.blocs) params.set('blocs', '1');
  if (state.path) params.set('path', state.path.join(','));
  if (state.drawer) params.set('drawer', state.drawer);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

function list<T extends string>(value: string | null, allowed: readonly T[]): Set<T> | undefined {
  if (value === null) return undefined;
  return new Set(value.split(',').filter((item): item is T => (allowed as readonly string[]).includes(item)));
}

function number(value: string | null, min: number, max: number, fallback: number): number {
  const parsed = value === null ? NaN : Number(value);
  return Number.isFinite(parsed) ? Math.min(max, Math.max(min, parsed)) : fallback;
}

/** Read a hash (with or without "#"); unknown or malformed values fall back to defaults. */
export function readHash(hash: string, defaults: ViewState): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const d = defaults.filters;
  const path = params.get('path')?.split(',');
  const filters: Filters = {
    types: list<RelationType>(params.get('types'), RELATION_TYPES) ?? new Set(d.types),
    kinds: list<ActorKind>(params.get('kinds'), ACTOR_KINDS) ?? new Set(d.kinds),
    countries: new Set((params.get('countries') ?? '').split(',').filter((code) => /^[A-Za-z]{2,3}$/.test(code))),
    minConfidence: number(params.get('minConf'), 0, 1, d.minConfidence),
    minArticles: Math.round(number(params.get('minArt'), 1, 100, d.minArticles)),
  };
  const from = params.get('from');
  const to = params.get('to');
  if (isIsoDate(from)) filters.from = from;
  if (isIsoDate(to)) filters.to = to;
  const layout = params.get('layout');
  const drawer = params.get('drawer');
  return {
    focus: params.get('focus') ?? undefined,
    expanded: (params.get('expand') ?? '').split(',').filter((id) => id !== ''),
    filters,
    layout: isLayoutName(layout) ? layout : defaults.layout,
    rollup: params.get('rollup') === '1',
    blocs: params.get('blocs') === '1',
    path: path !== undefined && path.length === 2 && path[0] && path[1] ? [path[0], path[1]] : undefined,
    drawer: drawer === 'console' || drawer === 'table' ? drawer : undefined,
  };
}
