// Country names, abbreviations, demonyms and seats of government (world-countries + curated aliases), and a matcher for them.
import countries from 'world-countries';
import aliasData from '../../data/country-aliases.json';
import { escapeRegExp } from './mention';

export type CountryAliasKind = 'name' | 'demonym' | 'seat' | 'context';

export interface CountryAlias {
  text: string;
  code: string;
  kind: CountryAliasKind;
  /** For 'context' aliases: codes the article must already name. */
  requires?: string[];
}

interface AmbiguityRule {
  notPrecededBy?: string[];
  notFollowedBy?: string[];
  notPrecededByCapitalizedWord?: boolean;
  notFollowedByCapitalizedWord?: boolean;
}

const data = aliasData as unknown as {
  aliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  governmentSeats: Record<string, string[]>;
  contextual: Array<{ phrase: string; country: string; requires: string[] }>;
  ambiguous: Record<string, AmbiguityRule>;
  ignore: string[];
  ambiguousCapitals: string[];
};

const IGNORE = new Set(data.ignore);
export const AMBIGUITY: Record<string, AmbiguityRule> = data.ambiguous;

/** Canonical English names by ISO code. */
export const COUNTRY_NAMES = new Map<string, string>();

function buildAliases(): Map<string, CountryAlias> {
  const byText = new Map<string, CountryAlias>();
  const demonymCount = new Map<string, number>();
  for (const c of countries) {
    const d = c.demonyms?.['eng'];
    for (const form of new Set([d?.m, d?.f].filter(Boolean) as string[])) demonymCount.set(form, (demonymCount.get(form) ?? 0) + 1);
  }
  const add = (text: string, code: string, kind: CountryAliasKind, curated: boolean): void => {
    if (!text || (!curated && IGNORE.has(text))) return;
    if (!curated && byText.has(text)) return;
    // Only Latin-script spellings occur in English prose; short codes like "KP" are left to the curated list.
    if (!curated && (!/^[A-Za-z\u00C0-\u024F .'’-]+$/.test(text) || text.length <= 3 || text.includes(','))) return;
    const existing = byText.get(text);
    if (existing && curated && existing.kind === 'name' && kind === 'demonym') return;
    byText.set(text, { text, code, kind });
  };
  for (const c of countries) {
    COUNTRY_NAMES.set(c.cca2, c.name.common);
    add(c.name.common, c.cca2, 'name', false);
    add(c.name.official, c.cca2, 'name', false);
    for (const alt of c.altSpellings) add(alt, c.cca2, 'name', false);
    const d = c.demonyms?.['eng'];
    for (const form of new Set([d?.m, d?.f].filter(Boolean) as string[])) {
      if ((demonymCount.get(form) ?? 0) === 1) add(form, c.cca2, 'demonym', false);
    }
  }
  for (const [code, list] of Object.entries(data.aliases)) for (const t of list) add(t, code, 'name', true);
  for (const [code, list] of Object.entries(data.demonyms)) for (const t of list) add(t, code, 'demonym', true);
  // Capitals of UN members stand for their governments ("Manila said"); small or name-like ones are left out.
  const ambiguousCapitals = new Set(data.ambiguousCapitals);
  for (const c of countries) {
    if (!c.unMember) continue;
    for (const capital of c.capital ?? []) if (!ambiguousCapitals.has(capital) && !byText.has(capital)) add(capital, c.cca2, 'seat', true);
  }
  for (const [code, list] of Object.entries(data.governmentSeats)) {
    for (const t of list) {
      add(t, code, 'seat', true);
      if (t.startsWith('the ')) add('The ' + t.slice(4), code, 'seat', true);
    }
  }
  for (const rule of data.contextual) {
    for (const t of [rule.phrase, rule.phrase.replace(/^the /, 'The ')]) {
      byText.set(t, { text: t, code: rule.country, kind: 'context', requires: rule.requires });
    }
  }
  // Typeset apostrophes: "Democratic People’s Republic of Korea".
  for (const [text, alias] of [...byText]) if (text.includes("'")) byText.set(text.replace(/'/g, '’'), { ...alias, text: text.replace(/'/g, '’') });
  return byText;
}

export const COUNTRY_ALIASES = buildAliases();

/** Phrases that stand for a country only in context, in both capitalisations. */
export const CONTEXT_PHRASES: string[] = [...COUNTRY_ALIASES.values()].filter((a) => a.kind === 'context').map((a) => a.text);

/** Country names only (no demonyms, seats or context phrases): for title complements like "Envoy for North Korea". */
export const COUNTRY_NAME_PATTERN = [...COUNTRY_ALIASES.values()]
  .filter((a) => a.kind === 'name')
  .map((a) => a.text)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');

/** One spelling per capital: "Pyeongyang" and "Kiev" become "Pyongyang" and "Kyiv"; other place names stay as written. */
export function canonicalPlace(text: string): string {
  const alias = COUNTRY_ALIASES.get(text);
  if (!alias || alias.kind !== 'seat' || !/^\p{Lu}/u.test(text) || text.startsWith('The ')) return text;
  const capital = countries.find((c) => c.cca2 === alias.code)?.capital?.[0];
  if (!capital || capital.startsWith(text) || text.startsWith(capital)) return text;
  return capital;
}

export function countryName(code: string): string {
  return COUNTRY_NAMES.get(code) ?? code;
}

export function isCountryAlias(text: string): boolean {
  return COUNTRY_ALIASES.has(text);
}
