// The GraphQL questions the Explorer asks (graphql/questions.graphql), as functions typed by the generated documents.
import { graphql } from './api';
import {
  ActorPanelDocument,
  BlocsDocument,
  EdgeEvidenceDocument,
  NeighbourhoodDocument,
  OverviewDocument,
  PathDocument,
  SearchDocument,
  StatsDocument,
  TimelineDocument,
  UnrelatedDocument,
  type UnrelatedQuery,
  type ActorPanelQuery,
  type OverviewQueryVariables,
  type TimeBucket,
} from './generated/graphQuestionTypes';
import type {
  Bloc,
  Evidence,
  GraphSlice,
  GraphStats,
  MeetingInfo,
  RelationType,
  SearchHit,
  TimelineBucket,
} from './types';

export type OverviewArgs = OverviewQueryVariables;

export async function overview(args: OverviewArgs): Promise<GraphSlice> {
  return (await graphql(OverviewDocument, args)).overview;
}

export async function neighbourhood(actors: string[], limit: number, depth = 1): Promise<GraphSlice> {
  return (await graphql(NeighbourhoodDocument, { actors, depth, limit })).neighbourhood;
}

/** The evidence of edges (their GraphEdge ids; a rolled-up edge's members), newest first. */
export async function edgeEvidence(edges: string[], limit = 50): Promise<Evidence[]> {
  return (await graphql(EdgeEvidenceDocument, { edges, limit })).edgeEvidence;
}

export async function search(text: string, limit = 10): Promise<SearchHit[]> {
  return (await graphql(SearchDocument, { text, limit })).search;
}

export type ActorPanelData = ActorPanelQuery;

/** Everything the evidence panel shows for one actor, in one request. */
export function actorPanel(id: string): Promise<ActorPanelData> {
  return graphql(ActorPanelDocument, { id });
}

export async function shortestPath(from: string, to: string, relationTypes?: RelationType[]): Promise<GraphSlice> {
  return (await graphql(PathDocument, { from, to, relationTypes })).shortestPath;
}

export async function timeline(bucket: TimeBucket = 'MONTH'): Promise<TimelineBucket[]> {
  return (await graphql(TimelineDocument, { bucket })).timeline;
}

export async function alliances(minSize = 2): Promise<Bloc[]> {
  return (await graphql(BlocsDocument, { minSize })).alliances;
}

export async function stats(): Promise<GraphStats> {
  return (await graphql(StatsDocument, {})).stats;
}

/** The actors the overview leaves out for having no relation: how many, and the first of them. */
export async function unrelated(limit = 200): Promise<UnrelatedQuery['unrelated']> {
  return (await graphql(UnrelatedDocument, { limit })).unrelated;
}

export type { MeetingInfo };
