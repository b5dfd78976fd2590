// The time window on edges: a claim inside it keeps an edge; an edge that carries only its newest claims falls back to
// its first-to-last span, since the claims it does not carry may be the ones in the window.
import type { EdgeSingular } from 'cytoscape';
import { defaultFilters, edgePasses } from '../../../client/src/filters';

function edge(data: Record<string, unknown>): EdgeSingular {
  return { data: () => ({ type: 'MET', ...data }) } as unknown as EdgeSingular;
}

const inMarch = { ...defaultFilters(), from: '2019-03-01', to: '2019-03-31' };
const newest = [{ date: '2019-07-09', sentence: 'They met again.', articleId: 'a', claim: 'meeting|m' }];

describe('the time window on an edge', () => {
  test('an edge whose carried claim is in the window is shown', () => {
    expect(edgePasses(edge({ evidence: [{ ...newest[0], date: '2019-03-05' }], count: 1 }), inMarch)).toBe(true);
  });
  test('an edge that carries all its claims, none in the window, is hidden even when its span covers it', () => {
    const data = { evidence: newest, count: 1, firstDate: '2019-01-01', lastDate: '2019-07-09' };
    expect(edgePasses(edge(data), inMarch)).toBe(false);
  });
  test('an edge that carries only its newest claims is shown when its span covers the window', () => {
    const data = { evidence: newest, count: 6, firstDate: '2019-01-01', lastDate: '2019-07-09' };
    expect(edgePasses(edge(data), inMarch)).toBe(true);
  });
  test('an edge that carries only its newest claims is hidden when its span misses the window', () => {
    const data = { evidence: newest, count: 6, firstDate: '2019-05-01', lastDate: '2019-07-09' };
    expect(edgePasses(edge(data), inMarch)).toBe(false);
  });
});
