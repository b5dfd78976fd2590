// Applies cypher/schema.cypher: constraints, indexes and the full-text index, idempotently.
import type { Driver } from 'neo4j-driver';
import { cypher, statements } from './cypherFiles';

export async function applySchema(driver: Driver, database: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const list = statements(cypher('schema'));
    // Schema commands cannot share a transaction with each other; each runs in its own auto-commit transaction.
    for (const statement of list) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
    return list.length;
  } finally {
    await session.close();
  }
}
