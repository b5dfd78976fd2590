// ISO date helpers for the timeline (UTC, YYYY-MM-DD).

export type Bucket = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

function parse(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = parse(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

/** Last day of the bucket starting at `start`. */
export function bucketEnd(start: string, bucket: Bucket): string {
  const date = parse(start);
  if (bucket === 'DAY') return isoDay(date);
  if (bucket === 'WEEK') return addDays(start, 6);
  if (bucket === 'MONTH') return isoDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)));
  return `${date.getUTCFullYear()}-12-31`;
}

/** A bucket size that gives a useful number of bars for the span. */
export function bucketFor(first: string | null | undefined, last: string | null | undefined): Bucket {
  if (!first || !last) return 'MONTH';
  const days = (parse(last).getTime() - parse(first).getTime()) / 86_400_000;
  if (days <= 60) return 'DAY';
  if (days <= 400) return 'WEEK';
  if (days <= 365 * 12) return 'MONTH';
  return 'YEAR';
}

export function isIsoDate(value: string | null | undefined): value is string {
  return value != null && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Start of the bucket after the one starting at `start`. */
export function nextBucket(start: string, bucket: Bucket): string {
  return addDays(bucketEnd(start, bucket), 1);
}
