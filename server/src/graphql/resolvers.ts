// Root resolvers of the contract: thin adapters from GraphQL arguments to GraphQuestions, typed by the generated contract.
import { calendarDateScalar } from './calendarDate';
import type { QueryResolvers } from './generated/graphQuestionTypes';
import type { GraphQuestions } from './graphQuestions';

export function graphQuestionResolvers(questions: GraphQuestions): {
  CalendarDate: typeof calendarDateScalar;
  Query: QueryResolvers;
} {
  return {
    CalendarDate: calendarDateScalar,
    Query: {
      search: (_, args) => questions.search(args),
      actorDetail: (_, args) => questions.actorDetail(args),
      overview: (_, args) => questions.overview(args),
      neighbourhood: (_, args) => questions.neighbourhood(args),
      whoMet: (_, args) => questions.whoMet(args),
      backers: (_, args) => questions.stances('backers', 'toward', 'BACKS', args),
      backs: (_, args) => questions.stances('backs', 'from', 'BACKS', args),
      opposes: (_, args) => questions.stances('opposes', 'from', 'OPPOSES', args),
      // Deprecated names of backs and opposes, kept for existing queries.
      backedBy: (_, args) => questions.stances('backedBy', 'from', 'BACKS', args),
      opposers: (_, args) => questions.stances('opposers', 'toward', 'OPPOSES', args),
      opposedBy: (_, args) => questions.stances('opposedBy', 'from', 'OPPOSES', args),
      shortestPath: (_, args) => questions.shortestPath(args),
      timeline: (_, args) => questions.timeline(args),
      alliances: (_, args) => questions.alliances(args),
      stats: () => questions.stats(),
      unrelated: (_, args) => questions.unrelated(args),
    },
  };
}
