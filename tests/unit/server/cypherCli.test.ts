import { parseCypherCommandLine as parseArgs } from '../../../server/src/cypherCli';
import { renderTable } from '../../../server/src/cypherTable';

describe('npm run cypher', () => {
  it('parses the query, repeatable typed params, --json and -f', () => {
    expect(
      parseArgs(['--param', 'n=3', '-p', 'ids=["a","b"]', '--param=name=Kim', '--json', 'MATCH (n)', 'RETURN n']),
    ).toMatchObject({
      query: 'MATCH (n) RETURN n',
      params: { n: 3, ids: ['a', 'b'], name: 'Kim' },
      json: true,
    });
    expect(parseArgs(['-f', 'q.cypher', '--limit', '10'])).toMatchObject({
      file: 'q.cypher',
      query: undefined,
      limit: 10,
    });
  });

  it('says what is wrong with bad options', () => {
    expect(() => parseArgs(['--param', 'novalue'])).toThrow(/--param expects name=value/);
    expect(() => parseArgs(['--limit', 'many'])).toThrow(/--limit expects a whole number 1 or more, got "many"/);
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown option "--frobnicate"/);
  });

  it('prints nodes and relationships compactly and says when the row cap cut the result', () => {
    const table = renderTable({
      columns: ['c', 'r', 'n'],
      rows: [
        {
          c: { id: 'country:US', elementId: 'e', labels: ['Actor', 'Country'], properties: { name: 'United States' } },
          r: { id: 'r', type: 'BACKS', start: 'country:GB', end: 'country:US', properties: {} },
          n: 2,
        },
      ],
      graph: { nodes: [], edges: [] },
      summary: { resultAvailableAfter: 3, resultConsumedAfter: 1, truncated: true, rowCount: 1, queryType: 'r' },
    });
    expect(table.split('\n')).toEqual([
      'c                              | r                               | n',
      '-------------------------------+---------------------------------+--',
      '(:Actor:Country United States) | [:BACKS country:GB->country:US] | 2',
      '1 row (truncated at the row limit of 1; add LIMIT or raise CYPHER_ROW_LIMIT), available after 3 ms',
    ]);
  });
});
