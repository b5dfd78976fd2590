// The GraphQL questions the Explorer asks, as typed functions over the contract.
import { graphql } from './api';
import type { ActorDetail, ActorKind, Bloc, GraphSlice, GraphStats, MeetingInfo, RelationType, SearchHit, StanceRecord, TimelineBucket } from './types';

const EVIDENCE = 'articleId articleTitle file publisher date sentence confidence meetingId place';
const SLICE = `nodes { id kind label country title parent degree }
  edges { id source target type articleCount count confidence firstDate lastDate evidence { ${EVIDENCE} } }
  truncated`;
const ACTOR = 'id kind name country title';
const MEETING = `id date place planned participants { ${ACTOR} } evidence { ${EVIDENCE} }`;
const STANCE = `actor { ${ACTOR} } type articleCount evidence { ${EVIDENCE} }`;

export interface OverviewArgs {
  relationTypes?: RelationType[];
  kinds?: ActorKind[];
  from?: string;
  to?: string;
  minConfidence?: number;
  minArticles?: number;
  limit?: number;
}

export async function overview(args: OverviewArgs): Promise<GraphSlice> {
  const data = await graphql<{ overview: GraphSlice }>(
    `query Overview($relationTypes: [RelationType!], $kinds: [ActorKind!], $from: String, $to: String, $minConfidence: Float, $minArticles: Int, $limit: Int) {
      overview(relationTypes: $relationTypes, kinds: $kinds, from: $from, to: $to, minConfidence: $minConfidence, minArticles: $minArticles, limit: $limit) { ${SLICE} }
    }`,
    { ...args },
  );
  return data.overview;
}

export async function neighbourhood(actors: string[], limit: number, depth = 1): Promise<GraphSlice> {
  const data = await graphql<{ neighbourhood: GraphSlice }>(
    `query Neighbourhood($actors: [ID!]!, $depth: Int, $limit: Int) { neighbourhood(actors: $actors, depth: $depth, limit: $limit) { ${SLICE} } }`,
    { actors, depth, limit },
  );
  return data.neighbourhood;
}

export async function search(text: string, limit = 10): Promise<SearchHit[]> {
  const data = await graphql<{ search: SearchHit[] }>(`query Search($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id kind name country title score } }`, { text, limit });
  return data.search;
}

export interface ActorPanelData {
  actorDetail: ActorDetail | null;
  backers: StanceRecord[];
  backedBy: StanceRecord[];
  opposers: StanceRecord[];
  opposedBy: StanceRecord[];
}

/** Everything the evidence panel shows for one actor, in one request. */
export function actorPanel(id: string): Promise<ActorPanelData> {
  return graphql<ActorPanelData>(
    `query ActorPanel($id: ID!) {
      actorDetail(id: $id) { actor { ${ACTOR} } aliases officials { ${ACTOR} } meetings { ${MEETING} } articles }
      backers(actor: $id) { ${STANCE} }
      backedBy(actor: $id) { ${STANCE} }
      opposers(actor: $id) { ${STANCE} }
      opposedBy(actor: $id) { ${STANCE} }
    }`,
    { id },
  );
}

export async function shortestPath(from: string, to: string, relationTypes?: RelationType[]): Promise<GraphSlice> {
  const data = await graphql<{ shortestPath: GraphSlice }>(
    `query Path($from: ID!, $to: ID!, $relationTypes: [RelationType!]) { shortestPath(from: $from, to: $to, relationTypes: $relationTypes) { ${SLICE} } }`,
    { from, to, relationTypes },
  );
  return data.shortestPath;
}

export async function timeline(bucket: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' = 'MONTH'): Promise<TimelineBucket[]> {
  const data = await graphql<{ timeline: TimelineBucket[] }>(`query Timeline($bucket: TimeBucket) { timeline(bucket: $bucket) { start meetings stances } }`, { bucket });
  return data.timeline;
}

export async function alliances(minSize = 2): Promise<Bloc[]> {
  const data = await graphql<{ alliances: Bloc[] }>(`query Blocs($minSize: Int) { alliances(minSize: $minSize) { id internalBacks members { ${ACTOR} } } }`, { minSize });
  return data.alliances;
}

export async function stats(): Promise<GraphStats> {
  const data = await graphql<{ stats: GraphStats }>(`query Stats { stats { actors meetings stances articles firstDate lastDate } }`);
  return data.stats;
}

export type { MeetingInfo };
