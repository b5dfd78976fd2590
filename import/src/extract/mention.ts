// A span of a sentence that names an actor, and the helpers that keep overlapping spans apart.
import type { ActorKind } from '../../../core/model';

export interface Mention {
  id: string;
  kind: ActorKind;
  start: number;
  end: number;
  text: string;
  /** The name is a location here ("in Washington"), not an actor doing something. */
  place: boolean;
  /** How it was recognised; decides priority when spans overlap. */
  via: 'official' | 'organization' | 'name' | 'demonym' | 'seat' | 'context' | 'pronoun';
}

const PRIORITY: Record<Mention['via'], number> = { official: 5, organization: 4, name: 3, seat: 3, context: 2, demonym: 2, pronoun: 1 };

/** Keeps the highest-priority, then longest, non-overlapping mentions, in text order. */
export function resolveOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort(
    (a, b) => PRIORITY[b.via] - PRIORITY[a.via] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const m of sorted) {
    // Several bodies may share one span ("ministries of foreign affairs, unification and defense").
    const twin = kept.some((k) => k.start === m.start && k.end === m.end && k.via === m.via && k.id !== m.id);
    if (!twin && kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when the character is a letter or digit, so a name cannot start or end next to it. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
