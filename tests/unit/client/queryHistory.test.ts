// The console's history and favourites: newest first, each once, capped, and robust to storage written by others.
import { HISTORY_SIZE, QueryHistory, type KeyValueStore } from '../../../client/src/queryHistory';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('QueryHistory', () => {
  it('keeps queries newest first, each once, trimmed, and drops blank ones', () => {
    const history = new QueryHistory(memoryStore());
    history.record('MATCH (a) RETURN a');
    history.record('  RETURN 1  ');
    history.record('MATCH (a) RETURN a');
    history.record('   ');
    expect(history.history()).toEqual(['MATCH (a) RETURN a', 'RETURN 1']);
  });

  it(`keeps the last ${HISTORY_SIZE} queries only`, () => {
    const history = new QueryHistory(memoryStore());
    for (let i = 0; i < HISTORY_SIZE + 5; i++) history.record(`RETURN ${i}`);
    expect(history.history()).toHaveLength(HISTORY_SIZE);
    expect(history.history()[0]).toBe(`RETURN ${HISTORY_SIZE + 4}`);
  });

  it('stars and unstars a favourite', () => {
    const history = new QueryHistory(memoryStore());
    expect(history.toggleFavourite('RETURN 1')).toBe(true);
    expect(history.isFavourite(' RETURN 1 ')).toBe(true);
    expect(history.toggleFavourite('RETURN 1')).toBe(false);
    expect(history.favourites()).toEqual([]);
  });

  it('starts empty over storage it cannot read, and keeps working', () => {
    const store = memoryStore({ 'entente.cypher.history': '{not json', 'entente.cypher.favourites': '{"a":1}' });
    const history = new QueryHistory(store);
    expect(history.history()).toEqual([]);
    expect(history.favourites()).toEqual([]);
    history.record('RETURN 2');
    expect(history.history()).toEqual(['RETURN 2']);
  });

  it('loses only the history, never the query, when the storage refuses writes', () => {
    const history = new QueryHistory({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(() => history.record('RETURN 3')).not.toThrow();
    expect(history.history()).toEqual([]);
  });
});
