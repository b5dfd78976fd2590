import { nestingDepth, refusalReason, valueDepth } from '../../../server/src/cypher/readOnlyCypher';

const plan = (operatorType: string, details?: string, children: object[] = []) => ({
  operatorType,
  arguments: details === undefined ? {} : { Details: details },
  children,
  identifiers: [],
});

describe('refusalReason', () => {
  it('accepts a plain read plan', () => {
    expect(
      refusalReason({
        queryType: 'r',
        plan: plan('ProduceResults@neo4j', undefined, [plan('AllNodesScan@neo4j')]),
      } as never),
    ).toBeUndefined();
  });

  it('refuses writes, schema and administration by the query type Neo4j reports', () => {
    expect(refusalReason({ queryType: 'rw', plan: false } as never)).toMatch(/reads and writes/);
    expect(refusalReason({ queryType: 'w', plan: false } as never)).toMatch(/writes/);
    expect(refusalReason({ queryType: 's', plan: false } as never)).toMatch(/schema/);
  });

  it('refuses LOAD CSV, CALL IN TRANSACTIONS and TERMINATE anywhere in a read plan', () => {
    expect(
      refusalReason({
        queryType: 'r',
        plan: plan('ProduceResults@neo4j', undefined, [plan('LoadCSV@neo4j', 'line')]),
      } as never),
    ).toMatch(/LOAD CSV/);
    expect(
      refusalReason({
        queryType: 'r',
        plan: plan('ProduceResults@neo4j', undefined, [plan('Apply', undefined, [plan('TransactionApply@neo4j')])]),
      } as never),
    ).toMatch(/IN TRANSACTIONS/);
    expect(refusalReason({ queryType: 'r', plan: plan('TerminateTransactions@neo4j') } as never)).toMatch(
      /administration/,
    );
    // SHOW TRANSACTIONS is an analyst's read now (issue 10); SHOW SETTINGS still is not.
    expect(refusalReason({ queryType: 'r', plan: plan('ShowTransactions@neo4j') } as never)).toBeUndefined();
    expect(refusalReason({ queryType: 'r', plan: plan('ShowSettings@neo4j') } as never)).toMatch(/SHOW SETTINGS/);
  });

  it('allows listed procedures and names the refused one', () => {
    expect(
      refusalReason({ queryType: 'r', plan: plan('ProcedureCall@neo4j', 'db.labels() :: (label :: STRING)') } as never),
    ).toBeUndefined();
    expect(
      refusalReason({
        queryType: 'r',
        plan: plan('ProcedureCall@neo4j', 'db.ping() :: (success :: BOOLEAN)'),
      } as never),
    ).toBeUndefined();
    expect(
      refusalReason({ queryType: 'r', plan: plan('ProcedureCall@neo4j', 'db.awaitIndexes() :: ()') } as never),
    ).toMatch(/procedure db\.awaitIndexes is not allowed/);
  });
});

describe('analyst reads Neo4j types as administration', () => {
  const admin = { queryType: 's', plan: { operatorType: 'AdministrationCommand@system' } } as never;
  const dbmsCall = (procedure: string) =>
    ({
      queryType: 's',
      plan: {
        operatorType: 'ProduceResults@neo4j',
        children: [{ operatorType: 'ProcedureCall@neo4j', arguments: { Details: `${procedure}() :: (x :: STRING)` } }],
      },
    }) as never;

  it('allows SHOW CURRENT USER and SHOW DATABASES, and no other administration command', () => {
    expect(refusalReason(admin, 'SHOW CURRENT USER')).toBeUndefined();
    expect(refusalReason(admin, 'show databases yield name')).toBeUndefined();
    expect(refusalReason(admin, 'SHOW USERS')).toMatch(/only read-only queries/);
    expect(refusalReason(admin, 'SHOW DATABASES; CREATE DATABASE x')).toMatch(/only read-only queries/);
  });

  it('allows dbms.components and dbms.info, and no other DBMS procedure', () => {
    expect(refusalReason(dbmsCall('dbms.components'), 'CALL dbms.components()')).toBeUndefined();
    expect(refusalReason(dbmsCall('dbms.killQuery'), "CALL dbms.killQuery('x')")).toMatch(/only read-only queries/);
  });
});

describe('bracket nesting', () => {
  it('counts brackets outside strings and comments', () => {
    expect(nestingDepth('RETURN ((1))')).toBe(2);
    expect(nestingDepth("RETURN '((((' AS s // ((((\nRETURN [{a: (1)}]")).toBe(3);
    expect(nestingDepth('RETURN "\\"((" AS s')).toBe(0);
  });
});

describe('parameter nesting', () => {
  it('counts how deeply lists and maps nest, scalars adding nothing', () => {
    expect(valueDepth({ a: 1, b: 'x' })).toBe(1);
    expect(valueDepth({ a: [1, { b: [2] }] })).toBe(4);
    expect(valueDepth(null)).toBe(0);
  });

  it('stops counting just past the limit, so a 3,000-deep value costs no more than a 201-deep one', () => {
    let nested: unknown = 1;
    for (let i = 0; i < 3000; i++) nested = [nested];
    expect(valueDepth(nested, 200)).toBe(201);
  });
});
