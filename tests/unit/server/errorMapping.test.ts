import { BadInputError, DatabaseUnavailableError, QueryRefusedError, QueryTimeoutError } from '../../../core/errors';
import { errorBody, httpStatusOf, toEntenteError } from '../../../server/src/errorMapping';

describe('errorMapping', () => {
  it('maps every error code to one HTTP status', () => {
    expect([new BadInputError('x'), new QueryRefusedError('x'), new QueryTimeoutError('x'), new DatabaseUnavailableError('x')].map((e) => httpStatusOf(e.code))).toEqual([400, 403, 504, 503]);
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
