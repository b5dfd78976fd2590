// `npm run bench`: runs the selected stages (client, extraction, import, api), each against its baseline, prints a table and writes results JSON.
import '../../core/productionDefault';
import os from 'node:os';
import type { ApiSizeResult } from './apiBench';
import { runApiBench } from './apiBench';
import { runExtractionBench } from './extractionBench';
import { runImportBench } from './importBench';
import { loadConfig } from '../../core/config';
import { errorLine, exitCodeOf } from '../../core/commandLine';
import { machineInfo } from './machine';
import { type BenchNeo4j, startBenchNeo4j, stopAllNeo4j, storeBytes } from './neo4jHarness';
import { HELP, parseOptions, type BenchOptions } from './options';
import { runPageBench } from './pageBench';
import { runRealPageBench } from './realPageBench';
import { type BenchResults, formatTable, writeResults } from './report';
import { nowMs, progress, round } from './stats';

async function runStage<T>(results: BenchResults, stage: string, work: () => Promise<T>): Promise<T | null> {
  const t = nowMs();
  progress(`${stage}: start`);
  try {
    const value = await work();
    progress(`${stage}: done in ${round((nowMs() - t) / 1000, 1)} s`);
    return value;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    progress(`${stage}: FAILED: ${message}`);
    results.errors.push({ stage, message });
    return null;
  }
}

function apiSummary(bySize: ApiSizeResult[]): BenchResults['api'] {
  const largest = bySize.at(-1);
  if (largest === undefined) return null;
  // The headline is the largest graph; every size is in bySize.
  return { ...largest, bySize };
}

async function main(options: BenchOptions): Promise<number> {
  const started = nowMs();
  const results: BenchResults = {
    machine: machineInfo(null),
    mode: options.mode,
    options: { ...options },
    extraction: null,
    import: null,
    api: null,
    client: null,
    errors: [],
    seconds: 0,
  };
  const wants = (s: string) => (options.only as string[]).includes(s);

  // The page bench first, while no Neo4j competes for the two cores.
  if (wants('client')) {
    results.client = await runStage(results, 'client', () =>
      runPageBench({
        seed: options.seed,
        sizes: options.pageSizes,
        webglMaxSize: options.webglMaxSize,
        panMs: options.panMs,
        timeoutMs: options.pageTimeoutMs,
      }),
    );
  }
  if (wants('extraction')) {
    results.extraction = await runStage(results, 'extraction', () =>
      runExtractionBench({
        articles: options.extractionArticles,
        threads: os.availableParallelism(),
        download: options.download,
        // A worker already listening (NLP_WORKER_ADDRESS, as the importer honours it) is used instead of a new JVM.
        address: loadConfig().nlp.address,
      }),
    );
  }
  // The real explorer's page needs its API, hence a Neo4j, even when only the client is measured.
  if (wants('import') || wants('api') || wants('client')) {
    let neo4j: BenchNeo4j | undefined;
    try {
      neo4j = (await runStage(results, 'neo4j', () => startBenchNeo4j())) ?? undefined;
      if (neo4j !== undefined) {
        results.machine.neo4j = neo4j.version;
        const db = neo4j;
        const largest = options.sizes.at(-1)!;
        const bySize: ApiSizeResult[] = [];
        const loads = wants('import') || wants('api');
        const imported = !loads
          ? null
          : await runStage(results, wants('import') ? 'import' : 'load', () =>
              runImportBench(db, {
                seed: options.seed,
                actors: largest.actors,
                claims: largest.claims,
                batchClaims: options.batchClaims,
                writerEvery: options.writerEvery,
                writerSampleMs: options.writerSampleMs,
                loadOnly: !wants('import'),
                checkpoints: wants('api') ? options.sizes.map((s) => s.claims) : [],
                onCheckpoint: async (claims) => {
                  const r = await runStage(results, `api@${claims}`, () =>
                    runApiBench(db, {
                      claims,
                      samples: options.latencySamples,
                      budgetMsPerQuestion: options.budgetMsPerQuestion,
                      loadSeconds: options.loadSeconds,
                      connections: options.connections,
                      // At the largest size: load alone and beside a runaway analyst query, at 8 and 32 connections.
                      ...(claims === largest.claims ? { resilienceConnections: [8, 32] } : {}),
                    }),
                  );
                  if (r !== null) bySize.push(r);
                },
              }),
            );
        if (wants('import') && imported !== null)
          results.import = { ...imported, storeMiB: round(storeBytes(db.dataDir) / 1024 ** 2, 1) };
        if (wants('api')) results.api = apiSummary(bySize);
        if (wants('client') && results.client !== null) {
          const client = results.client;
          const real = await runStage(results, 'client(real page)', () =>
            runRealPageBench(db, {
              seed: options.seed,
              actors: options.realPageActors,
              panMs: options.panMs,
              timeoutMs: options.pageTimeoutMs,
            }),
          );
          if (real !== null) client.realPage = real;
        }
      }
    } finally {
      progress('neo4j: stopping and removing the data directory...');
      await stopAllNeo4j();
    }
  }
  results.seconds = round((nowMs() - started) / 1000, 1);
  results.machine.loadAvgEnd = round(os.loadavg()[0]!, 2);
  writeResults(options.out, results);
  process.stdout.write(
    `${formatTable(results)}\n\n${results.mode} run in ${results.seconds} s on ${results.machine.cores} cores (load average ${results.machine.loadAvgStart} at start, ${results.machine.loadAvgEnd} at end); results in ${options.out}\n`,
  );
  return results.errors.length > 0 ? 1 : 0;
}

let parsed: BenchOptions | 'help';
try {
  parsed = parseOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${errorLine(error, 'bench')}\n`);
  process.exit(exitCodeOf(error));
}
if (parsed === 'help') {
  process.stdout.write(HELP);
} else {
  main(parsed).then(
    (code) => process.exit(code),
    async (error: unknown) => {
      process.stderr.write(`${errorLine(error, 'bench')}\n`);
      await stopAllNeo4j();
      process.exit(exitCodeOf(error));
    },
  );
}
