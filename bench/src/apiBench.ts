// API stage: neighbourhood (1 and 2 hops; 1 hop of the top hub) and whoMet through GraphQL over loopback HTTP vs the same Cypher through the driver; latency percentiles and requests/s under concurrency.
import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../core/config';
import { createApp } from '../../server/src/app';
import { DriverQuestions, WHO_MET_LIMITS } from './driverQuestions';
import { graphCounts } from './neo4jHarness';
import { nowMs, percentile, progress, ratio, round } from './stats';

const EVIDENCE = 'articleId articleTitle file publisher date sentence confidence meetingId place';
const SLICE = `nodes { id kind label country title parent degree } edges { id source target type articleCount count confidence firstDate lastDate evidence { ${EVIDENCE} } } truncated`;
const ACTOR = 'id kind name country title';
/** The explorer's own query shapes (client/src/queries.ts, graphiql.ts). */
const NEIGHBOURHOOD = `query Neighbourhood($actors: [ID!]!, $depth: Int, $limit: Int) { neighbourhood(actors: $actors, depth: $depth, limit: $limit) { ${SLICE} } }`;
const WHO_MET = `query WhoMet($actor: ID!, $limit: Int!, $meetingLimit: Int!, $evidenceLimit: Int!) { whoMet(actor: $actor, limit: $limit, meetingLimit: $meetingLimit, evidenceLimit: $evidenceLimit) { actor { ${ACTOR} } meetingCount meetings { id date place planned participants { ${ACTOR} } evidence { ${EVIDENCE} } evidenceCount } } }`;

type QueryKind = 'neighbourhood1' | 'neighbourhood2' | 'whoMet' | 'hubNeighbourhood1';
/** The headline percentiles pool these; hubNeighbourhood1 (one hop of the most connected actor) is reported apart. */
const SPREAD_KINDS: QueryKind[] = ['neighbourhood1', 'neighbourhood2', 'whoMet'];
const KINDS: QueryKind[] = [...SPREAD_KINDS, 'hubNeighbourhood1'];

export interface LatencyStats {
  p50: number;
  p95: number;
  p99: number;
  samples: number;
}

export interface ApiSizeResult {
  claims: number;
  nodes: number;
  /** Claim relationships; the derived summaries are summaryRels. */
  rels: number;
  summaryRels: number;
  actorsSampled: string[];
  graphql: Record<QueryKind, LatencyStats>;
  driver: Record<QueryKind, LatencyStats>;
  /** The three spread kinds together (not hubNeighbourhood1). */
  graphqlP50Ms: number;
  graphqlP95Ms: number;
  graphqlP99Ms: number;
  driverP50Ms: number;
  driverP95Ms: number;
  driverP99Ms: number;
  overheadRatio: number;
  /** GraphQL neighbourhood(depth 1) requests/s with `connections` concurrent loopback clients. */
  reqPerSec: number;
  /** The same questions through the driver with the same concurrency. */
  driverReqPerSec: number;
  reqPerSecRatio: number;
  load: Record<string, unknown>;
  /** One whoMet on the most connected actor (its busiest counterparts), ms, GraphQL and driver. */
  hubWhoMetMs: {
    graphql: number;
    driver: number;
    meetingsReturned: number;
    actor: string;
    graphqlOk: boolean;
    responseBytes: number;
  } | null;
  /** Mean ms per cypher file over the driver samples: where the database time goes. */
  cypherMs: Record<string, { meanMs: number; calls: number }>;
  connections: number;
  errors: number;
  /** Load at several connection counts, alone and while a runaway analyst query runs (the largest size only). */
  resilience?: ResilienceRun[];
}

export interface LoadSummary {
  reqPerSec: number;
  /** Requests sent in the run, answered or not. */
  sent: number;
  p50Ms: number;
  p99Ms: number;
  /** Socket errors, timeouts and non-2xx answers together: 0 is the goal. */
  errors: number;
}

export interface ResilienceRun {
  connections: number;
  quiet: LoadSummary;
  withRunaway: LoadSummary;
  /** The runaway's own answer: its status (504 when the time limit stopped it) and how long it ran. */
  runaway: { status: number; ms: number };
}

/**
 * Runs in Neo4j until the Cypher time limit stops it: one core busy, constant memory. The shape of an analyst's
 * mistake (a huge range, a cartesian product) without depending on the graph's size.
 */
export const RUNAWAY_QUERY = 'UNWIND range(1, 4000000000) AS i WITH i WHERE i % 7 = 3 RETURN count(*) AS n';

function stats(samples: number[]): LatencyStats {
  return {
    p50: round(percentile(samples, 50), 2),
    p95: round(percentile(samples, 95), 2),
    p99: round(percentile(samples, 99), 2),
    samples: samples.length,
  };
}

/** Actors across the degree distribution (skipping the top hubs, measured separately): what analysts click on. */
async function sampleActors(driver: Driver, database: string): Promise<{ spread: string[]; hub: string | undefined }> {
  const result = await driver.executeQuery(
    'MATCH (a:Actor) WITH a, COUNT { (a)-[:ATTENDED|BACKS|OPPOSES]-() } AS d WHERE d > 0 RETURN a.id AS id ORDER BY d DESC, id',
    {},
    { database },
  );
  const ids = result.records.map((r) => r.get('id') as string);
  const at = (q: number) => ids[Math.min(ids.length - 1, Math.floor(q * ids.length))]!;
  const spread = [
    ...new Set(
      [ids[3], ids[8], at(0.01), at(0.03), at(0.1), at(0.2), at(0.35), at(0.5), at(0.7), at(0.9)].filter(
        (x): x is string => x !== undefined,
      ),
    ),
  ];
  return { spread, hub: ids[0] };
}

function body(kind: QueryKind, actor: string): string {
  if (kind === 'whoMet') return JSON.stringify({ query: WHO_MET, variables: { actor, ...WHO_MET_LIMITS } });
  return JSON.stringify({
    query: NEIGHBOURHOOD,
    variables: { actors: [actor], depth: kind === 'neighbourhood2' ? 2 : 1, limit: 200 },
  });
}

async function postGraphql(url: string, payload: string): Promise<{ ok: boolean; size: number }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
  const text = await response.text();
  return { ok: response.ok && !text.includes('"errors"'), size: text.length };
}

function driverCall(questions: DriverQuestions, kind: QueryKind, actor: string): Promise<unknown> {
  if (kind === 'whoMet') return questions.whoMet(actor);
  return questions.neighbourhood([actor], kind === 'neighbourhood2' ? 2 : 1);
}

function runLoadClient(spec: {
  url: string;
  bodies: string[];
  connections: number;
  seconds: number;
}): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', path.join(__dirname, 'loadClient.ts'), JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), (spec.seconds + 60) * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(JSON.parse(out) as Record<string, unknown>);
      else reject(new Error(`load client exited ${code}: ${err.trim().split('\n').pop()}`));
    });
  });
}

/** `connections` concurrent loops of driver calls for `seconds`: the driver's requests/s for the same mix. */
async function driverLoad(
  questions: DriverQuestions,
  actors: string[],
  connections: number,
  seconds: number,
): Promise<number> {
  const start = nowMs();
  const end = start + seconds * 1000;
  let done = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (nowMs() < end) {
        await questions.neighbourhood([actors[next++ % actors.length]!], 1);
        done++;
      }
    }),
  );
  // Calls still running at the deadline finish and count: divide by the real elapsed time.
  return (done / (nowMs() - start)) * 1000;
}

function loadSummary(load: Record<string, unknown>): LoadSummary {
  const n = (key: string) => Number(load[key] ?? 0);
  return {
    reqPerSec: round(n('reqPerSec'), 1),
    sent: n('sent'),
    p50Ms: n('p50Ms'),
    p99Ms: n('p99Ms'),
    errors: n('errors') + n('timeouts') + n('non2xx'),
  };
}

/** Neighbourhood load at each connection count, first alone, then while a runaway analyst query runs. */
async function resilience(
  baseUrl: string,
  bodies: string[],
  connectionCounts: number[],
  seconds: number,
): Promise<ResilienceRun[]> {
  const runs: ResilienceRun[] = [];
  for (const connections of connectionCounts) {
    progress(`api: resilience, ${connections} connections x ${seconds} s alone, then with a runaway analyst query...`);
    const quiet = loadSummary(await runLoadClient({ url: `${baseUrl}/graphql`, bodies, connections, seconds }));
    const started = nowMs();
    const runaway = fetch(`${baseUrl}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: RUNAWAY_QUERY }),
    }).then(
      async (r) => ({ status: r.status, ms: round(nowMs() - started, 0), body: await r.text() }),
      () => ({ status: 0, ms: round(nowMs() - started, 0), body: '' }),
    );
    // Let it reach Neo4j and start burning a core before the load begins.
    await new Promise((r) => setTimeout(r, 300));
    const loaded = loadSummary(await runLoadClient({ url: `${baseUrl}/graphql`, bodies, connections, seconds }));
    const answer = await runaway;
    runs.push({ connections, quiet, withRunaway: loaded, runaway: { status: answer.status, ms: answer.ms } });
  }
  return runs;
}

export async function runApiBench(
  db: { driver: Driver; database: string },
  opts: {
    claims: number;
    samples: number;
    budgetMsPerQuestion: number;
    loadSeconds: number;
    connections: number;
    resilienceConnections?: number[];
  },
): Promise<ApiSizeResult> {
  // The runaway query of the resilience runs is stopped by the Cypher time limit shortly after its load run ends.
  const cypherTimeoutMs = String((opts.loadSeconds + 2) * 1000);
  const config = loadConfig({
    NEO4J_PASSWORD: 'entente-bench',
    NODE_ENV: 'production',
    PORT: '0',
    SEED_ON_START: 'false',
    CYPHER_TIMEOUT_MS: cypherTimeoutMs,
  });
  const app = await createApp({ config, driver: db.driver, database: db.database });
  const server: Server = await new Promise((resolve) => {
    const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('api bench: server has no address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const url = `${baseUrl}/graphql`;
  const questions = new DriverQuestions(db.driver, db.database);
  try {
    const counts = await graphCounts(db);
    const { spread, hub } = await sampleActors(db.driver, db.database);
    progress(
      `api: ${counts.nodes} nodes / ${counts.rels} rels (+ ${counts.summaryRels} summaries); ${spread.length} actors across the degree range; warming up...`,
    );
    let errors = 0;
    const actorsFor = (kind: QueryKind): string[] =>
      kind === 'hubNeighbourhood1' ? (hub === undefined ? [] : [hub]) : spread;
    for (const kind of KINDS) {
      for (const actor of actorsFor(kind).slice(0, 2)) {
        if (!(await postGraphql(url, body(kind, actor))).ok) errors++;
        await driverCall(questions, kind, actor);
      }
    }
    questions.msByFile.clear();
    const graphql = {} as Record<QueryKind, number[]>;
    const driver = {} as Record<QueryKind, number[]>;
    progress(
      `api: up to ${opts.samples} sequential samples (${opts.budgetMsPerQuestion / 1000} s) per question, GraphQL and driver interleaved...`,
    );
    for (const kind of KINDS) {
      graphql[kind] = [];
      driver[kind] = [];
      const end = nowMs() + opts.budgetMsPerQuestion;
      // Bounded by count and by time (at least 6 pairs), so a loaded machine or a slow question cannot stall the run.
      const actors = actorsFor(kind);
      for (let i = 0; i < opts.samples && actors.length > 0 && (i < 6 || nowMs() < end); i++) {
        const actor = actors[i % actors.length]!;
        const payload = body(kind, actor);
        const viaGraphql = async () => {
          const t = nowMs();
          const r = await postGraphql(url, payload);
          graphql[kind].push(nowMs() - t);
          if (!r.ok) errors++;
        };
        const viaDriver = async () => {
          const t = nowMs();
          await driverCall(questions, kind, actor);
          driver[kind].push(nowMs() - t);
        };
        // Alternate which goes first, so caches and drift favour neither.
        if (i % 2 === 0) {
          await viaGraphql();
          await viaDriver();
        } else {
          await viaDriver();
          await viaGraphql();
        }
      }
    }
    const cypherMs = Object.fromEntries(
      [...questions.msByFile].map(([name, e]) => [name, { meanMs: round(e.ms / e.calls, 2), calls: e.calls }]),
    );
    progress(`api: load test, ${opts.connections} connections x ${opts.loadSeconds} s, GraphQL then driver...`);
    const load = await runLoadClient({
      url,
      bodies: spread.map((a) => body('neighbourhood1', a)),
      connections: opts.connections,
      seconds: opts.loadSeconds,
    });
    const driverReqPerSec = await driverLoad(questions, spread, opts.connections, opts.loadSeconds);
    let hubWhoMetMs: ApiSizeResult['hubWhoMetMs'] = null;
    if (hub !== undefined) {
      progress(`api: whoMet on the top hub ${hub} (its busiest counterparts)...`);
      const t1 = nowMs();
      const r = await postGraphql(url, body('whoMet', hub)).catch(() => ({ ok: false, size: 0 }));
      const g = nowMs() - t1;
      const t2 = nowMs();
      // The API stops a question after 20 s (QUESTION_TIMEOUT_MS); the driver call gets the same limit.
      const n = await questions.whoMet(hub, 20_000).catch(() => -1);
      hubWhoMetMs = {
        graphql: round(g, 1),
        driver: round(nowMs() - t2, 1),
        meetingsReturned: n,
        actor: hub,
        graphqlOk: r.ok,
        responseBytes: r.size,
      };
    }
    const resilienceRuns =
      opts.resilienceConnections !== undefined && opts.resilienceConnections.length > 0
        ? await resilience(
            baseUrl,
            spread.map((a) => body('neighbourhood1', a)),
            opts.resilienceConnections,
            opts.loadSeconds,
          )
        : undefined;
    const allG = SPREAD_KINDS.flatMap((k) => graphql[k]);
    const allD = SPREAD_KINDS.flatMap((k) => driver[k]);
    const reqPerSec = round(Number(load.reqPerSec ?? 0), 1);
    return {
      claims: opts.claims,
      nodes: counts.nodes,
      rels: counts.rels,
      summaryRels: counts.summaryRels,
      actorsSampled: spread,
      graphql: Object.fromEntries(KINDS.map((k) => [k, stats(graphql[k])])) as Record<QueryKind, LatencyStats>,
      driver: Object.fromEntries(KINDS.map((k) => [k, stats(driver[k])])) as Record<QueryKind, LatencyStats>,
      graphqlP50Ms: round(percentile(allG, 50), 2),
      graphqlP95Ms: round(percentile(allG, 95), 2),
      graphqlP99Ms: round(percentile(allG, 99), 2),
      driverP50Ms: round(percentile(allD, 50), 2),
      driverP95Ms: round(percentile(allD, 95), 2),
      driverP99Ms: round(percentile(allD, 99), 2),
      overheadRatio: ratio(percentile(allG, 50), percentile(allD, 50)),
      reqPerSec,
      driverReqPerSec: round(driverReqPerSec, 1),
      reqPerSecRatio: ratio(reqPerSec, driverReqPerSec),
      load,
      hubWhoMetMs,
      cypherMs,
      connections: opts.connections,
      errors,
      ...(resilienceRuns !== undefined ? { resilience: resilienceRuns } : {}),
    };
  } finally {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
    await app.stop();
  }
}
