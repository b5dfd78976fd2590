// The Apollo Server for /graphql: the contract's resolvers, cost-limiting validation rules, errors mapped in errorMapping.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Driver } from 'neo4j-driver';
import { formatGraphQLError, httpStatusOf } from '../errorMapping';
import type { ErrorCode } from '../../../core/errors';
import { GraphQuestions } from './graphQuestions';
import { graphQuestionResolvers } from './resolvers';
import { aliasLimitRule, costLimitRule } from './validationRules';

export const CONTRACT_FILE = path.join(__dirname, 'graphQuestions.graphql');

export interface GraphQLServerDeps {
  driver: Driver;
  database: string;
  production: boolean;
}

/** 503 or 504 instead of 200 when the database is down or too slow, so proxies and monitors see it. */
const statusFromErrors: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const codes = (response.body.singleResult.errors ?? []).map((e) => e.extensions?.['code']);
        for (const code of ['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT'] as const) {
          if (codes.includes(code)) response.http.status = httpStatusOf(code as ErrorCode);
        }
      },
    };
  },
};

export async function createGraphQLServer({ driver, database, production }: GraphQLServerDeps): Promise<ApolloServer> {
  const questions = new GraphQuestions(driver, database);
  const server = new ApolloServer({
    typeDefs: readFileSync(CONTRACT_FILE, 'utf8'),
    resolvers: graphQuestionResolvers(questions),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // server/src/main.ts owns SIGINT/SIGTERM and calls stop(); Apollo's own handlers would race it and hang shutdown.
    stopOnTerminationSignals: false,
    validationRules: [costLimitRule(), aliasLimitRule()],
    formatError: formatGraphQLError(production),
    // The default landing page loads Apollo Sandbox from a CDN; GraphiQL is served from the client build instead.
    plugins: [ApolloServerPluginLandingPageDisabled(), statusFromErrors],
  });
  await server.start();
  return server;
}
