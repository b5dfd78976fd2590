// The note beside the map's counts of what it does not draw, each reason with the one click that draws it.
import { el, replaceChildren } from './dom';

/** How many actors the map leaves out, by reason. */
export interface Omissions {
  /** In the graph but with no relation (the overview draws relations). */
  unrelated: number;
  /** Past the overview's limit: the map ranks actors by relations and draws the first. */
  beyondLimit: number;
  /** Officials drawn as their country (roll-up). */
  rolledUp: number;
  /** Left out by the drawing cap (the least connected). */
  capped: number;
  /** Loaded but hidden by the filters. */
  filtered: number;
  /** Hidden by the analyst. */
  hidden: number;
}

export interface OmissionActions {
  listUnrelated(): void;
  loadMore(): void;
  unroll(): void;
  showAll(): void;
  resetFilters(): void;
  unhide(): void;
}

/** One part of the note: its words (for the page and the tests) and its action's name. */
export interface OmissionPart {
  key: keyof Omissions;
  text: string;
  action: string;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The note's parts, in a fixed order so that it reads the same on every map. */
export function omissionParts(o: Omissions): OmissionPart[] {
  const parts: OmissionPart[] = [];
  if (o.rolledUp > 0)
    parts.push({ key: 'rolledUp', text: `${plural(o.rolledUp, 'official')} inside their countries`, action: 'Show' });
  if (o.capped > 0)
    parts.push({ key: 'capped', text: `${plural(o.capped, 'actor')} past the drawing cap`, action: 'Draw all' });
  if (o.filtered > 0)
    parts.push({ key: 'filtered', text: `${plural(o.filtered, 'actor')} hidden by filters`, action: 'Clear filters' });
  if (o.hidden > 0) parts.push({ key: 'hidden', text: `${plural(o.hidden, 'actor')} hidden by you`, action: 'Show' });
  if (o.beyondLimit > 0)
    parts.push({
      key: 'beyondLimit',
      text: `${plural(o.beyondLimit, 'less connected actor')} past the map's limit`,
      action: 'Load more',
    });
  if (o.unrelated > 0)
    parts.push({ key: 'unrelated', text: `${plural(o.unrelated, 'actor')} without relations`, action: 'List' });
  return parts;
}

export function drawOmissionNote(root: HTMLElement, omissions: Omissions, actions: OmissionActions): void {
  const parts = omissionParts(omissions);
  root.hidden = parts.length === 0;
  const run: Record<keyof Omissions, () => void> = {
    unrelated: actions.listUnrelated,
    beyondLimit: actions.loadMore,
    rolledUp: actions.unroll,
    capped: actions.showAll,
    filtered: actions.resetFilters,
    hidden: actions.unhide,
  };
  replaceChildren(
    root,
    el('span', { className: 'muted' }, 'Not drawn: '),
    ...parts.flatMap((part, index) => [
      index > 0 ? el('span', { className: 'muted' }, ' · ') : null,
      el('span', { 'data-testid': `omitted-${part.key}` }, `${part.text} `),
      el(
        'button',
        {
          type: 'button',
          className: 'link-button',
          'data-testid': `omitted-${part.key}-action`,
          onclick: run[part.key],
        },
        part.action,
      ),
    ]),
  );
}
