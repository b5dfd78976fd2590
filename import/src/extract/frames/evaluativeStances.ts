// Evaluative stances: a speaker's words about an actor, rated with the VADER lexicon ("called Trump a lunatic").
import { INTENSIFIERS, polarity } from '../knowledge/sentiment';
import { NEGATORS, STANCE_NOUNS, STANCE_VERBS } from '../knowledge/frameLexicon';
import type { Entity } from '../mentions/mention';
import { caseOf, childrenWith, conjuncts, headOf, isVerb, type Sentence, type Token } from '../syntax/document';
import { actorsOf, roleTokens, type SentenceMentions } from './arguments';
import { reportedTokens, type Attribution } from './attribution';
import { modalityOf } from './modality';
import type { StanceClaim } from './stanceFrames';

/** Verbs that say what their object is: "called Trump a lunatic", "described the plan as reckless". */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'describe', 'label', 'brand', 'term', 'dub']);

/**
 * A word after a naming verb's object that says what the object is called, however the parser hangs it ("dep",
 * "acl", "obl:npmod", "nmod" with "as"): an adjective or noun that is not the object's own modifier or conjunct.
 */
function predicateOfObject(s: Sentence, object: Token, c: Token): boolean {
  if (c.i < object.i || !/^(JJ|NN)/.test(c.pos)) return false;
  if (['amod', 'compound', 'det', 'nmod:poss', 'conj', 'cc', 'punct', 'flat', 'nummod'].includes(c.rel)) return false;
  const kase = caseOf(s, c);
  return kase === '' || kase === 'as';
}

/** Below this summed rating (VADER's -4..+4 scale) words about an actor are not an evaluation. */
export const EVALUATION_THRESHOLD = 1.5;

/**
 * Words of the subject's own feelings: "X is pleased" says how X feels, not what the speaker thinks of X. Past
 * participles used as adjectives ("delighted", "frustrated") are feelings too.
 */
const FEELINGS = new Set([
  'happy',
  'glad',
  'sad',
  'upset',
  'angry',
  'excited',
  'pleased',
  'delighted',
  'thrilled',
  'frustrated',
  'disappointed',
  'concerned',
  'worried',
  'afraid',
  'scared',
  'proud',
  'grateful',
  'hopeful',
  'optimistic',
  'pessimistic',
  'confident',
  'satisfied',
  'unhappy',
  'nervous',
  'anxious',
  'eager',
  'keen',
  'willing',
  'ready',
  'sorry',
  'shocked',
  'surprised',
  'relieved',
  'fearful',
  'determined',
  'committed',
  'interested',
]);

/** Verbs and nouns the stance frames read already: their polarity is not counted twice. */
function framed(lemma: string): boolean {
  return STANCE_VERBS.has(lemma) || STANCE_NOUNS.has(lemma);
}

function rated(t: Token): number {
  if (framed(t.lemma)) return 0;
  return polarity(t.lemma) || polarity(t.text);
}

/** A word's rating with its intensifiers and negation: "very honorable" 3.2, "not honorable" -1.8. */
function ratedPhrase(s: Sentence, t: Token): number {
  let score = rated(t);
  // With an object, an open complement tells what the object does ("wants people to disagree"), not the subject.
  const objectControl = childrenWith(s, t, 'obj').length > 0;
  for (const c of childrenWith(s, t, 'amod', 'advmod', 'obj', 'xcomp', 'compound')) {
    if (c.rel === 'xcomp' && objectControl) continue;
    if (INTENSIFIERS.has(c.lemma)) score *= 1.3;
    else if (c.rel === 'amod' || c.rel === 'obj' || c.rel === 'xcomp' || c.rel === 'compound')
      score += rated(c) + childrenWith(s, c, 'amod').reduce((sum, a) => sum + rated(a), 0);
  }
  if (childrenWith(s, t, 'advmod', 'neg', 'det').some((c) => NEGATORS.has(c.lemma))) score *= -0.74; // VADER's N_SCALAR
  return score;
}

/** A predicate with the predicates joined to it that share its subject: "inept, insecure and incompetent". */
function predicates(s: Sentence, head: Token): Token[] {
  return [
    head,
    ...conjuncts(s, head).filter((c) => /^(JJ|NN)/.test(c.pos) && childrenWith(s, c, 'nsubj').length === 0),
  ];
}

/** How the clause speaks of the actor at `t`: its modifiers, and what it is or does as a subject. */
function evaluationOf(s: Sentence, t: Token): number {
  let score = childrenWith(s, t, 'amod').reduce((sum, a) => sum + rated(a), 0);
  const head = headOf(s, t);
  if (head === undefined) return score;
  if (t.rel.startsWith('nsubj')) {
    // "Kim is very honorable", "Iran is a menace", "they cheated us": what is said of the actor.
    if (FEELINGS.has(head.lemma) || FEELINGS.has(head.text.toLowerCase()) || head.pos === 'VBN') return score;
    for (const p of predicates(s, head)) if (!FEELINGS.has(p.lemma)) score += ratedPhrase(s, p);
  } else if (t.rel === 'obj' && isVerb(head)) {
    // "we love China", "I respect him": only from the speaker's own side, so the first person subject.
    const subject = childrenWith(s, head, 'nsubj')[0];
    if (subject !== undefined && ['i', 'we'].includes(subject.lemma)) score += ratedPhrase(s, head) - rated(t);
  }
  return score;
}

/**
 * Each actor named in the clause with how the clause rates it: of its mentions ("the US rolls back its hostile
 * policy" names the US twice), the one rated most strongly.
 */
function ratedActorsIn(sm: SentenceMentions, clause: Set<number>): { entity: Entity; score: number }[] {
  const best = new Map<Entity, number>();
  // Each (token, actor) once: a deed's token stands for each of its owners.
  const seen = new Map<Entity, Set<number>>();
  for (const i of clause) {
    // With deeds: what is said of an actor's doing is said of the actor ("Trump's tweets were unacceptable").
    for (const a of actorsOf(sm, sm.sentence.tokens[i]!, true)) {
      const tokens = seen.get(a.entity) ?? new Set<number>();
      if (tokens.has(a.token.i) || !clause.has(a.token.i)) continue;
      seen.set(a.entity, tokens.add(a.token.i));
      const score = evaluationOf(sm.sentence, a.token);
      const held = best.get(a.entity);
      if (held === undefined || Math.abs(score) > Math.abs(held)) best.set(a.entity, score);
    }
  }
  return [...best].map(([entity, score]) => ({ entity, score }));
}

function stance(s: Sentence, from: Entity, to: Entity, score: number, frame: string): StanceClaim {
  return { sentence: s, type: score > 0 ? 'BACKS' : 'OPPOSES', from, to, frame, confidence: 0.5 };
}

/**
 * What is said *to* someone ("said Putin to Xi", "Trump told Kim") is about them when it addresses them: a quotation
 * that is only a noun phrase ("My dear friend," said Putin to Xi) or that says "you" ("You are a liar," he told Y).
 */
function addressedStances(sm: SentenceMentions, a: Attribution, clause: Set<number>): StanceClaim[] {
  const s = sm.sentence;
  const verb = a.verb;
  const addressed = [...roleTokens(s, verb, 'to'), ...(verb.lemma === 'tell' ? childrenWith(s, verb, 'obj') : [])];
  const addressees = addressed.filter((x) => !clause.has(x.i)).flatMap((x) => actorsOf(sm, x, false));
  if (addressees.length === 0) return [];
  const tokens = [...clause].map((i) => s.tokens[i]!);
  // The quotation's own head: the word of it the parse hangs outside it (a surface quote's root may be a comma).
  const root = tokens.find((t) => /^[A-Za-z]/.test(t.pos) && !clause.has(headOf(s, t)?.i ?? -1)) ?? a.content;
  // A bare phrase counts when its head word is itself rated: "My dear friend", not "Good morning".
  const bare = !tokens.some((t) => isVerb(t) || t.pos === 'MD') && rated(root) !== 0;
  const score = bare
    ? ratedPhrase(s, root)
    : tokens.filter((t) => t.lemma === 'you').reduce((sum, t) => sum + evaluationOf(s, t), 0);
  if (score === 0) return [];
  if (Math.abs(score) < EVALUATION_THRESHOLD) return [];
  return a.speakers.flatMap((sp) =>
    addressees
      .filter((ad) => ad.entity !== sp.entity)
      .map((ad) => stance(s, sp.entity, ad.entity, score, `evaluation:${verb.lemma}-to`)),
  );
}

/**
 * "X called Y a 'lunatic old man'", "X described Y as ...": the object and what it is called. And any reported
 * clause: each actor in it that the clause rates past the threshold, as the speaker's stance.
 */
export function evaluativeStances(sm: SentenceMentions, found: Attribution[]): StanceClaim[] {
  const s = sm.sentence;
  if (!s.parsed) return [];
  const out: StanceClaim[] = [];
  for (const a of found) {
    const verb = a.verb;
    // A reporting verb hung under its own quote ("..., Trump said") is not qualified by what it reports.
    // A continued quotation has no verb in this sentence: its opening mark stands in, with nothing to qualify it.
    const underQuote = verb.rel === 'csubj' || verb.rel === 'parataxis' || a.continued === true;
    if (!underQuote && modalityOf(s, verb).blocked !== undefined) continue;
    const clause = reportedTokens(s, a);
    const frame = a.continued === true ? 'evaluation:quote' : `evaluation:${verb.lemma}`;
    for (const { entity, score } of ratedActorsIn(sm, clause)) {
      if (Math.abs(score) < EVALUATION_THRESHOLD) continue;
      for (const sp of a.speakers) if (sp.entity !== entity) out.push(stance(s, sp.entity, entity, score, frame));
    }
    if (a.continued !== true) out.push(...addressedStances(sm, a, clause));
  }
  for (const t of s.tokens) {
    if (!isVerb(t) || !NAMING_VERBS.has(t.lemma) || modalityOf(s, t).blocked !== undefined) continue;
    const speakers =
      found.find((a) => a.verb === t)?.speakers ?? childrenWith(s, t, 'nsubj').flatMap((x) => actorsOf(sm, x, false));
    const rate = (named: Token, called: Token[]): void => {
      const score = called.reduce((sum, c) => sum + ratedPhrase(s, c), 0);
      if (Math.abs(score) < EVALUATION_THRESHOLD) return;
      // What an actor did or said stands for the actor: "called Trump's remarks 'extremely negative'".
      for (const target of actorsOf(sm, named, true))
        for (const sp of speakers)
          if (sp.entity !== target.entity)
            out.push(stance(s, sp.entity, target.entity, score, `evaluation:${t.lemma}`));
    };
    for (const o of childrenWith(s, t, 'obj'))
      // What the object is called: "a lunatic" (xcomp), "as reckless" (obl), or the same hung on the object itself
      // ("called the remarks 'extremely negative'", "branded the move a provocation", "described it as reckless").
      rate(o, [
        ...childrenWith(s, t, 'xcomp', 'obl'),
        ...o.children.map((c) => s.tokens[c]!).filter((c) => predicateOfObject(s, o, c)),
      ]);
    // A small clause: "KCNA called Trump a lunatic" parses the object as the subject of "man".
    const small = childrenWith(s, t, 'xcomp')[0];
    const subject = small !== undefined ? childrenWith(s, small, 'nsubj')[0] : undefined;
    if (small !== undefined && subject !== undefined && childrenWith(s, t, 'obj').length === 0) rate(subject, [small]);
  }
  return out;
}
