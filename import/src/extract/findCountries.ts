// Finds countries in a sentence by name, abbreviation, demonym, seat of government or context phrase, and tells places from actors.
import { AMBIGUITY, COUNTRY_ALIASES } from './countryGazetteer';
import { countryId } from './ids';
import { isWordChar, type Mention } from './mention';

// Aliases indexed by their first word, longest first: one lookup per capitalised word instead of a 1,500-way regex.
const FIRST_WORD = /^[^\s,;:!?()"“”\-–/]+/;
const BY_FIRST_WORD = new Map<string, string[]>();
for (const text of [...COUNTRY_ALIASES.keys()].sort((a, b) => b.length - a.length)) {
  const key = firstWordKey(text);
  const list = BY_FIRST_WORD.get(key) ?? [];
  list.push(text);
  BY_FIRST_WORD.set(key, list);
}

/** The first word without a possessive or trailing full stop, so "U.S.", "Korea's" and "Korea" share keys with their aliases. */
function firstWordKey(text: string): string {
  const word = FIRST_WORD.exec(text)?.[0] ?? text;
  return word.replace(/['’]s$/, '').replace(/[.'’]+$/, '');
}
// Where an alias can start: a capital letter, or "the" for context phrases and seats ("the North", "the Kremlin").
const CANDIDATE_START = /(?<![\p{L}\p{N}])(?:\p{Lu}|the\s)/gu;

// Words before a name that make it a location rather than an actor ("in Washington", "a visit to Seoul").
const PLACE_BEFORE = /(?:\b(?:in|at|into|near|across|inside|outside|around|via|toward|towards|through|throughout|within|to|from|visited|visiting|visits|visit|arrived in|left for|headed for|flew to|the capital|capital|city of|streets of|off|border with)\s+(?:the\s+)?)$/i;
// ...unless the name stands for people of that government ("officials in Seoul", "envoys from Tokyo").
const GOVERNMENT_BEFORE = /\b(?:officials?|diplomats?|delegat(?:es|ions?)|authorities|leaders?|counterparts?|envoys?|negotiators?|ministers?|government|representatives?)\s+(?:in|from|of)\s+(?:the\s+)?$/i;
// The name is being introduced as the place of something, then followed by a comma and a broader place ("in Hanoi, Vietnam").
const AFTER_PLACE_COMMA = /^\s*,\s*(?:D\.?C\.?|DC)\b/;
// A name that labels an event by where it happened ("the Hanoi summit", "the Singapore talks").
const EVENT_AFTER = /^\s+(?:summit|talks|meeting|conference|declaration|agreement|accords?|process|negotiations|round|forum|format|dialogue|statement)\b/;

export function isPlaceContext(before: string): boolean {
  if (GOVERNMENT_BEFORE.test(before)) return false;
  return PLACE_BEFORE.test(before);
}

function passesAmbiguity(text: string, sentence: string, start: number, end: number): boolean {
  const rule = AMBIGUITY[text];
  if (!rule) return true;
  const before = sentence.slice(Math.max(0, start - 30), start).trimEnd();
  const after = sentence.slice(end, end + 30);
  if (rule.notPrecededBy?.some((p) => before.endsWith(p))) return false;
  if (rule.notFollowedBy?.some((p) => after.startsWith(p))) return false;
  if (rule.notPrecededByCapitalizedWord && /(?:^|\s)\p{Lu}[\p{L}.'’-]*$/u.test(before) && !/[.!?:]\s*$/.test(before) && before.length > 0) {
    // A capitalised word right before ("Michael Jordan") makes it a person; sentence-initial words do not count.
    if (start > 0 && !/^(?:The|In|And|But|With|From|To|For|Of|At|By|On|As|Both)$/.test(before.split(/\s+/).pop() ?? '')) return false;
  }
  if (rule.notFollowedByCapitalizedWord && /^\s+\p{Lu}/u.test(after)) return false;
  return true;
}

/**
 * Country mentions in a sentence. `articleCodes` holds the countries the article names outright; context phrases
 * ("the North") only count when their required countries are among them.
 */
export function findCountries(sentence: string, articleCodes: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  CANDIDATE_START.lastIndex = 0;
  let c: RegExpExecArray | null;
  let resumeAt = 0;
  while ((c = CANDIDATE_START.exec(sentence)) !== null) {
    const start = c.index;
    if (start < resumeAt) continue;
    const candidates = BY_FIRST_WORD.get(firstWordKey(sentence.slice(start, start + 40)));
    if (!candidates) continue;
    let text: string | undefined;
    let alias: ReturnType<typeof COUNTRY_ALIASES.get>;
    for (const t of candidates) {
      if (!sentence.startsWith(t, start)) continue;
      const a = COUNTRY_ALIASES.get(t)!;
      const e = start + t.length;
      const okBefore = sentence[start - 1] !== '-' || /^\p{Lu}/u.test(t);
      const okAfter = t.endsWith('.') || !isWordChar(sentence[e]);
      if (!okBefore || !okAfter || !passesAmbiguity(t, sentence, start, e)) continue;
      if (a.kind === 'context' && (!(a.requires ?? []).every((code) => articleCodes.has(code)) || /^\s+\p{Lu}/u.test(sentence.slice(e, e + 3)))) continue;
      text = t;
      alias = a;
      break;
    }
    if (!text || !alias) continue;
    const end = start + text.length;
    resumeAt = end;
    const before = sentence.slice(Math.max(0, start - 40), start);
    let place = isPlaceContext(before) || AFTER_PLACE_COMMA.test(sentence.slice(end));
    if (alias.kind !== 'demonym' && sentence[start - 1] !== '-' && EVENT_AFTER.test(sentence.slice(end, end + 20))) place = true;
    // Half of a pair ("the US-North Korea summit", "Pyongyang-Washington talks") names a party, not a location.
    if (/^[-–]\s*\p{Lu}/u.test(sentence.slice(end, end + 3)) || /[-–]$/.test(sentence.slice(0, start))) place = false;
    // "University of Lisbon", "the mayor of London": a capital after "of" names the city.
    if (alias.kind === 'seat' && /\bof\s+(?:the\s+)?$/.test(before) && !GOVERNMENT_BEFORE.test(before)) place = true;
    // A demonym before a noun ("Russian lawmakers") is an actor, unless the noun is a place ("the Vietnamese capital").
    if (alias.kind === 'demonym') place = /^\s+(?:capital|city|town|village|border|coast|coastline|waters|territory|soil|port|island|islands|mainland|countryside|resort)\b/.test(sentence.slice(end, end + 16));
    out.push({ id: countryId(alias.code), kind: 'Country', start, end, text, place, via: alias.kind === 'name' ? 'name' : alias.kind });
  }
  return out;
}
