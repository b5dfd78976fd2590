// The extractor's input type: one article's raw text and how it is formatted.
export type ArticleFormat = 'text' | 'markdown' | 'html';

export interface ArticleInput {
  /** The input file's path as given on the command line. */
  file: string;
  /** The raw file contents; the article id derives from its hash. */
  text: string;
  format: ArticleFormat;
}
