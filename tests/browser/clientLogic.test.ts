// Unit tests (no browser) for the Explorer's pure logic: roll-up, the drawing cap, URL state, CSV, Cypher values as text, dates.
import { capSlice } from '../../client/src/cap';
import { toCsv } from '../../client/src/csv';
import { textTable, valueText } from '../../client/src/cypherValueText';
import { expandSame, groupHits } from '../../client/src/searchGroups';
import { bucketEnd, bucketFor, nextBucket } from '../../client/src/dates';
import { toElements, type EdgeData } from '../../client/src/elements';
import { defaultFilters, emptyMapReasons } from '../../client/src/filters';
import type { GraphEdge, GraphNode, SearchHit } from '../../client/src/types';
import { BLOC_COLOURS, HIGHLIGHT, KIND_COLOUR, RELATION_COLOUR } from '../../client/src/palette';
import { defaultViewState, readHash, writeHash, type ViewState } from '../../client/src/urlState';

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
    rollupChosen: true,
    sizeBy: 'betweenness',
    blocs: true,
    path: ['country:US', 'country:KP'],
    drawer: 'table',
    hidden: ['country:FR', 'official:fr:emmanuel-macron'],
    viewport: { zoom: 1.25, pan: { x: -340, y: 210 } },
    positions: '0a1b2c3d.1.AAEAAg',
    play: { mode: 'cumulative', speed: 4 },
  };
  const back = readHash(writeHash(state), defaultViewState());
  expect(back).toEqual(state);
  const junk = readHash('#types=DROP,MET&minConf=9&from=yesterday&layout=<script>&countries=<b>', defaultViewState());
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

// Shapes as POST /api/cypher writes them (server/src/cypher/neo4jValues.ts).
const biegun = {
  id: 'official:us:stephen-biegun',
  elementId: '4:x:1',
  labels: ['Actor', 'Official'],
  properties: { name: 'Stephen Biegun' },
};
const meeting = { id: 'meeting:1', elementId: '4:x:2', labels: ['Meeting'], properties: { place: 'London' } };
const hunt = {
  id: 'official:gb:jeremy-hunt',
  elementId: '4:x:3',
  labels: ['Actor', 'Official'],
  properties: { name: 'Jeremy Hunt' },
};
const attended = (from: typeof biegun, to: typeof meeting) => ({
  id: `r:${from.id}`,
  type: 'ATTENDED',
  start: from.id,
  end: to.id,
  properties: {},
});

test('a path result reads as its pattern, each arrow the way its relationship runs, not as JSON', () => {
  const path = {
    start: biegun,
    end: hunt,
    length: 2,
    segments: [
      { start: biegun, relationship: attended(biegun, meeting), end: meeting },
      { start: meeting, relationship: attended(hunt, meeting), end: hunt },
    ],
  };
  expect(valueText(path)).toBe(
    '(:Official "Stephen Biegun")-[:ATTENDED]->(:Meeting "London")<-[:ATTENDED]-(:Official "Jeremy Hunt")',
  );
});

test('values read as Neo4j Browser shows them: strings bare at the top, quoted in lists and maps; a plain map is not a node', () => {
  expect(valueText('Kim')).toBe('Kim');
  expect(valueText(['Kim', 3, null])).toBe('["Kim", 3, null]');
  expect(valueText({ name: 'Kim', n: 1 })).toBe('{name: "Kim", n: 1}');
  expect(valueText({ labels: ['x'], properties: {} })).toBe('{labels: ["x"], properties: {}}');
  expect(valueText({ ...attended(biegun, meeting), type: 'BACKS', properties: { date: '2019-03-01' } })).toBe(
    '[:BACKS 2019-03-01]',
  );
});

test('the text view pads every column to its widest cell and clips cells past the width', () => {
  const text = textTable(
    ['name', 'n'],
    [
      ['Poland', 12],
      ['x'.repeat(30), 1],
    ],
    10,
  ).split('\n');
  expect(text).toHaveLength(6);
  expect(text[1]).toBe('│ name       │ n  │');
  expect(text[3]).toBe('│ Poland     │ 12 │');
  expect(text[4]).toBe('│ xxxxxxxxx… │ 1  │');
  expect(new Set(text.map((line) => line.length)).size).toBe(1);
});

const hit = (id: string, name: string, country: string | null, kind: SearchHit['kind'] = 'Organization'): SearchHit =>
  ({ id, name, country, kind, title: null }) as SearchHit;

test('search hits: a name shared by several countries is one row with a count, the rest grouped by country, best first', () => {
  const found = [
    hit('official:pl:jacek-czaputowicz', 'Jacek Czaputowicz', 'PL', 'Official'),
    ...['PL', 'DE', 'FR'].map((c) => hit(`organization:${c.toLowerCase()}:mfa`, 'Ministry of Foreign Affairs', c)),
    hit('organization:pl:mfa', 'Ministry of Foreign Affairs', 'PL'),
    hit('country:PL', 'Poland', 'PL', 'Country'),
    hit('organization:un', 'United Nations', null),
  ];
  const groups = groupHits(found);
  expect(groups.map((g) => g.label)).toEqual(['Poland', 'Same name, several countries', 'No country']);
  expect(groups[0]!.entries.map((e) => (e.kind === 'hit' ? e.hit.id : e.name))).toEqual([
    'official:pl:jacek-czaputowicz',
    'country:PL',
  ]);
  const [shared] = groups[1]!.entries;
  // The same actor twice counts once.
  expect(shared).toEqual({ kind: 'same', name: 'Ministry of Foreign Affairs', hits: found.slice(1, 4) });
  const opened = expandSame(shared!.kind === 'same' ? shared!.hits : []);
  expect(opened.map((g) => [g.label, g.entries.length])).toEqual([
    ['Poland', 1],
    ['Germany', 1],
    ['France', 1],
  ]);
});

test('search hits: one name twice in one country collapses under that country; different kinds never collapse', () => {
  const groups = groupHits([
    hit('organization:us:state-a', 'State Department', 'US'),
    hit('organization:us:state-b', 'state  department', 'US'),
    hit('official:us:state', 'State Department', 'US', 'Official'),
  ]);
  expect(groups).toHaveLength(1);
  expect(groups[0]!.label).toBe('United States');
  expect(groups[0]!.entries.map((e) => e.kind)).toEqual(['same', 'hit']);
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
