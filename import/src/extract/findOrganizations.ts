// Finds organisations: known international bodies, parties and agencies, and national ministries named with their country.
import type { ActorRegistry } from './actorRegistry';
import { organizationId } from './ids';
import { isWordChar, type Mention } from './mention';
import { ORGANIZATION_BY_TEXT, ORGANIZATION_PATTERN } from './organizationGazetteer';

const KNOWN = new RegExp(ORGANIZATION_PATTERN, 'gu');
// "Foreign Ministry", "defence ministry", "Ministry of External Economic Relations", "ministries of foreign affairs, unification and defense".
const AREA_WORD = "(?:(?!and\\b)[A-Za-z][a-z]+)";
const MINISTRY = new RegExp(
  `\\b(?:((?:[Ff]oreign|[Dd]efen[cs]e|[Uu]nification|[Ii]nterior|[Ff]inance|[Tt]rade|[Jj]ustice|[Hh]ealth|[Ee]nergy|[Ee]conomy|[Cc]ommerce|[Ee]ducation|[Aa]griculture|[Ee]nvironment|[Ii]ndustry|[Hh]ome|[Ee]xternal [Aa]ffairs|[Ff]oreign [Aa]ffairs|[Ii]nformation|[Ss]ecurity|[Ee]mergency [Ss]ituations)\\s+[Mm]inistry)` +
    `|([Mm]inistry\\s+of\\s+(?:the\\s+)?${AREA_WORD}(?:\\s+(?:and\\s+)?${AREA_WORD}){0,3})` +
    `|([Mm]inistries\\s+of\\s+${AREA_WORD}(?:\\s+${AREA_WORD})?(?:\\s*,\\s*${AREA_WORD}(?:\\s+${AREA_WORD})?)*(?:,?\\s+and\\s+${AREA_WORD}(?:\\s+${AREA_WORD})?)?))`,
  'gu',
);
const STOP_AREA = new Set(['as', 'well', 'in', 'on', 'at', 'to', 'for', 'said', 'says', 'which', 'that', 'who', 'was', 'is', 'has', 'had', 'will', 'the', 'with', 'from', 'by', 'and', 'of', 'its', 'their']);

function titleCase(words: string[]): string {
  return words.map((w) => (w === 'and' || w === 'of' || w === 'the' ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join(' ');
}

/** "Foreign" -> "Foreign Affairs", "Defence" -> "Defense": one canonical name per ministry. */
export function normalizeMinistryArea(area: string): string {
  const words = area.trim().split(/\s+/).map((w) => w.toLowerCase());
  let text = words.join(' ');
  if (text === 'foreign') text = 'foreign affairs';
  text = text.replace(/\bdefence\b/g, 'defense');
  return titleCase(text.split(' '));
}

function areaWords(raw: string): string[] {
  const words = raw.split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    if (STOP_AREA.has(w.toLowerCase()) && w.toLowerCase() !== 'and' && w.toLowerCase() !== 'the') break;
    out.push(w);
  }
  while (out.length > 0 && /^(?:and|the|of)$/i.test(out[out.length - 1]!)) out.pop();
  return out;
}

/** The country a ministry belongs to: a country mention right before it ("South Korea's", "the Russian") or "of X" right after. */
function ministryCountry(sentence: string, start: number, end: number, countries: Mention[]): { code: string; start: number; end: number } | null {
  for (const c of countries) {
    const between = sentence.slice(c.end, start);
    if (c.end <= start && /^(?:['’]s)?\s+(?:the\s+)?$/.test(between)) return { code: c.id.slice('country:'.length), start: c.start, end };
    const after = sentence.slice(end, c.start);
    if (c.start >= end && /^\s+of\s+(?:the\s+)?$/.test(after)) return { code: c.id.slice('country:'.length), start, end: c.end };
  }
  return null;
}

export function findOrganizations(sentence: string, countries: Mention[], registry: ActorRegistry): Mention[] {
  const out: Mention[] = [];
  KNOWN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KNOWN.exec(sentence)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (isWordChar(sentence[start - 1]) || (!m[0].endsWith('.') && isWordChar(sentence[end]))) {
      KNOWN.lastIndex = start + 1;
      continue;
    }
    const org = ORGANIZATION_BY_TEXT.get(m[0])!;
    const id = org.country ? organizationId(org.key, org.country) : `organization:${org.key}`;
    registry.add({ id, kind: 'Organization', name: org.name, country: org.country }, m[0]);
    out.push({ id, kind: 'Organization', start, end, text: m[0], place: false, via: 'organization' });
  }
  MINISTRY.lastIndex = 0;
  while ((m = MINISTRY.exec(sentence)) !== null) {
    const start = m.index;
    let areas: string[] = [];
    let end = start + m[0].length;
    if (m[1]) {
      areas = [m[1].replace(/\s+[Mm]inistry$/, '')];
    } else if (m[2]) {
      const words = areaWords(m[2].replace(/^[Mm]inistry\s+of\s+/, ''));
      if (words.length === 0) continue;
      areas = [words.join(' ')];
      end = sentence.indexOf(words[words.length - 1]!, start) + words[words.length - 1]!.length;
    } else if (m[3]) {
      areas = m[3].replace(/^[Mm]inistries\s+of\s+/, '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((a) => areaWords(a).join(' ')).filter(Boolean);
      const last = areas[areas.length - 1];
      if (last) end = start + m[3].lastIndexOf(last) + last.length;
    }
    const owner = ministryCountry(sentence, start, end, countries);
    if (!owner) continue;
    for (const area of areas) {
      const name = `Ministry of ${normalizeMinistryArea(area)}`;
      const id = organizationId(name, owner.code);
      registry.add({ id, kind: 'Organization', name, country: owner.code }, sentence.slice(start, end));
      // The span takes in its country ("South Korea's Foreign Ministry") so the country is not read as a separate actor.
      out.push({ id, kind: 'Organization', start: owner.start, end: owner.end, text: sentence.slice(owner.start, owner.end), place: false, via: 'organization' });
    }
  }
  return out;
}
