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
  /** One character per token: 'M' or 'F' for a PERSON token the backbone knows as a first name, else '.'. */
  gender?: string;
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
  if (update.sentences.length !== base.sentences.length)
    throw new Error('parse of a different text (sentence counts differ)');
  const sentences = base.sentences.slice();
  for (const i of indexes) {
    const parsed = update.sentences[i];
    if (parsed?.head != null) sentences[i] = { ...sentences[i]!, head: parsed.head, rel: parsed.rel };
  }
  return { sentences };
}

function sameLength(value: unknown, n: number): boolean {
  return Array.isArray(value) && value.length === n;
}

/** One sentence's columns: lengths agree, offsets are ordered inside the text, heads point inside the sentence. */
function wellFormed(s: Partial<ParsedSentence>, textLength: number): boolean {
  const n = Array.isArray(s.begin) ? s.begin.length : -1;
  if (n <= 0 || !sameLength(s.end, n) || !sameLength(s.pos, n) || !sameLength(s.lemma, n) || !sameLength(s.ner, n))
    return false;
  if (s.gender !== undefined && (typeof s.gender !== 'string' || s.gender.length !== n)) return false;
  const begin = s.begin!;
  const end = s.end!;
  for (let i = 0; i < n; i++) {
    const b = begin[i];
    const e = end[i];
    if (!Number.isInteger(b) || !Number.isInteger(e) || b! > e! || e! > textLength) return false;
    if (typeof s.pos![i] !== 'string' || typeof s.lemma![i] !== 'string' || typeof s.ner![i] !== 'string') return false;
  }
  if (s.head === null) return s.rel === null;
  if (!sameLength(s.head, n) || !sameLength(s.rel, n)) return false;
  for (let i = 0; i < n; i++) {
    const h = s.head![i];
    if (!Number.isInteger(h) || h! < 0 || h! > n || typeof s.rel![i] !== 'string') return false;
  }
  return true;
}

/** Checks the worker's (or the cache's) JSON before the rules index into it; throws naming what is wrong. */
export function readParsedArticle(value: unknown, textLength: number): ParsedArticle {
  const sentences = (value as { sentences?: unknown } | null)?.sentences;
  if (!Array.isArray(sentences)) throw new Error('no sentences array');
  for (let index = 0; index < sentences.length; index++) {
    if (!wellFormed(sentences[index] as Partial<ParsedSentence>, textLength))
      throw new Error(`sentence ${index} is malformed`);
  }
  return { sentences: sentences as ParsedSentence[] };
}
