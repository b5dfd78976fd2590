// Reads who does what in a sentence: coordinated actor groups, the subject before a trigger word, the object after it, and modality.
import type { Mention } from './mention';

export interface SentenceView {
  text: string;
  /** Non-overlapping actor mentions in text order. */
  mentions: Mention[];
  /** The last official named before this sentence, for "he"/"she"/"his"/"her". */
  previousOfficial: Mention | null;
  /** Participants of the latest meeting read so far (this sentence first), for "the two leaders". */
  previousParticipants: Mention[];
  /** The country an actor stands for, as a mention (itself when it has none). */
  countryOf: (m: Mention) => Mention;
  /** Headlines use a comma for "and": "Seoul, Washington maintain close alliances". */
  headline?: boolean;
}

export type Group = Mention[];

// What may sit between two coordinated actors: "Britain and Germany", "British, German and French", "Trump-Kim".
const COORDINATION = /^(?:\s*,\s*(?:and\s+(?:the\s+)?|as well as\s+(?:the\s+)?)?|\s+and\s+(?:the\s+|his\s+|her\s+|its\s+)?|\s*&\s*|\s+as well as\s+(?:the\s+)?|\s*[-–/]\s*|\s+or\s+)$/;
const PREPOSITION_BEFORE = /\b(?:according to|of|with|for|to|in|at|by|from|on|against|about|between|toward|towards|under|over|after|before|including|like|among|amid|than|into|onto|through|despite|within|across|upon|behind|via|beyond|around|near|amongst|inside|outside)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,1}$/i;
const INTRODUCTORY = /^\W*(?:According to|In|After|Before|On|For|Despite|Following|Amid|Unlike|Like|With|Without|Under|As|From|During|Since|While|When|Speaking to|Asked about)\b[^,;]*$/;
const RELATIVE_CLAUSE = /,\s*(?:who|which|whose|whom|where|when)\b[^,]*(?:,|$)/g;
const CLAUSE_BREAK = /[;:]|\s[–—]\s|\bbut\b|\bwhile\b|\bwhereas\b|\bwhen\b|\bafter\b|\bbefore\b|\bbecause\b|\balthough\b|\bunless\b|\buntil\b|\bas\s+well\s+as\b/i;

export function groupsOf(view: SentenceView): Group[] {
  const groups: Group[] = [];
  let current: Group = [];
  let joints: string[] = [];
  const close = (): void => {
    if (current.length === 0) return;
    // A bare comma only lists actors when an "and" closes the list ("British, German and French");
    // otherwise it separates an introductory phrase from the subject.
    const hasAnd = view.headline || joints.some((j) => !/^\s*,\s*$/.test(j));
    if (hasAnd) {
      groups.push(current);
    } else {
      let part: Group = [current[0]!];
      for (let i = 1; i < current.length; i++) {
        if (/^\s*,\s*$/.test(joints[i - 1]!)) {
          groups.push(part);
          part = [];
        }
        part.push(current[i]!);
      }
      groups.push(part);
    }
  };
  for (const m of view.mentions) {
    const last = current[current.length - 1];
    const between = last ? view.text.slice(last.end, m.start) : '';
    // "According to Seoul's ministry, Kang and Pompeo ...": a comma closes a sentence-initial phrase, it does not list.
    const introductory = /^\s*,\s*$/.test(between) && INTRODUCTORY.test(view.text.slice(0, current[0]?.start ?? 0));
    if (last && (m.start === last.start || COORDINATION.test(between) && (!introductory || view.headline))) {
      current.push(m);
      joints.push(between);
      continue;
    }
    close();
    current = [m];
    joints = [];
  }
  close();
  return groups;
}

function relativeClauseSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  RELATIVE_CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE_CLAUSE.exec(text)) !== null) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** A group governed by a preposition ("according to Seoul's ministry", "in Hanoi") is never a subject. */
export function isPrepositional(view: SentenceView, group: Group): boolean {
  const first = group[0]!;
  const before = view.text.slice(Math.max(0, first.start - 40), first.start);
  // "the government in Port Sudan said": the place names whose government it is.
  if (before.includes(' in ') && GOVERNMENT_IN.test(before) && !PREPOSITION_BEFORE.test(before.replace(GOVERNMENT_IN, ''))) return false;
  return PREPOSITION_BEFORE.test(before);
}

const GOVERNMENT_IN = /\b(?:government|authorities|regime|administration|junta|leadership|rulers)\s+in\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?$/u;
// A possessor right after a lower-case word ("welcomed Qatar's role") sits inside an object, never a subject.
const OBJECT_POSSESSOR = /\b(?!(?:and|but|or|that|as|while|when|whereas|because|after|before|so|then|yet|although|though|which|who|since|if|where|said|says|also|meanwhile|however)\b)\p{Ll}+\s+(?:the\s+)?$/u;

function isObjectPossessor(view: SentenceView, group: Group): boolean {
  const last = group[group.length - 1]!;
  if (!/^['’]s?\s/.test(view.text.slice(last.end, last.end + 3))) return false;
  return OBJECT_POSSESSOR.test(view.text.slice(Math.max(0, group[0]!.start - 30), group[0]!.start));
}

function actorGroup(group: Group): Group {
  return group.filter((m) => !m.place);
}

/** The actors doing the action of the trigger at `at`: the nearest non-prepositional group before it, outside relative clauses. */
export function subjectBefore(view: SentenceView, at: number, groups = groupsOf(view)): Group {
  const relative = relativeClauseSpans(view.text);
  let best: Group = [];
  for (const g of groups) {
    const first = g[0]!;
    if (first.start >= at) break;
    if (g[g.length - 1]!.end > at) continue;
    if (relative.some(([s, e]) => first.start >= s && first.start < e && !(at >= s && at < e))) continue;
    if (isPrepositional(view, g) || isObjectPossessor(view, g)) continue;
    const actors = actorGroup(g);
    if (actors.length === 0) continue;
    best = actors;
  }
  if (best.length === 0) {
    const pronoun = /\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b/.exec(view.text.slice(0, at));
    if (pronoun && view.previousOfficial) best = [{ ...view.previousOfficial, via: 'pronoun', start: pronoun.index, end: pronoun.index + pronoun[0].length, text: pronoun[0] }];
  }
  return best;
}

/** The actors acted upon: the first group after the trigger within the same clause and close by. */
export function objectAfter(view: SentenceView, from: number, maxGap = 70, groups = groupsOf(view)): { group: Group; gapText: string } {
  for (const g of groups) {
    const first = g[0]!;
    if (first.start < from) continue;
    const gap = view.text.slice(from, first.start);
    if (gap.length > maxGap || CLAUSE_BREAK.test(gap) || /[.!?]["”]?\s/.test(gap)) break;
    const actors = actorGroup(g);
    if (actors.length === 0) continue;
    return { group: actors, gapText: gap };
  }
  return { group: [], gapText: '' };
}

/** "the two leaders", "both sides", or a sentence that opens with "They": a pair named just before. */
export const PAIR_SUBJECT = /(?:\b(?:[Tt]he two|[Bb]oth)\s+(?:leaders|sides|countries|men|women|ministers|presidents|governments|allies|nations|delegations|officials|envoys|foreign ministers)\b|\b[Tt]he pair\b|^\s*["“]?[Tt]hey\b)[^,;]*$/;
export const PAIR_OBJECT = /^\s*(?:the two|both)\s+(?:leaders|sides|countries|men|women|ministers|presidents|governments|allies|nations|delegations)\b/i;
const NEGATION = /\b(?:not|never|no longer|refused to|refuses to|refuse to|declined to|declines to|decline to|won['’]t|wouldn['’]t|cannot|can['’]t|unable to|failed to|fails to|fail to|without|rather than|instead of|stopped short of|no plans? to|denied|denies|deny|nor|neither)\s+(?:\w+\s+){0,3}$|n['’]t\s+(?:\w+\s+){0,2}$/i;
const HYPOTHETICAL = /\b(?:would|could|might|may|should|if|unless|wanted to|wants to|want to|hopes? to|hoped to|hoping to|would like to|offered to|offers to|willing to|ready to|open to|prepared to|considering|consider|proposed|proposes|propose|suggested|seeks? to|sought to|urged|urges|calls? on|called on|asked|asks|whether)\s+(?:\w+\s+){0,4}$/i;
// Strong markers of a plan may stand a few words before the trigger ("will also hold"); a bare "to" only right before it ("left to meet").
const FUTURE = /\b(?:will|shall|is set to|are set to|was set to|were set to|expected to|scheduled to|plans? to|planning to|planned to|due to|going to|'ll|’ll)\s+(?:\w+\s+){0,4}$|\bto\s+(?:\w+\s+)?$/i;
const FUTURE_ANYWHERE = /\b(?:next (?:week|month|year)|tomorrow|later this (?:week|month|year)|upcoming|planned|scheduled|forthcoming|is to be held|will be held)\b/i;

/** The text of the clause leading up to the trigger (from the last comma, semicolon or sentence start). */
function leadIn(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 60), at);
  return before;
}

export function isNegated(text: string, at: number): boolean {
  return NEGATION.test(leadIn(text, at));
}

/** "said he would meet", "announced they would visit": reported plans, not conditions. */
const REPORTED_WOULD = /\b(?:said|says|told\s+\w+|announced|confirmed|added|stated)\s+(?:that\s+)?(?:\S+\s+){0,3}?would\s+(?:\w+\s+)?$/;

export function isReportedPlan(text: string, at: number): boolean {
  return REPORTED_WOULD.test(leadIn(text, at)) && !/\b(?:if|unless|provided)\b/.test(text.slice(at));
}

export function isHypothetical(text: string, at: number): boolean {
  const lead = leadIn(text, at);
  if (isReportedPlan(text, at)) return false;
  // Inside an if-clause ("If Russia and Ukraine were to meet") or a subjunctive "were to".
  return HYPOTHETICAL.test(lead) || /\b(?:[Ii]f|[Uu]nless|[Ww]hether)\b[^,;.]*$/.test(lead) || /\bwere to\s+(?:\w+\s+)?$/.test(lead);
}

export function isFuture(text: string, at: number, end: number): boolean {
  // "after a meeting with": a noun after a preposition of time tells what already happened.
  if (/\b(?:after|following|during|at|in)\s+(?:a|an|the|his|her|their|its)\s+(?:\w+\s+){0,2}$/i.test(leadIn(text, at))) return FUTURE_ANYWHERE.test(text.slice(at, end + 60));
  return isReportedPlan(text, at) || FUTURE.test(leadIn(text, at)) || FUTURE_ANYWHERE.test(text.slice(Math.max(0, at - 30), end + 60));
}

const SPEECH = '(?:said|says|added|stressed|told|warned|insisted|declared|noted|wrote|tweeted|announced|explained|argued|stated)';
const SPEAKER_AFTER = new RegExp(`^\\s+(?:\\w+\\s+)?${SPEECH}\\b`);
const SPEAKER_BEFORE = new RegExp(`\\b${SPEECH}\\s+$`);

/** The actor a sentence's words are attributed to: `"...", Kim said`, `said Kim`, `Kim said that ...`. */
export function quoteSpeaker(view: SentenceView): Mention | null {
  for (const m of view.mentions) {
    if (m.place) continue;
    if (SPEAKER_AFTER.test(view.text.slice(m.end, m.end + 30))) return m;
    if (SPEAKER_BEFORE.test(view.text.slice(Math.max(0, m.start - 20), m.start))) return m;
  }
  return null;
}

/** True when `at` lies inside quotation marks. */
export function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  if (open > 0) return true;
  const straight = (before.match(/"/g) ?? []).length;
  return straight % 2 === 1;
}
