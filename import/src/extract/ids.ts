// Stable ids for articles, actors and meetings: derived only from content, so re-imports and other articles agree.
import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function sha1Hex(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

/** Lower-case ASCII slug: diacritics folded, everything else joined by single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function articleIdFromSha(sha: string): string {
  return `article:${sha.slice(0, 16)}`;
}

export function countryId(code: string): string {
  return `country:${code.toUpperCase()}`;
}

export function officialId(name: string, country: string | null): string {
  return country ? `official:${country.toLowerCase()}:${slugify(name)}` : `official:${slugify(name)}`;
}

export function organizationId(name: string, country: string | null): string {
  return country ? `organization:${country.toLowerCase()}:${slugify(name)}` : `organization:${slugify(name)}`;
}

/** A meeting id: same article, participants and sentence give the same id. */
export function meetingId(articleId: string, participants: string[], evidence: string): string {
  const key = [articleId, [...participants].sort().join(','), evidence].join('|');
  return `meeting:${sha1Hex(key).slice(0, 16)}`;
}
