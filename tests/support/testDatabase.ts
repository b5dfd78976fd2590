// Helpers for integration suites: one driver to the test run's Neo4j, a clean graph with the schema applied.
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../core/config';
import { createDriver } from '../../core/neo4jConnection';
import { applySchema } from '../../core/schema';

export interface TestDatabase {
  driver: Driver;
  database: string;
  /** Delete every node and relationship (the schema stays). */
  clean(): Promise<void>;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const { neo4j } = loadConfig();
  if (neo4j.uri === undefined)
    throw new Error('tests/support: NEO4J_URI is not set; run through jest (globalSetup starts Neo4j)');
  const driver = createDriver(neo4j.uri, neo4j.user, neo4j.password);
  await applySchema(driver, neo4j.database);
  const db: TestDatabase = {
    driver,
    database: neo4j.database,
    async clean() {
      // CALL IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
      const session = driver.session({ database: neo4j.database });
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      } finally {
        await session.close();
      }
    },
    async close() {
      await driver.close();
    },
  };
  await db.clean();
  return db;
}
