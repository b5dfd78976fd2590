// Finds meetings, talks, visits, summits and calls in a sentence, with participants, date, place and whether they are planned.
import type { MeetingRecord } from '../../../core/model';
import { canonicalPlace } from './countryGazetteer';
import { meetingId } from './ids';
import type { Mention } from './mention';
import { resolveDate } from './resolveDate';
import { unclaimedMatches } from './unclaimedMatches';
import { groupsOf, isFuture, isHypothetical, isNegated, isPrepositional, objectAfter, PAIR_SUBJECT, subjectBefore, type Group, type SentenceView } from './sentenceRoles';

type TriggerKind = 'meet' | 'hold' | 'visit' | 'host' | 'call' | 'speak' | 'between' | 'with' | 'pair';

interface Trigger {
  kind: TriggerKind;
  re: RegExp;
  confidence: number;
}

const EVENT = '(?:talks|meeting|meetings|summit|call|phone call|telephone call|video call|conversation|discussions|consultations|conference|videoconference|video conference|negotiations|dialogue)';
const HOLD_ADJECTIVES =
  '(?:(?:a|an|the|their|its|his|her|first|second|third|new|fresh|another|bilateral|trilateral|direct|formal|informal|high-level|working-level|closed-door|rare|historic|landmark|lengthy|brief|[\\w]+-day|[\\w]+-hour|[\\w]+-minute|telephone|phone|video|virtual|private|separate|joint|face-to-face|one-on-one)\\s+){0,4}';

const TRIGGERS: Trigger[] = [
  { kind: 'meet', re: /\b(?:met|meets|meet|(?<=\b(?:is|are|was|were|be|been)\s+)meeting|(?:sat|sit|sits|sitting)\s+down)\b(?:\s+(?:with|up with))?/g, confidence: 0.9 },
  { kind: 'hold', re: new RegExp(`\\b(?:held|hold|holds|holding|had|has|have|having|conducted|conduct)\\s+${HOLD_ADJECTIVES}${EVENT}\\b(?:\\s+with)?`, 'g'), confidence: 0.85 },
  { kind: 'call', re: /\b(?:(?:spoke|speak|speaks|talked|talk)\s+(?:by|over the|on the)\s+(?:phone|telephone)(?:\s+(?:with|to))?|phoned|telephoned)\b/g, confidence: 0.85 },
  { kind: 'visit', re: /\b(?:visited|visits|visiting|visit to|visit(?=\s+(?:the\s+)?\p{Lu})|(?:trip|journey|tour|state visit|official visit)\s+to)\b/gu, confidence: 0.65 },
  { kind: 'host', re: /\b(?:hosted|hosts|hosting|host|welcomed|received|receive|receives|receiving)\b/g, confidence: 0.75 },
  { kind: 'speak', re: /\b(?:spoke|spoken|talked)\s+(?:with|to)\b/g, confidence: 0.5 },
  { kind: 'between', re: new RegExp(`\\b${EVENT}\\s+between\\b`, 'g'), confidence: 0.8 },
  { kind: 'with', re: new RegExp(`\\b(?:summit|meeting|phone call|telephone call|video call|call|conversation|talks)\\s+with\\b`, 'g'), confidence: 0.75 },
  { kind: 'pair', re: new RegExp(`\\b${EVENT}\\b`, 'g'), confidence: 0.75 },
];

// Between a pair of actors and the event word: only adjectives, ordinals, years and place names ("Trump and Kim's first historic Singapore summit").
const PAIR_GAP = /^(?:['’]s?)?\s+(?:(?:first|second|third|fourth|fifth|last|latest|next|recent|historic|landmark|upcoming|planned|failed|collapsed|bilateral|trilateral|high-level|working-level|two-day|one-day|virtual|surprise|\d{4}|\p{Lu}[\p{L}-]*)\s+){0,4}$/u;
// Dates of the reporting ("said on Tuesday") and ends of a stay ("a visit that ends Thursday") are not the meeting's day.
const SPEECH_DATE = /\b(?:said|says|told\s+\w+|announced|reported|added|confirmed|stated|ends?|ending|until|till|through)\s+(?:late\s+|early\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b/g;
// After "met": a preposition other than "with" introduces a venue or an occasion ("on the sidelines of the ASEAN summit").
const VENUE_GAP = /^\s*(?:on|at|in|during|ahead of|before|after|for|inside|outside)\b(?![^]*\bwith\b)/;
// A host met its guests one by one, not all together.
const SEPARATELY = /\b(?:separately|in separate meetings|one by one|refused to (?:meet|sit)|shuttled between)\b/;
// "will host talks between", "hosted a meeting between": the host is a participant.
const HOSTS_EVENT = /\b(?:host|hosts|hosted|hosting|convene|convenes|convened|convening|brokered|chaired|chairs|chair)\s+(?:(?:a|an|the|new|fresh|direct|indirect|peace)\s+){0,3}$/;
// Ongoing negotiations are not one meeting unless the sentence pins them to a day or a place.
const VAGUE_EVENT = /^(?:talks|negotiations|dialogue|discussions|consultations)\b/;
const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Feb|Jan|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
const PLACE_RE = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,4})/gu;

function placesIn(view: SentenceView, from: number, to: number): string[] {
  const out: string[] = [];
  PLACE_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = PLACE_RE.exec(view.text)) !== null && m.index < to) {
    const name = m[1]!.replace(/[.,]$/, '');
    const start = m.index + m[0].length - m[1]!.length;
    if (NOT_PLACE.test(name)) continue;
    const actor = view.mentions.find((x) => x.start <= start && x.end > start && !x.place);
    if (actor && actor.kind !== 'Organization') continue;
    out.push(name);
  }
  return out;
}

/** "the Hanoi summit", "their Singapore summit": a place right before the event word. */
function placeModifier(view: SentenceView, at: number): string | null {
  const m = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+$/u.exec(view.text.slice(Math.max(0, at - 40), at));
  if (!m) return null;
  const start = at - m[0].length;
  const mention = view.mentions.find((x) => x.start === start);
  return mention?.place ? m[1]! : null;
}

/** Where the trigger's clause ends: a relative clause or a new clause starts there. */
function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const m = /,\s*(?:during|whom|which|who|where|when|while|but|after|before|and\s+(?:he|she|they|it))\b|;|\s[–—]\s(?!in\b|at\b)/.exec(rest);
  return m ? from + m.index : text.length;
}

function unique(group: Mention[]): string[] {
  return [...new Set(group.map((m) => m.id))];
}

function hasConcreteTime(text: string): boolean {
  if (/\b(?:next|this|later this)\s+(?:week|weekend|month)\b/.test(text)) return true;
  if (/\b(?:\w+\s+(?:days?|hours?|rounds?)\s+of\s+(?:talks|negotiations)|round of (?:talks|negotiations))\b/.test(text)) return true;
  return /\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b(?:held|took place|began|opened|ended|concluded|broke down|collapsed)\b/.test(text);
}

export interface MeetingContext {
  articleId: string;
  articleDate: string | null;
}

export function findMeetings(view: SentenceView, ctx: MeetingContext): MeetingRecord[] {
  const groups = groupsOf(view);
  const found: MeetingRecord[] = [];
  const claimed: Array<[number, number]> = [];
  for (const { trigger, match: m, at, end } of unclaimedMatches(view.text, TRIGGERS, claimed)) {
    if (isNegated(view.text, at) || isHypothetical(view.text, at)) continue;
    const result = participantsFor(trigger, view, groups, at, end, m[0]);
    if (!result) continue;
    claimed.push([at, end]);
    const planned = isFuture(view.text, at, end);
    const text = view.text.replace(SPEECH_DATE, (s) => ' '.repeat(s.length));
    const afterTrigger = text.slice(at);
    let resolved = resolveDate(afterTrigger, ctx.articleDate, planned ? 'future' : 'past');
    if (resolved.expression === null) resolved = resolveDate(text, ctx.articleDate, planned ? 'future' : 'past');
    const modifier = trigger.kind === 'between' || trigger.kind === 'with' || trigger.kind === 'pair' ? placeModifier(view, at) : null;
    let places = modifier ? [modifier] : placesIn(view, end, clauseEnd(view.text, end));
    if (places.length === 0 && trigger.kind === 'visit') {
      // "a visit to Pyongyang": the capital visited is the place.
      const seat = view.mentions.find((x) => x.start >= end && x.start - end <= 12 && x.via === 'seat');
      if (seat) places = [seat.text];
    }
    if (places.length === 0 && !modifier) places = placesIn(view, 0, at);
    places = places.map(canonicalPlace);
    // "met twice - in Hanoi and at the DMZ": one meeting per place.
    const perPlace = /\b(?:twice|two times|three times|several times)\b/.test(view.text) && places.length > 1 ? places : [places[0] ?? null];
    const viaPronoun = result.groups.some((g) => g.some((x) => x.via === 'pronoun')) || result.groups.length === 1 && result.groups[0] === view.previousParticipants;
    for (const participants of result.sets) {
      for (const place of perPlace) {
        const confidence = Math.max(0.3, Math.min(1, trigger.confidence - (viaPronoun ? 0.2 : 0) - (participants.every((p) => p.startsWith('country:')) ? 0.05 : 0)));
        const record: MeetingRecord = {
          id: meetingId(ctx.articleId, participants, view.text + '|' + (place ?? '')),
          article: ctx.articleId,
          participants,
          date: resolved.date,
          place,
          evidence: view.text,
          confidence: Math.round(confidence * 100) / 100,
          planned,
          summary: labelOf(trigger.kind, m[0]),
        };
        if (!found.some((f) => sameSet(f.participants, participants) && f.place === place)) found.push(record);
      }
    }
  }
  return found;
}

/** What kind of contact it was, for the meeting's summary: "Talks", "Phone call", "Visit". */
function labelOf(kind: TriggerKind, matched: string): string {
  if (kind === 'visit' || kind === 'host') return 'Visit';
  if (kind === 'call' || /phone|telephone/i.test(matched)) return 'Phone call';
  if (/video/i.test(matched)) return 'Video conference';
  const event = /\b(summit|talks|meeting|conversation|negotiations|consultations|discussions|dialogue)\b/i.exec(matched)?.[1];
  if (event) return event[0]!.toUpperCase() + event.slice(1).toLowerCase();
  return 'Meeting';
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

interface Participants {
  sets: string[][];
  groups: Group[];
}

function participantsFor(trigger: Trigger, view: SentenceView, groups: Group[], at: number, end: number, matched: string): Participants | null {
  const direct = directParticipants(trigger, view, groups, at, end, matched);
  if (direct) return direct;
  // "The two ministers spoke by phone last month": the pair of the meeting just reported.
  if (['meet', 'hold', 'call'].includes(trigger.kind) && view.previousParticipants.length >= 2 && PAIR_SUBJECT.test(view.text.slice(0, at))) {
    return { sets: [unique(view.previousParticipants)], groups: [view.previousParticipants] };
  }
  return null;
}

function directParticipants(trigger: Trigger, view: SentenceView, groups: Group[], at: number, end: number, matched: string): Participants | null {
  const text = view.text;
  const finish = (subject: Group, object: Group, split = false): Participants | null => {
    if (split && object.length > 1) {
      const sets = object.map((o) => unique([...subject, o])).filter((s) => s.length >= 2);
      return sets.length ? { sets, groups: [subject, object] } : null;
    }
    const ids = unique([...subject, ...object]);
    return ids.length >= 2 ? { sets: [ids], groups: [subject, object] } : null;
  };
  switch (trigger.kind) {
    case 'meet':
    case 'hold':
    case 'call':
    case 'speak': {
      const subject = subjectBefore(view, at, groups);
      const { group: object, gapText } = objectAfter(view, end, trigger.kind === 'meet' ? 40 : 30, groups);
      if (trigger.kind === 'hold' && object.length > 0 && !/\bwith\s*$/.test(matched) && !/^\s*(?:with|between)\b/.test(gapText)) return finish(subject, []);
      if (object.length === 0 && subject.length < 2) return null;
      if (trigger.kind === 'speak' && object.length === 0) return null;
      // "met on the sidelines of the ASEAN summit", "met at NATO headquarters": a venue after a preposition is not a participant.
      if (trigger.kind === 'meet' && VENUE_GAP.test(gapText)) return subject.length >= 2 ? finish(subject, []) : null;
      const split = /\b(?:officials|diplomats|leaders|authorities|envoys|representatives)\s+(?:in|from)\s+(?:the\s+)?$/.test(gapText);
      return finish(subject, object, split);
    }
    case 'visit': {
      // "Russian lawmakers' six-day visit to", "Kang's trip to": the possessor is the visitor.
      const possessor = groups.filter((g) => g[g.length - 1]!.end <= at && /^(?:['’]s?)?\s+(?:[\w-]+['’]?\s+){0,3}$/.test(text.slice(g[g.length - 1]!.end, at)));
      const subject = possessor.length ? possessor[possessor.length - 1]!.filter((x) => !x.place) : subjectBefore(view, at, groups);
      // The destination may be written as a place ("visited Beijing"): its government is the host.
      const dest = groups.find((g) => g[0]!.start >= end && text.slice(end, g[0]!.start).length <= 12 && !/\bby\b/.test(text.slice(end, g[0]!.start)));
      if (!dest || subject.length === 0) return null;
      return finish(subject, [dest[0]!]);
    }
    case 'host': {
      const subject = subjectBefore(view, at, groups);
      const guest = groups.find((g) => g[0]!.start >= end && /^\s*(?:the\s+|visiting\s+|his\s+|her\s+|their\s+)?$/.test(text.slice(end, g[0]!.start)));
      if (!guest || subject.length === 0) return null;
      if (/receiv/.test(matched) && !guest.some((g) => g.kind === 'Official')) return null;
      // "welcomed Qatar's role": welcoming what someone did is a stance, not a visit.
      if (/welcom/.test(matched) && /^['’]s?\s/.test(text.slice(guest[guest.length - 1]!.end, guest[guest.length - 1]!.end + 3))) return null;
      // "hosted Vucic and Kurti, but the two leaders refused to sit in the same room": one meeting per guest.
      return finish(subject, guest.filter((g) => !g.place), SEPARATELY.test(text));
    }
    case 'between': {
      if (VAGUE_EVENT.test(matched) && !hasConcreteTime(text)) return null;
      const { group } = objectAfter(view, end, 30, groups);
      if (group.length < 2) return null;
      // "The African Union will host talks between Congo and Rwanda": the host takes part.
      const host = HOSTS_EVENT.test(text.slice(Math.max(0, at - 40), at)) ? subjectBefore(view, at, groups) : [];
      return finish(host.filter((h) => !group.some((g) => g.id === h.id)), group);
    }
    case 'with': {
      if (VAGUE_EVENT.test(matched) && !hasConcreteTime(text)) return null;
      const { group: object } = objectAfter(view, end, 20, groups);
      // "X's meeting with Y", "Trump's first summit with Kim".
      const possessor = groups.filter((g) => g[g.length - 1]!.end <= at && /^['’]s?\s+(?:[\w-]+\s+){0,3}$/.test(text.slice(g[g.length - 1]!.end, at)));
      let owner = possessor.length ? possessor[possessor.length - 1]!.filter((x) => !x.place) : [];
      const lead = text.slice(0, at);
      if (owner.length === 0 && /\b(?:after|following|during|at|in|before|ahead of|on the sidelines of)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}$/i.test(lead)) {
        // "In a telephone conversation with Erdogan, Putin voiced concern": the main clause's subject, before or after.
        const comma = text.indexOf(',', end);
        const first = groups.find((g) => g[0]!.start < at && !g[0]!.place && !isPrepositional(view, g));
        const afterComma = comma > 0 && !/\b(?:after|following|during|at|in|before|ahead of)\b/i.test(text.slice(0, at).split(',').pop() ?? '') ? undefined : groups.find((g) => comma > 0 && g[0]!.start > comma && !g[0]!.place);
        owner = (first ?? afterComma ?? []).filter((x) => !x.place && !object.some((o) => o.id === x.id));
      }
      if (owner.length === 0) owner = subjectBefore(view, at, groups);
      if (object.length === 0) return null;
      return finish(owner, object);
    }
    case 'pair': {
      if (VAGUE_EVENT.test(matched) && !hasConcreteTime(text)) return null;
      // "the US-North Korea summit", "Trump and Kim's first historic Singapore summit".
      const pair = groups.filter((g) => g.length >= 2 && g[g.length - 1]!.end <= at && PAIR_GAP.test(text.slice(g[g.length - 1]!.end, at)));
      const g = pair[pair.length - 1];
      if (!g) return null;
      const actors = g.filter((x) => !x.place);
      if (actors.length < 2) return null;
      // "African Union to host Congo-Rwanda talks": the host takes part.
      const host = HOSTS_EVENT.test(text.slice(Math.max(0, g[0]!.start - 40), g[0]!.start)) ? subjectBefore(view, g[0]!.start, groups) : [];
      return finish(host.filter((h) => !actors.some((a) => a.id === h.id)), actors);
    }
  }
}
