// The actor pairs the bench baseline's batches have their summaries computed for.
import { documentPairs } from '../../../bench/src/baselineSummaries';

describe('the bench baseline’s pairs', () => {
  it('are every two participants of a meeting and each stance’s ends, once, smaller id first', () => {
    const pairs = documentPairs({
      articles: [],
      actors: [],
      meetings: [{ id: 'm', article: 'a', participants: ['c', 'a', 'b'], date: null, evidence: 'e' }],
      stances: [{ type: 'BACKS', from: 'b', to: 'a', article: 'a', evidence: 'e' }],
    });
    expect(pairs.sort()).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });
});
