// Reading a procedure's YIELD columns from its signature, as the console's completion lists them.
import { returnItems } from '../../../server/src/cypher/cypherSchema';

describe('returnItems', () => {
  it('reads each yielded column and its type from a procedure signature', () => {
    expect(returnItems('db.labels() :: (label :: STRING)')).toEqual([{ name: 'label', signature: 'STRING' }]);
    expect(
      returnItems(
        'db.index.fulltext.queryNodes(indexName :: STRING, queryString :: STRING, options = {} :: MAP) :: (node :: NODE, score :: FLOAT)',
      ),
    ).toEqual([
      { name: 'node', signature: 'NODE' },
      { name: 'score', signature: 'FLOAT' },
    ]);
  });

  it('keeps a parameterised type whole and yields nothing for a procedure that returns nothing', () => {
    expect(returnItems('db.x() :: (values :: LIST<MAP>, n :: INTEGER)')).toEqual([
      { name: 'values', signature: 'LIST<MAP>' },
      { name: 'n', signature: 'INTEGER' },
    ]);
    expect(returnItems('db.awaitIndexes(timeOutSeconds = 300 :: INTEGER)')).toEqual([]);
  });
});
