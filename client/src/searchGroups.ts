// Search hits as a person scans them: one row per name (identical names collapse, with a count), grouped by country.
import type { SearchHit } from './types';

/** One row of the list: a single actor, or several actors that share a name (picking it lists them). */
export type SearchEntry = { kind: 'hit'; hit: SearchHit } | { kind: 'same'; name: string; hits: SearchHit[] };

export interface SearchGroup {
  /** The country code the entries belong to; null for actors with none, and for names shared across countries. */
  country: string | null;
  label: string;
  entries: SearchEntry[];
}

const regionNames = ((): Intl.DisplayNames | undefined => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return undefined;
  }
})();

/** "PL" → "Poland"; a code the runtime does not know stays as it is. */
export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

const nameKey = (hit: SearchHit): string => `${hit.kind}\u0000${hit.name.trim().toLowerCase().replace(/\s+/g, ' ')}`;

/**
 * Group hits (best first, as the server ranks them) by country, in the order of each group's best hit. The same actor
 * twice is shown once; actors of one kind and one name collapse into one entry, under their country when they share
 * it and under "Same name, several countries" when they do not.
 */
export function groupHits(found: readonly SearchHit[]): SearchGroup[] {
  const seen = new Set<string>();
  const hits = found.filter((hit) => !seen.has(hit.id) && (seen.add(hit.id), true));
  const byName = new Map<string, SearchHit[]>();
  for (const hit of hits) byName.set(nameKey(hit), [...(byName.get(nameKey(hit)) ?? []), hit]);
  const groups = new Map<string, SearchGroup>();
  const groupFor = (country: string | null, label: string): SearchGroup => {
    const key = country ?? `\u0000${label}`;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { country, label, entries: [] }));
    return group;
  };
  const placed = new Set<string>();
  for (const hit of hits) {
    const key = nameKey(hit);
    if (placed.has(key)) continue;
    placed.add(key);
    const same = byName.get(key)!;
    const countries = new Set(same.map((h) => h.country ?? ''));
    const country = countries.size === 1 ? (hit.country ?? null) : null;
    const label =
      countries.size > 1 ? 'Same name, several countries' : country === null ? 'No country' : countryName(country);
    groupFor(country, label).entries.push(
      same.length === 1 ? { kind: 'hit', hit } : { kind: 'same', name: hit.name, hits: same },
    );
  }
  return [...groups.values()];
}

/** A shared name opened: its actors, one per row, grouped by country (none collapse any more). */
export function expandSame(hits: readonly SearchHit[]): SearchGroup[] {
  const groups = new Map<string, SearchGroup>();
  for (const hit of hits) {
    const key = hit.country ?? '';
    let group = groups.get(key);
    if (group === undefined)
      groups.set(
        key,
        (group = {
          country: hit.country ?? null,
          label: hit.country ? countryName(hit.country) : 'No country',
          entries: [],
        }),
      );
    group.entries.push({ kind: 'hit', hit });
  }
  return [...groups.values()];
}
