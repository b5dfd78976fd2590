// Walks the matches of trigger patterns in a sentence, skipping spans that an earlier trigger already claimed.

export interface TriggerMatch<T> {
  trigger: T;
  match: RegExpExecArray;
  at: number;
  end: number;
}

/**
 * Triggers are tried in order, most specific first; the caller pushes [at, end] onto `claimed` when a match yields a
 * claim, and the generator reads `claimed` afresh before each match, so a span is never claimed twice.
 */
export function* unclaimedMatches<T extends { re: RegExp }>(text: string, triggers: readonly T[], claimed: ReadonlyArray<readonly [number, number]>): Generator<TriggerMatch<T>> {
  for (const trigger of triggers) {
    trigger.re.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = trigger.re.exec(text)) !== null) {
      const at = match.index;
      const end = at + match[0].length;
      if (claimed.some(([s, e]) => at < e && s < end)) continue;
      yield { trigger, match, at, end };
    }
  }
}
