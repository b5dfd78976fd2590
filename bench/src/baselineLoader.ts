// The import baseline: the same ExtractionDocument rows loaded by the plainest fast Cypher (one transaction per batch, a few big UNWIND ... CREATE).
import type { Driver } from 'neo4j-driver';
import type { ExtractionDocument } from '../../core/model';

/**
 * Knows its input is duplicate-free across batches except for actors, so it CREATEs everything and skips actors it has
 * already written (an in-memory set). The importer's writer must be idempotent (MERGE), so this is a ceiling, not a rival.
 */
export class BaselineLoader {
  private readonly seenActors = new Set<string>();

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  async load(doc: ExtractionDocument): Promise<void> {
    const fresh = doc.actors.filter((a) => !this.seenActors.has(a.id));
    const byKind = (kind: string) =>
      fresh
        .filter((a) => a.kind === kind)
        .map((a) => {
          const aliases = (a.aliases ?? []).filter((x) => x !== a.name);
          return {
            id: a.id,
            name: a.name,
            aliases,
            searchText: [a.name, ...aliases].join(' | '),
            country: a.country,
            title: a.title ?? null,
          };
        });
    // Officials represent their state (or their organisation); national organisations are part of their state.
    const represents = fresh
      .filter((a) => a.kind === 'Official' && (a.organization != null || a.country !== null))
      .map((a) => ({ id: a.id, target: a.organization ?? `country:${a.country}` }));
    const partOf = fresh
      .filter((a) => a.kind === 'Organization' && a.country !== null)
      .map((a) => ({ id: a.id, target: `country:${a.country}` }));
    const meetings = doc.meetings.map((m) => ({
      id: m.id,
      article: m.article,
      date: m.date,
      place: m.place ?? null,
      evidence: m.evidence,
      confidence: m.confidence ?? 1,
      participants: m.participants,
    }));
    const stances = (type: string) =>
      doc.stances
        .filter((s) => s.type === type)
        .map((s) => ({
          from: s.from,
          to: s.to,
          article: s.article,
          date: s.date ?? null,
          evidence: s.evidence,
          confidence: s.confidence ?? 1,
        }));
    const mentions = doc.articles.flatMap((a) => a.actors.map((actor) => ({ actor, article: a.id })));
    const articles = doc.articles.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      date: a.date,
      publisher: a.publisher ?? null,
    }));
    const session = this.driver.session({ database: this.database });
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(
          'UNWIND $rows AS r CREATE (a:Actor:Country {id: r.id, name: r.name, aliases: r.aliases, searchText: r.searchText, code: r.country})',
          { rows: byKind('Country') },
        );
        await tx.run(
          'UNWIND $rows AS r CREATE (a:Actor:Organization {id: r.id, name: r.name, aliases: r.aliases, searchText: r.searchText, country: r.country})',
          { rows: byKind('Organization') },
        );
        await tx.run(
          'UNWIND $rows AS r CREATE (a:Actor:Official {id: r.id, name: r.name, aliases: r.aliases, searchText: r.searchText, country: r.country, title: r.title})',
          { rows: byKind('Official') },
        );
        await tx.run(
          'UNWIND $rows AS r MATCH (o:Actor {id: r.id}), (c:Actor {id: r.target}) CREATE (o)-[:REPRESENTS]->(c)',
          { rows: represents },
        );
        await tx.run(
          'UNWIND $rows AS r MATCH (o:Actor {id: r.id}), (c:Actor {id: r.target}) CREATE (o)-[:PART_OF]->(c)',
          { rows: partOf },
        );
        await tx.run(
          'UNWIND $rows AS r CREATE (:Article {id: r.id, file: r.file, title: r.title, date: date(r.date), publisher: r.publisher, sha256: r.id, importedAt: datetime()})',
          { rows: articles },
        );
        await tx.run(
          `UNWIND $rows AS r MATCH (art:Article {id: r.article})
           CREATE (m:Meeting {id: r.id, date: date(r.date), place: r.place})-[:REPORTED_IN {evidence: r.evidence, confidence: r.confidence}]->(art)
           WITH m, r UNWIND r.participants AS pid MATCH (p:Actor {id: pid}) CREATE (p)-[:ATTENDED]->(m)`,
          { rows: meetings },
        );
        await tx.run(
          'UNWIND $rows AS r MATCH (a:Actor {id: r.from}), (b:Actor {id: r.to}) CREATE (a)-[:BACKS {article: r.article, evidence: r.evidence, date: date(r.date), confidence: r.confidence}]->(b)',
          { rows: stances('BACKS') },
        );
        await tx.run(
          'UNWIND $rows AS r MATCH (a:Actor {id: r.from}), (b:Actor {id: r.to}) CREATE (a)-[:OPPOSES {article: r.article, evidence: r.evidence, date: date(r.date), confidence: r.confidence}]->(b)',
          { rows: stances('OPPOSES') },
        );
        await tx.run(
          'UNWIND $rows AS r MATCH (a:Actor {id: r.actor}), (art:Article {id: r.article}) CREATE (a)-[:MENTIONED_IN]->(art)',
          { rows: mentions },
        );
      });
    } finally {
      await session.close();
    }
    this.markSeen(fresh.map((a) => a.id));
  }

  /** Actors another loader (the writer, interleaved in the same database) has already written. */
  markSeen(ids: Iterable<string>): void {
    for (const id of ids) this.seenActors.add(id);
  }
}
