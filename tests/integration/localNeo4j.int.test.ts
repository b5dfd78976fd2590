import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { applySchema } from '../../core/schema';
import { openTestDatabase, type TestDatabase } from '../support/testDatabase';
import { LocalNeo4jError } from '../../core/errors';
import { LocalNeo4jProcess, freePort } from '../../neo4j-local/src/localNeo4j';

describe('the local Neo4j', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => db.close());

  it('answers Cypher over Bolt as Neo4j Community 5.26', async () => {
    const { records } = await db.driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
    );
    expect(records[0]?.get('edition')).toBe('community');
    expect(records[0]?.get('version')).toMatch(/^5\.26\./);
  });

  it('has the constraints and the full-text index of the graph model, and applying the schema again changes nothing', async () => {
    const before = await db.driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    await applySchema(db.driver, db.database);
    const after = await db.driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    const names = after.records[0]?.get('names') as string[];
    expect(names).toEqual(before.records[0]?.get('names'));
    expect(names).toEqual(
      expect.arrayContaining([
        'actor_id',
        'meeting_id',
        'article_id',
        'actor_name',
        'meeting_date',
        'article_date',
        'actor_search',
      ]),
    );
  });

  it('refuses to start on a port that is already taken, saying which port', async () => {
    const server = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'entente-port-'));
    try {
      await expect(
        LocalNeo4jProcess.start({
          boltPort: port,
          dataDir,
          user: 'neo4j',
          password: 'entente-test',
          heapMb: 256,
          pageCacheMb: 16,
          log: () => {},
        }),
      ).rejects.toThrow(new RegExp(`port 127\\.0\\.0\\.1:${port} is already in use`));
    } finally {
      server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a data directory it cannot write to, naming it', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'entente-ro-'));
    const blocker = path.join(parent, 'file');
    writeFileSync(blocker, 'not a directory');
    chmodSync(blocker, 0o444);
    try {
      const attempt = LocalNeo4jProcess.start({
        boltPort: await freePort(),
        dataDir: path.join(blocker, 'db'),
        user: 'neo4j',
        password: 'entente-test',
        heapMb: 256,
        pageCacheMb: 16,
        log: () => {},
      });
      await expect(attempt).rejects.toBeInstanceOf(LocalNeo4jError);
      await expect(attempt).rejects.toThrow(/data directory .*file\/db is not writable/);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
