// Refuses requests whose Host header names a host this server does not answer for (ALLOWED_HOSTS).
import type { RequestHandler } from 'express';
import { ForbiddenHostError } from '../../../core/errors';

/** The host part of a Host header: "127.0.0.1:4000" gives "127.0.0.1", "[::1]:4000" gives "[::1]". */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.split(':')[0]!;
}

/**
 * Without a token, anything that can make a browser send a request to the server can read the API: a page whose DNS
 * rebinds to 127.0.0.1 does, but its requests still name its own host. "*" turns the check off.
 */
export function hostCheck(allowed: string[]): RequestHandler {
  const names = new Set(allowed);
  return (req, _res, next) => {
    if (names.has('*')) return next();
    const header = req.get('host');
    if (header !== undefined && names.has(hostName(header))) return next();
    next(
      new ForbiddenHostError(
        `${req.method} ${req.path}: host "${header ?? ''}" is not served here; allowed: ${allowed.join(', ')} (ALLOWED_HOSTS)`,
      ),
    );
  };
}
