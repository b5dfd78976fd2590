// Optional shared-token authentication for the API routes (config.authToken); /, assets and /healthz stay open.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { TooManyRequestsError, UnauthenticatedError } from '../../../core/errors';
import { bearerToken, sameToken } from './access';

/** Every route needs one of `tokens` (the reader's and the curators') when a reader's token is configured. */
export function bearerAuth(token: string | undefined, others: string[] = []): RequestHandler {
  const accepted = token === undefined ? [] : [token, ...others];
  return (req, _res, next) => {
    if (token === undefined || req.method === 'OPTIONS') return next();
    const given = bearerToken(req);
    if (given === undefined)
      return next(
        new UnauthenticatedError(`${req.method} ${req.path}: missing "Authorization: Bearer <token>" header`),
      );
    // Compared with every accepted token, so the time does not tell which one (if any) matched.
    let valid = false;
    for (const t of accepted) if (sameToken(given, t)) valid = true;
    if (!valid) return next(new UnauthenticatedError(`${req.method} ${req.path}: the bearer token is not valid`));
    next();
  };
}

/** Failed token checks one client may make per minute before it must wait (token guessing ran at 5,000/s). */
export const MAX_FAILED_AUTH_PER_MINUTE = 20;

/**
 * Counts only the answers that were 401, so clients that hold the token are never counted; an address that fails
 * more than `max` times in a minute gets 429 for the rest of that minute. express-rate-limit keeps the counts in
 * memory, per client address.
 */
export function failedAuthLimit(enabled: boolean, max = MAX_FAILED_AUTH_PER_MINUTE): RequestHandler {
  if (!enabled) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: max,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    skipSuccessfulRequests: true,
    handler: (req, _res, next) =>
      next(
        new TooManyRequestsError(
          `${req.method} ${req.path}: too many failed token checks from this address; wait a minute`,
        ),
      ),
  });
}
