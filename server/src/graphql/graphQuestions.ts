// The graph questions of the contract (graphQuestions.graphql), each answered by named Cypher in cypher/api-*.cypher.
import type { Driver } from 'neo4j-driver';
import { TIES_PER_ACTOR } from '../../../core/claimSummaries';
import { cypher } from '../../../core/cypherFiles';
import { NotFoundError, BadInputError } from '../../../core/errors';
import { ACTOR_KINDS, RELATION_TYPES, type ActorKind, type RelationType } from '../../../core/model';
import { toEntenteError } from '../errorMapping';
import { ResultConverter, toDriverParams } from '../cypher/neo4jValues';
import { luceneQuery } from './luceneQuery';
import type {
  ActorDetail,
  ActorSummary,
  Bloc,
  Evidence,
  GraphEdge,
  GraphNode,
  GraphSlice,
  GraphStats,
  MetRecord,
  QueryActorDetailArgs,
  QueryAlliancesArgs,
  QueryEdgeEvidenceArgs,
  QueryNeighbourhoodArgs,
  QueryOverviewArgs,
  QuerySearchArgs,
  QueryShortestPathArgs,
  QueryTimelineArgs,
  QueryWhoMetArgs,
  RequireFields,
  SearchHit,
  StanceCounterpart,
  TimelineBucket,
  QueryUnrelatedArgs,
  UnrelatedActors,
} from './generated/graphQuestionTypes';
import {
  EDGES_PER_NODE,
  MAX_DEPTH,
  MAX_EDGE_LIMIT,
  MAX_EVIDENCE_LIMIT,
  MAX_EVIDENCE_PER_MEETING,
  MAX_MEETINGS_PER_COUNTERPART,
  MAX_SEARCH_LIMIT,
  MAX_SLICE_LIMIT,
  actorId,
  actorIds,
  dateRange,
  edgeKeys,
  intInRange,
  minConfidence,
  nonEmpty,
  type EdgeFilter,
} from './questionArgs';

/**
 * Evidence entries a slice ships per edge: its newest sentence, a first read; the panel asks edgeEvidence for
 * the rest when it opens an edge. A hub's slice has thousands of edges, so this bounds its size and time.
 */
export const EVIDENCE_PER_EDGE = 1;
/** A query of the explorer that takes longer than this is a bug or an overload; Neo4j stops it. */
export const QUESTION_TIMEOUT_MS = 20_000;

type Row = Record<string, unknown>;
type Args = Record<string, unknown>;
/** The arguments every stance question takes (backers, backedBy, opposers, opposedBy). */
export interface StanceArgs {
  actor: string;
  from?: string | null;
  to?: string | null;
}
interface FilterArgs {
  relationTypes?: RelationType[] | null;
  from?: string | null;
  to?: string | null;
  minConfidence?: number | null;
}
type Run = <R = Row>(name: string, params: Args) => Promise<R[]>;

export const TIME_BUCKETS = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' } as const;

/**
 * Unfiltered questions read the summaries the writer keeps (cypher/api-edges, api-neighbours, api-who-met); a time or
 * confidence filter reads the claims themselves (the same names with -claims), since the summaries hold all time.
 */
function cypherFor(name: string, filter: { from: string | null; to: string | null; minConfidence?: number | null }) {
  const summarised = filter.from === null && filter.to === null && (filter.minConfidence ?? null) === null;
  return summarised ? name : `${name}-claims`;
}

/**
 * The query for a neighbourhood's next level: over every relation type and up to the ties an actor keeps, its ties
 * list (a hub's is 200 entries, its summaries tens of thousands); else its summaries, or with filters its claims.
 */
export function neighboursQuery(filter: EdgeFilter, limit: number): string {
  const name = cypherFor('api-neighbours', filter);
  const everyType = RELATION_TYPES.every((t) => filter.types.includes(t));
  return name === 'api-neighbours' && everyType && limit <= TIES_PER_ACTOR ? 'api-neighbours-ties' : name;
}

/** Which edges a slice keeps: those touching a seed first (null: none), then the strongest, `limit` in all. */
interface EdgeCut {
  seeds: string[] | null;
  limit: number;
}

/**
 * The edges a slice may carry: given, or EDGES_PER_NODE per node asked for. Among a hub's 200 neighbours thousands
 * of pairs met; past a few per actor the map is a hairball, and shipping it costs seconds.
 */
function edgeLimit(where: string, value: number | null | undefined, nodeLimit: number): number {
  return value == null ? nodeLimit * EDGES_PER_NODE : intInRange(where, 'edgeLimit', value, 1, MAX_EDGE_LIMIT);
}

function edgeId(type: string, source: string, target: string): string {
  return type === 'MET' ? `MET:${source}|${target}` : `${type}:${source}->${target}`;
}

export class GraphQuestions {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  /**
   * One read transaction for a whole question: its queries (existence check, expansion, nodes, edges) see one
   * snapshot and share one session instead of paying for a session each.
   */
  private async inRead<T>(where: string, work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeRead(
        async (tx) => {
          const converter = new ResultConverter();
          const run: Run = async <R>(name: string, params: Args) => {
            const result = await tx.run(cypher(name), toDriverParams(params) as Args);
            return result.records.map((r) => converter.toJson(r.toObject()) as R);
          };
          return work(run);
        },
        { timeout: QUESTION_TIMEOUT_MS },
      );
    } catch (error) {
      throw toEntenteError(error, where);
    } finally {
      await session.close();
    }
  }

  /** Run cypher/<name>.cypher alone in a read transaction and return its rows as plain JSON. */
  private read<T = Row>(name: string, params: Args): Promise<T[]> {
    return this.inRead(name, (run) => run<T>(name, params));
  }

  /** NOT_FOUND naming the ids that are not actors: a typo should not look like an empty answer. */
  private async requireActors(run: Run, where: string, ids: string[]): Promise<void> {
    const [row] = await run<{ found: string[] }>('api-actors-exist', { ids });
    const found = new Set(row?.found ?? []);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0)
      throw new NotFoundError(`${where}: no actor with id ${missing.map((m) => JSON.stringify(m)).join(', ')}`);
  }

  private edgeFilter(where: string, args: FilterArgs): EdgeFilter {
    const types = nonEmpty(where, 'relationTypes', args.relationTypes) ?? [...RELATION_TYPES];
    return { types, ...dateRange(where, args.from, args.to), minConfidence: minConfidence(where, args.minConfidence) };
  }

  /** The edges among `ids`, the strongest `cut.limit` (a seed's first), and whether the cut left any out. */
  private async edges(
    run: Run,
    ids: string[],
    filter: EdgeFilter,
    cut: EdgeCut,
  ): Promise<{ edges: GraphEdge[]; cut: boolean }> {
    if (ids.length === 0) return { edges: [], cut: false };
    const rows = await run<Omit<GraphEdge, 'id'>>(cypherFor('api-edges', filter), {
      ids,
      within: ids,
      ...filter,
      evidenceLimit: EVIDENCE_PER_EDGE,
      seeds: cut.seeds,
      edgeLimit: cut.limit + 1,
    });
    const edges = rows.slice(0, cut.limit).map((e) => ({ ...e, id: edgeId(e.type, e.source, e.target) }));
    return { edges, cut: rows.length > cut.limit };
  }

  private async nodes(run: Run, ids: string[]): Promise<GraphNode[]> {
    if (ids.length === 0) return [];
    const rows = await run<GraphNode>('api-nodes', { ids });
    const byId = new Map(rows.filter((n) => n.kind != null).map((n) => [n.id, n]));
    // Keep the caller's order (seeds first, then by closeness or rank).
    return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  /**
   * Nodes and the edges among them. With `parents`, the country or organisation of every official is added so the
   * explorer can draw officials inside it; without, a parent outside the slice is dropped so no node points nowhere.
   */
  private async slice(
    run: Run,
    ids: string[],
    filter: EdgeFilter,
    truncated: boolean,
    options: { parents: boolean; kinds?: ActorKind[]; minArticles?: number | null; cut: EdgeCut },
  ): Promise<GraphSlice> {
    let nodes = await this.nodes(run, ids);
    const present = new Set(nodes.map((n) => n.id));
    if (options.parents) {
      const missing = [...new Set(nodes.map((n) => n.parent).filter((p): p is string => p != null && !present.has(p)))];
      const parents = (await this.nodes(run, missing)).filter(
        (p) => options.kinds === undefined || options.kinds.includes(p.kind),
      );
      parents.forEach((p) => present.add(p.id));
      nodes = [...nodes, ...parents];
    }
    for (const node of nodes) if (node.parent != null && !present.has(node.parent)) node.parent = null;
    const found = await this.edges(run, [...present], filter, options.cut);
    let edges = found.edges;
    if (options.minArticles != null) {
      const min = options.minArticles;
      edges = edges.filter((e) => e.articleCount >= min);
      const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
      const parentsInUse = new Set(nodes.filter((n) => linked.has(n.id)).map((n) => n.parent));
      nodes = nodes.filter((n) => linked.has(n.id) || parentsInUse.has(n.id));
    }
    return { nodes, edges, truncated: truncated || found.cut };
  }

  async search(args: RequireFields<QuerySearchArgs, 'limit' | 'text'>): Promise<SearchHit[]> {
    const where = 'search';
    if (args.text.length > 200) throw new BadInputError(`${where}: "text" must be a string of at most 200 characters`);
    const limit = intInRange(where, 'limit', args.limit, 1, MAX_SEARCH_LIMIT);
    const query = luceneQuery(args.text);
    if (query === undefined) return [];
    return this.read<SearchHit>('api-search', { query, limit });
  }

  async actorDetail(args: QueryActorDetailArgs): Promise<ActorDetail | null> {
    const id = actorId('actorDetail', 'id', args.id);
    const [row] = await this.read<ActorDetail>('api-actor-detail', { id });
    return row ?? null;
  }

  async overview(args: RequireFields<QueryOverviewArgs, 'limit'>): Promise<GraphSlice> {
    const where = 'overview';
    const filter = this.edgeFilter(where, args);
    const kinds = nonEmpty(where, 'kinds', args.kinds) ?? [...ACTOR_KINDS];
    const limit = intInRange(where, 'limit', args.limit, 1, MAX_SLICE_LIMIT);
    const minArticles =
      args.minArticles == null ? null : intInRange(where, 'minArticles', args.minArticles, 1, 1_000_000);
    return this.inRead(where, async (run) => {
      const unfiltered =
        filter.from === null &&
        filter.to === null &&
        filter.minConfidence === null &&
        args.kinds == null &&
        args.relationTypes == null;
      const ranked = await run<{ id: string }>('api-overview', { ...filter, kinds, limit, unfiltered });
      const ids = ranked.slice(0, limit).map((r) => r.id);
      return this.slice(run, ids, filter, ranked.length > limit, {
        parents: true,
        kinds,
        minArticles,
        cut: { seeds: null, limit: edgeLimit(where, args.edgeLimit, limit) },
      });
    });
  }

  async neighbourhood(args: RequireFields<QueryNeighbourhoodArgs, 'actors' | 'depth' | 'limit'>): Promise<GraphSlice> {
    const where = 'neighbourhood';
    const seeds = actorIds(where, args.actors);
    const depth = intInRange(where, 'depth', args.depth, 1, MAX_DEPTH);
    const limit = intInRange(where, 'limit', args.limit, 1, MAX_SLICE_LIMIT);
    const filter = this.edgeFilter(where, args);
    return this.inRead(where, async (run) => {
      await this.requireActors(run, where, seeds);
      const seen = new Set(seeds.slice(0, limit));
      let truncated = seeds.length > limit;
      let frontier = [...seen];
      // Breadth first, one query per level, strongest ties first, so a cut keeps the closest and best-attested actors.
      for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
        const next: string[] = [];
        const rows = await run<{ id: string }>(neighboursQuery(filter, limit), {
          ids: frontier,
          exclude: [...seen],
          ...filter,
          // One row past what fits says the slice was cut.
          limit: limit - seen.size + 1,
        });
        for (const row of rows) {
          if (seen.size >= limit) {
            truncated = true;
            break;
          }
          seen.add(row.id);
          next.push(row.id);
        }
        frontier = next;
      }
      return this.slice(run, [...seen], filter, truncated, {
        parents: true,
        cut: { seeds, limit: edgeLimit(where, args.edgeLimit, limit) },
      });
    });
  }

  async whoMet(
    args: RequireFields<QueryWhoMetArgs, 'actor' | 'limit' | 'meetingLimit' | 'evidenceLimit'>,
  ): Promise<MetRecord[]> {
    const actor = actorId('whoMet', 'actor', args.actor);
    const range = dateRange('whoMet', args.from, args.to);
    const limit = intInRange('whoMet', 'limit', args.limit, 1, MAX_SLICE_LIMIT);
    const meetingLimit = intInRange('whoMet', 'meetingLimit', args.meetingLimit, 1, MAX_MEETINGS_PER_COUNTERPART);
    const evidenceLimit = intInRange('whoMet', 'evidenceLimit', args.evidenceLimit, 0, MAX_EVIDENCE_PER_MEETING);
    return this.inRead('whoMet', async (run) => {
      await this.requireActors(run, 'whoMet', [actor]);
      return run<MetRecord>(cypherFor('api-who-met', range), {
        actor,
        ...range,
        limit,
        meetingLimit,
        evidenceLimit,
      });
    });
  }

  async edgeEvidence(args: RequireFields<QueryEdgeEvidenceArgs, 'edges' | 'limit'>): Promise<Evidence[]> {
    const where = 'edgeEvidence';
    const edges = edgeKeys(where, args.edges);
    const range = dateRange(where, args.from, args.to);
    const limit = intInRange(where, 'limit', args.limit, 1, MAX_EVIDENCE_LIMIT);
    const rows = await this.read<{ evidence: Evidence }>('api-edge-evidence', { edges, ...range, limit });
    return rows.map((r) => r.evidence);
  }

  /** backers/opposers: `toward` the actor; backedBy/opposedBy: `from` the actor. */
  async stances(
    where: string,
    direction: 'toward' | 'from',
    type: 'BACKS' | 'OPPOSES',
    args: StanceArgs,
  ): Promise<StanceCounterpart[]> {
    const actor = actorId(where, 'actor', args.actor);
    const range = dateRange(where, args.from, args.to);
    return this.inRead(where, async (run) => {
      await this.requireActors(run, where, [actor]);
      return run<StanceCounterpart>(`api-stances-${direction}`, { actor, type, ...range });
    });
  }

  async shortestPath(args: QueryShortestPathArgs): Promise<GraphSlice> {
    const where = 'shortestPath';
    const from = actorId(where, 'from', args.from);
    const to = actorId(where, 'to', args.to);
    if (from === to) throw new BadInputError(`${where}: "from" and "to" are the same actor (${from})`);
    const types = nonEmpty(where, 'relationTypes', args.relationTypes) ?? [...RELATION_TYPES];
    const relTypes = types.map((t) => (t === 'MET' ? 'ATTENDED' : t));
    type Step = { type: string; source: string; target: string };
    return this.inRead(where, async (run) => {
      await this.requireActors(run, where, [from, to]);
      const [row] = await run<{ actors: string[]; stances: Step[]; meetings: Step[] }>('api-shortest-path', {
        from,
        to,
        relTypes,
      });
      if (row === undefined) return { nodes: [], edges: [], truncated: false };
      const steps = new Set([
        ...row.meetings.map((s) =>
          edgeId('MET', s.source < s.target ? s.source : s.target, s.source < s.target ? s.target : s.source),
        ),
        ...row.stances.map((s) => edgeId(s.type, s.source, s.target)),
      ]);
      const slice = await this.slice(run, row.actors, { types, from: null, to: null, minConfidence: null }, false, {
        cut: { seeds: [from, to], limit: MAX_EDGE_LIMIT },
        parents: false,
      });
      // Edges in path order: the step between the i-th and (i+1)-th actor comes i-th.
      const position = new Map(row.actors.map((id, i) => [id, i]));
      const at = (e: GraphEdge) => Math.min(position.get(e.source) ?? 0, position.get(e.target) ?? 0);
      return { ...slice, edges: slice.edges.filter((e) => steps.has(e.id)).sort((a, b) => at(a) - at(b)) };
    });
  }

  async timeline(args: RequireFields<QueryTimelineArgs, 'bucket'>): Promise<TimelineBucket[]> {
    const range = dateRange('timeline', args.from, args.to);
    // GraphQL has checked the enum and applied its default.
    return this.read<TimelineBucket>('api-timeline', { ...range, bucket: TIME_BUCKETS[args.bucket] });
  }

  async alliances(args: RequireFields<QueryAlliancesArgs, 'minSize'>): Promise<Bloc[]> {
    const minSize = intInRange('alliances', 'minSize', args.minSize, 2, 10_000);
    const rows = await this.read<{
      source: string;
      target: string;
      claims: number;
      sourceActor: ActorSummary;
      targetActor: ActorSummary;
    }>('api-alliances', {});
    // Connected components (union-find) of the undirected country graph of BACKS.
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let root = x;
      while (parent.get(root) !== root) root = parent.get(root)!;
      parent.set(x, root);
      return root;
    };
    const actors = new Map<string, ActorSummary>();
    for (const r of rows) {
      for (const a of [r.sourceActor, r.targetActor]) {
        if (parent.has(a.id)) continue;
        parent.set(a.id, a.id);
        actors.set(a.id, a);
      }
      const [x, y] = [find(r.source), find(r.target)];
      if (x !== y) parent.set(x, y);
    }
    const blocs = new Map<string, { members: ActorSummary[]; internalBacks: number }>();
    for (const id of parent.keys()) {
      const root = find(id);
      if (!blocs.has(root)) blocs.set(root, { members: [], internalBacks: 0 });
      blocs.get(root)!.members.push(actors.get(id)!);
    }
    for (const r of rows) blocs.get(find(r.source))!.internalBacks += r.claims;
    return [...blocs.values()]
      .filter((b) => b.members.length >= minSize)
      .map((b) => {
        const members = b.members.sort((x, y) => x.name.localeCompare(y.name));
        return { id: `bloc:${[...members].map((m) => m.id).sort()[0]}`, members, internalBacks: b.internalBacks };
      })
      .sort(
        (x, y) => y.members.length - x.members.length || y.internalBacks - x.internalBacks || x.id.localeCompare(y.id),
      );
  }

  async unrelated(args: RequireFields<QueryUnrelatedArgs, 'limit'>): Promise<UnrelatedActors> {
    const limit = intInRange('unrelated', 'limit', args.limit, 1, MAX_SLICE_LIMIT);
    const [row] = await this.read<UnrelatedActors>('api-unrelated', { limit });
    return row ?? { count: 0, actors: [] };
  }

  async stats(): Promise<GraphStats> {
    const [row] = await this.read<GraphStats>('api-stats', {});
    return row ?? { actors: 0, meetings: 0, stances: 0, articles: 0, firstDate: null, lastDate: null };
  }
}
