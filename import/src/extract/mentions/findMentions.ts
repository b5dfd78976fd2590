// Finds the spans of each sentence that may name an actor: entity labels from the backbone, gazetteers, titles, pronouns.
import {
  AMBIGUITY,
  countriesNamedWith,
  countryAlias,
  countryAliasWords,
  sharedNameCodes,
} from '../knowledge/countries';
import { knownOrganization, organizationWords } from '../knowledge/organizations';
import { PARTY_MEMBERS, isOfficeWord } from '../knowledge/titles';
import { caseOf, childrenWith, hasChild, type ArticleDocument, type Sentence, type Token } from '../syntax/document';
import type { Mention } from './mention';

/** Heads of organisation names that make a national body when a country is named in them ("Russian Defense Ministry"). */
const NATIONAL_BODY_HEADS = new Set([
  'ministry',
  'department',
  'embassy',
  'government',
  'parliament',
  'army',
  'navy',
  'military',
  'guard',
  'guards',
  'force',
  'forces',
  'party',
  'agency',
  'council',
  'office',
  'assembly',
  'congress',
  'senate',
  'committee',
  'commission',
  'intelligence',
  'service',
  'command',
  'corps',
  'cabinet',
  'presidency',
  'regime',
  'administration',
]);

/** Lemmas of the third-person singular pronouns ("him", "his" lemmatise to "he"). */
const PRONOUN_LEMMAS = new Set(['he', 'she']);

/** Prefixes that make a hyphenated compound an attitude, not two names: "pro-Russian", "anti-American". */
const PREFIXES = new Set(['pro', 'anti', 'non', 'post', 'pre', 'ex', 'neo', 'pan', 'counter']);

/** Compass words that name a country in context: "the North" in an article about the two Koreas. */
const COMPASS = new Set(['North', 'South', 'East', 'West']);

interface NerSpan {
  label: string;
  start: number;
  end: number;
}

function nerSpans(s: Sentence): NerSpan[] {
  const spans: NerSpan[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const label = s.tokens[i]!.ner;
    if (label === 'O') continue;
    let j = i + 1;
    while (j < s.tokens.length && s.tokens[j]!.ner === label) j++;
    spans.push({ label, start: i, end: j });
    i = j - 1;
  }
  return spans;
}

/** The token of [start, end) whose head lies outside the span: the span's syntactic head. */
export function spanHead(s: Sentence, start: number, end: number): number {
  if (!s.parsed) return end - 1;
  for (let i = end - 1; i >= start; i--) {
    const h = s.tokens[i]!.head!;
    if (h < start || h >= end) return i;
  }
  return end - 1;
}

function spanText(doc: ArticleDocument, s: Sentence, start: number, end: number): string {
  return doc.text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end);
}

/** The ambiguity rules of the alias file, read on the text around the span. */
function passesAmbiguity(doc: ArticleDocument, s: Sentence, start: number, end: number, text: string): boolean {
  const rule = AMBIGUITY.get(text);
  if (rule === undefined) return true;
  const before = doc.text.slice(Math.max(0, s.tokens[start]!.start - 40), s.tokens[start]!.start).trimEnd();
  const after = doc.text.slice(s.tokens[end - 1]!.end, s.tokens[end - 1]!.end + 40);
  if (rule.notPrecededBy?.some((p) => before.endsWith(p))) return false;
  if (rule.notFollowedBy?.some((p) => after.startsWith(p))) return false;
  const previous = s.tokens[start - 1];
  const next = s.tokens[end];
  if (rule.notPrecededByCapitalizedWord && previous !== undefined && previous.pos === 'NNP' && start > 0) return false;
  if (rule.notFollowedByCapitalizedWord && next !== undefined && next.pos === 'NNP') return false;
  return true;
}

/**
 * A country's name ending a longer place name the backbone labels is another place: "New Jersey", "New Mexico",
 * "Northern Ireland" (a longer name that is a country itself was tried first: "Papua New Guinea"). Not when the words
 * before it name a country too ("Russia Ukraine" in a headline).
 */
function endsLongerPlace(doc: ArticleDocument, s: Sentence, spans: NerSpan[], start: number, end: number): boolean {
  const place = spans.find((sp) => sp.label === 'LOCATION' && sp.start < start && sp.end === end);
  if (place === undefined) return false;
  for (let t = place.start; t < start; t++) if (countryAlias(s.tokens[t]!.text) !== undefined) return false;
  return countryAlias(spanText(doc, s, place.start, start)) === undefined;
}

/** Words that only come before a person's name. */
const HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Mx', 'Mx.']);

/**
 * Country and organisation names, longest first, that the entity labels do not contradict. A country named inside an
 * organisation's name is kept apart (`insideNames`): it counts only if that name turns out to be a national body.
 */
function gazetteerMentions(doc: ArticleDocument, s: Sentence, spans: NerSpan[], insideNames: Set<Mention>): Mention[] {
  const found: Mention[] = [];
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!.text;
    const c = first.charCodeAt(0);
    // Names start with a capital or a digit ("G7"); the common lower-case word is skipped without a regex.
    if (c >= 97 && c <= 122) continue;
    if (!/^[\p{Lu}\d]/u.test(first)) continue;
    const longest = Math.max(countryAliasWords(first), organizationWords(first));
    for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
      const text = spanText(doc, s, i, i + n);
      const org = knownOrganization(text);
      const country = org === undefined ? countryAlias(text) : undefined;
      if (org === undefined && country === undefined) continue;
      // Inside a longer name the backbone labels a person or an organisation, the alias is part of that name
      // ("Washington Post", "General Assembly of the Presbyterian Church", "Jordan Peterson").
      const container = spans.find(
        (sp) => sp.start <= i && sp.end >= i + n && sp.end - sp.start > n && sp.label !== 'LOCATION',
      );
      const inside =
        container !== undefined && knownOrganization(spanText(doc, s, container.start, container.end)) === undefined;
      if (inside && (country === undefined || country.kind === 'seat' || container.label !== 'ORGANIZATION')) break;
      if (country !== undefined && endsLongerPlace(doc, s, spans, i, i + n)) break;
      // After an honorific a name is a person's: "Mr Holland", "Ms Jordan".
      if (country !== undefined && HONORIFICS.has(tokens[i - 1]?.text ?? '')) break;
      if (!passesAmbiguity(doc, s, i, i + n, text)) break;
      const head = spanHead(s, i, i + n);
      const mention: Mention =
        org !== undefined
          ? {
              sentence: s.index,
              start: i,
              end: i + n,
              head,
              text,
              via: 'organization',
              organization: org,
              ...(org.country ? { country: org.country } : {}),
            }
          : { sentence: s.index, start: i, end: i + n, head, text, via: country!.kind, country: country!.code };
      found.push(mention);
      if (inside) insideNames.add(mention);
      i += n - 1;
      break;
    }
  }
  return found;
}

/**
 * Organisation names the gazetteer does not know: a national body when a country is named in it ("the Russian
 * Defense Ministry"), otherwise an organisation the graph does not keep (a newspaper, a church assembly).
 */
function nationalBodies(doc: ArticleDocument, s: Sentence, spans: NerSpan[], known: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const sp of spans) {
    if (sp.label !== 'ORGANIZATION') continue;
    if (known.some((m) => m.start <= sp.start && m.end >= sp.end)) continue;
    // The nationality often precedes the label's span: "Iranian Foreign Ministry" labels only "Foreign Ministry".
    let start = sp.start;
    while (start > 0 && countryAlias(s.tokens[start - 1]!.text) !== undefined) start--;
    const inner = known.find((m) => m.start >= start && m.end <= sp.end && m.country !== undefined && m.via !== 'seat');
    const last = s.tokens[sp.end - 1]!;
    if (inner === undefined || !NATIONAL_BODY_HEADS.has(last.lemma)) continue;
    const text = spanText(doc, s, start, sp.end);
    out.push({
      sentence: s.index,
      start,
      end: sp.end,
      head: spanHead(s, start, sp.end),
      text,
      via: 'organization',
      country: inner.country!,
    });
  }
  return out;
}

/** Head nouns of national bodies written in lower case ("the South Korean ministry of foreign affairs"). */
const BODY_NOUNS = new Set(['ministry', 'embassy', 'department', 'office']);

/**
 * National bodies read from the parse: a body noun with its state as possessor, nationality or compound ("Seoul's
 * foreign ministry", "the South Korean ministry of foreign affairs"); the body's own words become its name.
 */
function parsedBodies(doc: ArticleDocument, s: Sentence, taken: Mention[]): Mention[] {
  if (!s.parsed) return [];
  const out: Mention[] = [];
  for (const t of s.tokens) {
    if (
      !BODY_NOUNS.has(t.lemma) ||
      !t.pos.startsWith('NN') ||
      taken.some((m) => m.start <= t.i && t.i < m.end && m.via === 'organization')
    )
      continue;
    const owner = taken.find(
      (m) =>
        m.country !== undefined &&
        m.via !== 'organization' &&
        s.tokens[m.head]!.head === t.i &&
        ['nmod:poss', 'amod', 'compound'].includes(s.tokens[m.head]!.rel),
    );
    if (owner === undefined) continue;
    const words = t.children
      .map((c) => s.tokens[c]!)
      .filter((c) => (c.rel === 'compound' || c.rel === 'amod') && c.i > owner.end - 1);
    const of = childrenWith(s, t, 'nmod').filter((c) => caseOf(s, c) === 'of' && c.i > t.i);
    const start = Math.min(t.i, ...words.map((w) => w.i));
    const end = of.length > 0 ? of[0]!.i + 1 : t.i + 1;
    const text = doc.text.slice(s.tokens[start]!.start, s.tokens[end - 1]!.end);
    out.push({ sentence: s.index, start, end, head: t.i, text, via: 'organization', country: owner.country! });
  }
  return out;
}

/**
 * Hyphenated compounds of names: "Trump-Kim summit", "U.S.-China talks", "U.S.-led coalition", and a last part that
 * goes on past the hyphen ("the US-North Korea summit").
 */
function nameParts(doc: ArticleDocument, s: Sentence, t: Token): Mention[] {
  if (!t.text.includes('-')) return [];
  const inName = t.ner === 'PERSON' && (s.tokens[t.i - 1]?.ner === 'PERSON' || s.tokens[t.i + 1]?.ner === 'PERSON');
  if (inName) return [];
  const parts = t.text.split('-');
  if (parts.length < 2 || parts.some((p) => p === '') || PREFIXES.has(parts[0]!.toLowerCase())) return [];
  const out: Mention[] = [];
  parts.forEach((part, k) => {
    let country = countryAlias(part);
    let end = t.i + 1;
    if (k === parts.length - 1) {
      for (let n = Math.min(3, s.tokens.length - t.i - 1); n >= 1; n--) {
        const longer = countryAlias(`${part} ${doc.text.slice(s.tokens[t.i + 1]!.start, s.tokens[t.i + n]!.end)}`);
        if (longer !== undefined) {
          [country, end] = [longer, t.i + 1 + n];
          break;
        }
      }
    }
    const head = end - 1;
    if (country !== undefined && country.kind !== 'seat') {
      out.push({ sentence: s.index, start: t.i, end, head, text: part, via: country.kind, country: country.code });
    } else if (/^\p{Lu}\p{Ll}+$/u.test(part)) {
      const org = knownOrganization(part);
      if (org !== undefined)
        out.push({
          sentence: s.index,
          start: t.i,
          end: t.i + 1,
          head: t.i,
          text: part,
          via: 'organization',
          organization: org,
        });
      else out.push({ sentence: s.index, start: t.i, end: t.i + 1, head: t.i, text: part, via: 'name-part' });
    }
  });
  // "Pro-Russian", "Anti-American": one name and a prefix; a single person part is only a candidate for linking.
  return out.length >= 1 && out.some((m) => m.via !== 'name-part') ? out : out.length >= 2 ? out : [];
}

/**
 * Where a labelled name really ends: page chrome glued to a name ("Steven Mnuchin Steven Terner MnuchinNew book")
 * shows as a word that repeats the name's first word, a formal first name followed by the name's own first word in
 * brackets ("Matt Gaetz Matthew (Matt) Gaetz"), or a word whose capitals run on ("MnuchinNew").
 */
function nameEnd(s: Sentence, start: number, end: number): number {
  const first = s.tokens[start]!.text;
  for (let i = start + 1; i < end; i++) {
    const text = s.tokens[i]!.text;
    if (text === first) return i;
    if (s.tokens[i + 1]?.text === '(' && s.tokens[i + 2]?.text === first && s.tokens[i + 3]?.text === ')') return i;
    if (/\p{Ll}\p{Lu}/u.test(text) && !/^(?:Mc|Mac|De|Di|La|Le|Van|Von|O')/.test(text)) return i;
  }
  return end;
}

/** Name particles the tagger leaves out of a name: "Musaed al-Aiban", "Mohammed bin Salman", "Ursula von der Leyen". */
const NAME_PARTICLE = /^(?:al|el|bin|ibn|abu|bint|ben|van|von|der|de|da|di|du|la|le)$/;
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|abu)-\p{Lu}/u;

function extendName(s: Sentence, end: number): number {
  let e = end;
  while (e < s.tokens.length) {
    const t = s.tokens[e]!;
    if (PARTICLE_NAME.test(t.text)) e++;
    else if (NAME_PARTICLE.test(t.text) && /^\p{Lu}/u.test(s.tokens[e + 1]?.text ?? '')) e += 2;
    else break;
  }
  return e;
}

/** Persons the backbone labels, minus spans already read as countries or organisations. */
function personMentions(doc: ArticleDocument, s: Sentence, spans: NerSpan[], taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const raw of spans) {
    if (raw.label !== 'PERSON') continue;
    const sp = { ...raw, end: nameEnd(s, raw.start, extendName(s, raw.end)) };
    let start = sp.start;
    // Titles the tagger sometimes folds into the name: "President Trump" labelled as one person.
    while (start < sp.end && isOfficeWord(s.tokens[start]!.lemma)) start++;
    if (start >= sp.end) continue;
    if (taken.some((m) => m.start < sp.end && sp.start < m.end)) continue;
    out.push({
      sentence: s.index,
      start,
      end: sp.end,
      head: spanHead(s, start, sp.end),
      text: spanText(doc, s, start, sp.end),
      via: 'person',
    });
  }
  return out;
}

const THE: ReadonlySet<string> = new Set(['the']);

/**
 * Office words heading a noun phrase of their own ("the president", "the Saudi crown prince"), and a party member
 * described by party ("the Missouri Republican"); linked later.
 */
function titleMentions(s: Sentence, taken: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const t of s.tokens) {
    const described =
      PARTY_MEMBERS.has(t.lemma.toLowerCase()) && t.pos === 'NNP' && s.parsed && hasChild(s, t, 'det', THE);
    if (!t.pos.startsWith('NN') || !(isOfficeWord(t.lemma) || described)) continue;
    // A bare "counterpart(s)" stands for the states it is owned by ("his British and French counterparts"), read by
    // the frames; only a name after it makes a person ("his Chinese counterpart Li Qiang").
    if (t.lemma === 'counterpart') continue;
    if (taken.some((m) => m.start <= t.i && t.i < m.end)) continue;
    // Inside a name phrase ("President Trump", "Zarif, the foreign minister") the title belongs to the person.
    if (s.parsed && (t.rel === 'compound' || t.rel === 'amod' || t.rel === 'flat')) continue;
    out.push({ sentence: s.index, start: t.i, end: t.i + 1, head: t.i, text: t.text, via: 'title' });
  }
  return out;
}

/** Predicates whose "it" is a placeholder ("it is impossible to", "it seems that"), never a state. */
const EXPLETIVE_HEADS = new Set(['be', 'seem', 'appear', 'happen', 'remain', 'matter', 'take', 'mean', 'become']);

/**
 * "It" and "its" stand for a state or a body only as the subject or the possessor of a parsed clause ("Russia said it
 * would", "Iran said its forces"); as an object, or as the placeholder of "it is clear that", they stand for things.
 */
function standsForActor(s: Sentence, t: Token): boolean {
  if (!s.parsed || t.head === undefined || t.head < 0) return false;
  const head = s.tokens[t.head]!;
  if (t.rel === 'nmod:poss') return t.pos === 'PRP$';
  if (t.rel !== 'nsubj' && t.rel !== 'nsubj:pass') return false;
  if (!head.pos.startsWith('VB') || EXPLETIVE_HEADS.has(head.lemma)) return false;
  return !head.children.some((c) => ['cop', 'csubj', 'expl'].includes(s.tokens[c]!.rel));
}

function pronounMentions(s: Sentence): Mention[] {
  return s.tokens
    .filter(
      (t) =>
        (t.pos === 'PRP' || t.pos === 'PRP$') &&
        (PRONOUN_LEMMAS.has(t.lemma) || ((t.lemma === 'it' || t.lemma === 'its') && standsForActor(s, t))),
    )
    .map((t) => ({ sentence: s.index, start: t.i, end: t.i + 1, head: t.i, text: t.text, via: 'pronoun' as const }));
}

/**
 * "the North" / "the South", and a name two states share ("Congo"): a country only when exactly one country of the
 * article fits, named in full elsewhere.
 */
function contextMentions(doc: ArticleDocument, found: Mention[][]): void {
  const named = new Set(
    found
      .flat()
      .filter((m) => m.via === 'name' || m.via === 'demonym')
      .map((m) => m.country!),
  );
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      const shared = sharedNameCodes(t.text)?.filter((c) => named.has(c));
      if (
        shared?.length === 1 &&
        !found[s.index]!.some((m) => m.start <= t.i && t.i < m.end) &&
        s.tokens[t.i + 1]?.pos !== 'NNP'
      ) {
        found[s.index]!.push({
          sentence: s.index,
          start: t.i,
          end: t.i + 1,
          head: t.i,
          text: t.text,
          via: 'context',
          country: shared[0]!,
        });
        continue;
      }
      if (!COMPASS.has(t.text) || t.i === 0 || s.tokens[t.i - 1]!.lemma !== 'the') continue;
      const next = s.tokens[t.i + 1];
      if (next !== undefined && /^\p{Lu}/u.test(next.text)) continue; // "the North Atlantic"
      if (found[s.index]!.some((m) => m.start <= t.i && t.i < m.end)) continue;
      const codes = countriesNamedWith(`${t.text} `).filter((c) => named.has(c));
      if (codes.length !== 1) continue;
      found[s.index]!.push({
        sentence: s.index,
        start: t.i,
        end: t.i + 1,
        head: t.i,
        text: `the ${t.text}`,
        via: 'context',
        country: codes[0]!,
      });
    }
  }
}

/** Every candidate mention of the article, per sentence, in token order. */
export function findMentions(doc: ArticleDocument): Mention[][] {
  const found = doc.sentences.map((s) => {
    const spans = nerSpans(s);
    const insideNames = new Set<Mention>();
    const gazetteer = gazetteerMentions(doc, s, spans, insideNames);
    const bodies = nationalBodies(doc, s, spans, gazetteer);
    const named = [
      ...bodies,
      ...gazetteer.filter((m) => !insideNames.has(m) && !bodies.some((b) => b.start <= m.start && m.end <= b.end)),
    ];
    // Only hyphenated words have name parts ("Trump-Kim"); testing that first spares the overlap scan.
    const parts = s.tokens.flatMap((t) =>
      !t.text.includes('-') || named.some((m) => m.start <= t.i && t.i < m.end) ? [] : nameParts(doc, s, t),
    );
    const persons = personMentions(doc, s, spans, [...named, ...parts]);
    const bodiesParsed = parsedBodies(doc, s, [...named, ...parts]);
    const taken = [...named, ...parts, ...persons, ...bodiesParsed];
    return [...taken, ...titleMentions(s, taken), ...pronounMentions(s)].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
  });
  contextMentions(doc, found);
  for (const list of found) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return found;
}
