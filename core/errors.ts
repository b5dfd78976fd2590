// The few error classes every part throws; server/src/errorMapping.ts maps them to HTTP and GraphQL codes.

export type ErrorCode =
  | 'USAGE'
  | 'CONFIG'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'QUERY_REFUSED'
  | 'QUERY_TIMEOUT'
  | 'QUERY_TOO_LARGE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'FORBIDDEN_HOST'
  | 'TOO_MANY_REQUESTS'
  | 'DATABASE_UNAVAILABLE'
  | 'BACKBONE_UNAVAILABLE'
  | 'LOCAL_NEO4J_FAILED'
  | 'INTERNAL_SERVER_ERROR';

/** Base class: `code` is stable and machine-readable; `message` says where, what, and the bad value. */
export abstract class EntenteError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A command line that cannot be run: an unknown option, a missing argument, a value out of range. */
export class UsageError extends EntenteError {
  readonly code = 'USAGE' as const;
}

/** An environment variable with a value that cannot work; `variable` names it, and the message starts with it. */
export class ConfigError extends EntenteError {
  readonly code = 'CONFIG' as const;
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

/** The caller sent something wrong: a malformed body, a parameter of the wrong type, a bad file. */
export class BadInputError extends EntenteError {
  readonly code = 'BAD_USER_INPUT' as const;
}

export class NotFoundError extends EntenteError {
  readonly code = 'NOT_FOUND' as const;
}

/** A well-formed request we will not run: a write in the read-only console, a forbidden procedure. */
export class QueryRefusedError extends EntenteError {
  readonly code = 'QUERY_REFUSED' as const;
}

export class QueryTimeoutError extends EntenteError {
  readonly code = 'QUERY_TIMEOUT' as const;
}

/** A query that needs more memory than Neo4j allows a transaction, or returns more than the API sends. */
export class QueryTooLargeError extends EntenteError {
  readonly code = 'QUERY_TOO_LARGE' as const;
}

export class UnauthenticatedError extends EntenteError {
  readonly code = 'UNAUTHENTICATED' as const;
}

/** Authenticated, but not allowed to do this: a reader's token on a curation. */
export class ForbiddenError extends EntenteError {
  readonly code = 'FORBIDDEN' as const;
}

/** The request was made against a state that has changed meanwhile (another curator edited the same claim). */
export class ConflictError extends EntenteError {
  readonly code = 'CONFLICT' as const;
}

/** The request names a host this server does not answer for (DNS rebinding, a stray proxy): ALLOWED_HOSTS. */
export class ForbiddenHostError extends EntenteError {
  readonly code = 'FORBIDDEN_HOST' as const;
}

/** Too many failed attempts from one client in a short time (token guessing). */
export class TooManyRequestsError extends EntenteError {
  readonly code = 'TOO_MANY_REQUESTS' as const;
}

/** Neo4j cannot be reached or refused our credentials; retrying later may work. */
export class DatabaseUnavailableError extends EntenteError {
  readonly code = 'DATABASE_UNAVAILABLE' as const;
}

/** The NLP backbone (nlp-worker/) cannot be built or started: no Java, no Maven, no models, no worker at the address. */
export class BackboneUnavailableError extends EntenteError {
  readonly code = 'BACKBONE_UNAVAILABLE' as const;
}

/** The local Neo4j cannot run, for a reason the user must fix (no Java, port taken, data folder not writable). */
export class LocalNeo4jError extends EntenteError {
  readonly code = 'LOCAL_NEO4J_FAILED' as const;
}

/** A failure nobody anticipated; its message is replaced before it reaches a client in production. */
export class InternalError extends EntenteError {
  readonly code = 'INTERNAL_SERVER_ERROR' as const;
}

interface Neo4jLikeError {
  code?: unknown;
  message?: unknown;
}

/**
 * Translate a neo4j-driver error into one of ours by its Neo4j status code (never by message text).
 * Returns the input unchanged when it is not a Neo4j error we recognise.
 */
export function fromNeo4jError(error: unknown, where: string): unknown {
  if (error instanceof EntenteError) return error;
  const { code, message } = (error ?? {}) as Neo4jLikeError;
  if (typeof code !== 'string') return error;
  const detail = typeof message === 'string' ? message.split('\n')[0] : String(error);
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable')
  ) {
    return new DatabaseUnavailableError(`${where}: Neo4j is unavailable (${detail})`, { cause: error });
  }
  // A database that cannot start or commit transactions (it panicked on a full disk or an I/O error) needs a restart
  // of Neo4j: the service is unavailable, not the request wrong.
  if (code.startsWith('Neo.DatabaseError.Transaction.')) {
    return new DatabaseUnavailableError(`${where}: Neo4j's database failed and needs a restart (${detail})`, {
      cause: error,
    });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseUnavailableError(
      `${where}: Neo4j rejected the credentials (check NEO4J_USER and NEO4J_PASSWORD)`,
      { cause: error },
    );
  }
  // The per-transaction and total transaction memory limits: the query's fault, not a passing one, whatever its class.
  if (
    code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' ||
    code === 'Neo.TransientError.General.TransactionMemoryLimit' ||
    code.endsWith('.MemoryPoolOutOfMemoryError')
  ) {
    return new QueryTooLargeError(`${where}: the query needs more memory than a transaction may use (${detail})`, {
      cause: error,
    });
  }
  if (
    code === 'Neo.TransientError.General.OutOfMemoryError' ||
    code === 'Neo.DatabaseError.General.OutOfMemoryError' ||
    code === 'Neo.TransientError.General.StackOverFlowError'
  ) {
    return new QueryTooLargeError(
      `${where}: the query is too large or too deeply nested for Neo4j to run (${detail})`,
      { cause: error },
    );
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new QueryTimeoutError(`${where}: the query ran past its time limit and was stopped`, { cause: error });
  }
  if (
    code === 'Neo.ClientError.Security.Forbidden' ||
    code === 'Neo.ClientError.Statement.AccessMode' ||
    code === 'Neo.ClientError.Procedure.ProcedureNotFound'
  ) {
    return new QueryRefusedError(`${where}: ${detail}`, { cause: error });
  }
  if (
    code.startsWith('Neo.ClientError.Statement.') ||
    code.startsWith('Neo.ClientError.Request.') ||
    code.startsWith('Neo.ClientError.Procedure.')
  ) {
    return new BadInputError(`${where}: ${detail}`, { cause: error });
  }
  return error;
}
