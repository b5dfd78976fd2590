// Root resolvers of the contract: thin adapters from GraphQL arguments to GraphQuestions and CurationService.
import type { CurationRecord } from '../../../core/curation';
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
  // An id merged into another answers as that one ("the merged id keeps resolving").
  const one = async (id: string): Promise<string> => (await curations.resolve([id])).get(id)!;
  const many = async (ids: string[]): Promise<string[]> => {
    const map = await curations.resolve(ids);
    return [...new Set(ids.map((id) => map.get(id)!))];
  };
  return {
    CalendarDate: calendarDateScalar,
    Query: {
      search: (_, args) => questions.search(args),
      actorDetail: async (_, args) => questions.actorDetail({ ...args, id: await one(args.id) }),
      overview: (_, args) => questions.overview(args),
      neighbourhood: async (_, args) => questions.neighbourhood({ ...args, actors: await many(args.actors) }),
      whoMet: async (_, args) => questions.whoMet({ ...args, actor: await one(args.actor) }),
      backers: async (_, args) =>
        questions.stances('backers', 'toward', 'BACKS', { ...args, actor: await one(args.actor) }),
      backs: async (_, args) => questions.stances('backs', 'from', 'BACKS', { ...args, actor: await one(args.actor) }),
      opposes: async (_, args) =>
        questions.stances('opposes', 'from', 'OPPOSES', { ...args, actor: await one(args.actor) }),
      // Deprecated names of backs and opposes, kept for existing queries.
      backedBy: async (_, args) =>
        questions.stances('backedBy', 'from', 'BACKS', { ...args, actor: await one(args.actor) }),
      opposers: async (_, args) =>
        questions.stances('opposers', 'toward', 'OPPOSES', { ...args, actor: await one(args.actor) }),
      opposedBy: async (_, args) =>
        questions.stances('opposedBy', 'from', 'OPPOSES', { ...args, actor: await one(args.actor) }),
      shortestPath: async (_, args) =>
        questions.shortestPath({ ...args, from: await one(args.from), to: await one(args.to) }),
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
