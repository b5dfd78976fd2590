// Optional shared-token authentication for the API routes (config.authToken); /, assets and /healthz stay open.
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { TooManyRequestsError, UnauthenticatedError } from '../../../core/errors';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // timingSafeEqual needs equal lengths; comparing b with itself keeps the time independent of the guess.
  return a.length === b.length ? timingSafeEqual(a, b) : (timingSafeEqual(b, b), false);
}

export function bearerAuth(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (token === undefined || req.method === 'OPTIONS') return next();
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (match === null)
      return next(
        new UnauthenticatedError(`${req.method} ${req.path}: missing "Authorization: Bearer <token>" header`),
      );
    if (!sameToken(match[1]!.trim(), token))
      return next(new UnauthenticatedError(`${req.method} ${req.path}: the bearer token is not valid`));
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
