// A span of a sentence that may name an actor, and the entity (one per actor and article) it is linked to.
import type { KnownOrganization } from '../knowledge/organizations';

/**
 * How the span names its actor: a country by name, nationality or seat of government; an organisation; a person by
 * name, or by a part of a compound ("Trump-Kim"); a bare title ("the Saudi crown prince"); a pronoun.
 */
export type MentionVia =
  'name' | 'demonym' | 'seat' | 'organization' | 'person' | 'name-part' | 'title' | 'pronoun' | 'context';

export interface Mention {
  sentence: number;
  /** Token range [start, end) in its sentence. */
  start: number;
  end: number;
  /** The token heading the span in the parse: the one the rules meet as an argument. */
  head: number;
  text: string;
  via: MentionVia;
  /** For countries, seats and national bodies: the ISO code. */
  country?: string;
  organization?: KnownOrganization;
  /** Set by linking: what the mention stands for; undefined when it stands for nothing the graph keeps. */
  entity?: Entity;
}

export type EntityKind = 'Country' | 'Official' | 'Organization' | 'Person';

/**
 * One actor of the article. Persons that turn out to hold no office stay 'Person': they can speak and be linked to,
 * but the graph keeps only officials.
 */
export interface Entity {
  kind: EntityKind;
  name: string;
  aliases: Set<string>;
  country: string | null;
  title: string | null;
  /** An official of an international organisation: its entity. */
  organization: Entity | null;
  /** A gazetteer organisation's key: fixes its id ("organization:un-general-assembly"). */
  key?: string;
  /** Set when the entity becomes a graph actor. */
  id?: string;
}

export function isActor(entity: Entity | undefined): entity is Entity {
  return entity !== undefined && entity.kind !== 'Person';
}
