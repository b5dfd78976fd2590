// Country names, abbreviations, demonyms and seats of government: world-countries plus a curated alias file.
import countries from 'world-countries';
import aliasData from '../../../data/country-aliases.json';

/** name: "Russia"; demonym: "Russian" (also as a plural noun, "the Russians"); seat: "Moscow", "the Kremlin". */
export type CountryAliasKind = 'name' | 'demonym' | 'seat';

export interface CountryAlias {
  code: string;
  kind: CountryAliasKind;
}

interface AmbiguityRule {
  notPrecededBy?: string[];
  notFollowedBy?: string[];
  /** A first name when a capitalised word precedes or follows it ("Michael Jordan", "Jordan Peterson"). */
  notPrecededByCapitalizedWord?: boolean;
  notFollowedByCapitalizedWord?: boolean;
}

const data = aliasData as unknown as {
  aliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  peopleNouns: Record<string, string[]>;
  governmentSeats: Record<string, string[]>;
  ambiguous: Record<string, AmbiguityRule>;
  ignore: string[];
  ambiguousCapitals: string[];
  sharedNames: Record<string, string[]>;
};

const SHARED_NAMES = new Map(Object.entries(data.sharedNames));

/** "Congo": a country only in context (see findMentions' contextMentions). */
export function sharedNameCodes(text: string): string[] | undefined {
  return SHARED_NAMES.get(text);
}

/** Surface rules for names that are often something else ("Georgia" the state, "Washington Post"). */
// A people noun after a capitalised word is another group's name: "the Young Turks", "the Bosnian Serbs".
export const AMBIGUITY: ReadonlyMap<string, AmbiguityRule> = new Map([
  ...Object.values(data.peopleNouns).flatMap((list) =>
    list.map((noun): [string, AmbiguityRule] => [noun, { notPrecededByCapitalizedWord: true }]),
  ),
  ...Object.entries(data.ambiguous),
]);

/** Canonical English names by ISO code. */
const COUNTRY_NAMES = new Map<string, string>();

/** One spelling for a lookup key: typographic apostrophes and runs of spaces do not matter. */
export function aliasKey(text: string): string {
  // The common cases (a word, words with single spaces) need no rewriting; the gazetteer scan calls this for every
  // candidate span, so only text with curly quotes or irregular spacing is rewritten.
  if (!/[’‘]|[^\S ]| {2}|^ | $/.test(text)) return text;
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** For each first word of a multi-word name, the most words a name starting with it has: spans are tried only there. */
export function firstWords(keys: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of keys) {
    const parts = key.split(' ');
    // The tokenizer splits "Workers'" into "Workers" and "'": index the word without its apostrophe too.
    for (const first of new Set([parts[0]!, parts[0]!.replace(/'s?$/, '')]))
      out.set(first, Math.max(out.get(first) ?? 0, parts.length + 1));
  }
  return out;
}

function buildAliases(): Map<string, CountryAlias> {
  const ignore = new Set(data.ignore);
  const byText = new Map<string, CountryAlias>();
  const demonymCount = new Map<string, number>();
  const demonymsOf = (c: (typeof countries)[number]): string[] => {
    const d = c.demonyms?.['eng'];
    return [...new Set([d?.m, d?.f].filter((x): x is string => Boolean(x)))];
  };
  for (const c of countries)
    for (const form of demonymsOf(c)) demonymCount.set(form, (demonymCount.get(form) ?? 0) + 1);
  const add = (text: string, code: string, kind: CountryAliasKind, curated: boolean): void => {
    const key = aliasKey(text);
    if (!key || (!curated && (ignore.has(key) || byText.has(key)))) return;
    // Only Latin-script spellings occur in English prose; short codes ("KP") come from the curated list only.
    if (!curated && (!/^[A-Za-z\u00C0-\u024F .'-]+$/.test(key) || key.length <= 3 || key.includes(','))) return;
    const existing = byText.get(key);
    if (existing && curated && existing.kind === 'name' && kind !== 'name') return;
    byText.set(key, { code, kind });
  };
  for (const c of countries) {
    COUNTRY_NAMES.set(c.cca2, c.name.common);
    add(c.name.common, c.cca2, 'name', false);
    add(c.name.official, c.cca2, 'name', false);
    for (const alt of c.altSpellings) add(alt, c.cca2, 'name', false);
    for (const form of demonymsOf(c)) if (demonymCount.get(form) === 1) add(form, c.cca2, 'demonym', false);
  }
  for (const [code, list] of Object.entries(data.aliases)) for (const t of list) add(t, code, 'name', true);
  for (const [code, list] of Object.entries(data.demonyms)) for (const t of list) add(t, code, 'demonym', true);
  // "talking with the Turks": the people nouns the -s rule below cannot make.
  for (const [code, list] of Object.entries(data.peopleNouns)) for (const t of list) add(t, code, 'demonym', true);
  // Capitals of UN members stand for their governments ("Manila said"); small or name-like ones are left out.
  const ambiguousCapitals = new Set(data.ambiguousCapitals);
  for (const c of countries) {
    if (!c.unMember) continue;
    for (const capital of c.capital ?? [])
      if (!ambiguousCapitals.has(capital) && !byText.has(aliasKey(capital))) add(capital, c.cca2, 'seat', true);
  }
  for (const [code, list] of Object.entries(data.governmentSeats))
    for (const t of list) add(t.replace(/^the /, ''), code, 'seat', true);
  // Plural demonyms name the state or its people as a noun: "the Russians backed out", "the Saudis displayed".
  for (const [text, alias] of [...byText]) {
    if (alias.kind === 'demonym' && /(?:an|i)$/.test(text) && !byText.has(`${text}s`)) byText.set(`${text}s`, alias);
  }
  return byText;
}

const COUNTRY_ALIASES = buildAliases();

const ALIAS_STARTS = firstWords(COUNTRY_ALIASES.keys());

/** How many words a country alias starting with this word can have (0: none starts with it). */
export function countryAliasWords(first: string): number {
  return ALIAS_STARTS.get(straightQuotes(first)) ?? 0;
}

/** Typographic apostrophes as straight ones; the common word without any is returned as it is. */
export function straightQuotes(word: string): string {
  return word.includes('’') || word.includes('‘') ? word.replace(/[’‘]/g, "'") : word;
}

export function countryAlias(text: string): CountryAlias | undefined {
  return COUNTRY_ALIASES.get(aliasKey(text));
}

export function countryName(code: string): string {
  return COUNTRY_NAMES.get(code) ?? code;
}

/** Codes of countries whose common name starts with `prefix` ("North " gives KP and MK). */
export function countriesNamedWith(prefix: string): string[] {
  return [...COUNTRY_NAMES].filter(([, name]) => name.startsWith(prefix)).map(([code]) => code);
}

/** One spelling per capital: "Kiev" becomes "Kyiv"; other place names stay as written. */
export function canonicalPlace(text: string): string {
  const alias = countryAlias(text);
  if (!alias || alias.kind !== 'seat') return text;
  const capital = countries.find((c) => c.cca2 === alias.code)?.capital?.[0];
  if (!capital || capital.startsWith(text) || text.startsWith(capital) || !/^\p{Lu}/u.test(text)) return text;
  return capital;
}
