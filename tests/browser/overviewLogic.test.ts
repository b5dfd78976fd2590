// The overview's pure parts: centrality sizes, label priority, the signed layout's springs, the omission note, roll-up with open countries.
import { centrality, relativeSizes } from '../../client/src/centrality';
import { toElements } from '../../client/src/elements';
import { defaultFilters, emptyMapCauses, undoFilter } from '../../client/src/filters';
import { intersects, pickLabels } from '../../client/src/labelPriority';
import { omissionParts } from '../../client/src/omissionNote';
import { pairSigns, springFor } from '../../client/src/signedLayout';
import type { GraphEdge, GraphNode } from '../../client/src/types';

const star = {
  nodes: ['hub', 'a', 'b', 'c', 'd'],
  edges: [
    { source: 'hub', target: 'a', articleCount: 1 },
    { source: 'hub', target: 'b', articleCount: 1 },
    { source: 'hub', target: 'c', articleCount: 1 },
    { source: 'c', target: 'd', articleCount: 9 },
    // A second relation between the same two actors is one more neighbour for nobody.
    { source: 'a', target: 'hub', articleCount: 2 },
  ],
};

describe('centrality', () => {
  test('degree counts the actors related to, not the relations', () => {
    const degree = centrality(star.nodes, star.edges, 'degree');
    expect(Object.fromEntries(degree)).toEqual({ hub: 3, a: 1, b: 1, c: 2, d: 1 });
  });

  test('the weighted degree adds the articles behind every relation', () => {
    const articles = centrality(star.nodes, star.edges, 'articles');
    expect(articles.get('hub')).toBe(5);
    expect(articles.get('d')).toBe(9);
  });

  test('betweenness puts the actor that joins the others first, and leaves ends at zero', () => {
    const between = centrality(star.nodes, star.edges, 'betweenness');
    expect(between.get('hub')).toBeGreaterThan(between.get('c')!);
    expect(between.get('c')).toBeGreaterThan(0);
    expect(between.get('a')).toBe(0);
  });

  test('sizes are area-true fractions of the largest', () => {
    const sizes = relativeSizes(
      new Map([
        ['big', 16],
        ['quarter', 4],
        ['none', 0],
      ]),
    );
    expect(Object.fromEntries(sizes)).toEqual({ big: 1, quarter: 0.5, none: 0 });
    expect(relativeSizes(new Map([['x', 0]])).get('x')).toBe(0);
  });
});

describe('pickLabels', () => {
  const box = (x: number, y: number, w = 40, h = 10) => ({ x1: x, y1: y, x2: x + w, y2: y + h });

  test('keeps the first of two overlapping labels and every label clear of the others', () => {
    const kept = pickLabels([
      { id: 'big', box: box(0, 0) },
      { id: 'small', box: box(20, 5) },
      { id: 'far', box: box(200, 0) },
    ]);
    expect([...kept]).toEqual(['big', 'far']);
  });

  test('no two kept labels meet, on a crowded random field', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const candidates = Array.from({ length: 600 }, (_, i) => ({
      id: `n${i}`,
      box: box(random() * 800, random() * 600, 20 + random() * 60, 12),
    }));
    const picked = pickLabels(candidates, 1);
    const kept = candidates.filter((c) => picked.has(c.id));
    expect(kept.length).toBeGreaterThan(50);
    expect(kept.length).toBeLessThan(600);
    for (const a of kept) for (const b of kept) if (a !== b) expect(intersects(a.box, b.box)).toBe(false);
  });

  test("no label kept lies under a labelled actor's shape, and a shape may not cover a label kept before it", () => {
    const kept = pickLabels([
      { id: 'big', box: box(0, 30), body: box(0, 0, 40, 30) },
      // Its label would sit on big's shape.
      { id: 'under', box: box(10, 10), body: box(100, 100, 10, 10) },
      // Its shape would cover big's label.
      { id: 'over', box: box(300, 300), body: box(5, 32, 10, 10) },
      { id: 'clear', box: box(200, 0), body: box(200, -20, 20, 20) },
    ]);
    expect([...kept]).toEqual(['big', 'clear']);
  });

  test('padding keeps labels that only touch apart', () => {
    expect(
      pickLabels(
        [
          { id: 'a', box: box(0, 0) },
          { id: 'b', box: box(41, 0) },
        ],
        0,
      ).size,
    ).toBe(2);
    expect(
      pickLabels(
        [
          { id: 'a', box: box(0, 0) },
          { id: 'b', box: box(41, 0) },
        ],
        1,
      ).size,
    ).toBe(1);
  });
});

describe('signed layout', () => {
  test('backing pairs are short springs, opposing pairs long ones, meetings alone in between', () => {
    const signs = pairSigns([
      { id: 'b1', source: 'US', target: 'GB', type: 'BACKS', articleCount: 3 },
      { id: 'm1', source: 'GB', target: 'US', type: 'MET' },
      { id: 'o1', source: 'US', target: 'KP', type: 'OPPOSES', articleCount: 2 },
      { id: 'm2', source: 'KP', target: 'US', type: 'MET' },
      { id: 'm3', source: 'FR', target: 'DE', type: 'MET' },
    ]);
    expect(signs.get('b1')).toBe(1);
    expect(signs.get('m1')).toBe(1);
    expect(signs.get('o1')).toBe(-1);
    expect(signs.get('m2')).toBe(-1);
    expect(signs.get('m3')).toBe(0);
    expect(springFor(1).length).toBeLessThan(springFor(0).length);
    expect(springFor(-1).length).toBeGreaterThan(2 * springFor(0).length);
  });

  test('a pair that both backs and opposes leans by its articles', () => {
    const signs = pairSigns([
      { id: 'b', source: 'A', target: 'B', type: 'BACKS', articleCount: 3 },
      { id: 'o', source: 'B', target: 'A', type: 'OPPOSES', articleCount: 1 },
    ]);
    expect(signs.get('b')).toBeCloseTo(0.5);
  });
});

describe('the omission note', () => {
  test('names each reason with its action, and nothing when all is drawn', () => {
    expect(omissionParts({ unrelated: 0, beyondLimit: 0, rolledUp: 0, capped: 0, filtered: 0, hidden: 0 })).toEqual([]);
    const parts = omissionParts({ unrelated: 51, beyondLimit: 1200, rolledUp: 1, capped: 2, filtered: 3, hidden: 0 });
    expect(parts.map((p) => `${p.text} [${p.action}]`)).toEqual([
      '1 official inside their countries [Show]',
      '2 actors past the drawing cap [Draw all]',
      '3 actors hidden by filters [Clear filters]',
      "1,200 less connected actors past the map's limit [Load more]",
      '51 actors without relations [List]',
    ]);
  });
});

describe('empty map causes', () => {
  test('each active filter comes with its undo, and undoing one leaves the others', () => {
    const filters = { ...defaultFilters(), from: '2030-01-01', countries: new Set(['IN']), minArticles: 3 };
    expect(emptyMapCauses(filters).map((c) => [c.key, c.undo])).toEqual([
      ['time', 'All time'],
      ['countries', 'All countries'],
      ['articles', 'One article'],
    ]);
    undoFilter(filters, 'countries');
    expect(filters.countries.size).toBe(0);
    expect(emptyMapCauses(filters).map((c) => c.key)).toEqual(['time', 'articles']);
    const types = filters.types;
    types.clear();
    undoFilter(filters, 'types');
    // In place: the filter rail keeps the same set.
    expect(filters.types).toBe(types);
    expect(types.size).toBe(3);
  });
});

describe('roll-up with open countries', () => {
  const node = (id: string, kind: GraphNode['kind'], parent: string | null = null): GraphNode =>
    ({ id, kind, label: id, country: null, title: null, parent, degree: 1 }) as GraphNode;
  const edge = (id: string, source: string, target: string): GraphEdge =>
    ({
      id,
      source,
      target,
      type: 'MET',
      articleCount: 1,
      count: 1,
      confidence: 1,
      firstDate: null,
      lastDate: null,
      evidence: [],
    }) as GraphEdge;
  const nodes = [
    node('US', 'Country'),
    node('GB', 'Country'),
    node('pompeo', 'Official', 'US'),
    node('raab', 'Official', 'GB'),
  ];
  const edges = [edge('e1', 'pompeo', 'raab')];

  test('rolled up, officials are drawn as their country; an open country draws its officials inside it', () => {
    const rolled = toElements(nodes, edges, { rollup: true });
    expect(rolled.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(['US', 'GB']);
    const open = toElements(nodes, edges, { rollup: true, open: new Set(['US']) });
    const drawn = Object.fromEntries(
      open.filter((e) => e.group === 'nodes').map((e) => [e.data.id, e.data.parent ?? null]),
    );
    expect(drawn).toEqual({ US: null, GB: null, pompeo: 'US' });
    expect(open.filter((e) => e.group === 'edges').map((e) => [e.data.source, e.data.target])).toEqual([
      ['pompeo', 'GB'],
    ]);
  });
});
