// Root resolvers of the contract: thin adapters from GraphQL arguments to GraphQuestions and CurationService.
import type { CurationRecord } from '../../../core/curation';
import { NotFoundError } from '../../../core/errors';
import { requireCurator, type Access } from '../http/access';
import { summaryOf, type CurationRequest, type CurationService } from '../curation/curationService';
import { calendarDateScalar } from './calendarDate';
import type {
  Curation,
  CurationAction,
  MutationResolvers,
  QueryResolvers,
  RelationType,
} from './generated/graphQuestionTypes';
import type { GraphQuestions } from './graphQuestions';

/** What the resolvers read from the request context (graphqlServer.ts builds it). */
export interface ResolverContext {
  access: Access;
}

/** The mutations the read-only rule lets through (validationRules.ts). */
export const CURATION_MUTATIONS: ReadonlySet<string> = new Set([
  'rejectClaim',
  'confirmClaim',
  'redateClaim',
  'reviseStance',
  'addStance',
  'addMeeting',
  'editActor',
  'mergeActors',
  'splitActor',
  'undoCuration',
]);

function curationOut(c: CurationRecord): Curation {
  return {
    id: c.id,
    action: c.action.replace('-', '_') as CurationAction,
    target: c.target,
    into: typeof c.payload['into'] === 'string' ? c.payload['into'] : null,
    by: c.by,
    note: c.note,
    at: c.at,
    undoneAt: c.undoneAt,
    summary: summaryOf(c),
  };
}

function request(args: { id: string; after?: string | null; note?: string | null }): CurationRequest {
  return { id: args.id, after: args.after ?? null, checksAfter: 'after' in args, note: args.note ?? null };
}

function curatorOf(context: unknown, where: string): string {
  return requireCurator((context as ResolverContext).access, where);
}

export function graphQuestionResolvers(
  questions: GraphQuestions,
  curations: CurationService,
): {
  CalendarDate: typeof calendarDateScalar;
  Query: QueryResolvers;
  Mutation: MutationResolvers;
} {
  /**
   * An id merged into another answers as that one ("the merged id keeps resolving"). The question runs with the ids as
   * given; only when it finds no such actor (NOT_FOUND, or null) are merges followed and it runs once more, so ordinary
   * questions pay nothing for curation.
   */
  const resolving = async <T>(ids: string[], run: (now: (id: string) => string) => Promise<T>): Promise<T> => {
    let first: { result: T } | { error: unknown };
    try {
      first = { result: await run((id) => id) };
      if (first.result !== null) return first.result;
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      first = { error };
    }
    const merged = await curations.resolve(ids);
    if (ids.every((id) => merged.get(id) === id)) {
      if ('error' in first) throw first.error;
      return first.result;
    }
    return run((id) => merged.get(id)!);
  };
  const stances =
    (name: Parameters<GraphQuestions['stances']>[0], side: 'from' | 'toward', type: 'BACKS' | 'OPPOSES') =>
    (args: Parameters<GraphQuestions['stances']>[3]) =>
      resolving([args.actor], (now) => questions.stances(name, side, type, { ...args, actor: now(args.actor) }));
  return {
    CalendarDate: calendarDateScalar,
    Query: {
      search: (_, args) => questions.search(args),
      actorDetail: (_, args) => resolving([args.id], (now) => questions.actorDetail({ ...args, id: now(args.id) })),
      overview: (_, args) => questions.overview(args),
      neighbourhood: (_, args) =>
        resolving(args.actors, (now) =>
          questions.neighbourhood({ ...args, actors: [...new Set(args.actors.map(now))] }),
        ),
      edgeEvidence: (_, args) => questions.edgeEvidence(args),
      whoMet: (_, args) => resolving([args.actor], (now) => questions.whoMet({ ...args, actor: now(args.actor) })),
      backers: (_, args) => stances('backers', 'toward', 'BACKS')(args),
      backs: (_, args) => stances('backs', 'from', 'BACKS')(args),
      opposes: (_, args) => stances('opposes', 'from', 'OPPOSES')(args),
      // Deprecated names of backs and opposes, kept for existing queries.
      backedBy: (_, args) => stances('backedBy', 'from', 'BACKS')(args),
      opposers: (_, args) => stances('opposers', 'toward', 'OPPOSES')(args),
      opposedBy: (_, args) => stances('opposedBy', 'from', 'OPPOSES')(args),
      shortestPath: (_, args) =>
        resolving([args.from, args.to], (now) =>
          questions.shortestPath({ ...args, from: now(args.from), to: now(args.to) }),
        ),
      timeline: (_, args) => questions.timeline(args),
      alliances: (_, args) => questions.alliances(args),
      stats: () => questions.stats(),
      unrelated: (_, args) => questions.unrelated(args),
      curator: (_, _args, context) => {
        const { access } = context as ResolverContext;
        return { canCurate: access.curator !== null, name: access.curator };
      },
      curations: async (_, args) => (await curations.history(args.target ?? null, args.limit)).map(curationOut),
      rejectedClaims: async (_, args) =>
        (await curations.rejected(args.limit)).map((r) => ({ ...r, type: r['type'] as RelationType })) as never,
      articleText: (_, args) => curations.articleText(args.id),
    },
    Mutation: {
      rejectClaim: async (_, args, context) =>
        curationOut(await curations.reject(request(args), curatorOf(context, 'rejectClaim'), args.claim)),
      confirmClaim: async (_, args, context) =>
        curationOut(await curations.confirm(request(args), curatorOf(context, 'confirmClaim'), args.claim)),
      redateClaim: async (_, args, context) =>
        curationOut(await curations.redate(request(args), curatorOf(context, 'redateClaim'), args.claim, args.date)),
      reviseStance: async (_, args, context) =>
        curationOut(
          await curations.revise(request(args), curatorOf(context, 'reviseStance'), args.claim, {
            type: args.type,
            from: args.from,
            to: args.to,
          }),
        ),
      addStance: async (_, args, context) =>
        curationOut(await curations.addStance(request(args), curatorOf(context, 'addStance'), args)),
      addMeeting: async (_, args, context) =>
        curationOut(await curations.addMeeting(request(args), curatorOf(context, 'addMeeting'), args)),
      editActor: async (_, args, context) =>
        curationOut(await curations.editActor(request(args), curatorOf(context, 'editActor'), args.actor, args.edit)),
      mergeActors: async (_, args, context) =>
        curationOut(await curations.merge(request(args), curatorOf(context, 'mergeActors'), args.from, args.into)),
      splitActor: async (_, args, context) =>
        curationOut(
          await curations.splitOut(request(args), curatorOf(context, 'splitActor'), args.actor, args.name, args.claims),
        ),
      undoCuration: async (_, args, context) =>
        curationOut(await curations.undo(args.id, curatorOf(context, 'undoCuration'), args.curation)),
    },
  };
}
