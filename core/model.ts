// The extraction contract (../shared/contracts/extraction.schema.json) as TypeScript types, shared by importer, writer and API.

export const ACTOR_KINDS = ['Country', 'Official', 'Organization'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const STANCE_TYPES = ['BACKS', 'OPPOSES'] as const;
export type StanceType = (typeof STANCE_TYPES)[number];

/** Relationship types an analyst can filter the map by; MET is derived from two actors ATTENDED one Meeting. */
export const RELATION_TYPES = ['MET', 'BACKS', 'OPPOSES'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** ISO date, YYYY-MM-DD. */
export type IsoDate = string;

/** A real calendar date written YYYY-MM-DD ("2019-02-30" is not): what Neo4j's date() and the API's filters accept. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // By arithmetic, not through Date: every date of every answer passes here (the CalendarDate scalar).
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

export interface ArticleRecord {
  id: string;
  /** The input file's path as given on the command line. */
  file: string;
  title: string | null;
  date: IsoDate | null;
  publisher?: string | null;
  /** Ids of every actor that acts or is acted upon in this article. */
  actors: string[];
  /** Not in the contract's required set: the content hash the id derives from, kept for the graph. */
  sha256?: string;
}

export interface ActorRecord {
  id: string;
  kind: ActorKind;
  name: string;
  aliases?: string[];
  /** ISO 3166-1 alpha-2, or null for international organisations. */
  country: string | null;
  title?: string | null;
  /** For an official of an international organisation: that Organization's id. */
  organization?: string | null;
}

export interface MeetingRecord {
  id: string;
  article: string;
  participants: string[];
  date: IsoDate | null;
  place?: string | null;
  evidence: string;
  confidence?: number;
  /** Extension: true when the article says the meeting is scheduled, not yet held. */
  planned?: boolean;
  summary?: string | null;
  /** Extension: the extraction rule that read it ("meeting-verb:meet"), for evidence and debugging. */
  frame?: string;
}

export interface StanceRecord {
  type: StanceType;
  from: string;
  to: string;
  article: string;
  date?: IsoDate | null;
  evidence: string;
  confidence?: number;
  /** Extension: the extraction rule that read it ("stance-verb:condemn", "evaluation:say"). */
  frame?: string;
}

/** What the importer's dry run prints, and what the writer stores. */
export interface ExtractionDocument {
  articles: ArticleRecord[];
  actors: ActorRecord[];
  meetings: MeetingRecord[];
  stances: StanceRecord[];
}

export function isActorKind(value: unknown): value is ActorKind {
  return typeof value === 'string' && (ACTOR_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}
