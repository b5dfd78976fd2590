// What the NLP backbone returns for one text: sentences of tokens with tags, lemmas, entity labels and, where parsed, dependencies.

/**
 * Columnar, as the worker sends it (nlp-worker/PROTOCOL.md): token i of a sentence is begin[i]..end[i] in the text
 * (UTF-16 offsets, as JavaScript indexes strings), with its Penn Treebank tag, lemma and CoreNLP entity label
 * (PERSON, LOCATION, ORGANIZATION or O). head[i] is the 1-based index of its head (0: the root) and rel[i] its
 * Universal Dependencies relation; both are null for a sentence that was not parsed.
 */
export interface ParsedSentence {
  begin: number[];
  end: number[];
  pos: string[];
  lemma: string[];
  ner: string[];
  head: number[] | null;
  rel: string[] | null;
}

export interface ParsedArticle {
  sentences: ParsedSentence[];
}

/** Sentences longer than this are never parsed (the worker's Backbone.MAX_PARSE_TOKENS). */
export const MAX_PARSE_TOKENS = 120;

/** Picks, from a tagged text, the sentences worth the parser's time (indexes from 0). */
export type SentenceChooser = (tagged: ParsedArticle, text: string) => number[];

export function isParsed(sentence: ParsedSentence): boolean {
  return sentence.head !== null;
}

/** Chosen sentences that still lack a parse and can have one. */
export function missingParses(article: ParsedArticle, chosen: number[]): number[] {
  return chosen.filter((i) => {
    const s = article.sentences[i];
    return s !== undefined && s.head === null && s.begin.length <= MAX_PARSE_TOKENS;
  });
}

/** `base` with the parses `update` holds for `indexes`; both must come from the same text. */
export function withParses(base: ParsedArticle, update: ParsedArticle, indexes: number[]): ParsedArticle {
  if (update.sentences.length !== base.sentences.length) throw new Error('parse of a different text (sentence counts differ)');
  const sentences = base.sentences.slice();
  for (const i of indexes) {
    const parsed = update.sentences[i];
    if (parsed?.head != null) sentences[i] = { ...sentences[i]!, head: parsed.head, rel: parsed.rel };
  }
  return { sentences };
}

function isArrayOf(value: unknown, length: number, check: (v: unknown) => boolean): boolean {
  return Array.isArray(value) && value.length === length && value.every(check);
}

const isInt = (v: unknown): boolean => Number.isInteger(v);
const isString = (v: unknown): boolean => typeof v === 'string';

/** Checks the worker's (or the cache's) JSON before the rules index into it; throws naming what is wrong. */
export function readParsedArticle(value: unknown, textLength: number): ParsedArticle {
  const sentences = (value as { sentences?: unknown } | null)?.sentences;
  if (!Array.isArray(sentences)) throw new Error('no sentences array');
  sentences.forEach((s: Partial<ParsedSentence>, index) => {
    const n = Array.isArray(s.begin) ? s.begin.length : -1;
    const ok =
      n > 0 &&
      isArrayOf(s.begin, n, isInt) &&
      isArrayOf(s.end, n, isInt) &&
      isArrayOf(s.pos, n, isString) &&
      isArrayOf(s.lemma, n, isString) &&
      isArrayOf(s.ner, n, isString) &&
      (s.head === null || isArrayOf(s.head, n, (h) => isInt(h) && (h as number) >= 0 && (h as number) <= n)) &&
      (s.head === null ? s.rel === null : isArrayOf(s.rel, n, isString)) &&
      s.end!.every((e, i) => e <= textLength && s.begin![i]! <= e);
    if (!ok) throw new Error(`sentence ${index} is malformed`);
  });
  return { sentences: sentences as ParsedSentence[] };
}
