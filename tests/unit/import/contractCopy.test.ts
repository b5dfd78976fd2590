import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTRACT_SCHEMA_FILE } from '../../../import/src/corrections';

const SHARED = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'contracts', 'extraction.schema.json');

describe('the importer contract copy', () => {
  (existsSync(SHARED) ? it : it.skip)('is byte-identical to ../shared/contracts/extraction.schema.json', () => {
    expect(readFileSync(CONTRACT_SCHEMA_FILE).equals(readFileSync(SHARED))).toBe(true);
  });
});
