// The one place that turns any thrown value into an EntenteError and maps it to an HTTP status and a GraphQL code.
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { BadInputError, EntenteError, InternalError, fromNeo4jError, type ErrorCode } from '../../core/errors';

const HTTP_STATUS: Record<ErrorCode, number> = {
  // Command-line and start-up errors: never caused by a request, mapped for completeness.
  USAGE: 400,
  CONFIG: 500,
  LOCAL_NEO4J_FAILED: 503,
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  FORBIDDEN_HOST: 421,
  TOO_MANY_REQUESTS: 429,
  QUERY_REFUSED: 403,
  NOT_FOUND: 404,
  // 504: the gateway (us) gave up waiting on Neo4j; clients and proxies read it as "try a cheaper query".
  QUERY_TIMEOUT: 504,
  // 422: understood, and refused for its size; retrying the same query gives the same answer.
  QUERY_TOO_LARGE: 422,
  DATABASE_UNAVAILABLE: 503,
  BACKBONE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
};

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}

/**
 * Any error to one of ours: EntenteErrors pass through, Neo4j errors are mapped by their status code
 * (core/errors.ts fromNeo4jError), driver connection failures become DATABASE_UNAVAILABLE, the rest INTERNAL.
 */
export function toEntenteError(error: unknown, where: string): EntenteError {
  const mapped = fromNeo4jError(error, where);
  if (mapped instanceof EntenteError) return mapped;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new InternalError(`${where}: ${message}`, { cause: error });
}

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * express.json's errors (malformed JSON, too large, wrong charset) are the client's mistake: BAD_USER_INPUT with a
 * message. Recognised by body-parser's `type` and 4xx `status`; undefined for anything else.
 */
export function fromBodyParser(error: unknown, where: string, bodyLimit: string): EntenteError | undefined {
  const { type, status } = (error ?? {}) as BodyParserError;
  if (typeof type !== 'string' || typeof status !== 'number' || status >= 500) return undefined;
  if (type === 'entity.parse.failed')
    return new BadInputError(`${where}: the body is not valid JSON (${(error as Error).message})`);
  if (type === 'entity.too.large') return new BadInputError(`${where}: the body is larger than ${bodyLimit}`);
  return new BadInputError(`${where}: ${(error as Error).message}`);
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** The REST error shape; internal messages are hidden in production because they may leak internals. */
export function errorBody(error: EntenteError, production: boolean): ErrorBody {
  const message =
    production && error.code === 'INTERNAL_SERVER_ERROR' ? 'internal error; see the server log' : error.message;
  return { error: { code: error.code, message } };
}

/**
 * Apollo's formatError: our codes for our errors (and for Neo4j's, by status code), Apollo's own codes
 * (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT for bad variables) left as they are.
 */
export function formatGraphQLError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof GraphQLError) {
      // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; our cost rules ask for BAD_USER_INPUT.
      const inner = original.originalError;
      if (inner instanceof GraphQLError && inner.extensions['code'] === 'BAD_USER_INPUT')
        return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
      return formatted;
    }
    const mapped = toEntenteError(original, formatted.path?.join('.') ?? 'graphql');
    const { message } = errorBody(mapped, production).error;
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code: mapped.code } };
  };
}
