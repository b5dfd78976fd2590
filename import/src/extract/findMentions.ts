// All actor mentions of one sentence (officials, organisations, countries), non-overlapping, with actor records registered.
import type { ActorRegistry } from './actorRegistry';
import { countryName } from './countryGazetteer';
import { findCountries } from './findCountries';
import { findOfficials, noteNonActors, type OfficialContext } from './findOfficials';
import { findOrganizations } from './findOrganizations';
import { resolveOverlaps, type Mention } from './mention';

/** Countries and organisations of a sentence: computed once, read by both passes over the article. */
export interface SentenceActors {
  countries: Mention[];
  orgs: Mention[];
}

export function findSentenceActors(sentence: string, articleCodes: ReadonlySet<string>, registry: ActorRegistry): SentenceActors {
  const countries = findCountries(sentence, articleCodes);
  return { countries, orgs: findOrganizations(sentence, countries, registry) };
}

/**
 * Before `officials.finalize()` this only records who the article introduces and returns nothing;
 * afterwards it returns the sentence's resolved mentions.
 */
export function findMentions(sentence: string, found: SentenceActors, officials: OfficialContext, registry: ActorRegistry): Mention[] {
  const { countries, orgs } = found;
  if (!officials.finalized) {
    noteNonActors(sentence, officials);
    findOfficials(sentence, countries, orgs, officials);
    return [];
  }
  const people = findOfficials(sentence, countries, orgs, officials);
  const mentions = resolveOverlaps([...people, ...orgs, ...countries]);
  for (const m of mentions) {
    if (m.kind === 'Country') {
      const code = m.id.slice('country:'.length);
      registry.add({ id: m.id, kind: 'Country', name: countryName(code), country: code }, m.text.replace(/^[Tt]he\s+/, '').replace(/['’]s$/, ''));
    }
  }
  return mentions;
}
