// Collects the actors one article names, merging aliases and keeping the most specific title.
import type { ActorRecord } from '../../../core/model';
import { mergeActors } from './mergeDocuments';

export class ActorRegistry {
  readonly actors = new Map<string, ActorRecord>();

  /** Adds or enriches an actor; `alias` is the form the text used. */
  add(actor: ActorRecord, alias?: string): ActorRecord {
    const existing = this.actors.get(actor.id);
    // Most calls repeat what is known: skip the merge then.
    if (
      existing &&
      (!alias || alias === existing.name || existing.aliases?.includes(alias)) &&
      (existing.title || !actor.title) &&
      (existing.country || !actor.country)
    )
      return existing;
    const incoming: ActorRecord = { ...actor, aliases: alias && alias !== actor.name ? [alias] : [] };
    const merged = existing ? mergeActors(existing, incoming) : incoming;
    this.actors.set(actor.id, merged);
    return merged;
  }

  get(id: string): ActorRecord | undefined {
    return this.actors.get(id);
  }
}
