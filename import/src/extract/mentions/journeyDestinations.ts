// Where a person travels in a sentence, read from the parse: a destination is never that traveller's own state.
import { caseOf, childrenWith, headOf, type ArticleDocument, type Sentence, type Token } from '../syntax/document';
import type { Mention } from './mention';

/** Words of a journey, whose destination is not the traveller's state ("return" is left out: one returns home). */
const JOURNEY_WORDS = new Set(['visit', 'trip', 'tour', 'travel', 'journey', 'fly', 'arrive', 'go']);

/**
 * The journeys a person mention makes in its sentence, read from the parse: the clause it is the subject of and what
 * that clause governs ("Bush waited until 2006 to make his first visit to Afghanistan", "met Abe and flew to Seoul"),
 * or the journey noun it possesses ("Bush's visit to Iraq"). A conjoined clause with a subject of its own is another's.
 */
function journeysOf(s: Sentence, m: Mention): Token[] {
  const own = s.tokens[m.head]!;
  const clause = headOf(s, own);
  if (clause === undefined) return [];
  if (own.rel === 'nmod:poss') return JOURNEY_WORDS.has(clause.lemma) ? [clause] : [];
  if (!own.rel.startsWith('nsubj')) return [];
  const reached: Token[] = [];
  const stack = [clause];
  while (stack.length > 0 && reached.length < 16) {
    const t = stack.pop()!;
    reached.push(t);
    for (const c of childrenWith(s, t, 'xcomp', 'obj', 'conj', 'advcl'))
      if (c.rel !== 'conj' || childrenWith(s, c, 'nsubj', 'nsubj:pass').length === 0) stack.push(c);
  }
  return reached.filter((t) => JOURNEY_WORDS.has(t.lemma));
}

/** Where a journey goes: the object of "visit", else its "to" or "in" ("a trip to Iraq", "arrived in Kabul"). */
function destinationOf(s: Sentence, journey: Token, x: Mention): boolean {
  const token = s.tokens[x.head]!;
  if (token.head !== journey.i) return false;
  if (token.rel === 'obj') return journey.lemma === 'visit' && journey.pos.startsWith('VB');
  return (
    (token.rel.startsWith('obl') || token.rel.startsWith('nmod')) && ['to', 'in', 'into'].includes(caseOf(s, token))
  );
}

/** The countries a person mention travels to in its sentence: never that person's own state. */
export function destinationsOf(doc: ArticleDocument, found: Mention[][], m: Mention): string[] {
  const s = doc.sentences[m.sentence]!;
  if (!s.parsed) return [];
  const journeys = journeysOf(s, m);
  if (journeys.length === 0) return [];
  return (found[m.sentence] ?? [])
    .filter((x) => x.country !== undefined && x.via !== 'organization' && journeys.some((j) => destinationOf(s, j, x)))
    .map((x) => x.country!);
}
