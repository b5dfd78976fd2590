// Public API of the extraction engine: text in, structured claims out, through an NLP backbone.
export type { ArticleFormat, ArticleInput } from './articleInput';
export { extractArticle } from './extractArticle';
export { Extractor, type ArticleExtractor } from './extractor';
export { mergeDocuments } from './mergeDocuments';
export { prepareArticle, type PreparedArticle } from './prepareArticle';
