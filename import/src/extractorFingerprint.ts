// A short hash of the extraction code and its data files, stored on each Article so a changed extractor re-reads old files.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = [path.join(__dirname, 'extract'), path.resolve(__dirname, '..', 'data')];

let cached: string | undefined;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}

/**
 * Without it, re-importing an unchanged file is "unchanged" forever, and improvements to the extractor never reach
 * articles imported before them. Any edit to import/src/extract or import/data changes the fingerprint.
 */
export function extractorFingerprint(): string {
  if (cached === undefined) {
    const hash = createHash('sha256');
    for (const file of SOURCES.flatMap(filesUnder)) {
      hash.update(path.relative(path.resolve(__dirname, '..'), file)).update('\0').update(readFileSync(file)).update('\0');
    }
    cached = hash.digest('hex').slice(0, 16);
  }
  return cached;
}
