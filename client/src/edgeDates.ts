// When a relation happened, in words: the dates of its meetings or stances, for the edge label and the hover tip.
import type { StylesheetJson } from 'cytoscape';
import type { Evidence } from './types';

export interface DatedRelation {
  evidence?: readonly Pick<Evidence, 'date' | 'meetingId'>[];
  firstDate?: string | null;
  lastDate?: string | null;
  /** Meetings or claims in all; a slice's edge carries the evidence of only its newest few. */
  count?: number;
}

/** False when the relation has more meetings or claims than it carries evidence for (a slice ships the newest few). */
export function carriesEveryClaim(relation: Pick<DatedRelation, 'evidence' | 'count'>): boolean {
  return relation.count === undefined || (relation.evidence?.length ?? 0) >= relation.count;
}

/** Distinct dates of a relation, oldest first: one per meeting (a meeting read in two articles is one date). */
export function relationDates(relation: DatedRelation): string[] {
  const byEvent = new Map<string, string>();
  for (const item of relation.evidence ?? []) {
    if (item.date == null || item.date === '') continue;
    const date = item.date.slice(0, 10);
    byEvent.set(item.meetingId ?? date, date);
  }
  const dates = [...new Set(byEvent.values())].sort();
  if (dates.length > 0) return dates;
  return [...new Set([relation.firstDate, relation.lastDate].filter((d): d is string => d != null && d !== ''))]
    .map((d) => d.slice(0, 10))
    .sort();
}

/** The short label drawn on an edge when zoomed in: up to two dates, else the span and how many. */
export function dateLabel(relation: DatedRelation): string {
  const dates = relationDates(relation);
  // Only some of its claims carried: the span is the summary's, and the count is every claim's.
  if (!carriesEveryClaim(relation) && relation.count !== undefined && relation.firstDate && relation.lastDate) {
    const first = relation.firstDate.slice(0, 10);
    const last = relation.lastDate.slice(0, 10);
    return first === last ? first : `${first} – ${last} (${relation.count})`;
  }
  if (dates.length <= 2) return dates.join(', ');
  return `${dates[0]} – ${dates[dates.length - 1]} (${dates.length} dates)`;
}

/**
 * Dates on the relation edges once the analyst zooms in (about 1.2× and closer: below that the label is smaller than
 * min-zoomed-font-size and Cytoscape skips it). Left out of big maps, where measuring thousands of labels costs.
 */
export function edgeDateStyle(large: boolean): StylesheetJson {
  if (large) return [];
  return [
    {
      selector: 'edge[dateLabel][type = "MET"], edge[dateLabel][type = "BACKS"], edge[dateLabel][type = "OPPOSES"]',
      style: {
        label: 'data(dateLabel)',
        'font-size': 9,
        'min-zoomed-font-size': 11,
        color: '#4a5568',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
  ];
}
