// The parsed article as the rules read it: sentences of tokens linked to their heads and dependents.
import type { ParsedArticle } from '../../nlp/parsedArticle';

export interface Token {
  /** Index in its sentence, from 0. */
  i: number;
  /** The text as written. */
  text: string;
  /** Lower-cased lemma ("meet" for "met", "u.s." for "U.S."). */
  lemma: string;
  pos: string;
  /** PERSON, LOCATION, ORGANIZATION or O. */
  ner: string;
  /** The gender the backbone knows this PERSON token as a first name of ("Donald": M), if any. */
  gender: 'M' | 'F' | undefined;
  /** Offsets in the parsed text. */
  start: number;
  end: number;
  /** Index of the head token, -1 for the root, undefined when the sentence was not parsed. */
  head: number | undefined;
  /** Universal Dependencies relation to the head ("nsubj", "obl", "nmod:poss"...), "" when not parsed. */
  rel: string;
  /** The relation without its subtype ("nmod" for "nmod:poss"): what a plain relation name matches. */
  relBase: string;
  /** Dependents, in sentence order. */
  children: number[];
}

export interface Sentence {
  /** Index in the article, from 0. */
  index: number;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  parsed: boolean;
  /** The headline (title) rather than the body. */
  headline: boolean;
}

export interface ArticleDocument {
  text: string;
  sentences: Sentence[];
}

/**
 * Builds the rules' view of a parse. `headlineEnd` is where the headline ends in `text` (0 without one): sentences
 * before it are headline sentences.
 */
export function buildDocument(text: string, parsed: ParsedArticle, headlineEnd: number): ArticleDocument {
  const sentences = parsed.sentences.map((s, index): Sentence => {
    const tokens: Token[] = s.begin.map((start, i) => ({
      i,
      text: text.slice(start, s.end[i]),
      lemma: s.lemma[i]!.toLowerCase(),
      pos: s.pos[i]!,
      ner: s.ner[i]!,
      gender: s.gender?.[i] === 'M' ? 'M' : s.gender?.[i] === 'F' ? 'F' : undefined,
      start,
      end: s.end[i]!,
      head: s.head === null ? undefined : s.head[i]! - 1,
      rel: s.rel === null ? '' : s.rel[i]!,
      relBase: s.rel === null ? '' : relBaseOf(s.rel[i]!),
      children: [],
    }));
    if (s.head !== null) for (const t of tokens) if (t.head! >= 0) tokens[t.head!]!.children.push(t.i);
    const start = s.begin[0]!;
    const end = s.end[s.end.length - 1]!;
    return {
      index,
      text: text.slice(start, end),
      start,
      end,
      tokens,
      parsed: s.head !== null,
      headline: start < headlineEnd,
    };
  });
  return { text, sentences };
}

/** The dependents of `t` with relation `rel` (an exact match, or a prefix ending in ':' such as "obl:"). */
export function childrenWith(sentence: Sentence, t: Token, ...rels: string[]): Token[] {
  const out: Token[] = [];
  for (const c of t.children) {
    const child = sentence.tokens[c]!;
    if (rels.some((r) => relMatches(child, r))) out.push(child);
  }
  return out;
}

/** "obl" matches obl and its subtypes (obl:tmod); "obl:" only the subtypes; "obl:tmod" only itself. */
function relMatches(t: Token, rel: string): boolean {
  // A name without ':' equals the base of its subtypes; one with ':' never does.
  if (t.relBase === rel || t.rel === rel) return true;
  return rel.charCodeAt(rel.length - 1) === 58 && t.rel.startsWith(rel);
}

/** A relation without its subtype: "nmod" for "nmod:poss". */
export function relBaseOf(rel: string): string {
  const colon = rel.indexOf(':');
  return colon < 0 ? rel : rel.slice(0, colon);
}

export function hasChild(sentence: Sentence, t: Token, rel: string, lemmas?: ReadonlySet<string>): boolean {
  return childrenWith(sentence, t, rel).some((c) => lemmas === undefined || lemmas.has(c.lemma));
}

/** The preposition or case marker of a nominal ("with" in "met with Kim"), or "" without one. */
export function caseOf(sentence: Sentence, t: Token): string {
  const marks = childrenWith(sentence, t, 'case');
  // "on behalf of", "in front of": the marker nearest the noun decides.
  return marks.length === 0 ? '' : marks.map((m) => m.lemma).join(' ');
}

export function headOf(sentence: Sentence, t: Token): Token | undefined {
  return t.head === undefined || t.head < 0 ? undefined : sentence.tokens[t.head];
}

/** `t` and its ancestors, nearest first. */
export function* ancestors(sentence: Sentence, t: Token): Generator<Token> {
  let current = headOf(sentence, t);
  for (let guard = 0; current !== undefined && guard < sentence.tokens.length; guard++) {
    yield current;
    current = headOf(sentence, current);
  }
}

/** Token indexes of the subtree under `t`, `t` included, in sentence order. */
export function subtree(sentence: Sentence, t: Token): number[] {
  const out: number[] = [];
  const stack = [t.i];
  while (stack.length > 0) {
    const i = stack.pop()!;
    out.push(i);
    for (const c of sentence.tokens[i]!.children) stack.push(c);
  }
  return out.sort((a, b) => a - b);
}

/** True when `inner` lies in the subtree of `outer` (or is it). */
export function dominates(sentence: Sentence, outer: Token, inner: Token): boolean {
  if (outer.i === inner.i) return true;
  for (const a of ancestors(sentence, inner)) if (a.i === outer.i) return true;
  return false;
}

/** Conjuncts of `t` ("Moon and Kim": Kim for Moon), following chains of conj. */
export function conjuncts(sentence: Sentence, t: Token): Token[] {
  const out: Token[] = [];
  const stack = childrenWith(sentence, t, 'conj');
  while (stack.length > 0) {
    const c = stack.shift()!;
    out.push(c);
    stack.push(...childrenWith(sentence, c, 'conj'));
  }
  return out;
}

/** `t` with its conjuncts; for a conjunct, the first conjunct and its siblings ("and" lists read from any member). */
export function coordination(sentence: Sentence, t: Token): Token[] {
  let first = t;
  while (first.rel === 'conj' && headOf(sentence, first) !== undefined) first = headOf(sentence, first)!;
  return [first, ...conjuncts(sentence, first)];
}

/** Gives `t` another relation, keeping its base ("nmod:poss" -> "nmod") in step: for parse repairs. */
export function relabel(t: Token, rel: string): void {
  t.rel = rel;
  t.relBase = relBaseOf(rel);
}

/** Moves `t` under `head` with `rel`, keeping both heads' children in sentence order: for parse repairs. */
export function reattach(sentence: Sentence, t: Token, head: Token, rel: string): void {
  const old = headOf(sentence, t);
  if (old !== undefined) old.children = old.children.filter((c) => c !== t.i);
  t.head = head.i;
  relabel(t, rel);
  head.children = [...head.children, t.i].sort((x, y) => x - y);
}

export function isVerb(t: Token): boolean {
  return t.pos.startsWith('VB');
}

export function isNoun(t: Token): boolean {
  return t.pos.startsWith('NN') || t.pos === 'PRP';
}
