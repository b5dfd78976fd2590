// A checksum over the whole graph, so a suite can prove that a refused or repeated operation changed nothing.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  /** sha256 over every node's labels and properties and every relationship's type, ends and properties. */
  checksum: string;
}

/** `ignore`: property names left out, for graphs written at different times (`importedAt`). */
export async function graphFingerprint(
  driver: Driver,
  database: string,
  ignore: string[] = [],
): Promise<GraphFingerprint> {
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to, properties(r) AS props',
    {},
    { database },
  );
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value !== null && typeof value === 'object') {
      const text = String(value);
      // Neo4j temporal values print as ISO strings; plain objects are sorted by key.
      if (text !== '[object Object]') return text;
      const entries = Object.entries(value).filter(([k]) => !ignore.includes(k));
      return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
    }
    return value;
  };
  const lines = [
    ...nodes.records.map((r) =>
      JSON.stringify(['node', [...(r.get('labels') as string[])].sort(), canonical(r.get('props'))]),
    ),
    ...rels.records.map((r) =>
      JSON.stringify(['rel', r.get('type'), r.get('from'), r.get('to'), canonical(r.get('props'))]),
    ),
  ].sort();
  return {
    nodes: nodes.records.length,
    relationships: rels.records.length,
    checksum: createHash('sha256').update(lines.join('\n')).digest('hex'),
  };
}
