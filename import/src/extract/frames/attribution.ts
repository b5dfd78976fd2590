// Who says what: the speaker a clause is attributed to ("X said ...", "..., X told reporters", "according to X").
import { REPORTING_VERBS } from '../knowledge/frameLexicon';
import { childrenWith, headOf, isVerb, type Sentence, type Token } from '../syntax/document';
import { actorsOf, subjectTokens, type ActorArgument, type SentenceMentions } from './arguments';

export interface Attribution {
  /** The reporting verb. */
  verb: Token;
  speakers: ActorArgument[];
  /** The root of what is reported (a complement clause or the quotation). */
  content: Token;
}

/** Reporting verbs of the sentence with the clause each introduces and its speakers. */
export function attributions(sm: SentenceMentions): Attribution[] {
  const s = sm.sentence;
  const out: Attribution[] = [];
  for (const t of s.tokens) {
    if (!isVerb(t) || !REPORTING_VERBS.has(t.lemma)) continue;
    let speakers = subjectTokens(s, t).flatMap((x) => actorsOf(sm, x, false));
    // "..., said Nieto.": the parser often reads an inverted speaker as an object or complement of the verb.
    if (speakers.length === 0) speakers = invertedSpeaker(sm, t);
    if (speakers.length === 0) continue;
    // UD attaches what is said as ccomp, or as parataxis/dep for a quotation set off by a comma.
    for (const content of childrenWith(s, t, 'ccomp', 'parataxis', 'dep')) out.push({ verb: t, speakers, content });
    // A reporting verb hung under what it reports: "“...,” Trump said" parses "said" as a parataxis of the quote,
    // and "Kim said there would be no deal" can come out with "said" as the clausal subject of "deal".
    const head = headOf(s, t);
    if (head !== undefined && ((t.rel === 'parataxis' && head.i < t.i) || t.rel === 'csubj'))
      out.push({ verb: t, speakers, content: head });
  }
  // "according to X": the clause X is attached to.
  const according = (t: Token): boolean =>
    t.children.some((c) => s.tokens[c]!.relBase === 'case' && s.tokens[c]!.text.toLowerCase() === 'according');
  for (const t of s.tokens) {
    if (!according(t)) continue;
    const head = headOf(s, t);
    const speakers = actorsOf(sm, t, false);
    if (head !== undefined && speakers.length > 0) out.push({ verb: t, speakers, content: head });
  }
  return out;
}

/** The actor named right after a reporting verb with no subject of its own ("said Mexican President Nieto"). */
function invertedSpeaker(sm: SentenceMentions, verb: Token): ActorArgument[] {
  const s = sm.sentence;
  const next = sm.mentions.find(
    (m) => m.start > verb.i && m.start <= verb.i + 4 && m.entity !== undefined && m.entity.kind !== 'Country',
  );
  if (
    next === undefined ||
    s.tokens.slice(verb.i + 1, next.start).some((t) => t.pos.startsWith('VB') || t.text === ',')
  )
    return [];
  return actorsOf(sm, s.tokens[next.head]!, false);
}

/** Token indexes of the subtree under `t`. */
export function clauseTokens(s: Sentence, t: Token): Set<number> {
  const out = new Set<number>();
  const stack = [t.i];
  while (stack.length > 0) {
    const i = stack.pop()!;
    out.add(i);
    stack.push(...s.tokens[i]!.children);
  }
  return out;
}

/** The speakers of the nearest reporting clause containing `t`, if any. */
export function speakersOf(sm: SentenceMentions, found: Attribution[], t: Token): ActorArgument[] {
  let best: Attribution | undefined;
  let size = Infinity;
  for (const a of found) {
    const clause = clauseTokens(sm.sentence, a.content);
    if (clause.has(t.i) && clause.size < size) [best, size] = [a, clause.size];
  }
  return best?.speakers ?? [];
}
