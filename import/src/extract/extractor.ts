// The extractor as the importer uses it: article in, contract document out, parsing through a backbone.
import type { ExtractionDocument } from '../../../core/model';
import { annotate, type NlpBackbone } from '../nlp/nlpBackbone';
import type { ArticleInput } from './articleInput';
import { chooseSentences } from './chooseSentences';
import { extractArticle } from './extractArticle';
import { prepareArticle } from './prepareArticle';

/** What the importer extracts with: this class in process, or a pool of threads running it (extractorPool.ts). */
export interface ArticleExtractor {
  extract(input: ArticleInput): Promise<ExtractionDocument>;
  close(): Promise<void>;
}

/**
 * Pure from the caller's side: the same article and backbone version give the same document. The backbone (a worker
 * process, a cache) is the only I/O, behind its interface.
 */
export class Extractor implements ArticleExtractor {
  constructor(readonly backbone: NlpBackbone) {}

  async extract(input: ArticleInput): Promise<ExtractionDocument> {
    const prepared = prepareArticle(input);
    const parsed =
      prepared.text.length === 0
        ? { sentences: [] }
        : await annotate(this.backbone, prepared.text, chooseSentences, input.file);
    return extractArticle(prepared, parsed);
  }

  close(): Promise<void> {
    return this.backbone.close();
  }
}
