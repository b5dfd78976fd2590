// Gives what the plain-UNWIND baseline loads the summaries the importer's writer keeps, outside the timed load, so the API stage asks a graph as an import would have left it.
import type { Driver } from 'neo4j-driver';
import { refreshSummaries } from '../../core/claimSummaries';
import type { ExtractionDocument } from '../../core/model';

/** Pairs per write transaction. */
const CHUNK = 2_000;

/** The actor pairs a document's claims link: every two participants of a meeting, the two ends of a stance. */
export function documentPairs(doc: ExtractionDocument): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  const add = (a: string, b: string): void => {
    const pair: [string, string] = a <= b ? [a, b] : [b, a];
    pairs.set(pair.join('\u0000'), pair);
  };
  for (const m of doc.meetings)
    for (let i = 0; i < m.participants.length; i++)
      for (let j = i + 1; j < m.participants.length; j++) add(m.participants[i]!, m.participants[j]!);
  for (const s of doc.stances) add(s.from, s.to);
  return [...pairs.values()];
}

/** Recomputes the summaries of the pairs a baseline batch wrote (untimed: the baseline stays plain UNWIND). */
export async function summariseBaselineBatch(
  db: { driver: Driver; database: string },
  doc: ExtractionDocument,
): Promise<void> {
  const pairs = documentPairs(doc);
  const session = db.driver.session({ database: db.database });
  try {
    for (let i = 0; i < pairs.length; i += CHUNK) {
      const chunk = pairs.slice(i, i + CHUNK);
      await session.executeWrite((tx) => refreshSummaries(tx, chunk));
    }
  } finally {
    await session.close();
  }
}
