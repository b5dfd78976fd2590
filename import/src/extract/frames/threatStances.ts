// Threats of consequences: "warned of serious consequences if Iran continued", "Russia will pay a price" oppose the one threatened.
import { CONDITIONAL_MARKERS, NEGATORS, THREAT_NOUNS } from '../knowledge/frameLexicon';
import { caseOf, childrenWith, headOf, isVerb, type Token } from '../syntax/document';
import { actorsOf, subjectsWithFallback, type ActorArgument, type SentenceMentions } from './arguments';
import { speakersOf, type Attribution } from './attribution';
import type { StanceClaim } from './stanceFrames';

/** Verbs whose subject undergoes the consequence: "Iran will face consequences", "Moscow would pay a heavy price". */
const UNDERGO_VERBS = new Set(['face', 'suffer', 'pay', 'bear', 'incur', 'risk']);

/** Verbs whose subject announces the consequence: "Britain warned of consequences", "threatened repercussions". */
const ANNOUNCE_VERBS = new Set(['warn', 'threaten', 'promise', 'vow', 'signal', 'caution']);

/**
 * A threat is conditional by nature, so the usual modality (would, if) does not block it; a denial does ("there will
 * be no consequences", "Iran will not face consequences").
 */
function denied(sm: SentenceMentions, n: Token, governor: Token | undefined): boolean {
  const s = sm.sentence;
  const negators = (t: Token): boolean => childrenWith(s, t, 'advmod', 'det', 'neg').some((c) => NEGATORS.has(c.lemma));
  // "cannot interfere without consequences" is the threat itself: the negation there is the condition's.
  if (caseOf(s, n) === 'without') return negators(n);
  return negators(n) || (governor !== undefined && negators(governor));
}

/** Subjects of the conditions on `t`: "if Iran continued", "unless Moscow withdraws". */
function conditionSubjects(sm: SentenceMentions, t: Token): ActorArgument[] {
  const s = sm.sentence;
  return childrenWith(s, t, 'advcl')
    .filter((c) => childrenWith(s, c, 'mark').some((m) => CONDITIONAL_MARKERS.has(m.lemma) && m.lemma !== 'whether'))
    .flatMap((c) => subjectsWithFallback(sm, c).flatMap((x) => actorsOf(sm, x, false)));
}

/**
 * The one threatened: "consequences for Russia"; the subject of the clause the consequence would follow ("Russia
 * cannot interfere without consequences", "Iran will face consequences"); the subject of the condition ("there would
 * be consequences if Iran continued"), which hangs on the clause or on the noun as its predicate.
 */
function threatened(sm: SentenceMentions, n: Token, governor: Token | undefined): ActorArgument[] {
  const s = sm.sentence;
  const direct = childrenWith(s, n, 'nmod', 'obl').filter((c) => ['for', 'against', 'to'].includes(caseOf(s, c)));
  const out = direct.flatMap((x) => actorsOf(sm, x, false));
  if (out.length > 0) return out;
  out.push(...conditionSubjects(sm, n));
  if (governor === undefined || !isVerb(governor)) return out;
  if (UNDERGO_VERBS.has(governor.lemma) || caseOf(s, n) === 'without')
    out.push(...subjectsWithFallback(sm, governor).flatMap((x) => actorsOf(sm, x, false)));
  out.push(...conditionSubjects(sm, governor));
  return out;
}

/**
 * Who threatens: the speaker of the clause, else the subject of "warned of" / "threatened" on the noun, or of the
 * verb the threat is the complement of ("Hunt demanded the release, saying there would be consequences").
 */
function threateners(
  sm: SentenceMentions,
  found: Attribution[],
  n: Token,
  governor: Token | undefined,
): ActorArgument[] {
  const speakers = speakersOf(sm, found, n);
  if (speakers.length > 0) return speakers;
  if (governor !== undefined && isVerb(governor) && (ANNOUNCE_VERBS.has(governor.lemma) || n.rel === 'ccomp'))
    return subjectsWithFallback(sm, governor).flatMap((x) => actorsOf(sm, x, false));
  return [];
}

/** Every threat of consequences one parsed sentence states, as OPPOSES from the threatener to the threatened. */
export function threatStances(sm: SentenceMentions, found: Attribution[]): StanceClaim[] {
  const s = sm.sentence;
  if (!s.parsed) return [];
  const out: StanceClaim[] = [];
  for (const n of s.tokens) {
    if (!n.pos.startsWith('NN') || !THREAT_NOUNS.has(n.lemma)) continue;
    const governor = headOf(s, n);
    // "a price" is a threat only as what someone will pay.
    if (n.lemma === 'price' && governor?.lemma !== 'pay') continue;
    if (denied(sm, n, governor)) continue;
    const from = threateners(sm, found, n, governor);
    const to = threatened(sm, n, governor);
    for (const a of from)
      for (const t of to)
        if (a.entity !== t.entity)
          out.push({
            sentence: s,
            type: 'OPPOSES',
            from: a.entity,
            to: t.entity,
            frame: `threat:${n.lemma}`,
            confidence: 0.6,
          });
  }
  return out;
}
