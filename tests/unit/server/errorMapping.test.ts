import {
  BackboneUnavailableError,
  BadInputError,
  DatabaseUnavailableError,
  NotFoundError,
  QueryRefusedError,
  QueryTimeoutError,
  QueryTooLargeError,
  UnauthenticatedError,
  type ErrorCode,
} from '../../../core/errors';
import { InternalError, errorBody, httpStatusOf, toEntenteError } from '../../../server/src/errorMapping';

describe('errorMapping', () => {
  it('maps every error code to one HTTP status', () => {
    const all = [
      new BadInputError('x'),
      new UnauthenticatedError('x'),
      new QueryRefusedError('x'),
      new NotFoundError('x'),
      new QueryTooLargeError('x'),
      new DatabaseUnavailableError('x'),
      new BackboneUnavailableError('x'),
      new QueryTimeoutError('x'),
      new InternalError('x'),
    ];
    expect(all.map((e) => httpStatusOf(e.code))).toEqual([400, 401, 403, 404, 422, 503, 503, 504, 500]);
    // Every code of the union is covered above: a new code must be added here with its status.
    const codes: ErrorCode[] = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'QUERY_REFUSED', 'NOT_FOUND', 'QUERY_TOO_LARGE', 'DATABASE_UNAVAILABLE', 'BACKBONE_UNAVAILABLE', 'QUERY_TIMEOUT', 'INTERNAL_SERVER_ERROR'];
    expect(all.map((e) => e.code)).toEqual(codes);
  });

  it('maps Neo4j memory limits and out-of-memory to QUERY_TOO_LARGE, not to a retryable or internal error', () => {
    expect(toEntenteError({ code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', message: 'limit 192 MiB' }, 'q').code).toBe('QUERY_TOO_LARGE');
    expect(toEntenteError({ code: 'Neo.TransientError.General.OutOfMemoryError', message: 'Java heap space' }, 'q').code).toBe('QUERY_TOO_LARGE');
    expect(toEntenteError({ code: 'Neo.TransientError.General.DatabaseUnavailable', message: 'x' }, 'q').code).toBe('DATABASE_UNAVAILABLE');
  });

  it("maps a database that cannot start or commit transactions (a panic on a full disk) to 503 DATABASE_UNAVAILABLE", () => {
    const panicked = { code: 'Neo.DatabaseError.Transaction.TransactionStartFailed', message: 'The database has encountered a critical error, and needs to be restarted.' };
    expect(toEntenteError(panicked, 'q')).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: expect.stringMatching(/needs a restart/) });
    expect(toEntenteError({ code: 'Neo.DatabaseError.Transaction.TransactionCommitFailed', message: 'Could not append transaction' }, 'q').code).toBe('DATABASE_UNAVAILABLE');
    // Other database errors are not an outage: they stay internal (500).
    expect(toEntenteError({ code: 'Neo.DatabaseError.General.UnknownError', message: 'x' }, 'q').code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('maps Neo4j errors by their status code, not their message', () => {
    expect(toEntenteError({ code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', message: 'whatever' }, 'here').code).toBe('QUERY_TIMEOUT');
    expect(toEntenteError({ code: 'ServiceUnavailable', message: 'x' }, 'here').code).toBe('DATABASE_UNAVAILABLE');
    expect(toEntenteError({ code: 'Neo.ClientError.Statement.SyntaxError', message: 'Invalid input\n  detail' }, 'here').message).toBe('here: Invalid input');
    expect(toEntenteError(new TypeError('boom'), 'here').code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('hides the message of internal errors in production only', () => {
    const internal = toEntenteError(new Error('secret path /srv/x.ts'), 'here');
    expect(errorBody(internal, true).error.message).not.toContain('secret');
    expect(errorBody(internal, false).error.message).toContain('secret');
    expect(errorBody(new BadInputError('bad x'), true)).toEqual({ error: { code: 'BAD_USER_INPUT', message: 'bad x' } });
  });
});
