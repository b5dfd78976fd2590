// Known international and national organisations (curated data file), looked up by name or alias.
import orgData from '../../../data/organizations.json';
import { aliasKey, firstWords, straightQuotes } from './countries';

export interface KnownOrganization {
  key: string;
  name: string;
  aliases: string[];
  /** ISO code of a national body (a ministry, a party, a state agency); null for international ones. */
  country: string | null;
}

const ORGANIZATIONS: KnownOrganization[] = (orgData as { organizations: KnownOrganization[] }).organizations;

const BY_TEXT = new Map<string, KnownOrganization>();
for (const org of ORGANIZATIONS)
  for (const text of [org.name, ...org.aliases]) BY_TEXT.set(aliasKey(text.replace(/^the /i, '')), org);

const STARTS = firstWords(BY_TEXT.keys());

/** How many words an organisation name starting with this word can have (0: none starts with it). */
export function organizationWords(first: string): number {
  return STARTS.get(straightQuotes(first)) ?? 0;
}

/** Names match as written (case matters: "WHO" is the organisation, "who" is not). */
export function knownOrganization(text: string): KnownOrganization | undefined {
  return BY_TEXT.get(aliasKey(text));
}
