// All actor mentions of one sentence (officials, organisations, countries), non-overlapping, with actor records registered.
import type { ActorRegistry } from './actorRegistry';
import { countryName } from './countryGazetteer';
import { findCountries } from './findCountries';
import { findOfficials, noteNonActors, type OfficialContext } from './findOfficials';
import { findOrganizations } from './findOrganizations';
import { resolveOverlaps, type Mention } from './mention';

export function findMentions(sentence: string, articleCodes: ReadonlySet<string>, officials: OfficialContext, registry: ActorRegistry): Mention[] {
  const countries = findCountries(sentence, articleCodes);
  const orgs = findOrganizations(sentence, countries, registry);
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
