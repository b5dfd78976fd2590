// A search-as-you-type actor picker (full-text `search`): debounced, arrows + Enter to pick, Esc to close.
import { ApiError } from './api';
import { debounce, el, replaceChildren } from './dom';
import { KIND_COLOUR } from './palette';
import { search } from './queries';
import type { SearchHit } from './types';

let pickerCount = 0;

export interface PickerOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  onPick: (hit: SearchHit) => void;
  limit?: number;
}

export function attachActorPicker({ input, list, onPick, limit = 10 }: PickerOptions): { clear(): void } {
  const prefix = `picker${++pickerCount}`;
  let hits: SearchHit[] = [];
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
    list.querySelectorAll('li').forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${prefix}-${index}`);
      list.querySelector(`#${prefix}-${index}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (index: number): void => {
    const hit = hits[index];
    if (hit === undefined) return;
    close();
    picked = true;
    input.value = hit.name;
    onPick(hit);
  };

  const show = (items: SearchHit[], message?: string): void => {
    hits = items;
    const rows = items.map((hit, index) =>
      el(
        'li',
        {
          id: `${prefix}-${index}`,
          role: 'option',
          'aria-selected': 'false',
          'data-testid': 'search-hit',
          'data-id': hit.id,
          onmousedown: (event: Event) => (event.preventDefault(), pick(index)),
        },
        el('span', { className: 'dot', style: `background:${KIND_COLOUR[hit.kind] ?? '#888'}`, 'aria-hidden': 'true' }),
        el('span', { className: 'hit-name' }, hit.name),
        el('span', { className: 'hit-meta' }, [hit.title, hit.country, hit.kind].filter(Boolean).join(' · ')),
      ),
    );
    replaceChildren(
      list,
      ...rows,
      message !== undefined ? el('li', { className: 'hit-empty', role: 'presentation' }, message) : null,
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(items.length > 0 ? 0 : -1);
  };

  const run = debounce(async (text: string) => {
    scheduled = false;
    if (picked) return updateBusy();
    const mine = ++generation;
    inFlight += 1;
    updateBusy();
    try {
      const found = await search(text, limit);
      if (mine !== generation) return;
      show(found, found.length === 0 ? `No actor matches “${text}”` : undefined);
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
      const found = await search(text, limit);
      if (mine !== generation) return;
      hits = found;
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
      if (list.hidden) show(hits);
      else highlight((active + 1) % hits.length);
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
