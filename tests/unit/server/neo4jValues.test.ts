/* eslint-disable @typescript-eslint/no-explicit-any -- JSON response bodies; the assertions check their shape */
import neo4j, { Node, Relationship, Path, PathSegment } from 'neo4j-driver';
import { ResultConverter, toDriverParams } from '../../../server/src/cypher/neo4jValues';

describe('ResultConverter', () => {
  it('converts integers (to strings beyond 2^53), temporals and nested values', () => {
    const c = new ResultConverter();
    expect(c.toJson(neo4j.int(42))).toBe(42);
    expect(c.toJson(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(c.toJson(new neo4j.types.Date(2019, 3, 19))).toBe('2019-03-19');
    expect(c.toJson({ list: [neo4j.int(1), null], nan: Number.NaN })).toEqual({ list: [1, null], nan: 'NaN' });
  });

  it('names relationship ends and Cytoscape nodes by the id property, and draws only edges whose ends it has', () => {
    const c = new ResultConverter();
    const a = new Node(neo4j.int(1), ['Actor', 'Official'], { id: 'official:x', name: 'X', country: 'US' }, 'e1');
    const b = new Node(neo4j.int(2), ['Actor', 'Country'], { id: 'country:US', name: 'United States' }, 'e2');
    const loose = new Node(neo4j.int(3), ['Thing'], {}, 'e3');
    const r = new Relationship(neo4j.int(9), neo4j.int(1), neo4j.int(2), 'REPRESENTS', {}, 'r9', 'e1', 'e2');
    const dangling = new Relationship(neo4j.int(10), neo4j.int(2), neo4j.int(4), 'BACKS', {}, 'r10', 'e2', 'e4');
    const path = new Path(a, b, [new PathSegment(a, r, b)]);
    [path, loose, dangling].forEach((v) => c.collect(v));
    expect(c.toJson(r)).toEqual({
      id: 'r9',
      type: 'REPRESENTS',
      start: 'official:x',
      end: 'country:US',
      properties: {},
    });
    expect(c.toJson(dangling)).toMatchObject({ start: 'country:US', end: 'e4' });
    const graph = c.graph();
    expect(graph.nodes.map((n) => [n.data.id, n.data.kind, n.data.label])).toEqual([
      ['official:x', 'Official', 'X'],
      ['country:US', 'Country', 'United States'],
      ['e3', 'Thing', 'e3'],
    ]);
    expect(graph.edges).toEqual([
      { data: { id: 'r9', source: 'official:x', target: 'country:US', type: 'REPRESENTS' } },
    ]);
  });

  it('connects the nodes it has seen: added relationships are drawn and marked, known ones not counted twice', () => {
    const c = new ResultConverter();
    const a = new Node(neo4j.int(1), ['Actor', 'Country'], { id: 'country:DE' }, 'e1');
    const b = new Node(neo4j.int(2), ['Actor', 'Country'], { id: 'country:US' }, 'e2');
    const returned = new Relationship(neo4j.int(8), neo4j.int(1), neo4j.int(2), 'MET', {}, 'r8', 'e1', 'e2');
    const backs = new Relationship(
      neo4j.int(9),
      neo4j.int(1),
      neo4j.int(2),
      'BACKS',
      {
        date: new neo4j.types.Date(2019, 3, 1),
        confidence: 0.8,
        evidence: 'Germany backs the United States.',
        article: 'article:1',
      },
      'r9',
      'e1',
      'e2',
    );
    [a, b, returned].forEach((v) => c.collect(v));
    expect(c.nodeElementIds()).toEqual(['e1', 'e2']);
    expect(c.connect([returned, backs])).toBe(1);
    expect(c.graph().edges).toEqual([
      { data: { id: 'r8', source: 'country:DE', target: 'country:US', type: 'MET' } },
      {
        data: {
          id: 'r9',
          source: 'country:DE',
          target: 'country:US',
          type: 'BACKS',
          connected: true,
          date: '2019-03-01',
          confidence: 0.8,
          evidence: 'Germany backs the United States.',
          article: 'article:1',
        },
      },
    ]);
  });

  it('sends whole-number parameters as Neo4j integers and leaves fractions alone', () => {
    const params = toDriverParams({ n: 3, x: 1.5, list: [1, 'a'], nested: { k: 2 } }) as any;
    expect(neo4j.isInt(params.n)).toBe(true);
    expect(params.x).toBe(1.5);
    expect(neo4j.isInt(params.list[0])).toBe(true);
    expect(neo4j.isInt(params.nested.k)).toBe(true);
  });
});
