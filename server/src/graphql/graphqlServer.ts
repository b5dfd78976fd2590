// The Apollo Server for /graphql: the contract's resolvers plus @neo4j/graphql's generated read-only queries, cost rules, mapped errors.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { Kind, parse, type GraphQLSchema } from 'graphql';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Driver } from 'neo4j-driver';
import { formatGraphQLError, httpStatusOf } from '../errorMapping';
import type { ErrorCode } from '../../../core/errors';
import { GraphQuestions, QUESTION_TIMEOUT_MS } from './graphQuestions';
import type { Request } from 'express';
import type { Curator } from '../../../core/config';
import type { CurationService } from '../curation/curationService';
import { accessOf } from '../http/access';
import { CURATION_MUTATIONS, graphQuestionResolvers, type ResolverContext } from './resolvers';
import { jitGateway } from './jitExecutor';
import { aliasLimitRule, costLimitRule, queriesOnlyRule } from './validationRules';

export const CONTRACT_FILE = path.join(__dirname, 'graphQuestions.graphql');
export const GRAPH_MODEL_FILE = path.join(__dirname, 'graphModel.graphql');

export interface GraphQLServerDeps {
  driver: Driver;
  database: string;
  production: boolean;
  curations: CurationService;
  /** Add the read-only queries @neo4j/graphql generates from graphModel.graphql (default true). */
  generated?: boolean;
}

/**
 * What every @neo4j/graphql resolver reads from the request context (our database and a transaction time limit),
 * and who is asking, for the curation mutations.
 */
export interface GraphQLContext extends ResolverContext {
  sessionConfig: { database: string };
  transaction: { timeout: number };
}

/**
 * The contract alone, or the contract plus the generated queries of @neo4j/graphql (countries, officials, meetings,
 * articles and their relationships, with filters), both served by one schema.
 */
export async function buildSchema(
  driver: Driver,
  questions: GraphQuestions,
  curations: CurationService,
  generated: boolean,
): Promise<GraphQLSchema> {
  const contract = readFileSync(CONTRACT_FILE, 'utf8');
  const resolvers = graphQuestionResolvers(questions, curations);
  if (!generated) return makeExecutableSchema({ typeDefs: contract, resolvers });
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: [readFileSync(GRAPH_MODEL_FILE, 'utf8'), contract],
    resolvers,
    driver,
  });
  return withPlainFields(await neo4jGraphQL.getSchema(), contractObjectTypes(contract));
}

/** The contract's own object types (not Query or Mutation): our resolvers answer them with plain objects. */
function contractObjectTypes(contract: string): Set<string> {
  return new Set(
    parse(contract)
      .definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION)
      .map((d) => d.name.value)
      .filter((name) => name !== 'Query' && name !== 'Mutation'),
  );
}

/**
 * @neo4j/graphql gives every field of every type its alias-aware resolver (its generated Cypher returns fields under
 * their aliases). The contract's types come from our resolvers as plain objects, so theirs read properties by name:
 * without a resolver the executor reads them inline, a hub's whoMet answer (50,000 fields) a fifth faster.
 */
function withPlainFields(schema: GraphQLSchema, types: Set<string>): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, _name, typeName) =>
      types.has(typeName) ? { ...field, resolve: undefined } : field,
  });
}

/** 503 or 504 instead of 200 when the database is down or too slow, so proxies and monitors see it. */
const statusFromErrors: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const codes = (response.body.singleResult.errors ?? []).map((e) => e.extensions?.['code']);
        for (const code of [
          'DATABASE_UNAVAILABLE',
          'QUERY_TIMEOUT',
          'UNAUTHENTICATED',
          'FORBIDDEN',
          'CONFLICT',
        ] as const) {
          if (codes.includes(code)) response.http.status = httpStatusOf(code as ErrorCode);
        }
      },
    };
  },
};

export function graphQLContext(
  database: string,
  curators: Curator[],
): (args: { req: Request }) => Promise<GraphQLContext> {
  return async ({ req }) => ({
    sessionConfig: { database },
    transaction: { timeout: QUESTION_TIMEOUT_MS },
    access: accessOf(req, curators),
  });
}

export async function createGraphQLServer({
  driver,
  database,
  production,
  curations,
  generated = true,
}: GraphQLServerDeps): Promise<ApolloServer<GraphQLContext>> {
  const questions = new GraphQuestions(driver, database);
  const schema = await buildSchema(driver, questions, curations, generated);
  const server = new ApolloServer<GraphQLContext>({
    // The schema, served by the compiled executor (jitExecutor.ts).
    gateway: jitGateway(schema),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // server/src/main.ts owns SIGINT/SIGTERM and calls stop(); Apollo's own handlers would race it and hang shutdown.
    stopOnTerminationSignals: false,
    validationRules: [queriesOnlyRule(CURATION_MUTATIONS), costLimitRule(), aliasLimitRule()],
    formatError: formatGraphQLError(production),
    // The default landing page loads Apollo Sandbox from a CDN; GraphiQL is served from the client build instead.
    // No cache hints are used: the cache-control plugin would only add a hook on every resolved field.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), statusFromErrors],
    // Compact JSON: Apollo's default indents every answer, a third more bytes to write and to send.
    stringifyResult: (value) => JSON.stringify(value),
  });
  await server.start();
  return server;
}
