import { refusalReason } from '../../../server/src/cypher/readOnlyCypher';

const plan = (operatorType: string, details?: string, children: object[] = []) => ({ operatorType, arguments: details === undefined ? {} : { Details: details }, children, identifiers: [] });

describe('refusalReason', () => {
  it('accepts a plain read plan', () => {
    expect(refusalReason({ queryType: 'r', plan: plan('ProduceResults@neo4j', undefined, [plan('AllNodesScan@neo4j')]) } as never)).toBeUndefined();
  });

  it('refuses writes, schema and administration by the query type Neo4j reports', () => {
    expect(refusalReason({ queryType: 'rw', plan: false } as never)).toMatch(/reads and writes/);
    expect(refusalReason({ queryType: 'w', plan: false } as never)).toMatch(/writes/);
    expect(refusalReason({ queryType: 's', plan: false } as never)).toMatch(/schema/);
  });

  it('refuses LOAD CSV, CALL IN TRANSACTIONS and TERMINATE anywhere in a read plan', () => {
    expect(refusalReason({ queryType: 'r', plan: plan('ProduceResults@neo4j', undefined, [plan('LoadCSV@neo4j', 'line')]) } as never)).toMatch(/LOAD CSV/);
    expect(refusalReason({ queryType: 'r', plan: plan('ProduceResults@neo4j', undefined, [plan('Apply', undefined, [plan('TransactionApply@neo4j')])]) } as never)).toMatch(/IN TRANSACTIONS/);
    expect(refusalReason({ queryType: 'r', plan: plan('TerminateTransactions@neo4j') } as never)).toMatch(/administration/);
    expect(refusalReason({ queryType: 'r', plan: plan('ShowTransactions@neo4j') } as never)).toMatch(/SHOW TRANSACTIONS/);
  });

  it('allows listed procedures and names the refused one', () => {
    expect(refusalReason({ queryType: 'r', plan: plan('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)') } as never)).toBeUndefined();
    expect(refusalReason({ queryType: 'r', plan: plan('ProcedureCall@neo4j', 'db.ping() :: (success :: BOOLEAN)') } as never)).toMatch(/procedure db\.ping is not allowed/);
  });
});
