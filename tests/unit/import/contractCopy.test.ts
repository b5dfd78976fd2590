import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT_SCHEMA_FILE } from '../../../import/src/corrections';

const SHARED = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'contracts', 'extraction.schema.json');

describe('the importer contract copy', () => {
  // The shared contract sits beside every checkout this project is built in (CI included): its absence is a failure,
  // not a reason to skip, or the copy could drift unnoticed.
  it('is byte-identical to ../shared/contracts/extraction.schema.json, which must be there', () => {
    expect(existsSync(SHARED)).toBe(true);
    expect(readFileSync(CONTRACT_SCHEMA_FILE).equals(readFileSync(SHARED))).toBe(true);
  });
});
