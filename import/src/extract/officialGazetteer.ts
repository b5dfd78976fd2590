// Well-known officials (curated data file), looked up by a spelling-insensitive name key.
import officialData from '../../data/officials.json';

export interface KnownOfficial {
  name: string;
  variants: string[];
  surname: string;
  /** The surname alone is distinctive enough to name this person even without an introduction. */
  alone: boolean;
  title: string;
  country: string;
}

export const KNOWN_OFFICIALS: KnownOfficial[] = (officialData as { officials: KnownOfficial[] }).officials;

/** "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" share one key. */
const keyCache = new Map<string, string>();

export function nameKey(name: string): string {
  const cached = keyCache.get(name);
  if (cached !== undefined) return cached;
  const key = computeNameKey(name);
  if (keyCache.size < 20000) keyCache.set(name, key);
  return key;
}

function computeNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

export const KNOWN_BY_KEY = new Map<string, KnownOfficial>();
export const KNOWN_BY_SURNAME = new Map<string, KnownOfficial[]>();
for (const o of KNOWN_OFFICIALS) {
  for (const n of [o.name, ...o.variants]) KNOWN_BY_KEY.set(nameKey(n), o);
  const list = KNOWN_BY_SURNAME.get(o.surname) ?? [];
  list.push(o);
  KNOWN_BY_SURNAME.set(o.surname, list);
}

/** Every full name and variant, longest first, for matching untitled mentions. */
export const KNOWN_NAME_FORMS: string[] = KNOWN_OFFICIALS.flatMap((o) => [o.name, ...o.variants]).sort((a, b) => b.length - a.length);
