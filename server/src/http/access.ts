// Who is asking: a curator (by the name CURATOR_TOKEN gives their token), or a reader; and the check curation needs.
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { Curator } from '../../../core/config';
import { ForbiddenError, UnauthenticatedError } from '../../../core/errors';

export interface Access {
  /** The curator's name, or null for a reader. */
  curator: string | null;
  /** Whether the request carried a bearer token at all (401 without one, 403 with a reader's). */
  tokenGiven: boolean;
  /** Whether this server lets anyone curate (CURATOR_TOKEN is set). */
  curationOn: boolean;
}

export function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // timingSafeEqual needs equal lengths; comparing b with itself keeps the time independent of the guess.
  return a.length === b.length ? timingSafeEqual(a, b) : (timingSafeEqual(b, b), false);
}

export function bearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '');
  return match === null ? undefined : match[1]!.trim();
}

export function accessOf(req: Request, curators: Curator[]): Access {
  const token = bearerToken(req);
  // Every curator's token is compared, so the time does not tell which one matched.
  let curator: string | null = null;
  for (const c of curators) if (token !== undefined && sameToken(token, c.token)) curator = c.name;
  return { curator, tokenGiven: token !== undefined, curationOn: curators.length > 0 };
}

/** The curator's name, or the error that tells the caller what is missing. */
export function requireCurator(access: Access, where: string): string {
  if (access.curator !== null) return access.curator;
  if (!access.curationOn)
    throw new ForbiddenError(`${where}: curation is off on this server (set CURATOR_TOKEN to allow it)`);
  if (!access.tokenGiven)
    throw new UnauthenticatedError(`${where}: curation needs a curator's token ("Authorization: Bearer <token>")`);
  throw new ForbiddenError(`${where}: this token may read, not curate`);
}
