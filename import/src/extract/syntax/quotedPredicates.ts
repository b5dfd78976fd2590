// Undoes a parser failure on a quoted predicate: 'said the US was "incompetent"' read as the US being what was said.
import { childrenWith, isVerb, reattach, type ArticleDocument } from './document';

/**
 * When quotation marks split a clause, the parser makes its subject the verb's object and the quoted predicate, with
 * its copula, a loose dependent of the verb ("said the US[obj] was "incompetent"[dep]"). Where a verb has an object
 * and, after it, a dependent adjective or noun that has a copula between them and no subject of its own, the tree is
 * rewired to what was written: the predicate becomes the verb's clausal complement and the object its subject.
 */
export function repairQuotedPredicates(doc: ArticleDocument): void {
  for (const sentence of doc.sentences) {
    if (!sentence.parsed) continue;
    for (const verb of sentence.tokens) {
      if (!isVerb(verb)) continue;
      const object = childrenWith(sentence, verb, 'obj')[0];
      if (object === undefined) continue;
      const predicate = childrenWith(sentence, verb, 'dep').find(
        (d) =>
          d.i > object.i &&
          /^(JJ|NN)/.test(d.pos) &&
          childrenWith(sentence, d, 'nsubj', 'nsubj:pass').length === 0 &&
          childrenWith(sentence, d, 'cop').some((c) => c.i > object.i && c.i < d.i),
      );
      if (predicate === undefined) continue;
      reattach(sentence, predicate, verb, 'ccomp');
      reattach(sentence, object, predicate, 'nsubj');
    }
  }
}
