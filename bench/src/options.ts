// Command-line options of `npm run bench`: parsing, per-mode defaults and --help.
import path from 'node:path';

export const STAGES = ['extraction', 'import', 'api', 'client'] as const;
export type Stage = (typeof STAGES)[number];

export interface GraphSize {
  actors: number;
  claims: number;
}

export interface BenchOptions {
  quick: boolean;
  only: Stage[];
  /** Graph sizes for import and API; the import bench loads the largest and samples per batch. */
  sizes: GraphSize[];
  /** Element counts for the page bench. */
  pageSizes: number[];
  seed: number;
  out: string;
  /** Claims per import transaction. */
  batchClaims: number;
  extractionArticles: number;
  /** Seconds per autocannon run and latency samples per query. */
  loadSeconds: number;
  latencySamples: number;
  connections: number;
}

export const HELP = `npm run bench [-- options]

Measures every stage of Entente against a baseline in the same run, prints a table and writes JSON.

  --quick              routine run, under 3 minutes: small graphs, short load tests
  --only LIST          comma-separated stages: ${STAGES.join(',')} (default: all)
  --sizes LIST         graph sizes as ACTORSxCLAIMS (claims = meetings + stances), e.g. 2000x10000,20000x100000
                       (default quick: 2000x5000,2000x10000; full: 20000x100000,100000x1000000).
                       The import loads the largest; the API is measured when the loaded claims reach each size
                       (smaller sizes are prefixes of the largest graph, so their actor count is what that prefix touched)
  --page-sizes LIST    elements drawn by the page bench (default quick: 1000,5000; full: 1000,5000,20000)
  --batch N            claims per baseline import transaction (default quick 1000, full 5000)
  --seed N             corpus seed (default 20261122)
  --out FILE           JSON output (default bench/results/latest.json)
  --help               this text

Each run starts its own Neo4j on a free port with a temporary data directory and removes it at the end.
`;

function parseSizes(text: string): GraphSize[] {
  return text.split(',').map((part) => {
    const match = /^(\d+)x(\d+)$/.exec(part.trim());
    if (!match) throw new Error(`--sizes: expected ACTORSxCLAIMS, got "${part}"`);
    return { actors: Number(match[1]), claims: Number(match[2]) };
  });
}

function parseList(text: string, flag: string): number[] {
  return text.split(',').map((p) => {
    const n = Number(p.trim());
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag}: expected positive integers, got "${p}"`);
    return n;
  });
}

export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const quick = argv.includes('--quick');
  const options: BenchOptions = {
    quick,
    only: [...STAGES],
    sizes: quick
      ? [
          { actors: 2000, claims: 5_000 },
          { actors: 2000, claims: 10_000 },
        ]
      : [
          { actors: 20_000, claims: 100_000 },
          { actors: 100_000, claims: 1_000_000 },
        ],
    pageSizes: quick ? [1000, 5000] : [1000, 5000, 20_000],
    seed: 20261122,
    out: path.resolve(__dirname, '..', 'results', 'latest.json'),
    batchClaims: quick ? 1000 : 5000,
    extractionArticles: quick ? 24 : 96,
    loadSeconds: quick ? 4 : 15,
    latencySamples: quick ? 20 : 200,
    connections: 8,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--help':
      case '-h':
        return 'help';
      case '--quick':
        break;
      case '--only': {
        const stages = value().split(',').map((s) => s.trim());
        for (const s of stages) if (!(STAGES as readonly string[]).includes(s)) throw new Error(`--only: unknown stage "${s}" (${STAGES.join(', ')})`);
        options.only = stages as Stage[];
        break;
      }
      case '--sizes':
        options.sizes = parseSizes(value()).sort((a, b) => a.claims - b.claims);
        break;
      case '--page-sizes':
        options.pageSizes = parseList(value(), '--page-sizes');
        break;
      case '--batch':
        options.batchClaims = parseList(value(), '--batch')[0]!;
        break;
      case '--seed':
        options.seed = parseList(value(), '--seed')[0]!;
        break;
      case '--out':
        options.out = path.resolve(value());
        break;
      default:
        throw new Error(`unknown option "${arg}" (see --help)`);
    }
  }
  return options;
}
