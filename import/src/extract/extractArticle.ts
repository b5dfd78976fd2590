// The rule layer: one article's parse in, its actors, meetings and stances out (the extraction contract, one article).
import type { ActorRecord, ExtractionDocument, MeetingRecord, StanceRecord } from '../../../core/model';
import type { ParsedArticle } from '../nlp/parsedArticle';
import { SentenceMentions, rememberOwners, type ActorArgument } from './frames/arguments';
import { attributions, continuedQuotation, quotationSpeakers } from './frames/attribution';
import { evaluativeStances } from './frames/evaluativeStances';
import { meetingFrames, type MeetingClaim } from './frames/meetingFrames';
import { reactionStances } from './frames/reactionStances';
import { threatStances } from './frames/threatStances';
import { stanceFrames, type StanceClaim } from './frames/stanceFrames';
import { countryId, meetingId, officialId, organizationId, slugify } from './ids';
import { canonicalPlace, countryName as countryNameOf } from './knowledge/countries';
import { findMentions } from './mentions/findMentions';
import { linkEntities, type LinkedArticle } from './mentions/linkEntities';
import { isActor, type Entity, type Mention } from './mentions/mention';
import { mergeMeetings } from './mergeMeetings';
import type { PreparedArticle } from './prepareArticle';
import { resolveDate } from './resolveDate';
import { GOVERNMENT_NOUNS, MEETING_NOUNS, NOMINAL_OBJECT_VERBS } from './knowledge/frameLexicon';
import { NON_OFFICE_WORDS, POSTING_NOUNS, isOfficeWord } from './knowledge/titles';
import {
  buildDocument,
  caseOf,
  childrenWith,
  coordination,
  headOf,
  type ArticleDocument,
  type Sentence,
  type Token,
} from './syntax/document';
import { repairConjoinedNames } from './syntax/conjoinedNames';
import { repairQuotedPredicates } from './syntax/quotedPredicates';
import { repairCoordinatedClauses, repairParallelClauses } from './syntax/parallelClauses';

const SUMMARY: Record<MeetingClaim['kind'], string> = {
  meeting: 'Meeting',
  talks: 'Talks',
  summit: 'Summit',
  call: 'Phone call',
  visit: 'Visit',
  conference: 'Meeting',
};

/** Nouns of place: with a nationality on them and a locative case they are a location ("in the Vietnamese capital"). */
const PLACE_NOUNS = new Set([
  'capital',
  'city',
  'border',
  'territory',
  'waters',
  'soil',
  'coast',
  'airspace',
  'port',
  'island',
  'region',
  'town',
  'village',
  'province',
  'side',
]);

/** Nouns of a line between two states, whose "with" or "of" names the other side: "its border with Serbia". */
const EDGE_NOUNS = new Set(['border', 'frontier', 'boundary', 'coast', 'coastline']);

/** Cases that make a country a location in the sentence, not an actor: "in Ukraine", "from Moscow". */
const PLACE_CASES = new Set([
  'in',
  'at',
  'from',
  'near',
  'across',
  'throughout',
  'inside',
  'within',
  'around',
  'outside',
  'into',
  'via',
  'through',
]);

/** Stable ids: countries by code; officials by name and state; bodies by gazetteer key, or name and state. */
function assignIds(linked: LinkedArticle): void {
  for (const e of linked.entities) {
    if (e.kind === 'Country') e.id = countryId(e.country!);
    else if (e.kind === 'Official') e.id = officialId(e.name, e.country);
    else if (e.kind === 'Organization')
      e.id = e.country ? organizationId(e.key ?? e.name, e.country) : `organization:${e.key ?? slugify(e.name)}`;
  }
}

function record(e: Entity): ActorRecord {
  const aliases = [...e.aliases].filter((a) => a !== e.name).sort();
  const base: ActorRecord = {
    id: e.id!,
    kind: e.kind as ActorRecord['kind'],
    name: e.name,
    aliases,
    country: e.country,
  };
  if (e.kind === 'Official') {
    base.title = e.title;
    base.organization = e.organization?.id ?? null;
  }
  return base;
}

/** The state an actor acts for: itself for a country, its state for an official or national body. */
function stateKey(e: Entity): string {
  if (e.kind === 'Country' || e.country !== null) return e.country!;
  return e.organization?.id ?? e.id!;
}

/**
 * In a sentence the parser did not see: the country ends a locative phrase, read from the surface. Walking left over
 * the phrase's list (names, commas, "and", "the") reaches its preposition: "in Kuala Lumpur, Malaysia", "in Kosovo,
 * the Gaza Strip, Iraq, Colombia and Myanmar".
 */
function inPlacePhrase(s: Sentence, m: Mention): boolean {
  for (let i = m.start - 1; i >= 0; i--) {
    const t = s.tokens[i]!;
    if (PLACE_CASES.has(t.lemma.toLowerCase())) return true;
    const partOfList = t.pos === 'NNP' || t.pos === 'NNPS' || t.pos === ',' || t.pos === 'CC' || t.lemma === 'the';
    if (!partOfList) return false;
  }
  return false;
}

/**
 * A country named only as a location ("talks in Vietnam", "the Hanoi summit") does not act in the article; one that
 * owns a government noun does ("officials in Seoul").
 */
function isPlace(doc: ArticleDocument, m: Mention, sentenceMentions: Mention[]): boolean {
  if (m.entity?.kind !== 'Country') return false;
  const s = doc.sentences[m.sentence]!;
  if (!s.parsed) return m.via !== 'demonym' && inPlacePhrase(s, m);
  const t = s.tokens[m.head]!;
  // The parser sometimes hangs a list of places on the noun before it ("worked with the UN in Kosovo, Iraq and
  // Myanmar"): a conjunct whose words reach back to a place preposition is a place.
  let first = coordination(s, t)[0]!;
  const countryAt = (x: Token): boolean => sentenceMentions.some((n) => n.head === x.i && n.entity?.kind === 'Country');
  if (m.via !== 'demonym' && first !== t && !countryAt(first) && inPlacePhrase(s, m)) return true;
  // "in Hanoi, Vietnam": the apposition of a place is the place too.
  if (first.rel === 'appos' && headOf(s, first) !== undefined) first = headOf(s, first)!;
  let head = headOf(s, first);
  if (m.via !== 'demonym' && head !== undefined) {
    const kase = caseOf(s, first);
    // "its borders with Serbia and Romania", "off the coast of Libya": the far side of a border; read off the words
    // too, for the parser often hangs such a phrase on the verb ("building a fence along its borders with").
    const preposition = childrenWith(s, first, 'case')[0];
    const before = preposition === undefined ? undefined : s.tokens[preposition.i - 1];
    const edge = (x: Token | undefined): boolean =>
      x !== undefined && x.pos.startsWith('NN') && EDGE_NOUNS.has(x.lemma);
    if ((edge(head) || edge(before)) && (kase === 'with' || kase === 'of')) return true;
    // "ambassador to Germany": where an envoy is posted.
    if (POSTING_NOUNS.has(head.lemma) && kase === 'to') return true;
  }
  // "in the Vietnamese capital": a nationality on a noun of place.
  if (m.via === 'demonym') {
    if (head === undefined || !PLACE_NOUNS.has(head.lemma)) return false;
    first = head;
    head = headOf(s, first);
  }
  if (head !== undefined && GOVERNMENT_NOUNS.has(head.lemma)) return false;
  if (first.rel === 'compound' && head !== undefined && MEETING_NOUNS.has(head.lemma)) return true;
  return (first.rel.startsWith('obl') || first.rel.startsWith('nmod')) && PLACE_CASES.has(caseOf(s, first));
}

/** Nouns of where people come from: a nationality on them is an origin, not a state ("Palestinian immigrants"). */
const ORIGIN_NOUNS = new Set([
  'heritage',
  'descent',
  'origin',
  'ancestry',
  'background',
  'immigrant',
  'emigrant',
  'migrant',
  'refugee',
  'parent',
  'family',
  'diaspora',
  'citizen',
  'national',
]);

/**
 * A nationality that tells where people come from does not name the state acting: on a noun of origin ("of Puerto
 * Rican heritage", "Palestinian immigrants") or said of someone ("His parents are Palestinian and Syrian").
 */
function namesOrigin(doc: ArticleDocument, m: Mention): boolean {
  const s = doc.sentences[m.sentence]!;
  if (m.via !== 'demonym') return false;
  if (!s.parsed) {
    // On the surface: over a list of nationalities ("Palestinian and Syrian") to the noun after it or the copula
    // before it.
    // "an Indian national": a noun of origin ends the list, whatever the tagger took it for.
    const inList = (t: Token | undefined): boolean =>
      t !== undefined && (t.pos === 'JJ' || t.pos === 'CC' || t.pos === ',') && !ORIGIN_NOUNS.has(t.lemma);
    let after = m.end;
    while (inList(s.tokens[after])) after++;
    const noun = s.tokens[after];
    if (noun !== undefined && ORIGIN_NOUNS.has(noun.lemma)) return true;
    let before = m.start - 1;
    while (inList(s.tokens[before])) before--;
    if (s.tokens[before]?.lemma === 'be' && (noun === undefined || !noun.pos.startsWith('NN'))) return true;
    // "Che Guevara, the famous Argentine revolutionary": after a name and a comma, over its determiner and
    // adjectives.
    let k = m.start - 1;
    while (k >= 0 && /^(DT|JJ|RB)/.test(s.tokens[k]!.pos)) k--;
    const afterName = s.tokens[k]?.text === ',' && s.tokens[k - 1]?.ner === 'PERSON';
    return noun !== undefined && privatePerson(s, noun, afterName);
  }
  const first = coordination(s, s.tokens[m.head]!)[0]!;
  const head = headOf(s, first);
  const modifies = first.rel === 'amod' || first.rel === 'compound';
  // "an Indian national": the tagger may take the noun for an adjective; its determiner says it is a noun.
  const nominal = (t: Token): boolean => t.pos.startsWith('NN') || childrenWith(s, t, 'det').length > 0;
  if (head !== undefined && nominal(head) && ORIGIN_NOUNS.has(head.lemma)) return modifies;
  if (head !== undefined && modifies && privatePerson(s, head, appositiveToName(s, head))) return true;
  return first.pos.startsWith('JJ') && childrenWith(s, first, 'cop').length > 0;
}

/**
 * A noun naming a person by a role that is no office: "a British journalist", or one in apposition to a name
 * (`besideName`: "Che Guevara, the famous Argentine Marxist revolutionary"). A nationality on it is the person's, not
 * a state acting.
 */
function privatePerson(s: Sentence, noun: Token, besideName: boolean): boolean {
  if (!noun.pos.startsWith('NN') || isOfficeWord(noun.lemma) || GOVERNMENT_NOUNS.has(noun.lemma)) return false;
  return NON_OFFICE_WORDS.has(noun.lemma) || besideName;
}

/** The noun is in apposition to a person's name, either way round. */
function appositiveToName(s: Sentence, noun: Token): boolean {
  const person = (t: Token | undefined): boolean => t !== undefined && t.ner === 'PERSON';
  return (noun.rel === 'appos' && person(headOf(s, noun))) || childrenWith(s, noun, 'appos').some(person);
}

/** Nouns a state's name makes the name of a past event: "the Vietnam War", "the Iraq war", "the Korean War". */
const NAMED_EVENT_NOUNS = new Set(['war']);

/** A country named only as part of an event's name ("the Iraq War") does not act in that mention. */
function namesAnEvent(doc: ArticleDocument, m: Mention): boolean {
  if (m.entity?.kind !== 'Country') return false;
  const next = doc.sentences[m.sentence]!.tokens[m.end];
  return next !== undefined && NAMED_EVENT_NOUNS.has(next.lemma.toLowerCase());
}

/**
 * Sentences of a teaser for another story: a headline-like line inside the body, and the paragraph after it, when
 * they name no actor the rest of the article names.
 */
function teaserSentences(prepared: PreparedArticle, doc: ArticleDocument, linked: LinkedArticle): Set<number> {
  const out = new Set<number>();
  const starts = prepared.paragraphStarts;
  const paragraphOf = (offset: number): number => {
    let p = -1;
    while (p + 1 < starts.length && starts[p + 1]! <= offset) p++;
    return p;
  };
  const paragraph = doc.sentences.map((s) => paragraphOf(s.start));
  for (const h of prepared.clean.headings) {
    const inside = (i: number): boolean => paragraph[i] === h || paragraph[i] === h + 1;
    const named = (pred: (i: number) => boolean): Set<Entity> =>
      new Set(
        doc.sentences
          .filter((s) => pred(s.index))
          .flatMap((s) => linked.mentions[s.index]!.map((m) => m.entity).filter(isActor)),
      );
    const teaserActors = named(inside);
    const elsewhere = named((i) => !inside(i));
    if ([...teaserActors].every((e) => !elsewhere.has(e)))
      for (const s of doc.sentences) if (inside(s.index)) out.add(s.index);
  }
  return out;
}

export function extractArticle(prepared: PreparedArticle, parsed: ParsedArticle): ExtractionDocument {
  const { clean, articleId } = prepared;
  const doc = buildDocument(prepared.text, parsed, prepared.headlineEnd);
  repairParallelClauses(doc, NOMINAL_OBJECT_VERBS);
  repairCoordinatedClauses(doc);
  repairConjoinedNames(doc);
  repairQuotedPredicates(doc);
  const linked = linkEntities(doc, findMentions(doc));
  const countries = new Map(linked.entities.filter((e) => e.kind === 'Country').map((e) => [e.country!, e]));
  const countryEntity = (code: string): Entity => {
    let e = countries.get(code);
    if (e === undefined) {
      e = { kind: 'Country', name: code, aliases: new Set(), country: code, title: null, organization: null };
      countries.set(code, e);
      linked.entities.push(e);
    }
    return e;
  };
  const stateOf = (e: Entity): Entity | undefined =>
    e.kind === 'Country' ? e : e.country ? countryEntity(e.country) : (e.organization ?? undefined);

  const teaser = teaserSentences(prepared, doc, linked);
  const meetings: MeetingClaim[] = [];
  const stances: StanceClaim[] = [];
  let recentGroup: Entity[] = [];
  let recentTwo: Entity[] = [];
  // Who the last sentence's closing quotation is by, for a next sentence that goes on quoting (continuedQuotation).
  let quoted: ActorArgument[] = [];
  const definite = new Map<string, Entity[]>();
  for (const s of doc.sentences) {
    if (teaser.has(s.index)) continue;
    const sm = new SentenceMentions(s, linked.mentions[s.index]!, stateOf);
    sm.recentGroup = recentGroup;
    sm.recentTwo = recentTwo;
    sm.definite = definite;
    if (s.parsed) rememberOwners(sm);
    const found = attributions(sm);
    found.push(...continuedQuotation(sm, found, quoted));
    quoted = quotationSpeakers(found);
    const contacts = meetingFrames(sm);
    meetings.push(...contacts);
    // "They" and "the two leaders": the contact reported last (from this sentence on), else the pair named last.
    if (contacts.length > 0) recentGroup = recentTwo = contacts[contacts.length - 1]!.participants;
    stances.push(
      ...stanceFrames(sm, found),
      ...evaluativeStances(sm, found),
      ...threatStances(sm, found),
      ...reactionStances(sm),
    );
    if (contacts.length === 0) {
      const pair = sm.namedPair();
      if (pair !== undefined) recentGroup = recentTwo = pair;
      else recentTwo = sm.namedTwo() ?? recentTwo;
    }
  }
  // Countries created for officials' states need names; give every entity its id.
  for (const e of linked.entities) if (e.kind === 'Country' && e.name === e.country) e.name = countryNameOf(e.country!);
  assignIds(linked);

  const meetingRecords = mergeMeetings(
    meetings.map((m): MeetingRecord => {
      const participants = [...new Set(m.participants.map((p) => p.id!))];
      const date = resolveDate(m.sentence.text, clean.date, m.planned ? 'future' : 'past').date;
      const place = m.place === null ? null : canonicalPlace(m.place);
      return {
        id: meetingId(articleId, participants, m.sentence.text),
        article: articleId,
        participants,
        date,
        place,
        evidence: m.sentence.text,
        confidence: m.confidence,
        planned: m.planned,
        summary: SUMMARY[m.kind],
        frame: m.frame,
      };
    }),
  );

  // One stance per (type, from, to) and article, as the graph stores it: the first sentence, the best confidence.
  const stanceRecords: StanceRecord[] = [];
  for (const st of stances) {
    if (stateKey(st.from) === stateKey(st.to)) continue;
    const same = stanceRecords.find((u) => u.type === st.type && u.from === st.from.id && u.to === st.to.id);
    if (same !== undefined) {
      if ((st.confidence ?? 0) > (same.confidence ?? 0))
        Object.assign(same, { confidence: st.confidence, evidence: st.sentence.text, frame: st.frame });
      continue;
    }
    stanceRecords.push({
      type: st.type,
      from: st.from.id!,
      to: st.to.id!,
      article: articleId,
      date: clean.date,
      evidence: st.sentence.text,
      confidence: st.confidence,
      frame: st.frame,
    });
  }

  // "Talks: Kang Kyung-wha, Mike Pompeo (Hanoi)": a line an analyst can read in a list.
  const byId = new Map(linked.entities.filter((e) => e.id !== undefined).map((e) => [e.id!, e]));
  for (const m of meetingRecords) {
    const names = m.participants.map((id) => byId.get(id)?.name ?? id);
    m.summary = `${m.planned ? `Planned ${(m.summary ?? 'meeting').toLowerCase()}` : (m.summary ?? 'Meeting')}: ${names.join(', ')}${m.place ? ` (${m.place})` : ''}`;
  }

  // Actors that act or are acted upon: named actors that are not mere locations, every claim's ends, and the states
  // and bodies officials act for.
  const ids = new Set<string>();
  for (const list of linked.mentions)
    for (const m of list)
      if (
        isActor(m.entity) &&
        !isPlace(doc, m, list) &&
        !namesAnEvent(doc, m) &&
        !namesOrigin(doc, m) &&
        !teaser.has(m.sentence)
      )
        ids.add(m.entity.id!);
  for (const m of meetingRecords) for (const p of m.participants) ids.add(p);
  for (const s of stanceRecords) ids.add(s.from).add(s.to);
  for (const id of [...ids]) {
    const e = byId.get(id);
    if (e?.kind === 'Official' && e.country) ids.add(countryEntity(e.country).id ?? countryId(e.country));
    if (e?.organization?.id) ids.add(e.organization.id);
  }
  for (const e of linked.entities) if (e.kind === 'Country' && e.id === undefined) e.id = countryId(e.country!);
  const actors = linked.entities
    .filter((e) => e.id !== undefined && ids.has(e.id))
    .map(record)
    .sort((a, b) => a.id.localeCompare(b.id));

  return {
    articles: [
      {
        id: articleId,
        file: prepared.input.file,
        title: clean.title,
        date: clean.date,
        publisher: clean.publisher,
        actors: actors.map((a) => a.id),
        sha256: prepared.sha256,
      },
    ],
    actors,
    meetings: meetingRecords,
    stances: stanceRecords,
  };
}
