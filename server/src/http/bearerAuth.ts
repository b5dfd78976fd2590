// Optional shared-token authentication for the API routes (config.authToken); /, assets and /healthz stay open.
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { UnauthenticatedError } from '../../../core/errors';

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
    if (match === null) return next(new UnauthenticatedError(`${req.method} ${req.path}: missing "Authorization: Bearer <token>" header`));
    if (!sameToken(match[1]!.trim(), token)) return next(new UnauthenticatedError(`${req.method} ${req.path}: the bearer token is not valid`));
    next();
  };
}
