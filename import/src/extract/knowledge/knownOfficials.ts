// Well-known officials (curated data file): the fallback for a name an article uses without title or state.
import officialData from '../../../data/officials.json';

export interface KnownOfficial {
  name: string;
  variants: string[];
  /** The form used alone in later mentions ("Trump"). */
  surname: string;
  /** The surname alone is distinctive enough to name this person even without an introduction. */
  alone: boolean;
  title: string;
  country: string;
}

const KNOWN: KnownOfficial[] = (officialData as { officials: KnownOfficial[] }).officials;

/** "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" share one key. */
const keys = new Map<string, string>();

export function nameKey(name: string): string {
  const cached = keys.get(name);
  if (cached !== undefined) return cached;
  const key = computeKey(name);
  // Bounded: names are few per article, but an importer runs over many articles.
  if (keys.size > 50_000) keys.clear();
  keys.set(name, key);
  return key;
}

function computeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

const BY_KEY = new Map<string, KnownOfficial>();
const BY_SURNAME = new Map<string, KnownOfficial>();
for (const o of KNOWN) {
  for (const n of [o.name, ...o.variants]) BY_KEY.set(nameKey(n), o);
  if (o.alone) BY_SURNAME.set(nameKey(o.surname), o);
}

/** The official a full name, or a distinctive surname used alone, stands for. */
export function knownOfficial(name: string): KnownOfficial | undefined {
  const key = nameKey(name);
  return BY_KEY.get(key) ?? (key.includes(' ') ? undefined : BY_SURNAME.get(key));
}
