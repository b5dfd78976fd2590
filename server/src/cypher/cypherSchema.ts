// What the console's editor completes: labels, relationship types, property keys, functions and callable procedures.
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../../core/cypherFiles';
import { toEntenteError } from '../errorMapping';
import { ALLOWED_DBMS_PROCEDURES, ALLOWED_PROCEDURES } from './readOnlyCypher';

export interface CypherSchema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
  functions: { name: string; signature: string }[];
  /** Only those the read-only console lets an analyst call. */
  procedures: { name: string; signature: string; returnItems: { name: string; signature: string }[] }[];
}

/** "db.labels() :: (label :: STRING)" → [{name: "label", signature: "STRING"}], as Neo4j Browser reads it. */
export function returnItems(signature: string): { name: string; signature: string }[] {
  const yields = /::\s*\((.*)\)\s*$/.exec(signature)?.[1] ?? '';
  return yields
    .split(/,\s*(?![^(]*\))/)
    .map((item) => /^\s*([\w`]+)\s*::\s*(.+?)\s*$/.exec(item))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1]!, signature: m[2]! }));
}

/** One read transaction, bounded by the console's timeout; the lists are small (the graph's schema, not its data). */
export async function readCypherSchema(driver: Driver, database: string, timeoutMs: number): Promise<CypherSchema> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => {
        const [names] = (await tx.run(cypher('api-cypher-schema'))).records.map((r) => r.toObject());
        const functions = (await tx.run(cypher('api-cypher-functions'))).records.map((r) => ({
          name: String(r.get('name')),
          signature: String(r.get('signature')),
        }));
        const procedures = (
          await tx.run(cypher('api-cypher-procedures'), { names: [...ALLOWED_PROCEDURES, ...ALLOWED_DBMS_PROCEDURES] })
        ).records.map((r) => {
          const signature = String(r.get('signature'));
          return { name: String(r.get('name')), signature, returnItems: returnItems(signature) };
        });
        return {
          labels: (names?.['labels'] as string[] | undefined) ?? [],
          relationshipTypes: (names?.['relationshipTypes'] as string[] | undefined) ?? [],
          propertyKeys: (names?.['propertyKeys'] as string[] | undefined) ?? [],
          functions,
          procedures,
        };
      },
      { timeout: timeoutMs, metadata: { app: 'entente', via: 'GET /api/cypher/schema' } },
    );
  } catch (error) {
    throw toEntenteError(error, 'GET /api/cypher/schema');
  } finally {
    await session.close().catch(() => undefined);
  }
}
