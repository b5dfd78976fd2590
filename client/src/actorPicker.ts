// A search-as-you-type actor picker (full-text `search`): debounced, grouped by country, arrows + Enter, Esc closes.
import { ApiError } from './api';
import { debounce, el, replaceChildren } from './dom';
import { KIND_COLOUR } from './palette';
import { search } from './queries';
import { expandSame, groupHits, type SearchEntry, type SearchGroup } from './searchGroups';
import type { SearchHit } from './types';

/** Hits asked of the server: enough that names shared by many countries collapse into one row, not fill the list. */
const FETCHED = 50;

let pickerCount = 0;

export interface PickerOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  onPick: (hit: SearchHit) => void;
  limit?: number;
}

export function attachActorPicker({ input, list, onPick, limit = 10 }: PickerOptions): { clear(): void } {
  const prefix = `picker${++pickerCount}`;
  /** The rows shown, in order: what the arrows move over and Enter picks. */
  let hits: SearchEntry[] = [];
  let active = -1;
  let generation = 0;
  /** Set by a pick, cleared by typing: a debounced search that fires after a pick must not reopen the list. */
  let picked = false;
  // aria-busy while a search waits for its debounce or its answer: screen readers and tests know when it is done.
  let scheduled = false;
  let inFlight = 0;
  const updateBusy = (): void => {
    if (scheduled || inFlight > 0) input.setAttribute('aria-busy', 'true');
    else input.removeAttribute('aria-busy');
  };

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number): void => {
    active = index;
    list
      .querySelectorAll('[role=option]')
      .forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${prefix}-${index}`);
      list.querySelector(`#${prefix}-${index}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (index: number): void => {
    const entry = hits[index];
    if (entry === undefined) return;
    // A shared name opens into its actors, country by country; the list stays open to pick one.
    if (entry.kind === 'same') return show(expandSame(entry.hits));
    const hit = entry.hit;
    close();
    picked = true;
    input.value = hit.name;
    onPick(hit);
  };

  const option = (entry: SearchEntry, index: number): HTMLElement => {
    const first = entry.kind === 'hit' ? entry.hit : entry.hits[0]!;
    const meta =
      entry.kind === 'hit'
        ? [first.title, first.country, first.kind].filter(Boolean).join(' · ')
        : `${entry.hits.length} ${first.kind === 'Organization' ? 'organisations' : `${first.kind.toLowerCase()}s`}${
            new Set(entry.hits.map((h) => h.country)).size > 1 ? ', pick to choose the country' : ''
          }`;
    return el(
      'li',
      {
        id: `${prefix}-${index}`,
        role: 'option',
        'aria-selected': 'false',
        'data-testid': 'search-hit',
        'data-id': entry.kind === 'hit' ? first.id : '',
        'data-count': entry.kind === 'same' ? entry.hits.length : 1,
        onmousedown: (event: Event) => (event.preventDefault(), pick(index)),
      },
      el('span', { className: 'dot', style: `background:${KIND_COLOUR[first.kind] ?? '#888'}`, 'aria-hidden': 'true' }),
      el('span', { className: 'hit-name' }, entry.kind === 'hit' ? first.name : entry.name),
      entry.kind === 'same'
        ? el('span', { className: 'hit-count', 'aria-label': `${entry.hits.length} actors` }, `×${entry.hits.length}`)
        : null,
      el('span', { className: 'hit-meta' }, meta),
    );
  };

  const show = (groups: SearchGroup[], message?: string): void => {
    // At most `limit` rows, whole groups first: the best hits decide which groups are shown.
    const shown: SearchGroup[] = [];
    let rows = 0;
    for (const group of groups) {
      if (rows >= limit) break;
      const entries = group.entries.slice(0, limit - rows);
      shown.push({ ...group, entries });
      rows += entries.length;
    }
    hits = shown.flatMap((group) => group.entries);
    let index = 0;
    const items = shown.map((group, g) =>
      el(
        'li',
        { role: 'group', 'aria-labelledby': `${prefix}-g${g}`, className: 'hit-group', 'data-testid': 'search-group' },
        el('div', { id: `${prefix}-g${g}`, className: 'hit-group-label', role: 'presentation' }, group.label),
        el('ul', { role: 'none' }, ...group.entries.map((entry) => option(entry, index++))),
      ),
    );
    replaceChildren(
      list,
      ...items,
      message !== undefined ? el('li', { className: 'hit-empty', role: 'presentation' }, message) : null,
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(hits.length > 0 ? 0 : -1);
  };

  const run = debounce(async (text: string) => {
    scheduled = false;
    if (picked) return updateBusy();
    const mine = ++generation;
    inFlight += 1;
    updateBusy();
    try {
      const found = await search(text, FETCHED);
      if (mine !== generation) return;
      show(groupHits(found), found.length === 0 ? `No actor matches “${text}”` : undefined);
    } catch (error) {
      if (mine !== generation) return;
      show([], error instanceof ApiError ? `Search failed: ${error.message}` : 'Search failed');
    } finally {
      inFlight -= 1;
      updateBusy();
    }
  }, 180);

  /** Enter before the debounced results arrived: search at once and take the best hit. */
  const searchNow = async (text: string): Promise<void> => {
    const mine = ++generation;
    inFlight += 1;
    updateBusy();
    try {
      const found = await search(text, FETCHED);
      if (mine !== generation) return;
      hits = groupHits(found).flatMap((group) => group.entries);
      if (found.length > 0) pick(0);
      else show([], `No actor matches “${text}”`);
    } catch (error) {
      if (mine === generation)
        show([], error instanceof ApiError ? `Search failed: ${error.message}` : 'Search failed');
    } finally {
      inFlight -= 1;
      updateBusy();
    }
  };

  input.addEventListener('input', () => {
    picked = false;
    const text = input.value.trim();
    if (text.length < 2) {
      generation += 1;
      close();
      return;
    }
    scheduled = true;
    updateBusy();
    run(text);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      if (list.hidden) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      } else highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      highlight((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
      else if (input.value.trim().length >= 2) void searchNow(input.value.trim());
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else input.value = '';
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));
  return {
    clear() {
      input.value = '';
      hits = [];
      close();
    },
  };
}
