// Turns what a user types into a safe Lucene query for the actor_search full-text index, with prefix matching.

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Escape every character Lucene's query parser treats as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/**
 * "ste bieg" -> `(ste OR ste*) AND (bieg OR bieg*)`: every word must match, exactly (scores higher) or as a prefix,
 * so unfinished words work while typing.
 * Lower-cased because wildcard terms skip the analyzer, and so AND/OR/NOT typed by a user stay words.
 * Returns undefined when nothing searchable remains.
 */
export function luceneQuery(text: string): string | undefined {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, ' ').trim())
    .flatMap((w) => w.split(/\s+/))
    .filter((w) => w !== '');
  if (words.length === 0) return undefined;
  return words
    .map((w) => escapeLucene(w))
    .map((t) => `(${t} OR ${t}*)`)
    .join(' AND ');
}
