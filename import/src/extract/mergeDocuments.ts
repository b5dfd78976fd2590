// Merges per-article extraction documents: one actor per id (aliases united, best title kept), everything else concatenated.
import type { ActorRecord, ExtractionDocument } from '../../../core/model';

/** A longer, more specific title ("Deputy Foreign Minister") beats a generic or missing one. */
function betterTitle(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return b.length > a.length ? b : a;
}

export function mergeActors(into: ActorRecord, next: ActorRecord): ActorRecord {
  const aliases = new Set([...(into.aliases ?? []), ...(next.aliases ?? [])]);
  aliases.delete(into.name);
  const merged: ActorRecord = { ...into, aliases: [...aliases].sort() };
  if (into.kind === 'Official' || next.kind === 'Official') merged.title = betterTitle(into.title, next.title);
  if (merged.country == null && next.country != null) merged.country = next.country;
  if (!merged.organization && next.organization) merged.organization = next.organization;
  return merged;
}

export function mergeDocuments(docs: ExtractionDocument[]): ExtractionDocument {
  const actors = new Map<string, ActorRecord>();
  const out: ExtractionDocument = { articles: [], actors: [], meetings: [], stances: [] };
  const seenArticles = new Set<string>();
  for (const doc of docs) {
    for (const article of doc.articles) {
      if (seenArticles.has(article.id)) continue;
      seenArticles.add(article.id);
      out.articles.push(article);
    }
    for (const actor of doc.actors) {
      const existing = actors.get(actor.id);
      actors.set(actor.id, existing ? mergeActors(existing, actor) : { ...actor, aliases: [...(actor.aliases ?? [])] });
    }
    out.meetings.push(...doc.meetings);
    out.stances.push(...doc.stances);
  }
  out.actors = [...actors.values()];
  return out;
}
