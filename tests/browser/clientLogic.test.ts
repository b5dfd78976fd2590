// Unit tests (no browser) for the Explorer's pure logic: roll-up, the drawing cap, URL state, CSV, Cypher tokens, dates.
import { capSlice } from '../../client/src/cap';
import { toCsv } from '../../client/src/csv';
import { tokenize } from '../../client/src/cypherHighlight';
import { bucketEnd, bucketFor, nextBucket } from '../../client/src/dates';
import { toElements, type EdgeData } from '../../client/src/elements';
import { defaultFilters, emptyMapReasons } from '../../client/src/filters';
import type { GraphEdge, GraphNode } from '../../client/src/types';
import { BLOC_COLOURS, HIGHLIGHT, KIND_COLOUR, RELATION_COLOUR } from '../../client/src/palette';
import { defaultPlay, readHash, writeHash, type ViewState } from '../../client/src/urlState';

const node = (id: string, kind: GraphNode['kind'], parent: string | null = null, degree = 1): GraphNode => ({
  id,
  kind,
  label: id,
  country: null,
  title: null,
  parent,
  degree,
});
const edge = (
  id: string,
  source: string,
  target: string,
  type: GraphEdge['type'],
  articleId: string,
  date = '2019-03-01',
): GraphEdge => ({
  id,
  source,
  target,
  type,
  articleCount: 1,
  count: 1,
  confidence: 0.8,
  firstDate: date,
  lastDate: date,
  evidence: [
    {
      articleId,
      articleTitle: null,
      file: null,
      publisher: null,
      date,
      sentence: `${id} sentence`,
      confidence: null,
      meetingId: null,
      place: null,
      claim: `stance|BACKS|${source}|${target}|${articleId}`,
    },
  ],
});

describe('toElements', () => {
  const nodes = [
    node('country:US', 'Country'),
    node('official:a', 'Official', 'country:US'),
    node('official:b', 'Official', 'country:US'),
    node('country:GB', 'Country'),
  ];
  const edges = [
    edge('e1', 'official:a', 'country:GB', 'MET', 'art1'),
    edge('e2', 'official:b', 'country:GB', 'MET', 'art2'),
    edge('e3', 'country:GB', 'official:a', 'BACKS', 'art1'),
  ];

  test('draws officials inside their country', () => {
    const elements = toElements(nodes, edges, { rollup: false });
    expect(elements.find((e) => e.data.id === 'official:a')?.data.parent).toBe('country:US');
    expect(elements.filter((e) => e.group === 'edges')).toHaveLength(3);
  });

  test('rolls officials up: their edges merge per type between the countries, evidence and articles kept', () => {
    const elements = toElements(nodes, edges, { rollup: true });
    expect(elements.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(['country:US', 'country:GB']);
    const met = elements.find((e) => e.group === 'edges' && e.data.type === 'MET')?.data as unknown as EdgeData;
    expect(met.members.sort()).toEqual(['e1', 'e2']);
    expect(met.articleCount).toBe(2);
    expect(met.evidence).toHaveLength(2);
    expect(new Set([met.source, met.target])).toEqual(new Set(['country:US', 'country:GB']));
    const backs = elements.find((e) => e.group === 'edges' && e.data.type === 'BACKS')?.data as unknown as EdgeData;
    expect([backs.source, backs.target]).toEqual(['country:GB', 'country:US']);
  });

  test('can draw flat (no compound parents) for big graphs', () => {
    expect(toElements(nodes, edges, { rollup: false, compound: false }).some((e) => e.data.parent !== undefined)).toBe(
      false,
    );
  });
});

test('capSlice keeps the most connected actors and the edges among them within the cap', () => {
  const nodes = Array.from({ length: 50 }, (_, i) => node(`n${i}`, 'Country', null, 50 - i));
  const edges = Array.from({ length: 49 }, (_, i) => edge(`e${i}`, `n${i}`, `n${i + 1}`, 'MET', 'a'));
  const capped = capSlice(nodes, edges, 21, new Set(['n40']));
  expect(capped.nodes.length + capped.edges.length).toBeLessThanOrEqual(21);
  expect(capped.nodes.map((n) => n.id)).toContain('n40');
  expect(capped.nodes.map((n) => n.id)).toContain('n0');
  const ids = new Set(capped.nodes.map((n) => n.id));
  for (const e of capped.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
});

test('the URL hash round-trips the view, and ignores junk', () => {
  const filters = defaultFilters();
  filters.types.delete('BACKS');
  filters.countries.add('KP');
  filters.minConfidence = 0.5;
  filters.from = '2019-03-01';
  filters.to = '2019-03-31';
  const state: ViewState = {
    focus: 'official:us:stephen-biegun',
    expanded: ['country:KP'],
    filters,
    layout: 'concentric',
    rollup: true,
    blocs: true,
    path: ['country:US', 'country:KP'],
    drawer: 'table',
    hidden: ['country:FR', 'official:fr:emmanuel-macron'],
    viewport: { zoom: 1.25, pan: { x: -340, y: 210 } },
    positions: '0a1b2c3d.1.AAEAAg',
    play: { mode: 'cumulative', speed: 4 },
  };
  const back = readHash(writeHash(state), {
    expanded: [],
    filters: defaultFilters(),
    layout: 'fcose',
    rollup: false,
    blocs: false,
    hidden: [],
    play: defaultPlay(),
  });
  expect(back).toEqual(state);
  const junk = readHash('#types=DROP,MET&minConf=9&from=yesterday&layout=<script>&countries=<b>', {
    expanded: [],
    filters: defaultFilters(),
    layout: 'fcose',
    rollup: false,
    blocs: false,
    hidden: [],
    play: defaultPlay(),
  });
  expect([...junk.filters.types]).toEqual(['MET']);
  expect(junk.filters.minConfidence).toBe(1);
  expect(junk.filters.from).toBeUndefined();
  expect(junk.layout).toBe('fcose');
  expect(junk.filters.countries.size).toBe(0);
});

test('CSV quotes separators and neutralises formulas', () => {
  expect(
    toCsv(
      ['a', 'b'],
      [
        ['x,y', '=HYPERLINK("http://evil")'],
        ['say "hi"', 3],
      ],
    ),
  ).toBe('a,b\r\n"x,y","\'=HYPERLINK(""http://evil"")"\r\n"say ""hi""",3\r\n');
});

test('the Cypher tokenizer marks keywords, labels, strings, params and comments, and loses no text', () => {
  const source = "// who\nMATCH (a:Actor {id: $id})-[:BACKS]->(b) WHERE b.name = 'Kim' RETURN count(b) LIMIT 5";
  const tokens = tokenize(source);
  expect(tokens.map((t) => t.text).join('')).toBe(source);
  const kinds = (kind: string) => tokens.filter((t) => t.kind === kind).map((t) => t.text);
  expect(kinds('keyword')).toEqual(['MATCH', 'WHERE', 'RETURN', 'LIMIT']);
  expect(kinds('label')).toEqual([':Actor', ':BACKS']);
  expect(kinds('string')).toEqual(["'Kim'"]);
  expect(kinds('param')).toEqual(['$id']);
  expect(kinds('comment')).toEqual(['// who']);
  expect(kinds('function')).toEqual(['count']);
});

test('timeline buckets: ends, next starts, and a size that suits the span', () => {
  expect(bucketEnd('2019-02-01', 'MONTH')).toBe('2019-02-28');
  expect(bucketEnd('2019-03-04', 'WEEK')).toBe('2019-03-10');
  expect(nextBucket('2019-12-01', 'MONTH')).toBe('2020-01-01');
  expect(bucketFor('2019-02-27', '2019-03-21')).toBe('DAY');
  expect(bucketFor('2018-06-12', '2019-04-25')).toBe('WEEK');
  expect(bucketFor('2017-01-01', '2019-04-25')).toBe('MONTH');
  expect(bucketFor(null, '2019-01-01')).toBe('MONTH');
});

describe('the palette', () => {
  const rgb = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const distance = (a: string, b: string): number => Math.hypot(...rgb(a).map((v, i) => v - rgb(b)[i]!));

  test('keeps the highlight (selection, focus, path) far from every bloc, kind and relation colour', () => {
    const others = [...BLOC_COLOURS, ...Object.values(KIND_COLOUR), ...Object.values(RELATION_COLOUR)];
    const nearest = Math.min(...others.map((c) => distance(HIGHLIGHT, c)));
    expect(nearest).toBeGreaterThan(120);
    // The measure separates colours that people confuse: the old amber highlight sat next to bloc 2's orange.
    expect(distance('#f2a900', BLOC_COLOURS[1]!)).toBeLessThan(40);
  });
});

describe('emptyMapReasons', () => {
  test('names nothing when no filter is active: an empty map is then just empty', () => {
    expect(emptyMapReasons(defaultFilters())).toEqual([]);
  });

  test('names each active filter that can hide everything, the time window first', () => {
    const filters = { ...defaultFilters(), from: '2030-01-01', countries: new Set(['IN']), minArticles: 3 };
    expect(emptyMapReasons(filters)).toEqual([
      'no relation dated 2030-01-01 – now (widen the time window, or All time)',
      'no relation of IN among the actors drawn (tick more countries, or none for all)',
      'relations need 3 independent articles',
    ]);
  });

  test('says when a whole group of checkboxes is unticked', () => {
    expect(emptyMapReasons({ ...defaultFilters(), types: new Set(), kinds: new Set() })).toEqual([
      'every relation type is unticked',
      'every actor kind is unticked',
    ]);
  });
});
