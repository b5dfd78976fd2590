// Cleans an article into the one text the backbone parses: headline, then the prose paragraphs, blank lines between.
import type { ArticleInput } from './articleInput';
import { cleanText, type CleanArticle } from './cleanText';
import { articleIdFromSha, sha256Hex } from './ids';

export interface PreparedArticle {
  input: ArticleInput;
  clean: CleanArticle;
  /** What the backbone parses; a blank line ends every paragraph so that no sentence spans two. */
  text: string;
  /** Where the headline ends in `text` (0 without a headline). */
  headlineEnd: number;
  /** Start offset of each paragraph of `clean.paragraphs` in `text`. */
  paragraphStarts: number[];
  sha256: string;
  articleId: string;
}

export function prepareArticle(input: ArticleInput): PreparedArticle {
  const clean = cleanText(input);
  const sha256 = sha256Hex(input.text);
  let text = '';
  let headlineEnd = 0;
  if (clean.title) {
    text = clean.title;
    headlineEnd = text.length;
  }
  const paragraphStarts: number[] = [];
  for (const p of clean.paragraphs) {
    if (text.length > 0) text += '\n\n';
    paragraphStarts.push(text.length);
    text += p;
  }
  return { input, clean, text, headlineEnd, paragraphStarts, sha256, articleId: articleIdFromSha(sha256) };
}
