// Known international and national organisations (curated data file) and their case-sensitive matcher.
import orgData from '../../data/organizations.json';
import { escapeRegExp } from './mention';

export interface KnownOrganization {
  key: string;
  name: string;
  aliases: string[];
  country: string | null;
}

export const ORGANIZATIONS: KnownOrganization[] = (orgData as { organizations: KnownOrganization[] }).organizations;

/** Every name and alias, to the organisation it stands for. */
export const ORGANIZATION_BY_TEXT = new Map<string, KnownOrganization>();
for (const org of ORGANIZATIONS) {
  const forms = [org.name, ...org.aliases];
  // Typeset apostrophes: "Worker’s Party".
  for (const text of [...forms]) if (text.includes("'")) forms.push(text.replace(/'/g, '’'));
  for (const text of forms) {
    ORGANIZATION_BY_TEXT.set(text, org);
    if (text.startsWith('the ')) ORGANIZATION_BY_TEXT.set('The ' + text.slice(4), org);
  }
}

export const ORGANIZATION_PATTERN = [...ORGANIZATION_BY_TEXT.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
