// The Cypher console's history and favourites, kept in the browser's storage so they outlive the page.

/** The part of the Web Storage API this needs (localStorage in the page, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const HISTORY_KEY = 'entente.cypher.history';
const FAVOURITES_KEY = 'entente.cypher.favourites';
/** Queries kept in the history, newest first; older ones drop off. */
export const HISTORY_SIZE = 50;

function readList(store: KeyValueStore, key: string): string[] {
  try {
    const value: unknown = JSON.parse(store.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((q): q is string => typeof q === 'string') : [];
  } catch {
    // Storage written by something else, or by hand: start again rather than fail the console.
    return [];
  }
}

export class QueryHistory {
  constructor(private readonly store: KeyValueStore) {}

  /** Queries run, newest first, each once. */
  history(): string[] {
    return readList(this.store, HISTORY_KEY);
  }

  favourites(): string[] {
    return readList(this.store, FAVOURITES_KEY);
  }

  /** Remember a query that ran: it moves to the top if it was there already. Blank text is not kept. */
  record(query: string): void {
    const text = query.trim();
    if (text === '') return;
    const list = [text, ...this.history().filter((q) => q !== text)].slice(0, HISTORY_SIZE);
    this.write(HISTORY_KEY, list);
  }

  isFavourite(query: string): boolean {
    return this.favourites().includes(query.trim());
  }

  /** Star or unstar a query; returns whether it is now a favourite. */
  toggleFavourite(query: string): boolean {
    const text = query.trim();
    if (text === '') return false;
    const list = this.favourites();
    const starred = !list.includes(text);
    this.write(FAVOURITES_KEY, starred ? [text, ...list] : list.filter((q) => q !== text));
    return starred;
  }

  private write(key: string, list: string[]): void {
    try {
      this.store.setItem(key, JSON.stringify(list));
    } catch {
      // A full or disabled storage only costs the history, not the query.
    }
  }
}
