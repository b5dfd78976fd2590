// Who says what: the speaker a clause is attributed to ("X said ...", "..., X told reporters", "according to X").
import { REPORTING_VERBS } from '../knowledge/frameLexicon';
import { childrenWith, headOf, isVerb, type Sentence, type Token } from '../syntax/document';
import { isOpeningQuote, quotations } from '../syntax/quotations';
import { actorsOf, subjectTokens, type ActorArgument, type SentenceMentions } from './arguments';

export interface Attribution {
  /** The reporting verb. */
  verb: Token;
  speakers: ActorArgument[];
  /** The root of what is reported (a complement clause or the quotation). */
  content: Token;
  /** For a quotation read on the surface: the tokens inside the quotation marks, whatever the parse made of them. */
  span?: Set<number>;
  /** A quotation that continues the one before it (continuedQuotation): `verb` is its opening mark. */
  continued?: boolean;
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
  out.push(...quotedSpans(sm));
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

/**
 * '"...," Hagel said' and '"...," said Hagel': a quotation closed right before its speaker and a reporting verb is the
 * speaker's, read on the surface, since the parser often makes a long quotation the root and hangs "said" anywhere.
 */
function quotedSpans(sm: SentenceMentions): Attribution[] {
  const s = sm.sentence;
  const out: Attribution[] = [];
  for (const { open, close } of quotations(s)) {
    const span = new Set<number>();
    for (let i = open + 1; i < close; i++) span.add(i);
    const said = speakerAfter(sm, close);
    if (said !== undefined && span.size > 0) out.push({ ...said, content: s.tokens[close - 1]!, span });
  }
  return out;
}

/** The speaker and reporting verb right after a closing quotation mark: ', Hagel said', ', said the minister'. */
function speakerAfter(sm: SentenceMentions, close: number): { verb: Token; speakers: ActorArgument[] } | undefined {
  const s = sm.sentence;
  let i = close + 1;
  if (s.tokens[i]?.text === ',') i++;
  const verbAt = (k: number): Token | undefined => {
    const t = s.tokens[k];
    return t !== undefined && isVerb(t) && REPORTING_VERBS.has(t.lemma) ? t : undefined;
  };
  // "said Hagel": the verb first.
  const first = verbAt(i);
  const named = (from: number): ActorArgument[] => {
    const m = sm.mentions.find((x) => x.start === from && x.entity !== undefined);
    return m === undefined ? [] : actorsOf(sm, s.tokens[m.head]!, false);
  };
  if (first !== undefined) {
    const speakers = named(i + 1);
    return speakers.length > 0 ? { verb: first, speakers } : undefined;
  }
  // "Hagel said", "the Iranian foreign minister said": a mention ending right before the verb.
  const m = sm.mentions.find((x) => x.start >= i && x.start <= i + 4 && x.entity !== undefined && verbAt(x.end));
  if (m === undefined || s.tokens.slice(i, m.start).some((t) => t.pos.startsWith('VB') || t.text === ','))
    return undefined;
  const speakers = actorsOf(sm, s.tokens[m.head]!, false);
  return speakers.length > 0 ? { verb: verbAt(m.end)!, speakers } : undefined;
}

/**
 * A quotation that opens a sentence and has no speaker of its own continues the quotation before it, as news writes
 * a speaker's second sentence: '"...," Obama said. "Germany and Spain are among our strongest allies."' is Obama's.
 * `previous`: the speakers of the quotation that ended the sentence before (or that it continued). An opening mark
 * not closed in the sentence quotes to its end.
 */
export function continuedQuotation(
  sm: SentenceMentions,
  found: Attribution[],
  previous: ActorArgument[],
): Attribution[] {
  const s = sm.sentence;
  const first = s.tokens[0];
  if (previous.length === 0 || first === undefined || !(first.pos === '``' || isOpeningQuote(first.text))) return [];
  const close = quotations(s).find((q) => q.open === 0)?.close ?? s.tokens.length;
  const span = new Set<number>();
  for (let i = 1; i < close; i++) span.add(i);
  if (span.size === 0 || found.some((a) => a.span !== undefined && a.span.has(1))) return [];
  return [{ verb: first, speakers: previous, content: s.tokens[close - 1]!, span, continued: true }];
}

/** The speakers a next sentence's opening quotation may continue: those of this sentence's last quotation. */
export function quotationSpeakers(found: Attribution[]): ActorArgument[] {
  return found.filter((a) => a.span !== undefined).at(-1)?.speakers ?? [];
}

/** The tokens of what an attribution reports: its quotation's span, or its content's clause. */
export function reportedTokens(s: Sentence, a: Attribution): Set<number> {
  return a.span ?? clauseTokens(s, a.content);
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
    const clause = reportedTokens(sm.sentence, a);
    if (clause.has(t.i) && clause.size < size) [best, size] = [a, clause.size];
  }
  return best?.speakers ?? [];
}
