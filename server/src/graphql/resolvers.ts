// Root resolvers of the contract: thin adapters from GraphQL arguments to GraphQuestions.
import type { GraphQuestions } from './graphQuestions';

type Args = Record<string, unknown>;

export function graphQuestionResolvers(questions: GraphQuestions) {
  return {
    Query: {
      search: (_: unknown, args: Args) => questions.search(args),
      actorDetail: (_: unknown, args: Args) => questions.actorDetail(args),
      overview: (_: unknown, args: Args) => questions.overview(args),
      neighbourhood: (_: unknown, args: Args) => questions.neighbourhood(args),
      whoMet: (_: unknown, args: Args) => questions.whoMet(args),
      backers: (_: unknown, args: Args) => questions.stances('backers', 'toward', 'BACKS', args),
      backedBy: (_: unknown, args: Args) => questions.stances('backedBy', 'from', 'BACKS', args),
      opposers: (_: unknown, args: Args) => questions.stances('opposers', 'toward', 'OPPOSES', args),
      opposedBy: (_: unknown, args: Args) => questions.stances('opposedBy', 'from', 'OPPOSES', args),
      shortestPath: (_: unknown, args: Args) => questions.shortestPath(args),
      timeline: (_: unknown, args: Args) => questions.timeline(args),
      alliances: (_: unknown, args: Args) => questions.alliances(args),
      stats: () => questions.stats(),
    },
  };
}
