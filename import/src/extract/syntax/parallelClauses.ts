// Undoes one parser failure: parallel clauses with one verb ("A met B, C met D") read as A met [B, C met D].
import { childrenWith, type ArticleDocument, type Sentence, type Token } from './document';

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
      if (!first.pos.startsWith('VB') || !nominalVerbs.has(first.lemma)) continue;
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
        second.rel = 'conj';
        second.relBase = 'conj';
        break;
      }
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

function reattach(sentence: Sentence, t: Token, head: Token, rel: string): void {
  const old = t.head === undefined || t.head < 0 ? undefined : sentence.tokens[t.head];
  if (old !== undefined) old.children = old.children.filter((c) => c !== t.i);
  t.head = head.i;
  t.rel = rel;
  t.relBase = rel.split(':')[0]!;
  head.children = [...head.children, t.i].sort((x, y) => x - y);
}
