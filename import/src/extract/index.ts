// Public API of the pure extraction engine: text in, structured claims out.
export type { ArticleFormat, ArticleInput } from './articleInput';
export { extractArticle } from './extractArticle';
export { mergeDocuments } from './mergeDocuments';
