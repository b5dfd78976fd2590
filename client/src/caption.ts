// The caption an exported map carries: title, period, filters in force and when it was made, as plain lines.
import type { Filters } from './filters';
import { ACTOR_KINDS, RELATION_TYPES } from './types';

export interface Caption {
  title: string;
  period: string;
  filters: string;
  generated: string;
}

export interface CaptionInput {
  filters: Filters;
  /** The span of the whole graph, for "All time". */
  firstDate?: string | null;
  lastDate?: string | null;
  focus?: string;
  /** 'overview' or the title of a console result drawn instead. */
  mode: string;
  counts: { nodes: number; edges: number };
  now: Date;
}

const KIND_WORD: Record<string, string> = {
  Country: 'countries',
  Official: 'officials',
  Organization: 'organisations',
};

export function viewCaption(input: CaptionInput): Caption {
  const f = input.filters;
  const allTime = input.firstDate && input.lastDate ? `All time (${input.firstDate} – ${input.lastDate})` : 'All time';
  const period =
    f.from === undefined && f.to === undefined ? allTime : `${f.from ?? 'the start'} – ${f.to ?? 'the end'}`;
  const parts: string[] = [];
  if (f.types.size < RELATION_TYPES.length)
    parts.push(`relations: ${[...f.types].map((t) => t.toLowerCase()).join(', ') || 'none'}`);
  if (f.kinds.size < ACTOR_KINDS.length)
    parts.push(`actors: ${[...f.kinds].map((k) => KIND_WORD[k] ?? k).join(', ') || 'none'}`);
  if (f.countries.size > 0) parts.push(`countries: ${[...f.countries].sort().join(', ')}`);
  if (f.minConfidence > 0) parts.push(`confidence ≥ ${f.minConfidence.toFixed(2)}`);
  if (f.minArticles > 1) parts.push(`≥ ${f.minArticles} independent articles`);
  if (input.focus) parts.push(`focus: ${input.focus}`);
  const subject = input.mode === 'overview' ? 'Overview' : input.mode;
  const stamp = `${input.now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return {
    title: `Entente · ${subject} · ${input.counts.nodes} actors, ${input.counts.edges} relations`,
    period: `Period: ${period}`,
    filters: `Filters: ${parts.length === 0 ? 'none' : parts.join(' · ')}`,
    generated: `Generated ${stamp} by Entente Explorer`,
  };
}
