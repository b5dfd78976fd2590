// The header's graph statistics (actors, meetings, stances, articles, period).
import { byId, el, replaceChildren } from './dom';
import type { GraphStats } from './types';

export function showStats(stats: GraphStats): void {
  const item = (value: number | string, label: string): HTMLElement => el('span', { className: 'stat' }, el('strong', {}, String(value)), ` ${label}`);
  replaceChildren(
    byId('stats'),
    item(stats.actors, 'actors'),
    item(stats.meetings, 'meetings'),
    item(stats.stances, 'stances'),
    item(stats.articles, 'articles'),
    stats.firstDate && stats.lastDate ? el('span', { className: 'stat period' }, `${stats.firstDate} – ${stats.lastDate}`) : null,
  );
}
