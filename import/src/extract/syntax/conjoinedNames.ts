// Undoes a parser failure on a name joined to a titled name: "Kerry and visiting British Foreign Minister Philip
// Hammond" read as one name whose title, British Foreign Minister, was Kerry's too.
import { childrenWith, headOf, reattach, type ArticleDocument, type Sentence, type Token } from './document';

/** Relations that chain the words of one name or title ("Foreign Minister Philip Hammond"). */
const NAME_PARTS: ReadonlySet<string> = new Set(['compound', 'flat']);

/**
 * The parser makes "Kerry" a compound of "Minister" and "visiting" a conjunct of "Kerry", so the whole phrase is one
 * name with a British title. Where a person's name is a compound inside a longer name and has, after it and before
 * the word it modifies, a conjunct that is an adjective or participle with "and"/"or", the tree is rewired to what
 * was written: the first name takes the phrase's place, the phrase's person becomes its conjunct, and the adjective
 * ("visiting", "outgoing", "new") modifies that person. Anything else is left as parsed.
 */
export function repairConjoinedNames(doc: ArticleDocument): void {
  for (const sentence of doc.sentences) {
    if (!sentence.parsed) continue;
    for (const name of sentence.tokens) {
      if (name.rel !== 'compound' || name.ner !== 'PERSON' || !name.pos.startsWith('NNP')) continue;
      const modified = headOf(sentence, name);
      if (modified === undefined || modified.i < name.i) continue;
      const modifier = childrenWith(sentence, name, 'conj').find(
        (c) => c.i > name.i && c.i < modified.i && /^(JJ|VBG|VBN)/.test(c.pos),
      );
      const cc = modifier && childrenWith(sentence, modifier, 'cc').find((c) => ['and', 'or'].includes(c.lemma));
      if (modifier === undefined || cc === undefined) continue;
      const phrase = phraseHead(sentence, modified);
      const above = headOf(sentence, phrase);
      if (phrase.ner !== 'PERSON' || above === undefined) continue;
      reattach(sentence, name, above, phrase.rel);
      reattach(sentence, phrase, name, 'conj');
      reattach(sentence, cc, phrase, 'cc');
      reattach(sentence, modifier, phrase, 'amod');
    }
  }
}

/** The word a chain of name parts hangs on: "Minister" -> "Hammond" in "Foreign Minister Philip Hammond". */
function phraseHead(sentence: Sentence, t: Token): Token {
  let top = t;
  for (let up = headOf(sentence, top); up !== undefined && NAME_PARTS.has(top.rel); up = headOf(sentence, top))
    top = up;
  return top;
}
