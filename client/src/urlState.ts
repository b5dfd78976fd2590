// The view in the URL hash (focus, filters, time window, layout, hidden actors, zoom, positions...): a link reopens it.
import { isCentralityMeasure, type CentralityMeasure } from './centrality';
import { isIsoDate } from './dates';
import { defaultFilters } from './filters';
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
  /** Officials drawn as their country. */
  rollup: boolean;
  /** Whether roll-up was chosen (box ticked or unticked, or in the link); until then the overview's size decides. */
  rollupChosen: boolean;
  /** The centrality measure node size shows. */
  sizeBy: CentralityMeasure;
  blocs: boolean;
  path?: [string, string];
  /** The drawer tab open, if any. */
  drawer?: 'console' | 'table';
  /** Actors the analyst hid (with their officials). */
  hidden: string[];
  /** Zoom and pan of the map, once the analyst moved it (otherwise the map fits itself). */
  viewport?: Viewport;
  /** Every actor's position (positionCode.ts), for maps small enough to carry them in a link. */
  positions?: string;
  /** How Play steps the time window. */
  play: PlaySettings;
}

export interface Point {
  x: number;
  y: number;
}

export interface Viewport {
  zoom: number;
  pan: Point;
}

export type PlayMode = 'cumulative' | 'window';

export interface PlaySettings {
  mode: PlayMode;
  /** Periods per second. */
  speed: number;
}

export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;

export function defaultPlay(): PlaySettings {
  return { mode: 'window', speed: 1 };
}

/** The view of a page opened without a hash. */
export function defaultViewState(): ViewState {
  return {
    expanded: [],
    filters: defaultFilters(),
    layout: 'fcose',
    rollup: false,
    rollupChosen: false,
    sizeBy: 'degree',
    blocs: false,
    hidden: [],
    play: defaultPlay(),
  };
}

/** Pixels are rounded: a tenth of a pixel would triple the length of a link for nothing the eye can see. */
const px = (value: number): string => String(Math.round(value));

function readViewport(text: string | null): Viewport | undefined {
  const [zoom, x, y] = (text ?? '').split(',').map(Number);
  if (zoom === undefined || x === undefined || y === undefined) return undefined;
  if (![zoom, x, y].every(Number.isFinite) || zoom <= 0) return undefined;
  return { zoom, pan: { x, y } };
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
  // Left out while the overview's size decides, so a link follows the graph it is opened on.
  if (state.rollupChosen) params.set('rollup', state.rollup ? '1' : '0');
  if (state.sizeBy !== 'degree') params.set('size', state.sizeBy);
  if (state.blocs) params.set('blocs', '1');
  if (state.path) params.set('path', state.path.join(','));
  if (state.drawer) params.set('drawer', state.drawer);
  if (state.hidden.length > 0) params.set('hide', state.hidden.join(','));
  if (state.positions) params.set('pos', state.positions);
  if (state.viewport) {
    const { zoom, pan } = state.viewport;
    params.set('view', `${Number(zoom.toFixed(3))},${px(pan.x)},${px(pan.y)}`);
  }
  if (state.play.mode !== 'window') params.set('play', state.play.mode);
  if (state.play.speed !== 1) params.set('speed', String(state.play.speed));
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
  const speed = Number(params.get('speed'));
  const rollup = params.get('rollup');
  const sizeBy = params.get('size');
  return {
    focus: params.get('focus') ?? undefined,
    expanded: (params.get('expand') ?? '').split(',').filter((id) => id !== ''),
    filters,
    layout: isLayoutName(layout) ? layout : defaults.layout,
    rollup: rollup === null ? defaults.rollup : rollup === '1',
    rollupChosen: rollup === '1' || rollup === '0' ? true : defaults.rollupChosen,
    sizeBy: isCentralityMeasure(sizeBy) ? sizeBy : defaults.sizeBy,
    blocs: params.get('blocs') === '1',
    path: path !== undefined && path.length === 2 && path[0] && path[1] ? [path[0], path[1]] : undefined,
    drawer: drawer === 'console' || drawer === 'table' ? drawer : undefined,
    hidden: (params.get('hide') ?? '').split(',').filter((id) => id !== ''),
    viewport: readViewport(params.get('view')),
    positions: /^[0-9a-f]{8}\.\d{1,5}\.[A-Za-z0-9_-]*$/.test(params.get('pos') ?? '')
      ? (params.get('pos') as string)
      : undefined,
    play: {
      mode: params.get('play') === 'cumulative' ? 'cumulative' : defaults.play.mode,
      speed: (PLAY_SPEEDS as readonly number[]).includes(speed) ? speed : defaults.play.speed,
    },
  };
}
