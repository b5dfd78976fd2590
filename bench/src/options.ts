// Command-line options of `npm run bench`: parsing, per-mode defaults and --help.
import path from 'node:path';
import { parseCommandLine, wholeNumber } from '../../core/commandLine';
import { UsageError } from '../../core/errors';

export const STAGES = ['extraction', 'import', 'api', 'client'] as const;
export type Stage = (typeof STAGES)[number];

export interface GraphSize {
  actors: number;
  claims: number;
}

export const MODES = ['smoke', 'quick', 'full'] as const;
export type Mode = (typeof MODES)[number];

export interface BenchOptions {
  /** smoke: every stage on tiny inputs, the test suite's check that the stages still run (its numbers mean nothing). */
  mode: Mode;
  only: Stage[];
  /** Graph sizes for import and API; the import bench loads the largest and samples per batch. */
  sizes: GraphSize[];
  /** Element counts for the page bench. */
  pageSizes: number[];
  /** Actor counts the real explorer draws (its stage starts a Neo4j for the page's API). */
  realPageActors: number[];
  seed: number;
  out: string;
  /** Claims per import transaction. */
  batchClaims: number;
  extractionArticles: number;
  /** Seconds per autocannon run and latency samples per query. */
  loadSeconds: number;
  latencySamples: number;
  connections: number;
  /** Time budget per API question, ms. */
  budgetMsPerQuestion: number;
  /** The importer's writer samples every Nth baseline batch, for writerSampleMs each. */
  writerEvery: number;
  writerSampleMs: number;
  /** Page bench: pan duration, page timeout, and the largest size also drawn with WebGL. */
  panMs: number;
  pageTimeoutMs: number;
  webglMaxSize: number;
  /** Time the first-start download of the NLP worker's jars (about 490 MB). */
  download: boolean;
}

/** What each mode measures; options given on the command line override the sizes. */
const MODE_DEFAULTS: Record<Mode, Omit<BenchOptions, 'mode' | 'only' | 'seed' | 'out' | 'connections'>> = {
  smoke: {
    sizes: [
      { actors: 200, claims: 400 },
      { actors: 200, claims: 800 },
    ],
    pageSizes: [200],
    realPageActors: [50, 100, 200],
    batchClaims: 200,
    extractionArticles: 4,
    loadSeconds: 1,
    latencySamples: 3,
    budgetMsPerQuestion: 1000,
    writerEvery: 2,
    writerSampleMs: 300,
    panMs: 200,
    pageTimeoutMs: 60_000,
    webglMaxSize: 200,
    download: false,
  },
  quick: {
    sizes: [
      { actors: 2000, claims: 5_000 },
      { actors: 2000, claims: 10_000 },
    ],
    pageSizes: [1000, 5000],
    realPageActors: [500, 2000, 5000],
    batchClaims: 1000,
    extractionArticles: 24,
    loadSeconds: 4,
    latencySamples: 20,
    budgetMsPerQuestion: 8_000,
    writerEvery: 2,
    writerSampleMs: 2000,
    panMs: 1000,
    pageTimeoutMs: 60_000,
    webglMaxSize: 1000,
    download: false,
  },
  full: {
    sizes: [
      { actors: 20_000, claims: 100_000 },
      { actors: 100_000, claims: 1_000_000 },
    ],
    pageSizes: [1000, 5000, 20_000],
    realPageActors: [500, 2000, 5000],
    batchClaims: 5000,
    extractionArticles: 96,
    loadSeconds: 15,
    latencySamples: 200,
    budgetMsPerQuestion: 60_000,
    writerEvery: 8,
    writerSampleMs: 10_000,
    panMs: 2000,
    pageTimeoutMs: 300_000,
    webglMaxSize: Infinity,
    download: true,
  },
};

export const HELP = `npm run bench [-- options]

Measures every stage of Entente against a baseline in the same run, prints a table and writes JSON.

  --quick              routine run, under 3 minutes: small graphs, short load tests
  --smoke              every stage on tiny inputs, about a minute: checks that the stages run (npm test does this);
                       its numbers mean nothing
  --only LIST          comma-separated stages: ${STAGES.join(',')} (default: all)
  --sizes LIST         graph sizes as ACTORSxCLAIMS (claims = meetings + stances), e.g. 2000x10000,20000x100000
                       (default quick: 2000x5000,2000x10000; full: 20000x100000,100000x1000000).
                       The import loads the largest; the API is measured when the loaded claims reach each size
                       (smaller sizes are prefixes of the largest graph, so their actor count is what that prefix touched)
  --page-sizes LIST    elements drawn by the page bench (default quick: 1000,5000; full: 1000,5000,20000)
  --real-actors LIST   actors the real explorer draws, with about 2.3 relations each (default 500,2000,5000;
                       smoke: 50,100,200); reports draw + layout ms and pan fps for each
  --batch N            claims per baseline import transaction (default quick 1000, full 5000)
  --seed N             corpus seed (default 20261122)
  --out FILE           JSON output (default bench/results/latest.json)
  -h, --help           this text

Exit codes: 0 every stage measured; 1 a stage failed (its row says why); 2 usage error.

Each run starts its own Neo4j on a free port with a temporary data directory and removes it at the end.
`;

function parseSizes(text: string): GraphSize[] {
  return text.split(',').map((part) => {
    const match = /^(\d+)x(\d+)$/.exec(part.trim());
    if (!match) throw new UsageError(`--sizes expects ACTORSxCLAIMS, got "${part}"`);
    return { actors: Number(match[1]), claims: Number(match[2]) };
  });
}

function parseList(text: string, flag: string): number[] {
  return text.split(',').map((p) => wholeNumber(flag, p.trim()));
}

export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseCommandLine(
    argv,
    {
      quick: { type: 'boolean' },
      smoke: { type: 'boolean' },
      only: { type: 'string' },
      sizes: { type: 'string' },
      'page-sizes': { type: 'string' },
      'real-actors': { type: 'string' },
      batch: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    false,
  );
  if (values.help === true) return 'help';
  const mode: Mode = values.smoke === true ? 'smoke' : values.quick === true ? 'quick' : 'full';
  const options: BenchOptions = {
    mode,
    only: [...STAGES],
    ...MODE_DEFAULTS[mode],
    seed: 20261122,
    out: path.resolve(__dirname, '..', 'results', 'latest.json'),
    connections: 8,
  };
  if (values.only !== undefined) {
    const stages = values.only.split(',').map((s) => s.trim());
    for (const s of stages)
      if (!(STAGES as readonly string[]).includes(s))
        throw new UsageError(`--only: unknown stage "${s}" (${STAGES.join(', ')})`);
    options.only = stages as Stage[];
  }
  if (values.sizes !== undefined) options.sizes = parseSizes(values.sizes).sort((a, b) => a.claims - b.claims);
  if (values['page-sizes'] !== undefined) options.pageSizes = parseList(values['page-sizes'], '--page-sizes');
  if (values['real-actors'] !== undefined) options.realPageActors = parseList(values['real-actors'], '--real-actors');
  if (values.batch !== undefined) options.batchClaims = wholeNumber('--batch', values.batch);
  if (values.seed !== undefined) options.seed = wholeNumber('--seed', values.seed);
  if (values.out !== undefined) options.out = path.resolve(values.out);
  return options;
}
