// `npm run import -- [options] PATH...`: imports article files into Neo4j, or prints what would be imported (--dry-run).
import { EXIT, errorLine, exitCodeOf, parseCommandLine, wholeNumber } from '../../core/commandLine';
import { loadConfig } from '../../core/config';
import { DatabaseUnavailableError, LocalNeo4jError, UsageError } from '../../core/errors';
import { requireFreeSpace } from '../../core/freeSpace';
import { connectNeo4j, type Neo4jConnection } from '../../core/neo4jConnection';
import { ensureSummaries, rebuildSummaries } from '../../core/claimSummaries';
import { applySchema } from '../../core/schema';
import { onStopSignals } from '../../core/stopSignals';
import { ARTICLE_EXTENSIONS } from './findArticleFiles';
import { ImportStoppedError, importFiles, type ImportSummary } from './importFiles';
import { openExtractor } from './openExtractor';
import { createProgress } from './progress';

/** Free space an import wants on the disks it writes to (the parse cache, the local Neo4j's store). */
const MIN_FREE_BYTES = 256 * 1024 * 1024;

const HELP = `Usage: npm run import -- [options] PATH...

Reads news articles and writes their actors, meetings and stances to the Neo4j graph.
PATH is a file or a folder; folders are searched recursively for ${Object.keys(ARTICLE_EXTENSIONS).join(' ')} files
(hidden files and folders are skipped). A .json PATH is read as a corrections file.
Re-importing a file that did not change changes nothing. A file whose content changed replaces the claims of its
earlier version; it is recognised by its path as given, so name files the same way on every run (data/a.txt and
./data/a.txt are the same, /abs/data/a.txt is not). Articles are written in batches, each batch in one
transaction: an interrupted import never leaves half an article, and re-running it completes it.

Options:
  --dry-run             extract only: do not connect to Neo4j, write nothing
  --json                with --dry-run: print the extracted document (import/contract/extraction.schema.json)
                        to stdout, and nothing else
  --corrections FILE    a curated corrections file (JSON in the extraction contract's format; every array
                        optional) whose actors, meetings and stances are added after the articles; claims on an
                        article id not in the graph get a stub article "Curated corrections"; repeatable
  --max-file-bytes N    skip article files larger than N bytes (default IMPORT_MAX_FILE_BYTES, 5 MiB)
  --batch N             articles per write transaction (default 100; 1 writes article by article)
  --rebuild-summaries   recompute the derived summaries (MET_WITH, BACKS_SUMMARY, OPPOSES_SUMMARY) of the
                        whole graph from its claims, then import PATH if given (a repair: an import or a
                        curation keeps them, and a graph from before them gets them on its first import)
  --quiet               no progress and no summary; only errors, skipped files and warnings
  -h, --help            show this help

Environment:
  NEO4J_URI             Neo4j to write to (neo4j://, bolt://, ...); unset: the local Neo4j, started if it is
                        not running and stopped again at the end
  NEO4J_USER            user (default neo4j)
  NEO4J_PASSWORD        password (default entente-local for the local Neo4j; required with NEO4J_URI)
  NEO4J_DATABASE        database (default neo4j)
  NEO4J_BOLT_PORT, NEO4J_DATA_DIR, NEO4J_HEAP_MB, NEO4J_PAGECACHE_MB
                        port, data folder and memory of the local Neo4j (see npm run db -- --help)
  IMPORT_MAX_FILE_BYTES default for --max-file-bytes

Output: progress and the summary go to stderr; stdout carries only the --json document
(run npm with --silent, as in the example below, or npm adds its own banner to stdout).

Exit codes:
  0    every file imported
  1    some files were skipped (each listed with its reason; the others were imported),
       or Neo4j could not be reached or was lost (re-running the same import completes it),
       or the configuration is invalid
  2    usage error: unknown option, bad value, no PATH
  130  interrupted (Ctrl-C): the articles already read were written, the rest not started

Examples:
  npm run import -- data/articles
  npm run --silent import -- --dry-run --json data/articles > extraction.json
  npm run import -- --corrections corrections.json news/2019/
  NEO4J_URI=neo4j://db.example:7687 NEO4J_PASSWORD=... npm run import -- --quiet news/`;

interface CliOptions {
  paths: string[];
  dryRun: boolean;
  json: boolean;
  quiet: boolean;
  maxFileBytes: number | undefined;
  batch: number | undefined;
  rebuildSummaries: boolean;
}

function parse(argv: string[]): CliOptions | 'help' {
  const { values, positionals } = parseCommandLine(argv, {
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    corrections: { type: 'string', multiple: true },
    'max-file-bytes': { type: 'string' },
    batch: { type: 'string' },
    quiet: { type: 'boolean' },
    'rebuild-summaries': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) return 'help';
  const corrections = values.corrections ?? [];
  for (const file of corrections) {
    if (!file.toLowerCase().endsWith('.json'))
      throw new UsageError(`--corrections expects a .json file, got "${file}"`);
  }
  const rawMax = values['max-file-bytes'];
  const maxFileBytes = rawMax === undefined ? undefined : wholeNumber('--max-file-bytes', rawMax);
  const batch = values.batch === undefined ? undefined : wholeNumber('--batch', values.batch, 1, 10_000);
  const dryRun = values['dry-run'] === true;
  const json = values.json === true;
  if (json && !dryRun)
    throw new UsageError('--json only works with --dry-run (a real import prints a summary, not the document)');
  const paths = [...positionals, ...corrections];
  const rebuild = values['rebuild-summaries'] === true;
  if (rebuild && dryRun) throw new UsageError('--rebuild-summaries writes to Neo4j; it does not go with --dry-run');
  if (paths.length === 0 && !rebuild)
    throw new UsageError('no PATH given: name the article files or folders to import');
  return { paths, dryRun, json, quiet: values.quiet === true, maxFileBytes, batch, rebuildSummaries: rebuild };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryLines(summary: ImportSummary, dryRun: boolean, seconds: number, processed: number): string[] {
  const { articles, actors, meetings, stances } = summary;
  const files =
    summary.interrupted === true
      ? `${processed} of ${plural(summary.files, 'file')} (interrupted)`
      : plural(summary.files, 'file');
  const lines = dryRun
    ? [
        `dry run: ${plural(articles.added, 'article')} extracted from ${files} in ${seconds.toFixed(1)} s; nothing written`,
        `  ${plural(actors.added, 'actor')}, ${plural(meetings.added, 'meeting')}, ${plural(stances.added, 'stance')}`,
      ]
    : [
        `imported ${files} in ${seconds.toFixed(1)} s`,
        `  articles: ${articles.added} added, ${articles.updated} updated, ${articles.unchanged} unchanged`,
        `  actors:   ${actors.added} added, ${actors.unchanged} unchanged`,
        `  meetings: ${meetings.added} added, ${meetings.unchanged} unchanged`,
        `  stances:  ${stances.added} added, ${stances.unchanged} unchanged`,
      ];
  return lines;
}

function problemLines(summary: ImportSummary): string[] {
  const lines: string[] = [];
  if (summary.skipped.length > 0) {
    lines.push(`skipped ${plural(summary.skipped.length, 'file')}:`);
    for (const s of summary.skipped) lines.push(`  ${s.file}: ${s.reason.replace(/\n/g, '\n    ')}`);
  }
  if (summary.warnings.length > 0) {
    lines.push(`${plural(summary.warnings.length, 'warning')}:`);
    for (const w of summary.warnings) lines.push(`  ${w.file}: ${w.message}`);
  }
  return lines;
}

async function main(argv: string[]): Promise<number> {
  const options = parse(argv);
  if (options === 'help') {
    process.stdout.write(`${HELP}\n`);
    return EXIT.OK;
  }

  const config = loadConfig();
  const maxFileBytes = options.maxFileBytes ?? config.importMaxFileBytes;
  const progress = createProgress(process.stderr, options.quiet);
  const log = (line: string): void => progress.log(line);

  // First Ctrl-C: finish the article in its transaction, then stop and clean up. Second: leave at once.
  const controller = new AbortController();
  onStopSignals(
    () => {
      controller.abort();
      progress.log('interrupted: writing the articles already read, then stopping (Ctrl-C again to quit at once)');
    },
    () => {
      process.stderr.write('\ninterrupted again: exiting now\n');
      process.exit(EXIT.INTERRUPTED);
    },
  );

  // The NLP worker starts on the first article that the parse cache does not hold.
  const extractor = openExtractor(config.nlp, log);
  let started = Date.now();
  let processed = 0;
  let connection: Neo4jConnection | undefined;
  let summary: ImportSummary;
  // Set when Neo4j stopped taking writes mid-run (its disk filled, it went away): what was written is still reported.
  let stoppedBy: ImportStoppedError | undefined;
  try {
    // A full disk found mid-commit panics a local Neo4j; found here, nothing is written.
    const targets = [{ path: config.nlp.cacheDir, variable: 'PARSE_CACHE_DIR' }];
    if (!options.dryRun && config.neo4j.uri === undefined)
      targets.push({ path: config.neo4j.dataDir, variable: 'NEO4J_DATA_DIR' });
    requireFreeSpace(targets, MIN_FREE_BYTES);
    if (!options.dryRun) {
      connection = await connectNeo4j(config.neo4j, { log });
      await applySchema(connection.driver, connection.database);
      // A graph written before the derived summaries existed gets them here, once (docs/graph-model.md).
      if (options.rebuildSummaries) {
        const pairs = await rebuildSummaries(connection.driver, connection.database);
        log(`neo4j: summaries rebuilt from the claims (${plural(pairs, 'actor pair')})`);
      } else if (await ensureSummaries(connection.driver, connection.database)) {
        log('neo4j: summaries built from the claims of a graph written before them');
      }
      // The summary's time is the import's, not the local Neo4j's start-up.
      started = Date.now();
    }
    summary = await importFiles(connection, options.paths, {
      maxFileBytes,
      extractor,
      readAhead: config.nlp.threads * 2,
      ...(options.batch !== undefined ? { batch: { articles: options.batch, claims: 10_000 } } : {}),
      dryRun: options.dryRun,
      log,
      signal: controller.signal,
      // Before each batch, as before the run: a full disk is found here, not by Neo4j in the middle of a commit.
      ...(targets.length > 1 ? { checkSpace: () => requireFreeSpace(targets, MIN_FREE_BYTES) } : {}),
      onProgress: (done, total, file) => {
        processed = done;
        progress.update(done, total, file);
      },
    });
  } catch (error) {
    // On a terminal, Ctrl-C also reaches a local Neo4j we started, which may shut down under the last article
    // (DatabaseUnavailableError) or while it is still starting (LocalNeo4jError): still an interruption.
    if (controller.signal.aborted && (error instanceof DatabaseUnavailableError || error instanceof LocalNeo4jError)) {
      progress.done();
      process.stderr.write(`interrupted: ${error.message}\n`);
      return EXIT.INTERRUPTED;
    }
    if (!(error instanceof ImportStoppedError)) throw error;
    stoppedBy = error;
    summary = error.summary;
  } finally {
    progress.done();
    await extractor.close();
    if (connection !== undefined) {
      if (connection.local !== undefined) log('neo4j: stopping the local Neo4j this import started');
      await connection.close();
    }
  }

  if (options.json) {
    const text = `${JSON.stringify(summary.document, null, 2)}\n`;
    // Wait for the write to drain: process.exit below must not cut a large document short.
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(text, (error) => (error ? reject(error) : resolve())),
    );
  }
  const lines = [
    ...(options.quiet ? [] : summaryLines(summary, options.dryRun, (Date.now() - started) / 1000, processed)),
    ...problemLines(summary),
  ];
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
  if (stoppedBy !== undefined) {
    process.stderr.write(`error: ${stoppedBy.message}\n`);
    return EXIT.FAILED;
  }
  if (summary.interrupted === true) {
    process.stderr.write(
      `interrupted: ${summary.articles.added + summary.articles.updated} articles written; re-run the same import to complete it\n`,
    );
    return EXIT.INTERRUPTED;
  }
  return summary.skipped.length > 0 ? EXIT.FAILED : EXIT.OK;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A driver error that escaped (applySchema on a read-only or unauthorised server) gets our wording too.
    process.stderr.write(`${errorLine(error, 'import')}\n`);
    process.exit(exitCodeOf(error));
  },
);
