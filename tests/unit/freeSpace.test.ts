import os from 'node:os';
import path from 'node:path';
import { BadInputError } from '../../core/errors';
import { freeBytes, requireFreeSpace } from '../../core/freeSpace';

describe('the free-space check', () => {
  it('measures a folder that does not exist yet on the disk it will be made on', () => {
    expect(freeBytes(path.join(os.tmpdir(), 'entente-not-there', 'deeper'))).toBeGreaterThan(0);
  });

  it('stops, naming the folder and its variable, when the disk has less than asked for, and passes otherwise', () => {
    const dir = os.tmpdir();
    expect(() => requireFreeSpace([{ path: dir, variable: 'NEO4J_DATA_DIR' }], 1)).not.toThrow();
    const tooMuch = freeBytes(dir) + 1024 ** 3;
    expect(() => requireFreeSpace([{ path: dir, variable: 'NEO4J_DATA_DIR' }], tooMuch)).toThrow(BadInputError);
    expect(() => requireFreeSpace([{ path: dir, variable: 'NEO4J_DATA_DIR' }], tooMuch)).toThrow(
      /NEO4J_DATA_DIR.*Nothing was written/,
    );
  });
});
