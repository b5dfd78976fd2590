// Shared helpers for the extraction tests: run one invented article through the real CoreNLP worker, read its claims.
import type { ExtractionDocument } from '../../../core/model';
import type { ArticleFormat } from '../../../import/src/extract';
import { testExtractor } from '../../support/testExtractor';

export function extract(
  body: string,
  opts: { date?: string; format?: ArticleFormat } = {},
): Promise<ExtractionDocument> {
  const header =
    opts.format === 'html' || opts.format === 'markdown'
      ? ''
      : `Test headline for the extractor\n\n${opts.date ? `Example News ${opts.date}` : ''}\n\n`;
  return testExtractor().extract({ file: 'test.txt', text: header + body, format: opts.format ?? 'text' });
}

export function meetingsOf(doc: ExtractionDocument): string[] {
  return doc.meetings.map((m) => [...m.participants].sort().join(' + '));
}

export function stancesOf(doc: ExtractionDocument): string[] {
  return doc.stances.map((s) => `${s.from} ${s.type} ${s.to}`);
}

export function actorIds(doc: ExtractionDocument): string[] {
  return doc.actors.map((a) => a.id);
}
