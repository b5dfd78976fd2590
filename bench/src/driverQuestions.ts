// The API's Cypher run straight through the driver (no HTTP, no GraphQL): the same cypher/api-*.cypher files in the same order as GraphQuestions, as the API bench's baseline.
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../core/cypherFiles';
import { RELATION_TYPES, type RelationType } from '../../core/model';
import { EVIDENCE_PER_EDGE, neighboursQuery } from '../../server/src/graphql/graphQuestions';
import { EDGES_PER_NODE } from '../../server/src/graphql/questionArgs';

/** What the bench asks whoMet for, through GraphQL and the driver alike: the schema's defaults, given explicitly. */
export const WHO_MET_LIMITS = { limit: 100, meetingLimit: 10, evidenceLimit: 3 };

const TYPES: RelationType[] = [...RELATION_TYPES];

type Row = Record<string, unknown>;

export class DriverQuestions {
  /** Milliseconds spent per cypher file, to show which statement a question's time goes to. */
  readonly msByFile = new Map<string, { ms: number; calls: number }>();

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  private async read(name: string, params: Row, timeoutMs?: number): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const started = performance.now();
    try {
      const result = await session.executeRead(
        (tx) => tx.run(cypher(name), params),
        timeoutMs === undefined ? undefined : { timeout: timeoutMs },
      );
      return result.records.map((r) => r.toObject());
    } finally {
      await session.close();
      const entry = this.msByFile.get(name) ?? { ms: 0, calls: 0 };
      entry.ms += performance.now() - started;
      entry.calls += 1;
      this.msByFile.set(name, entry);
    }
  }

  /** neighbourhood(actors, depth, limit): existence check, one api-neighbours(-ties) per level, api-nodes (+ parents), api-edges. */
  async neighbourhood(seeds: string[], depth: number, limit = 200): Promise<{ nodes: number; edges: number }> {
    const filter = { types: TYPES, from: null, to: null, minConfidence: null };
    await this.read('api-actors-exist', { ids: seeds });
    const seen = new Set(seeds.slice(0, limit));
    let truncated = seeds.length > limit;
    let frontier = [...seen];
    for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
      const next: string[] = [];
      // The statement GraphQL picks for the same filter and limit (the ties list, unfiltered over every type).
      const rows = await this.read(neighboursQuery(filter, limit), {
        ids: frontier,
        exclude: [...seen],
        ...filter,
        limit: neo4j.int(limit - seen.size + 1),
      });
      for (const row of rows) {
        if (seen.size >= limit) {
          truncated = true;
          break;
        }
        seen.add(row.id as string);
        next.push(row.id as string);
      }
      frontier = next;
    }
    const nodes = await this.read('api-nodes', { ids: [...seen] });
    const present = new Set(nodes.map((n) => n.id as string));
    const missingParents = [
      ...new Set(nodes.map((n) => n.parent as string | null).filter((p): p is string => p != null && !present.has(p))),
    ];
    const parents = missingParents.length > 0 ? await this.read('api-nodes', { ids: missingParents }) : [];
    parents.forEach((p) => present.add(p.id as string));
    const ids = [...present];
    const edges = await this.read('api-edges', {
      ids,
      within: ids,
      ...filter,
      evidenceLimit: neo4j.int(EVIDENCE_PER_EDGE),
      seeds,
      edgeLimit: neo4j.int(limit * EDGES_PER_NODE + 1),
    });
    return { nodes: nodes.length + parents.length, edges: edges.length };
  }

  /** whoMet(actor) with the bench's limits (WHO_MET_LIMITS, which the GraphQL side passes too). */
  async whoMet(actor: string, timeoutMs?: number): Promise<number> {
    await this.read('api-actors-exist', { ids: [actor] });
    const params = {
      actor,
      from: null,
      to: null,
      limit: neo4j.int(WHO_MET_LIMITS.limit),
      meetingLimit: neo4j.int(WHO_MET_LIMITS.meetingLimit),
      evidenceLimit: neo4j.int(WHO_MET_LIMITS.evidenceLimit),
    };
    return (await this.read('api-who-met', params, timeoutMs)).length;
  }
}
