// Loads the named Cypher files in cypher/ (and cypher/queries/), so no query text lives in TypeScript.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const CYPHER_DIR = path.resolve(__dirname, '..', 'cypher');

const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher; `name` may contain one sub-folder ("queries/who-met"). */
export function cypher(name: string): string {
  if (!/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/.test(name)) {
    throw new Error(`cypher: invalid query name "${name}"`);
  }
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Split a multi-statement file on semicolons at line ends; `//` comment lines are dropped. */
export function statements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function cypherFileNames(subdir: string): string[] {
  return readdirSync(path.join(CYPHER_DIR, subdir))
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.replace(/\.cypher$/, ''))
    .sort();
}
