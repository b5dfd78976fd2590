// The bench corpus generator is deterministic for a seed, yields the requested sizes, and skews degrees like news (Zipf).
import { ActorUniverse, generateArticles, generateGraphBatches } from '../../../bench/src/generateCorpus';
import type { ExtractionDocument } from '../../../core/model';

function collect(seed: number, actors = 2000, claims = 10_000): ExtractionDocument[] {
  return [...generateGraphBatches({ seed, actors, claims, batchClaims: 1000 })];
}

describe('bench corpus generator', () => {
  it('gives the same graph and articles for the same seed, and others for another seed', () => {
    expect(JSON.stringify(collect(7))).toBe(JSON.stringify(collect(7)));
    expect(JSON.stringify(collect(8))).not.toBe(JSON.stringify(collect(7)));
    expect(generateArticles(3, 5)).toEqual(generateArticles(3, 5));
    expect(generateArticles(4, 5)[0]!.text).not.toBe(generateArticles(3, 5)[0]!.text);
  });

  it('yields batches of the requested claims, within the actor universe', () => {
    const batches = collect(1);
    expect(batches).toHaveLength(10);
    const claims = batches.reduce((n, b) => n + b.meetings.length + b.stances.length, 0);
    // Duplicate stances in one article are dropped, as the graph stores one per (type, from, to, article).
    expect(claims).toBeGreaterThan(9_500);
    expect(claims).toBeLessThanOrEqual(10_000);
    const actors = new Set(batches.flatMap((b) => b.actors.map((a) => a.id)));
    expect(actors.size).toBeLessThanOrEqual(2000);
    expect(actors.size).toBeGreaterThan(500);
    for (const b of batches) {
      const defined = new Set(b.actors.map((a) => a.id));
      const articles = new Set(b.articles.map((a) => a.id));
      for (const m of b.meetings) {
        expect(m.participants.length).toBeGreaterThanOrEqual(2);
        for (const p of m.participants) expect(defined.has(p)).toBe(true);
        expect(articles.has(m.article)).toBe(true);
      }
      for (const s of b.stances) {
        expect(defined.has(s.from) && defined.has(s.to)).toBe(true);
        expect(s.from).not.toBe(s.to);
      }
    }
  });

  it('skews degree: the top 1% of actors take a large share of the claims, most actors few', () => {
    const degree = new Map<string, number>();
    const bump = (id: string) => degree.set(id, (degree.get(id) ?? 0) + 1);
    for (const b of collect(2)) {
      for (const m of b.meetings) m.participants.forEach(bump);
      for (const s of b.stances) [s.from, s.to].forEach(bump);
    }
    const sorted = [...degree.values()].sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    const top = sorted.slice(0, Math.ceil(sorted.length / 100)).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThan(0.25);
    expect(sorted[Math.floor(sorted.length / 2)]!).toBeLessThan(sorted[0]! / 50);
  });

  it('uses real countries and the extractor id formats', () => {
    const universe = new ActorUniverse(5, 1000);
    expect(universe.actor(0)).toMatchObject({ id: 'country:US', kind: 'Country', name: 'United States' });
    const official = universe.actor(999);
    expect(official.kind).toBe('Official');
    expect(official.id).toMatch(/^official:[a-z]{2}:[a-z0-9-]+$/);
    expect(generateArticles(1, 1)[0]!.text).toMatch(/counterpart|support for|condemned|talks with|sanctions/);
  });
});
