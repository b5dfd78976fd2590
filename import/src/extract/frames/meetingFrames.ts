// Meeting frames: contacts read from the parse, as verbs ("met with", "visited") and as nouns ("the Trump-Kim summit").
import {
  CONTACT_LIGHT_VERBS,
  MEETING_NOUNS,
  MEETING_VERBS,
  MILITARY_NOUNS,
  type ContactKind,
  type MeetingWord,
} from '../knowledge/frameLexicon';
import { isActor, type Entity } from '../mentions/mention';
import { caseOf, childrenWith, conjuncts, headOf, isVerb, type Sentence, type Token } from '../syntax/document';
import {
  actorsOf,
  passiveParts,
  roleTokens,
  subjectTokens,
  subjectsWithFallback,
  type ActorArgument,
  type SentenceMentions,
} from './arguments';
import { modalityOf } from './modality';

export interface MeetingClaim {
  sentence: Sentence;
  participants: Entity[];
  kind: ContactKind;
  /** Which frame read it, for evidence and debugging: "meeting-verb:meet", "meeting-noun:summit". */
  frame: string;
  planned: boolean;
  place: string | null;
  confidence: number;
}

/** True when one of the word's required dependents is there ("sit down", "shook hands", "phone call"). */
function satisfies(s: Sentence, t: Token, word: MeetingWord): boolean {
  const lemmas = t.children.map((c) => s.tokens[c]!.lemma);
  if (word.notWith?.some((w) => lemmas.includes(w) && childrenWith(s, t, 'compound:prt').some((c) => c.lemma === w)))
    return false;
  if (word.needs === undefined) return true;
  if (word.needs.includes('with') && roleTokens(s, t, 'with').length > 0) return true;
  return word.needs.some((w) => lemmas.includes(w) || s.tokens.some((x) => x.lemma === w && x.head === t.i));
}

/** The words of a place nominal: its labelled location span, or its name with modifiers ("Korean Demilitarized Zone"). */
function placeText(sm: SentenceMentions, c: Token): string | null {
  const s = sm.sentence;
  const seat = sm.at(c).find((m) => m.via === 'seat' || m.via === 'name');
  if (seat !== undefined) return seat.text;
  if (c.ner !== 'LOCATION' && !c.pos.startsWith('NNP')) return null;
  const words = [c, ...childrenWith(s, c, 'compound', 'amod').filter((m) => /^\p{Lu}/u.test(m.text))].sort(
    (a, b) => a.i - b.i,
  );
  let start = words[0]!.i;
  while (start > 0 && s.tokens[start - 1]!.ner === 'LOCATION' && s.tokens[start - 1]!.ner === c.ner) start--;
  return s.tokens
    .slice(start, c.i + 1)
    .map((t) => t.text)
    .join(' ');
}

/** "In Hanoi", "at the White House": where the contact took place; several for "in Hanoi and at the DMZ". */
function placesOf(sm: SentenceMentions, p: Token): string[] {
  const s = sm.sentence;
  for (const c of childrenWith(s, p, 'obl', 'nmod')) {
    const kase = caseOf(s, c);
    if (kase !== 'in' && kase !== 'at') continue;
    const places = [c, ...conjuncts(s, c)].map((x) => placeText(sm, x)).filter((x): x is string => x !== null);
    if (places.length > 0) return places;
  }
  return [];
}

/** The entities of the arguments, each once, in the order the sentence names them. */
function unique(args: ActorArgument[]): Entity[] {
  return [...new Set([...args].sort((a, b) => a.token.i - b.token.i).map((a) => a.entity))];
}

/** The verb's object is "each other" or "one another": its joint subjects are both sides ("greeted each other"). */
function reciprocal(s: Sentence, p: Token): boolean {
  return childrenWith(s, p, 'obj', 'obl').some((o) => o.lemma === 'other' || o.lemma === 'another');
}

/** One claim per place when the sentence names several ("met twice, in Hanoi and at the DMZ"). */
function claims(
  sm: SentenceMentions,
  p: Token,
  participants: Entity[],
  kind: ContactKind,
  frame: string,
  confidence: number,
  presupposed = false,
  setting?: Token,
): MeetingClaim[] {
  if (participants.length < 2) return [];
  // A contact told as a clause's setting is as asserted as that clause's saying; what is said in it may be a wish
  // ("In a call, Trump asked Morrison to help" reports the call).
  const modality =
    setting === undefined
      ? modalityOf(sm.sentence, p, 'contact', presupposed)
      : modalityOf(sm.sentence, setting, 'stance');
  if (modality.blocked !== undefined) return [];
  const places = placesOf(sm, p);
  return (places.length === 0 ? [null] : places).map((place) => ({
    sentence: sm.sentence,
    participants,
    kind,
    frame,
    planned: modality.planned,
    place,
    confidence,
  }));
}

/**
 * Arguments read from one plural government noun with several owners are several meetings: "met with officials in
 * Seoul and Tokyo" is a meeting in each capital, not one of all three.
 */
function splitOwners(s: Sentence, sides: ActorArgument[]): ActorArgument[][] {
  const groups = new Map<number, ActorArgument[]>();
  const located = (a: ActorArgument): boolean => a.source !== undefined && ['in', 'at'].includes(caseOf(s, a.source));
  for (const a of sides)
    if (a.via === 'government' && a.token.pos === 'NNS' && located(a))
      groups.set(a.token.i, [...(groups.get(a.token.i) ?? []), a]);
  const split = [...groups.values()].find((g) => g.length > 1);
  if (split === undefined) return [sides];
  const rest = sides.filter((a) => !split.includes(a));
  return split.map((one) => [...rest, one]);
}

/** "Moon met Kim", "Pompeo met with the Saudi crown prince", "Kim was received by Xi", "Trump visited Vietnam". */
function verbFrame(sm: SentenceMentions, p: Token, word: MeetingWord): MeetingClaim[] {
  const s = sm.sentence;
  const passive = passiveParts(s, p);
  const subjects = passive ? [...passive.agents, ...passive.patients] : subjectsWithFallback(sm, p);
  // Troops and bases on either side make no contact between governments ("bases hosting U.S. forces").
  const civil = (a: ActorArgument): boolean => !MILITARY_NOUNS.has(a.token.lemma);
  const sides: ActorArgument[] = subjects.flatMap((t) => actorsOf(sm, t, false)).filter(civil);
  const others = word.roles
    .flatMap((role) => roleTokens(s, p, role).flatMap((t) => actorsOf(sm, t, false)))
    .filter(civil);
  // "welcomed the president" is a meeting; "welcomed the decision" is not.
  if (word.persons === true && !others.some((a) => a.via === 'direct' && a.entity.kind === 'Official')) return [];
  // "Zarif and Rouhani received visas": a one-way verb with no one on its other side is no contact of its subjects.
  if (word.directed === true && !passive && others.length === 0 && !reciprocal(s, p)) return [];
  sides.push(...others);
  // "spoke by phone with", "met by video link": a call.
  const remote = p.children.some(
    (c) =>
      ['phone', 'telephone', 'video', 'videoconference', 'teleconference'].includes(s.tokens[c]!.lemma) ||
      s.tokens[c]!.children.some((g) => ['phone', 'telephone', 'video'].includes(s.tokens[g]!.lemma)),
  );
  // "hosted X and Y, meeting them separately": a contact with each.
  const separately = s.tokens.some((t) => ['separately', 'individually'].includes(t.lemma));
  const subjectsSide = sides.slice(0, sides.length - others.length);
  // "Trump spoke to the leaders of Qatar, Egypt and Jordan": one caller speaking to several is a call with each
  // (a call of all together says "a joint call", "a conference call", and reads as a noun).
  const rounds = ['speak', 'phone', 'call'].includes(p.lemma) && unique(subjectsSide).length === 1;
  const each = (separately || rounds) && unique(others).length > 1;
  const groups = each ? others.map((o) => [...subjectsSide, o]) : splitOwners(s, sides);
  const confidence = sides.some((a) => a.via === 'group') ? 0.7 : 0.85;
  return groups.flatMap((group) =>
    claims(sm, p, unique(group), remote ? 'call' : word.kind, `meeting-verb:${p.lemma}`, confidence),
  );
}

/** Modifiers naming two sides at once: "the Trump-Kim summit", "U.S.-China talks", "Russian-American talks". */
function pairModifiers(sm: SentenceMentions, n: Token): ActorArgument[] {
  const s = sm.sentence;
  const out: ActorArgument[] = [];
  // "the US-North Korea summit" chains its modifiers: "US-North" modifies "Korea", which modifies "summit".
  const stack = childrenWith(s, n, 'compound', 'amod');
  while (stack.length > 0) {
    const c = stack.pop()!;
    for (const a of actorsOf(sm, c, false)) if (!out.some((o) => o.entity === a.entity)) out.push(a);
    for (const m of sm.at(c))
      if (isActor(m.entity) && m.head !== c.i && !out.some((o) => o.entity === m.entity))
        out.push({ entity: m.entity, token: c, via: 'direct' });
    stack.push(...childrenWith(s, c, 'compound', 'amod'));
  }
  // A single place-like modifier is the venue ("the Singapore summit"), not a side.
  const people = out.filter((a) => a.entity.kind === 'Official');
  return out.length >= 2 || people.length > 0 ? out : [];
}

/** "his meeting with Trump", "the summit between Moon and Kim", "a phone call with Erdogan", "talks held by X with Y". */
function nounFrame(sm: SentenceMentions, n: Token, word: MeetingWord): MeetingClaim[] {
  const s = sm.sentence;
  const sides: ActorArgument[] = [...pairModifiers(sm, n)];
  for (const c of childrenWith(s, n, 'nmod:poss')) sides.push(...actorsOf(sm, c, false));
  const roleArgs = word.roles.flatMap((role) => roleTokens(s, n, role));
  for (const t of roleArgs) sides.push(...actorsOf(sm, t, false));
  let participants = unique(sides);
  // "about his meeting with Putin": a definite event whose sides the noun names, told as an adjunct of the clause
  // (as its subject or object, the clause may deny it: "the summit between Trump and Kim never took place").
  const adjunct = n.rel.startsWith('obl') || n.rel.startsWith('nmod');
  // Only a possessor ("Merkel's visit") names who holds the contact, not a counterpart: the clause's subject then is
  // no side ("Ukraine receives top billing in Merkel's visit").
  const holderOnly =
    adjunct && sides.length > 0 && sides.every((a) => a.token.rel === 'nmod:poss' && headOf(s, a.token) === n);
  const presupposed = participants.length >= 2 && adjunct && isDefinite(s, n);
  // With one side named on the noun, the other is who holds it: "Xi held talks with Trump", "Hagel said at a news
  // conference with Johnston", "Hagel and Kerry are in Sydney for a meeting with Australian leaders".
  const governor = headOf(s, n);
  const attached = n.rel === 'obj' || n.rel === 'nsubj:pass' || n.rel.startsWith('obl') || n.rel.startsWith('nmod');
  if (participants.length < 2 && governor !== undefined && attached && !holderOnly) {
    // "criticized the meeting with X" does not make the critic a side: only contact verbs ("held talks") do for an
    // object; any clause does for an adjunct ("said at a news conference with X").
    const allowed = n.rel === 'obj' || n.rel === 'nsubj:pass' ? CONTACT_LIGHT_VERBS.has(governor.lemma) : true;
    const holders = isVerb(governor) ? subjectTokens(s, governor) : childrenWith(s, governor, 'nsubj');
    if (allowed) participants = unique([...holders.flatMap((t) => actorsOf(sm, t, false)), ...sides]);
  } else if (governor !== undefined && (hosts(n, governor) || joins(s, n, governor))) {
    // "Norway will host talks between Colombia and Venezuela", "Pompeo took part in the call between Trump and
    // Zelenskiy": the host, or who joins, sits at the table too.
    participants = unique([...subjectTokens(s, governor).flatMap((t) => actorsOf(sm, t, false)), ...sides]);
  }
  // "In a telephone call, Trump asked Morrison to ...", "during the meeting, Abe thanked Modi": a contact told as the
  // setting of what one side says to the other has them both as its sides.
  const setting =
    governor !== undefined &&
    isVerb(governor) &&
    ADDRESSING_VERBS.has(governor.lemma) &&
    SETTING_CASES.has(caseOf(s, n))
      ? governor
      : undefined;
  // Not when the noun names its own other side, even one that is no actor ("in a call with reporters").
  if (participants.length < 2 && setting !== undefined && !holderOnly && roleArgs.length === 0) {
    const addressed = childrenWith(s, setting, 'obj', 'iobj').flatMap((t) => actorsOf(sm, t, false));
    const speakers = subjectTokens(s, setting).flatMap((t) => actorsOf(sm, t, false));
    if (addressed.length > 0 && speakers.length > 0) {
      participants = unique([...speakers, ...addressed, ...sides]);
      return claims(sm, n, participants, word.kind, `meeting-noun:${n.lemma}`, 0.6, presupposed, setting);
    }
  }
  return claims(sm, n, participants, word.kind, `meeting-noun:${n.lemma}`, 0.75, presupposed);
}

/** Determiners that refer to an event as known to have taken place ("the", "his", "last week's"). */
const DEFINITE_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);

function isDefinite(s: Sentence, n: Token): boolean {
  return (
    childrenWith(s, n, 'nmod:poss').length > 0 ||
    childrenWith(s, n, 'det').some((d) => DEFINITE_DETERMINERS.has(d.lemma))
  );
}

/** Verbs whose subject takes part in the contact it arranges. */
const HOSTING_VERBS = new Set(['host', 'mediate', 'broker', 'chair', 'convene', 'facilitate']);

function hosts(n: Token, governor: Token): boolean {
  return n.rel === 'obj' && HOSTING_VERBS.has(governor.lemma);
}

/** Verbs whose subject joins a contact between others: "joined the talks", "took part in", "participated in". */
const JOINING_VERBS = new Set(['join', 'attend']);

function joins(s: Sentence, n: Token, governor: Token): boolean {
  if (!isVerb(governor)) return false;
  if (n.rel === 'obj') return JOINING_VERBS.has(governor.lemma);
  if (!n.rel.startsWith('obl') || caseOf(s, n) !== 'in') return false;
  return (
    governor.lemma === 'participate' ||
    (governor.lemma === 'take' && childrenWith(s, governor, 'obj').some((o) => o.lemma === 'part'))
  );
}

/** Cases of a contact told as the setting of a clause: "in a call", "during the meeting". */
const SETTING_CASES: ReadonlySet<string> = new Set(['in', 'during', 'at']);

/** Verbs of saying something to someone, whose subject and object are the sides of the contact they happen in. */
const ADDRESSING_VERBS: ReadonlySet<string> = new Set([
  'ask',
  'tell',
  'urge',
  'press',
  'assure',
  'thank',
  'congratulate',
  'inform',
  'brief',
  'remind',
  'promise',
  'invite',
  'warn',
]);

/**
 * "Trump had planned to meet Kim, but the meeting was called off": a definite contact noun that names no side of its
 * own and is cancelled takes back the contacts the sentence plans.
 */
function cancelsPlannedContacts(sm: SentenceMentions, n: Token, word: MeetingWord): boolean {
  const s = sm.sentence;
  if (!isDefinite(s, n) || childrenWith(s, n, 'nmod:poss').length > 0 || pairModifiers(sm, n).length > 0) return false;
  if (word.roles.some((role) => roleTokens(s, n, role).length > 0)) return false;
  return modalityOf(s, n, 'contact').blocked?.startsWith('cancelled') === true;
}

/** Every contact one sentence reports. */
export function meetingFrames(sm: SentenceMentions): MeetingClaim[] {
  const s = sm.sentence;
  if (!s.parsed) return [];
  const out: MeetingClaim[] = [];
  let plansCancelled = false;
  for (const t of s.tokens) {
    const verb = isVerb(t) ? MEETING_VERBS.get(t.lemma) : undefined;
    const noun = t.pos.startsWith('NN') ? MEETING_NOUNS.get(t.lemma) : undefined;
    const word = verb ?? noun;
    if (word === undefined || !satisfies(s, t, word)) continue;
    if (noun !== undefined && cancelsPlannedContacts(sm, t, noun)) plansCancelled = true;
    out.push(...(verb !== undefined ? verbFrame(sm, t, verb) : nounFrame(sm, t, noun!)));
  }
  return plansCancelled ? out.filter((c) => !c.planned) : out;
}
