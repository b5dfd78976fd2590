// Undoes two parser failures on coordinated clauses: "A met B, C met D" read as A met [B, C met D], and "A seized B
// and C blames D" read as A seized [B and C] with "blames D" left hanging.
import {
  childrenWith,
  headOf,
  isVerb,
  reattach,
  relabel,
  subtree,
  type ArticleDocument,
  type Sentence,
  type Token,
} from './document';

/**
 * The parser reads "Johnson met Trump, Merkel met Trudeau" as "Johnson met" with the clause "Trump met Trudeau" as its
 * complement and "Merkel" in apposition to "Trump". Where the first verb is one that takes a nominal object and never
 * a clause (`nominalVerbs`), has no object, and its clausal complement repeats it with a subject that has a
 * comma-separated name in apposition, the tree is rewired to what was written: the subject becomes the first verb's
 * object, the appositive the second verb's subject, and the second clause a conjunct of the first. Anything else,
 * a reporting verb with its clause above all, is left as parsed.
 */
export function repairParallelClauses(doc: ArticleDocument, nominalVerbs: ReadonlySet<string>): void {
  for (const sentence of doc.sentences) {
    if (!sentence.parsed) continue;
    for (const first of sentence.tokens) {
      if (!isVerb(first) || !nominalVerbs.has(first.lemma)) continue;
      if (childrenWith(sentence, first, 'obj').length > 0) continue;
      for (const second of childrenWith(sentence, first, 'ccomp')) {
        if (second.lemma !== first.lemma || second.i < first.i) continue;
        const subject = childrenWith(sentence, second, 'nsubj').find((s) => s.i > first.i && s.i < second.i);
        if (subject === undefined || !isName(subject)) continue;
        const appositive = childrenWith(sentence, subject, 'appos').find(
          (a) => a.i < second.i && isName(a) && commaBetween(sentence, subject, a),
        );
        if (appositive === undefined) continue;
        reattach(sentence, subject, first, 'obj');
        reattach(sentence, appositive, second, 'nsubj');
        relabel(second, 'conj');
        break;
      }
    }
  }
}

/**
 * "Iran has seized tankers and the U.S. blames Tehran": the parser makes "the U.S." a conjunct of "tankers" and hangs
 * "blames" as a bare dependent with no subject. Where a finite verb attached as "dep" has no subject and follows right
 * after a nominal conjunct joined by "and"/"but", that conjunct is its subject and the verb's clause a conjunct of
 * the clause it hangs under.
 */
export function repairCoordinatedClauses(doc: ArticleDocument): void {
  for (const sentence of doc.sentences) {
    if (!sentence.parsed) continue;
    for (const verb of sentence.tokens) {
      if (!['VBZ', 'VBD', 'VBP'].includes(verb.pos) || verb.rel !== 'dep') continue;
      if (childrenWith(sentence, verb, 'nsubj', 'nsubj:pass', 'expl').length > 0) continue;
      const clause = headOf(sentence, verb);
      if (clause === undefined || !isVerb(clause) || clause.i > verb.i) continue;
      const subject = sentence.tokens.find(
        (t) =>
          t.rel === 'conj' &&
          /^(NN|PRP)/.test(t.pos) &&
          t.i < verb.i &&
          Math.max(...subtree(sentence, t)) === verb.i - 1 &&
          childrenWith(sentence, t, 'cc').some((c) => c.lemma === 'and' || c.lemma === 'but'),
      );
      if (subject === undefined) continue;
      const cc = childrenWith(sentence, subject, 'cc')[0]!;
      reattach(sentence, subject, verb, 'nsubj');
      reattach(sentence, cc, verb, 'cc');
      relabel(verb, 'conj');
    }
  }
}

function isName(t: Token): boolean {
  return t.pos.startsWith('NNP') && t.ner !== 'O';
}

function commaBetween(sentence: Sentence, a: Token, b: Token): boolean {
  for (let i = a.i + 1; i < b.i; i++) if (sentence.tokens[i]!.text === ',') return true;
  return false;
}
