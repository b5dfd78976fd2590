// Whether a predicate is asserted: not negated, cancelled, wished for, conditional or hypothetical; and whether it is planned.
import {
  CANCELLING_PARTICLES,
  CANCELLING_WORDS,
  CONDITIONAL_MARKERS,
  DISPUTING_WORDS,
  DOUBT_WORDS,
  HYPOTHETICAL_MODALS,
  NEGATORS,
  PLANNED_WORDS,
  REPORTING_VERBS,
  WISH_WORDS,
} from '../knowledge/frameLexicon';
import { caseOf, childrenWith, headOf, type Sentence, type Token } from '../syntax/document';

export interface Modality {
  /** Why no claim may be read here ("negated", "cancelled: refuse"), or undefined when it is asserted. */
  blocked: string | undefined;
  /** The contact lies ahead ("will meet", "upcoming summit", "is set to meet"). */
  planned: boolean;
}

/** Clause links through which a governing word's meaning reaches its complement. */
const CLAUSAL = new Set(['xcomp', 'ccomp', 'advcl', 'obj', 'obl', 'nmod', 'acl', 'csubj', 'nsubj', 'nsubj:pass']);

function negated(s: Sentence, t: Token): boolean {
  if (childrenWith(s, t, 'advmod', 'neg', 'det', 'cc:preconj').some((c) => NEGATORS.has(c.lemma))) return true;
  return caseOf(s, t) === 'without';
}

function particles(s: Sentence, t: Token): string[] {
  return childrenWith(s, t, 'compound:prt').map((c) => c.lemma);
}

/** Relative words that stand for the event they follow (not "who", which stands for a person). */
const EVENT_RELATIVES = new Set(['which', 'that']);

/**
 * "a summit between Trump and Kim in Singapore on 12 June, which has now been cancelled", "the visit, postponed
 * twice,": a relative clause or participle on the event noun that cancels it. The parser often hangs the clause on the
 * event's date or place instead; there only a clause led by "which"/"that" counts.
 */
function cancelledByRelative(s: Sentence, event: Token): boolean {
  const cancels = (c: Token): boolean => CANCELLING_WORDS.has(c.lemma) && c.pos.startsWith('VB');
  const ledByRelative = (c: Token): boolean =>
    childrenWith(s, c, 'nsubj', 'nsubj:pass').some((x) => EVENT_RELATIVES.has(x.lemma));
  // A participle cancels only as a passive ("the visit, postponed twice"), not "talks scrapping tariffs".
  const cancelsEvent = (c: Token): boolean => cancels(c) && (c.rel === 'acl' ? c.pos === 'VBN' : ledByRelative(c));
  if (childrenWith(s, event, 'acl:relcl', 'acl', 'dep').some(cancelsEvent)) return true;
  return childrenWith(s, event, 'nmod').some((h) =>
    childrenWith(s, h, 'acl:relcl', 'dep').some((c) => cancels(c) && ledByRelative(c)),
  );
}

/**
 * Reads the predicate's own markers (for a stance, wishes do not block: wanting to help is taking a side), then walks
 * up through the clauses governing it until a reporting verb ("said he met" is asserted by the speaker) or the root.
 * A `presupposed` event (a definite nominal with its own sides, told as a clause's adjunct: "about his meeting with
 * Putin") is not denied by a negation above it: "did not brief him about his meeting with Putin" still reports the
 * meeting. Conditions, modals, wishes and cancelling words above it still block it.
 */
export function modalityOf(
  s: Sentence,
  p: Token,
  reading: 'contact' | 'stance' = 'contact',
  presupposed = false,
): Modality {
  let planned = false;
  // "after a meeting with": an event before the clause; the clause's plans are not its own.
  let past = false;
  // "after talks, Kerry stopped short of", "during the call, Trump refused to": an event told as the time of a clause
  // is not what the clause denies or cancels.
  let setting = false;
  // "would" is the future of reported speech ("said he would meet"), a hypothetical otherwise.
  let would = false;
  if (s.text.trimEnd().endsWith('?')) return { blocked: 'question', planned };
  let current: Token | undefined = p;
  for (let depth = 0; current !== undefined && depth < 8; depth++) {
    const t: Token = current;
    // Before the reporting verbs, one of which is "call": "called off the summit" cancels it.
    if (!setting && (CANCELLING_PARTICLES.get(t.lemma) ?? []).some((prt) => particles(s, t).includes(prt)))
      return { blocked: `cancelled: ${t.lemma} ${particles(s, t).join(' ')}`, planned };
    // "a baseless claim that the UK had spied on Trump": the content of a claim or report called false. Before the
    // reporting verbs, whose lemmas the nouns "claim" and "report" share.
    if (depth > 0 && t.pos.startsWith('NN')) {
      const disputed = childrenWith(s, t, 'amod').find((c) => DISPUTING_WORDS.has(c.lemma));
      if (disputed !== undefined) return { blocked: `disputed: ${disputed.lemma}`, planned };
    }
    // A reporting verb above the claim makes it the speaker's assertion ("said he met"); what qualifies the saying
    // does not qualify the claim.
    if (depth > 0 && REPORTING_VERBS.has(t.lemma)) {
      if (would) planned = true;
      would = false;
      break;
    }
    // "There is no doubt that": a denied doubt asserts what it governs.
    const deniedDoubt = depth > 0 && DOUBT_WORDS.has(t.lemma);
    if ((depth === 0 || !(presupposed || setting)) && !deniedDoubt && negated(s, t))
      return { blocked: 'negated', planned };
    const aux = childrenWith(s, t, 'aux').map((c) => c.lemma);
    const modal = aux.find((a) => HYPOTHETICAL_MODALS.has(a));
    if (modal === 'would' && !would) would = true;
    else if (modal !== undefined) return { blocked: `hypothetical: ${modal}`, planned };
    if (!past && aux.some((a) => PLANNED_WORDS.has(a))) planned = true;
    const mark = childrenWith(s, t, 'mark').find((c) => CONDITIONAL_MARKERS.has(c.lemma));
    if (mark !== undefined) return { blocked: `conditional: ${mark.lemma}`, planned };
    // "would meet Kim if the talks progressed": a condition attached to the predicate.
    const condition = childrenWith(s, t, 'advcl').find((c) =>
      childrenWith(s, c, 'mark').some((m) => CONDITIONAL_MARKERS.has(m.lemma) && m.lemma !== 'whether'),
    );
    if (condition !== undefined) return { blocked: 'conditional clause', planned };
    if (depth > 0) {
      if (CANCELLING_WORDS.has(t.lemma) && !setting) return { blocked: `cancelled: ${t.lemma}`, planned };
      if (DOUBT_WORDS.has(t.lemma) && !negated(s, t) && !setting) return { blocked: `doubted: ${t.lemma}`, planned };
      // A contact wished for has not happened; a stance wished is still a stance ("wants to assist the government").
      if (WISH_WORDS.has(t.lemma) && reading === 'contact' && !setting)
        return { blocked: `wished: ${t.lemma}`, planned };
      if (!past && PLANNED_WORDS.has(t.lemma)) planned = true;
    }
    if (reading === 'contact' && t.pos.startsWith('NN') && cancelledByRelative(s, t))
      return { blocked: 'cancelled: relative clause', planned };
    // Modifiers of a nominal event: "the upcoming summit", "ahead of his meeting", "a possible meeting".
    if (t.pos.startsWith('NN') && !past) {
      if (childrenWith(s, t, 'amod', 'compound').some((c) => PLANNED_WORDS.has(c.lemma))) planned = true;
      if (/^(ahead|before|prior)\b/.test(caseOf(s, t))) planned = true;
      // Case markers are lemmas: "following" is "follow".
      if (/^(after|follow|following|since)\b/.test(caseOf(s, t))) past = true;
    }
    if (t.pos.startsWith('NN') && /^(after|follow|following|since|during)\b/.test(caseOf(s, t))) setting = true;
    if (!CLAUSAL.has(t.rel)) break;
    current = headOf(s, t);
  }
  if (would) return { blocked: 'hypothetical: would', planned };
  return { blocked: undefined, planned };
}
