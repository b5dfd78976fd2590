// The Explorer's types: the GraphQL shapes generated from the contract (npm run codegen), and the REST answers.

import type {
  ActorFieldsFragment,
  ActorKind,
  ActorPanelQuery,
  BlocsQuery,
  EvidenceFieldsFragment,
  MeetingFieldsFragment,
  RelationType,
  SearchQuery,
  SliceFieldsFragment,
  StanceFieldsFragment,
  StatsQuery,
  TimelineQuery,
} from './generated/graphQuestionTypes';

export type { ActorKind, RelationType };

export const RELATION_TYPES: readonly RelationType[] = ['MET', 'BACKS', 'OPPOSES'];
export const ACTOR_KINDS: readonly ActorKind[] = ['Country', 'Official', 'Organization'];

// The shapes the page works with are what its queries (graphql/questions.graphql) select, as generated from the
// contract: a field the contract drops or renames fails the type check here, not in an analyst's browser.
export type Evidence = EvidenceFieldsFragment;
export type ActorSummary = ActorFieldsFragment;
export type GraphSlice = SliceFieldsFragment;
export type GraphNode = GraphSlice['nodes'][number];
export type GraphEdge = GraphSlice['edges'][number];
export type MeetingInfo = MeetingFieldsFragment;
export type StanceCounterpart = StanceFieldsFragment;
export type SearchHit = SearchQuery['search'][number];
export type ActorDetail = NonNullable<ActorPanelQuery['actorDetail']>;
export type TimelineBucket = TimelineQuery['timeline'][number];
export type Bloc = BlocsQuery['alliances'][number];
export type GraphStats = StatsQuery['stats'];

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
  summary?: { resultAvailableAfter?: number; truncated?: boolean; rowCount?: number; connected?: number };
}
