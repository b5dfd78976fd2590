import { EXIT, errorLine, exitCodeOf } from '../../../core/commandLine';
import {
  BackboneUnavailableError,
  BadInputError,
  ConfigError,
  ConflictError,
  DatabaseUnavailableError,
  EntenteError,
  ForbiddenError,
  ForbiddenHostError,
  InternalError,
  LocalNeo4jError,
  NotFoundError,
  QueryRefusedError,
  QueryTimeoutError,
  QueryTooLargeError,
  TooManyRequestsError,
  UnauthenticatedError,
  UsageError,
  type ErrorCode,
} from '../../../core/errors';
import { errorBody, httpStatusOf, toEntenteError } from '../../../server/src/errorMapping';

/** One error of each code; a Record over ErrorCode, so the compiler fails this file when a code is added without one. */
const ONE_OF_EACH: Record<ErrorCode, EntenteError> = {
  USAGE: new UsageError('x'),
  CONFIG: new ConfigError('PORT', 'x'),
  BAD_USER_INPUT: new BadInputError('x'),
  NOT_FOUND: new NotFoundError('x'),
  QUERY_REFUSED: new QueryRefusedError('x'),
  QUERY_TIMEOUT: new QueryTimeoutError('x'),
  QUERY_TOO_LARGE: new QueryTooLargeError('x'),
  UNAUTHENTICATED: new UnauthenticatedError('x'),
  FORBIDDEN: new ForbiddenError('x'),
  CONFLICT: new ConflictError('x'),
  FORBIDDEN_HOST: new ForbiddenHostError('x'),
  TOO_MANY_REQUESTS: new TooManyRequestsError('x'),
  DATABASE_UNAVAILABLE: new DatabaseUnavailableError('x'),
  BACKBONE_UNAVAILABLE: new BackboneUnavailableError('x'),
  LOCAL_NEO4J_FAILED: new LocalNeo4jError('x'),
  INTERNAL_SERVER_ERROR: new InternalError('x'),
};

describe('errorMapping', () => {
  it('gives every error code its class, one HTTP status and one exit code', () => {
    const rows = Object.entries(ONE_OF_EACH).map(([code, error]) => [
      code,
      error.code,
      httpStatusOf(error.code),
      exitCodeOf(error),
    ]);
    expect(rows).toEqual([
      ['USAGE', 'USAGE', 400, EXIT.USAGE],
      ['CONFIG', 'CONFIG', 500, EXIT.FAILED],
      ['BAD_USER_INPUT', 'BAD_USER_INPUT', 400, EXIT.FAILED],
      ['NOT_FOUND', 'NOT_FOUND', 404, EXIT.FAILED],
      ['QUERY_REFUSED', 'QUERY_REFUSED', 403, EXIT.FAILED],
      ['QUERY_TIMEOUT', 'QUERY_TIMEOUT', 504, EXIT.FAILED],
      ['QUERY_TOO_LARGE', 'QUERY_TOO_LARGE', 422, EXIT.FAILED],
      ['UNAUTHENTICATED', 'UNAUTHENTICATED', 401, EXIT.FAILED],
      ['FORBIDDEN', 'FORBIDDEN', 403, EXIT.FAILED],
      ['CONFLICT', 'CONFLICT', 409, EXIT.FAILED],
      ['FORBIDDEN_HOST', 'FORBIDDEN_HOST', 421, EXIT.FAILED],
      ['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS', 429, EXIT.FAILED],
      ['DATABASE_UNAVAILABLE', 'DATABASE_UNAVAILABLE', 503, EXIT.FAILED],
      ['BACKBONE_UNAVAILABLE', 'BACKBONE_UNAVAILABLE', 503, EXIT.FAILED],
      ['LOCAL_NEO4J_FAILED', 'LOCAL_NEO4J_FAILED', 503, EXIT.FAILED],
      ['INTERNAL_SERVER_ERROR', 'INTERNAL_SERVER_ERROR', 500, EXIT.FAILED],
    ]);
  });

  it('prints our errors as one line, a usage error with the --help hint, and anything unexpected with its stack', () => {
    expect(errorLine(new ConfigError('PORT', 'expected a whole number, got "x"'), 'start')).toBe(
      'error: PORT: expected a whole number, got "x"',
    );
    expect(errorLine(new UsageError('unknown option "--x"'), 'import')).toBe(
      'error: unknown option "--x"\nRun with --help for usage.',
    );
    expect(errorLine({ code: 'ServiceUnavailable', message: 'no route' }, 'import')).toBe(
      'error: import: Neo4j is unavailable (no route)',
    );
    expect(errorLine(new TypeError('boom'), 'import')).toMatch(/^error: TypeError: boom\n\s+at /);
  });

  it('maps Neo4j memory limits and out-of-memory to QUERY_TOO_LARGE, not to a retryable or internal error', () => {
    expect(
      toEntenteError({ code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', message: 'limit 192 MiB' }, 'q')
        .code,
    ).toBe('QUERY_TOO_LARGE');
    expect(
      toEntenteError({ code: 'Neo.TransientError.General.OutOfMemoryError', message: 'Java heap space' }, 'q').code,
    ).toBe('QUERY_TOO_LARGE');
    expect(toEntenteError({ code: 'Neo.TransientError.General.DatabaseUnavailable', message: 'x' }, 'q').code).toBe(
      'DATABASE_UNAVAILABLE',
    );
  });

  it('maps a database that cannot start or commit transactions (a panic on a full disk) to 503 DATABASE_UNAVAILABLE', () => {
    const panicked = {
      code: 'Neo.DatabaseError.Transaction.TransactionStartFailed',
      message: 'The database has encountered a critical error, and needs to be restarted.',
    };
    expect(toEntenteError(panicked, 'q')).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message: expect.stringMatching(/needs a restart/),
    });
    expect(
      toEntenteError(
        { code: 'Neo.DatabaseError.Transaction.TransactionCommitFailed', message: 'Could not append transaction' },
        'q',
      ).code,
    ).toBe('DATABASE_UNAVAILABLE');
    // Other database errors are not an outage: they stay internal (500).
    expect(toEntenteError({ code: 'Neo.DatabaseError.General.UnknownError', message: 'x' }, 'q').code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
  });

  it('maps Neo4j errors by their status code, not their message', () => {
    expect(
      toEntenteError(
        { code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', message: 'whatever' },
        'here',
      ).code,
    ).toBe('QUERY_TIMEOUT');
    expect(toEntenteError({ code: 'ServiceUnavailable', message: 'x' }, 'here').code).toBe('DATABASE_UNAVAILABLE');
    expect(
      toEntenteError({ code: 'Neo.ClientError.Statement.SyntaxError', message: 'Invalid input\n  detail' }, 'here')
        .message,
    ).toBe('here: Invalid input');
    expect(toEntenteError(new TypeError('boom'), 'here').code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('hides the message of internal errors in production only', () => {
    const internal = toEntenteError(new Error('secret path /srv/x.ts'), 'here');
    expect(errorBody(internal, true).error.message).not.toContain('secret');
    expect(errorBody(internal, false).error.message).toContain('secret');
    expect(errorBody(new BadInputError('bad x'), true)).toEqual({
      error: { code: 'BAD_USER_INPUT', message: 'bad x' },
    });
  });
});
