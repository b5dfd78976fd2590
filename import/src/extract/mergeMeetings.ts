// Folds the same meeting told twice in one article ("the Hanoi summit" ... "the Vietnam summit between Kim and Trump") into one record.
import type { MeetingRecord } from '../../../core/model';

/** In-person contacts are one kind whatever the word; calls and visits stay apart from them. */
function contactKind(summary: string | null | undefined): string {
  if (!summary) return 'meeting';
  if (/call|conference/i.test(summary)) return 'remote';
  if (/visit/i.test(summary)) return 'visit';
  return 'meeting';
}

function compatible(a: string | null | undefined, b: string | null | undefined): boolean {
  return !a || !b || a === b;
}

function sameParticipants(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * Keeps the first record of a meeting and fills its missing date and place from later tellings; two tellings are one
 * meeting when they have the same participants, kind and plan status and do not disagree on date or place.
 */
export function mergeMeetings(meetings: MeetingRecord[]): MeetingRecord[] {
  const out: MeetingRecord[] = [];
  for (const m of meetings) {
    const same = out.find(
      (o) =>
        sameParticipants(o.participants, m.participants) &&
        contactKind(o.summary) === contactKind(m.summary) &&
        !!o.planned === !!m.planned &&
        compatible(o.date, m.date) &&
        compatible(o.place, m.place),
    );
    if (!same) {
      out.push(m);
      continue;
    }
    same.date = same.date ?? m.date;
    same.place = same.place ?? m.place;
    same.confidence = Math.max(same.confidence ?? 0, m.confidence ?? 0);
  }
  return out;
}
