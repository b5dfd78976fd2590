// Drives the importer's graph writer (import/src/graphWriter.ts) with bench batches: one single-article document per write, as importFiles does.
import type { Driver } from 'neo4j-driver';
import type { ActorRecord, ExtractionDocument } from '../../core/model';
import * as graphWriter from '../../import/src/graphWriter';

type WriteArticle = (db: { driver: Driver; database: string }, doc: ExtractionDocument) => Promise<unknown>;

/** Splits a multi-article batch into the one-article documents the extractor would have produced. */
export function splitByArticle(doc: ExtractionDocument): ExtractionDocument[] {
  const actors = new Map<string, ActorRecord>(doc.actors.map((a) => [a.id, a]));
  const countryOf = (a: ActorRecord) => (a.kind !== 'Country' && a.country !== null ? actors.get(`country:${a.country}`) : undefined);
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
    return { articles: [article], actors: [...used.values()], meetings: meetings.get(article.id) ?? [], stances: stances.get(article.id) ?? [] };
  });
}

export interface WriterHandle {
  /** Where the writer comes from, for the report. */
  name: string;
  write(doc: ExtractionDocument): Promise<void>;
}

/** The importer's writer, or undefined (with the reason) when it is not there or has another shape. */
export function loadWriter(db: { driver: Driver; database: string }): WriterHandle | { missing: string } {
  const mod = graphWriter as Record<string, unknown>;
  const writeArticle = mod.writeArticle as WriteArticle | undefined;
  if (typeof writeArticle !== 'function') return { missing: 'import/src/graphWriter.ts exports no writeArticle(db, doc)' };
  return {
    name: 'graphWriter.writeArticle (one transaction per article)',
    async write(doc) {
      for (const one of splitByArticle(doc)) await writeArticle(db, one);
    },
  };
}
