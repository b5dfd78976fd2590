// What each curation asks the summaries to recompute, and how long their lists of newest claims are.
import { SUMMARY_RECENT, curationScope, joinScopes } from '../../core/claimSummaries';
import type { CurationRecord } from '../../core/curation';
import { EVIDENCE_PER_EDGE } from '../../server/src/graphql/graphQuestions';
import { MAX_MEETINGS_PER_COUNTERPART } from '../../server/src/graphql/questionArgs';

function curation(action: CurationRecord['action'], target: string, payload: Record<string, unknown> = {}) {
  return { id: 'c1', action, target, payload, by: 'ana', note: null, at: '2026-12-01T00:00:00Z', undoneAt: null };
}

describe('the pairs a curation can touch', () => {
  it('names a stance’s pair, a revised stance’s new pair too, and a meeting by its id', () => {
    expect(curationScope(curation('reject', 'stance|BACKS|country:GB|country:US|article:1'))).toEqual({
      pairs: [['country:GB', 'country:US']],
    });
    expect(
      curationScope(
        curation('retype', 'stance|BACKS|country:GB|country:US|article:1', { from: 'country:US', to: 'country:FR' }),
      ),
    ).toEqual({
      pairs: [
        ['country:GB', 'country:US'],
        ['country:US', 'country:FR'],
      ],
    });
    expect(curationScope(curation('add-meeting', 'meeting|m1'))).toEqual({ meetings: ['m1'] });
  });

  it('moves a merged actor’s pairs onto the actor it went into, a split-out person’s onto the original', () => {
    expect(curationScope(curation('merge', 'official:a', { into: 'official:b' }))).toEqual({
      moves: [{ actor: 'official:a', partner: 'official:b' }],
    });
    expect(curationScope(curation('split', 'official:a', { actor: 'official:c' }))).toEqual({
      moves: [{ actor: 'official:c', partner: 'official:a' }],
    });
  });

  it('touches no pair for an edited name, and joins scopes without losing any part', () => {
    expect(curationScope(curation('edit-actor', 'official:a', { set: { name: 'A' } }))).toEqual({});
    expect(joinScopes([{ articles: ['a1'] }, { meetings: ['m1'], pairs: [['x', 'y']] }, {}])).toEqual({
      articles: ['a1'],
      meetings: ['m1'],
      pairs: [['x', 'y']],
      moves: [],
    });
  });
});

describe('the summaries’ lists of newest claims', () => {
  it('hold at least what an edge shows as evidence and what whoMet lists per counterpart', () => {
    expect(SUMMARY_RECENT).toBeGreaterThanOrEqual(EVIDENCE_PER_EDGE);
    expect(SUMMARY_RECENT).toBeGreaterThanOrEqual(MAX_MEETINGS_PER_COUNTERPART);
  });
});
