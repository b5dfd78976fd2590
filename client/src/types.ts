// TypeScript mirror of the GraphQL contract (server/src/graphql/graphQuestions.graphql) used by the Explorer.

export type RelationType = 'MET' | 'BACKS' | 'OPPOSES';
export type ActorKind = 'Country' | 'Official' | 'Organization';

export const RELATION_TYPES: readonly RelationType[] = ['MET', 'BACKS', 'OPPOSES'];
export const ACTOR_KINDS: readonly ActorKind[] = ['Country', 'Official', 'Organization'];

export interface Evidence {
  articleId: string;
  articleTitle?: string | null;
  file?: string | null;
  publisher?: string | null;
  date?: string | null;
  sentence: string;
  confidence?: number | null;
  meetingId?: string | null;
  place?: string | null;
}

export interface GraphNode {
  id: string;
  kind: ActorKind;
  label: string;
  country?: string | null;
  title?: string | null;
  parent?: string | null;
  degree: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  articleCount: number;
  count: number;
  confidence: number;
  firstDate?: string | null;
  lastDate?: string | null;
  evidence: Evidence[];
}

export interface GraphSlice {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface SearchHit {
  id: string;
  kind: ActorKind;
  name: string;
  country?: string | null;
  title?: string | null;
  score: number;
}

export interface ActorSummary {
  id: string;
  kind: ActorKind;
  name: string;
  country?: string | null;
  title?: string | null;
}

export interface MeetingInfo {
  id: string;
  date?: string | null;
  place?: string | null;
  planned: boolean;
  participants: ActorSummary[];
  evidence: Evidence[];
}

export interface StanceRecord {
  actor: ActorSummary;
  type: RelationType;
  articleCount: number;
  evidence: Evidence[];
}

export interface ActorDetail {
  actor: ActorSummary;
  aliases: string[];
  officials: ActorSummary[];
  meetings: MeetingInfo[];
  articles: number;
}

export interface TimelineBucket {
  start: string;
  meetings: number;
  stances: number;
}

export interface Bloc {
  id: string;
  members: ActorSummary[];
  internalBacks: number;
}

export interface GraphStats {
  actors: number;
  meetings: number;
  stances: number;
  articles: number;
  firstDate?: string | null;
  lastDate?: string | null;
}

/** A saved query as GET /api/queries lists it. */
export interface SavedQuery {
  name: string;
  title?: string;
  description?: string;
  query?: string;
  params: { name: string; type?: string; default?: unknown }[];
}

/** The answer of POST /api/cypher and POST /api/queries/:name. */
export interface CypherResult {
  columns: string[];
  rows: unknown[][] | Record<string, unknown>[];
  graph?: {
    nodes: { data: Record<string, unknown> & { id: string } }[];
    edges: { data: Record<string, unknown> & { id: string; source: string; target: string } }[];
  };
  summary?: { resultAvailableAfter?: number; truncated?: boolean; rowCount?: number };
}
