// The header's graph statistics (actors, meetings, stances, articles, period).
import { byId, el, replaceChildren } from './dom';
import type { GraphStats } from './types';

export function showStats(stats: GraphStats): void {
  const item = (value: number | string, label: string): HTMLElement =>
    el('span', { className: 'stat' }, el('strong', {}, String(value)), ` ${label}`);
  const stat = byId('stats');
  stat.title = stats.firstDate && stats.lastDate ? `Articles from ${stats.firstDate} to ${stats.lastDate}` : '';
  replaceChildren(
    stat,
    item(stats.actors, 'actors'),
    item(stats.meetings, 'meetings'),
    item(stats.stances, 'stances'),
    item(stats.articles, 'articles'),
  );
}
