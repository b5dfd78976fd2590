import { loadConfig } from '../../core/config';
import { ConfigError } from '../../core/errors';

describe('loadConfig', () => {
  it('uses the local Neo4j and 127.0.0.1:4000 when nothing is set', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.boltPort).toBe(7687);
    expect(config.neo4j.dataDir).toBe('.data/neo4j');
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(4000);
  });

  it.each(['neo4j://db.example:7687', 'neo4j+s://x.databases.neo4j.io', 'bolt://127.0.0.1:7688'])(
    'accepts the %s URI scheme',
    (uri) => {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'secret-pw' }).neo4j.uri).toBe(uri);
    },
  );

  it('names the variable and the bad value when a URI has an unknown scheme', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(
      new ConfigError(
        'NEO4J_URI',
        'expected neo4j://, neo4j+s://, neo4j+ssc://, bolt://, bolt+s://, bolt+ssc:// followed by a host, got "http://localhost:7474"',
      ),
    );
  });

  it('requires a password for an external Neo4j', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://h:7687' })).toThrow(/NEO4J_PASSWORD/);
  });

  it('rejects a port that is not a number, naming PORT', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT: expected a whole number, got "eighty"');
  });

  it('rejects a Bolt port out of range', () => {
    expect(() => loadConfig({ NEO4J_BOLT_PORT: '70000' })).toThrow(/NEO4J_BOLT_PORT: expected 1..65535, got 70000/);
  });
});

describe('CURATOR_TOKEN', () => {
  it('leaves the graph read-only when it is not set', () => {
    expect(loadConfig({}).curators).toEqual([]);
  });

  it('reads name=token pairs, and a bare token as the curator "curator"', () => {
    expect(loadConfig({ CURATOR_TOKEN: 'ana=ana-token-000001, Ben Li=ben-token-000002' }).curators).toEqual([
      { name: 'ana', token: 'ana-token-000001' },
      { name: 'Ben Li', token: 'ben-token-000002' },
    ]);
    expect(loadConfig({ CURATOR_TOKEN: 'one-long-token-01' }).curators).toEqual([
      { name: 'curator', token: 'one-long-token-01' },
    ]);
  });

  it('refuses a short token, a repeated name and a name that is not one, naming the variable', () => {
    expect(() => loadConfig({ CURATOR_TOKEN: 'ana=short' })).toThrow(/^CURATOR_TOKEN: the token of "ana" is shorter/);
    expect(() => loadConfig({ CURATOR_TOKEN: 'ana=ana-token-000001,ana=ana-token-000002' })).toThrow(
      /CURATOR_TOKEN: "ana" repeats a name or a token/,
    );
    expect(() => loadConfig({ CURATOR_TOKEN: '<b>=ana-token-000001' })).toThrow(/is not a curator name/);
  });
});
