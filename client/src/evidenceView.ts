// Rendering of evidence (sentence, date, publisher, article, confidence) as plain text nodes.
import { el } from './dom';
import type { Evidence } from './types';

export function confidenceText(value: number | null | undefined): string | null {
  return value == null ? null : `confidence ${value.toFixed(2)}`;
}

/** Buttons under a sentence (the source reader, a curator's fixes); none when the page offers no tools. */
export type EvidenceTools = (evidence: Evidence) => HTMLElement | null;

export function evidenceItem(evidence: Evidence, tools?: EvidenceTools): HTMLElement {
  const source = evidence.articleTitle ?? evidence.file ?? evidence.articleId;
  const meta = [evidence.date, evidence.publisher, evidence.place, confidenceText(evidence.confidence)].filter(
    (part): part is string => part != null && part !== '',
  );
  return el(
    'li',
    { className: 'evidence', 'data-testid': 'evidence' },
    el('blockquote', { className: 'sentence', 'data-testid': 'evidence-sentence' }, evidence.sentence),
    el('div', { className: 'evidence-meta' }, meta.join(' · ')),
    el('div', { className: 'evidence-source', title: evidence.file ?? evidence.articleId }, source),
    tools?.(evidence) ?? null,
  );
}

/** Evidence list, newest first; beyond `open` items the rest fold into a <details>. */
export function evidenceList(items: Evidence[], open = 3, tools?: EvidenceTools): HTMLElement {
  const sorted = [...items].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const list = el('ul', { className: 'evidence-list' }, ...sorted.slice(0, open).map((e) => evidenceItem(e, tools)));
  if (sorted.length <= open) return list;
  const more = el(
    'details',
    { className: 'more-evidence' },
    el('summary', {}, `${sorted.length - open} more`),
    el('ul', { className: 'evidence-list' }, ...sorted.slice(open).map((e) => evidenceItem(e, tools))),
  );
  return el('div', {}, list, more);
}
