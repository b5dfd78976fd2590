// A short hash of the rule layer (code and data files) and the backbone version, stored on each Article.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { coreNlpVersion } from './nlp/coreNlpWorker';

const SOURCES = [path.join(__dirname, 'extract'), path.resolve(__dirname, '..', 'data')];

let cached: string | undefined;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}

/** A hash of import/src/extract and import/data: what a rule change changes. */
export function ruleFingerprint(): string {
  if (cached === undefined) {
    const hash = createHash('sha256');
    for (const file of SOURCES.flatMap(filesUnder)) {
      hash
        .update(path.relative(path.resolve(__dirname, '..'), file))
        .update('\0')
        .update(readFileSync(file))
        .update('\0');
    }
    cached = hash.digest('hex').slice(0, 16);
  }
  return cached;
}

/**
 * "rules:<hash>+<backbone version>". Without it, re-importing an unchanged file is "unchanged" forever, and better
 * rules or a new backbone never reach articles imported before them. A rule change re-extracts from the parse cache;
 * a backbone change parses again.
 */
export function extractorFingerprint(): string {
  return `rules:${ruleFingerprint()}+${coreNlpVersion()}`;
}
