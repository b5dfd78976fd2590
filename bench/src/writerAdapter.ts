// Drives the importer's graph writer (import/src/graphWriter.ts) with bench batches: single-article documents, written in the batches importFiles makes.
import type { Driver } from 'neo4j-driver';
import type { ActorRecord, ExtractionDocument } from '../../core/model';
import * as graphWriter from '../../import/src/graphWriter';
import { DEFAULT_BATCH } from '../../import/src/importFiles';

type WriteArticles = (db: { driver: Driver; database: string }, docs: ExtractionDocument[]) => Promise<unknown>;

/** Splits a multi-article batch into the one-article documents the extractor would have produced. */
export function splitByArticle(doc: ExtractionDocument): ExtractionDocument[] {
  const actors = new Map<string, ActorRecord>(doc.actors.map((a) => [a.id, a]));
  const countryOf = (a: ActorRecord) =>
    a.kind !== 'Country' && a.country !== null ? actors.get(`country:${a.country}`) : undefined;
  const meetings = Map.groupBy(doc.meetings, (m) => m.article);
  const stances = Map.groupBy(doc.stances, (s) => s.article);
  return doc.articles.map((article) => {
    const used = new Map<string, ActorRecord>();
    for (const id of article.actors) {
      const actor = actors.get(id);
      if (actor === undefined) continue;
      used.set(id, actor);
      const country = countryOf(actor);
      if (country !== undefined) used.set(country.id, country);
    }
    return {
      articles: [article],
      actors: [...used.values()],
      meetings: meetings.get(article.id) ?? [],
      stances: stances.get(article.id) ?? [],
    };
  });
}

export interface WriterHandle {
  /** Where the writer comes from, for the report. */
  name: string;
  /** Writes single-article documents as importFiles would: in batches of DEFAULT_BATCH. */
  write(docs: ExtractionDocument[]): Promise<void>;
}

/** The importer's writer, or undefined (with the reason) when it is not there or has another shape. */
export function loadWriter(db: { driver: Driver; database: string }): WriterHandle | { missing: string } {
  const mod = graphWriter as Record<string, unknown>;
  const writeArticles = mod.writeArticles as WriteArticles | undefined;
  if (typeof writeArticles !== 'function')
    return { missing: 'import/src/graphWriter.ts exports no writeArticles(db, docs)' };
  return {
    name: `graphWriter.writeArticles (batches of ${DEFAULT_BATCH.articles} articles or ${DEFAULT_BATCH.claims} rows, as importFiles)`,
    async write(docs) {
      let batch: ExtractionDocument[] = [];
      let rows = 0;
      for (const one of docs) {
        batch.push(one);
        rows += one.actors.length + one.meetings.length + one.stances.length;
        if (batch.length >= DEFAULT_BATCH.articles || rows >= DEFAULT_BATCH.claims) {
          await writeArticles(db, batch);
          batch = [];
          rows = 0;
        }
      }
      if (batch.length > 0) await writeArticles(db, batch);
    },
  };
}
