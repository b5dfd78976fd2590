// The one place that reads process.env: typed, validated at start-up, each error naming its variable.
import { availableParallelism } from 'node:os';
import { ConfigError } from './errors';

export interface Neo4jSettings {
  /** An external server (neo4j://, neo4j+s://, bolt://...); undefined means "run the local Neo4j". */
  uri: string | undefined;
  user: string;
  password: string;
  database: string;
  /** Port and data directory of the local Neo4j; ignored when uri is set. */
  boltPort: number;
  dataDir: string;
  heapMb: number;
  pageCacheMb: number;
}

/** The NLP backbone (Stanford CoreNLP in a Java worker, see nlp-worker/) that the importer parses articles with. */
export interface NlpSettings {
  /** host:port of a worker already running (`--listen`); undefined means "start one when needed". */
  address: { host: string; port: number } | undefined;
  /** Threads of the worker the importer starts: articles parsed at once. */
  threads: number;
  heapMb: number;
  /** An article not parsed within this time is skipped with that reason. */
  timeoutMs: number;
  /** Threads running the rule layer and the parse cache (the importer's own CPU work); 1 keeps it in process. */
  extractThreads: number;
  /** Parses kept per article content and backbone version, so re-imports and new rules do not parse again. */
  cacheDir: string;
}

export interface Config {
  neo4j: Neo4jSettings;
  nlp: NlpSettings;
  host: string;
  port: number;
  /** When set, every API route requires `Authorization: Bearer <token>` (a curator's token also reads). */
  authToken: string | undefined;
  /** Who may curate (CURATOR_TOKEN): each with the name their curations record. Empty: the graph is read-only. */
  curators: Curator[];
  /** Host names (without port) requests may name in their Host header; the rest get 421. */
  allowedHosts: string[];
  /** Allowed CORS origin; undefined keeps CORS off. */
  corsOrigin: string | undefined;
  cypherTimeoutMs: number;
  cypherRowLimit: number;
  /** Bytes of JSON an analyst query may return before `truncated: true`. */
  cypherByteLimit: number;
  importMaxFileBytes: number;
  /** Import data/articles on start when the graph is empty. */
  seedOnStart: boolean;
  production: boolean;
}

export interface Curator {
  name: string;
  token: string;
}

type Env = Record<string, string | undefined>;

const URI_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];

function text(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined || value.trim() === '' ? fallback : value.trim();
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** Shortest curator token accepted: guessing is rate-limited, but a short secret is still a weak one. */
export const MIN_CURATOR_TOKEN = 12;

/**
 * CURATOR_TOKEN: "name=token" pairs separated by commas ("ana=...,ben=..."), or one bare token whose curations are
 * recorded as by "curator". Names are what the history shows; tokens must be long and distinct.
 */
function curators(env: Env): Curator[] {
  const raw = optional(env, 'CURATOR_TOKEN');
  if (raw === undefined) return [];
  const out: Curator[] = [];
  for (const part of raw.split(',').map((p) => p.trim())) {
    const eq = part.indexOf('=');
    const [name, token] = eq < 0 ? ['curator', part] : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()];
    if (!/^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,39}$/u.test(name))
      throw new ConfigError('CURATOR_TOKEN', `"${name}" is not a curator name (letters, digits, " ._-", up to 40)`);
    if (token.length < MIN_CURATOR_TOKEN)
      throw new ConfigError('CURATOR_TOKEN', `the token of "${name}" is shorter than ${MIN_CURATOR_TOKEN} characters`);
    if (out.some((c) => c.token === token || c.name === name))
      throw new ConfigError('CURATOR_TOKEN', `"${name}" repeats a name or a token`);
    out.push({ name, token });
  }
  return out;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected ${min}..${max}, got ${value}`);
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function neo4jUri(env: Env): string | undefined {
  const uri = optional(env, 'NEO4J_URI');
  if (uri === undefined) return undefined;
  const scheme = /^([a-z0-9+]+):\/\/[^/]+/i.exec(uri)?.[1]?.toLowerCase();
  if (scheme === undefined || !URI_SCHEMES.includes(scheme)) {
    throw new ConfigError('NEO4J_URI', `expected ${URI_SCHEMES.join('://, ')}:// followed by a host, got "${uri}"`);
  }
  return uri;
}

function address(env: Env, name: string): { host: string; port: number } | undefined {
  const raw = optional(env, name);
  if (raw === undefined) return undefined;
  const match = /^(\[[0-9a-f:]+\]|[^:\s]+):(\d{1,5})$/i.exec(raw);
  const port = Number(match?.[2]);
  if (match === null || port < 1 || port > 65535) throw new ConfigError(name, `expected host:port, got "${raw}"`);
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port };
}

/**
 * ALLOWED_HOSTS, comma-separated; by default the loopback names and, when HOST is a specific address or name, that.
 * A page on another site that rebinds its DNS to 127.0.0.1 still sends its own name in Host, and is refused.
 */
function allowedHosts(env: Env, host: string): string[] {
  const raw = optional(env, 'ALLOWED_HOSTS');
  if (raw !== undefined) {
    const list = raw
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    for (const h of list)
      if (!/^(\*|[a-z0-9.-]+|\[[0-9a-f:]+\])$/.test(h))
        throw new ConfigError('ALLOWED_HOSTS', `expected host names separated by commas, got "${h}"`);
    return list;
  }
  const defaults = ['localhost', '127.0.0.1', '[::1]'];
  if (host !== '0.0.0.0' && host !== '::' && !defaults.includes(host)) defaults.push(host.toLowerCase());
  return defaults;
}

export function loadConfig(env: Env = process.env): Config {
  const uri = neo4jUri(env);
  const password = text(env, 'NEO4J_PASSWORD', uri === undefined ? 'entente-local' : '');
  if (uri !== undefined && password === '') {
    throw new ConfigError('NEO4J_PASSWORD', `required when NEO4J_URI is set (${uri})`);
  }
  if (uri === undefined && password.length < 8) {
    throw new ConfigError('NEO4J_PASSWORD', 'the local Neo4j needs at least 8 characters');
  }
  const host = text(env, 'HOST', '127.0.0.1');
  return {
    neo4j: {
      uri,
      user: text(env, 'NEO4J_USER', 'neo4j'),
      password,
      database: text(env, 'NEO4J_DATABASE', 'neo4j'),
      boltPort: integer(env, 'NEO4J_BOLT_PORT', 7687, 1, 65535),
      dataDir: text(env, 'NEO4J_DATA_DIR', '.data/neo4j'),
      heapMb: integer(env, 'NEO4J_HEAP_MB', 768, 128, 65536),
      pageCacheMb: integer(env, 'NEO4J_PAGECACHE_MB', 128, 16, 65536),
    },
    nlp: {
      address: address(env, 'NLP_WORKER_ADDRESS'),
      threads: integer(env, 'NLP_THREADS', Math.max(1, availableParallelism()), 1, 256),
      heapMb: integer(env, 'NLP_HEAP_MB', 2048, 1024, 65536),
      timeoutMs: integer(env, 'NLP_TIMEOUT_MS', 120_000, 1_000, 3_600_000),
      extractThreads: integer(env, 'EXTRACT_THREADS', Math.max(1, availableParallelism()), 1, 256),
      cacheDir: text(env, 'PARSE_CACHE_DIR', '.data/parse-cache'),
    },
    host,
    port: integer(env, 'PORT', 4000, 0, 65535),
    authToken: optional(env, 'AUTH_TOKEN'),
    curators: curators(env),
    allowedHosts: allowedHosts(env, host),
    corsOrigin: optional(env, 'CORS_ORIGIN'),
    cypherTimeoutMs: integer(env, 'CYPHER_TIMEOUT_MS', 15_000, 100, 600_000),
    cypherRowLimit: integer(env, 'CYPHER_ROW_LIMIT', 5_000, 1, 1_000_000),
    cypherByteLimit: integer(env, 'CYPHER_BYTE_LIMIT', 16 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    importMaxFileBytes: integer(env, 'IMPORT_MAX_FILE_BYTES', 5 * 1024 * 1024, 1, 1024 * 1024 * 1024),
    seedOnStart: flag(env, 'SEED_ON_START', true),
    // Production unless asked otherwise: no internal messages, no stack traces, no class names reach a client.
    production: text(env, 'NODE_ENV', 'production') !== 'development',
  };
}
