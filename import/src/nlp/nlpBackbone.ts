// The interface the importer parses articles through: a worker, or a cache in front of one.
import type { ParsedArticle, SentenceChooser } from './parsedArticle';
import { missingParses, withParses } from './parsedArticle';

export interface NlpBackbone {
  /** Names everything that changes the output (library, models, settings); caches key on it. */
  readonly version: string;
  /** Tokens, sentences, tags, lemmas and entities of `text`, and the parses of any sentences already parsed. */
  tag(text: string, file: string): Promise<ParsedArticle>;
  /** The same, with `sentences` (indexes from 0) parsed. */
  parse(text: string, sentences: number[], file: string): Promise<ParsedArticle>;
  close(): Promise<void>;
}

/**
 * Tags the text, lets `choose` pick the sentences that can carry a claim, and parses only those: the parser is about
 * four fifths of the backbone's cost, and most sentences of a news article name no two actors around a trigger.
 */
export async function annotate(
  backbone: NlpBackbone,
  text: string,
  choose: SentenceChooser,
  file: string,
): Promise<ParsedArticle> {
  const tagged = await backbone.tag(text, file);
  const wanted = missingParses(tagged, choose(tagged, text));
  if (wanted.length === 0) return tagged;
  return withParses(tagged, await backbone.parse(text, wanted, file), wanted);
}
