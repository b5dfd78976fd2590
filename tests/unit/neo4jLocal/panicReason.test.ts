// Why a local Neo4j's database panicked, as /healthz tells it: from the launcher's panic line, else from debug.log.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { panicReasonOf } from '../../../neo4j-local/src/localNeo4j';

describe('the reason a local database panicked', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'entente-panic-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  function writeLog(text: string): void {
    mkdirSync(path.join(dataDir, 'logs'));
    writeFileSync(path.join(dataDir, 'logs', 'debug.log'), text);
  }

  it('is the cause on the panic line, even when the log says something else', () => {
    writeLog('2026-12-03 ERROR Database panic: old\njava.io.IOException: an older failure\n');
    const line = 'ENTENTE_NEO4J_PANIC neo4j IOException: No space left on device';
    expect(panicReasonOf(line, dataDir)).toBe('IOException: No space left on device');
  });

  it("is the log's line after the last panic when the panic line names no cause", () => {
    writeLog('x ERROR Database panic: first\nfirst cause\ny ERROR Database panic: second\njava.io.IOException: disk\n');
    expect(panicReasonOf('ENTENTE_NEO4J_PANIC neo4j', dataDir)).toBe('java.io.IOException: disk');
  });

  it('points at the log when neither the line nor a log names a cause', () => {
    expect(panicReasonOf('ENTENTE_NEO4J_PANIC neo4j ', dataDir)).toBe('see logs/debug.log');
  });
});
