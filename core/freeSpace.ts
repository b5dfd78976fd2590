// Free disk space where a run will write, checked before it starts: a full disk must not be found mid-transaction.
import { existsSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { BadInputError } from './errors';

/** The nearest existing folder of `target` (a data folder may not exist before the first run). */
function existingAncestor(target: string): string {
  let dir = path.resolve(target);
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export function freeBytes(target: string): number {
  const stats = statfsSync(existingAncestor(target));
  return Number(stats.bavail) * Number(stats.bsize);
}

/**
 * Throws, naming the folder and the variable that moves it, when less than `minBytes` is free. Neo4j that runs out
 * of disk in a commit panics its database; stopping before the first write keeps the store clean.
 */
export function requireFreeSpace(targets: { path: string; variable: string }[], minBytes: number): void {
  for (const t of targets) {
    const free = freeBytes(t.path);
    if (free < minBytes) {
      throw new BadInputError(
        `only ${Math.floor(free / 1024 ** 2)} MB free for ${path.resolve(t.path)} (${t.variable}); the import needs at least ${Math.floor(minBytes / 1024 ** 2)} MB. Nothing was written`,
      );
    }
  }
}
