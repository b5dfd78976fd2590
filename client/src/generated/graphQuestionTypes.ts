/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActorKind =
  | 'Country'
  | 'Official'
  | 'Organization';

export type RelationType =
  | 'BACKS'
  | 'MET'
  | 'OPPOSES';

export type TimeBucket =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type EvidenceFieldsFragment = { articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null };

export type ActorFieldsFragment = { id: string, kind: ActorKind, name: string, country: string | null, title: string | null };

export type SliceFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, kind: ActorKind, label: string, country: string | null, title: string | null, parent: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, articleCount: number, count: number, confidence: number, firstDate: string | null, lastDate: string | null, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null }> }> };

export type MeetingFieldsFragment = { id: string, date: string | null, place: string | null, planned: boolean, participants: Array<{ id: string, kind: ActorKind, name: string, country: string | null, title: string | null }>, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null }> };

export type StanceFieldsFragment = { type: RelationType, articleCount: number, actor: { id: string, kind: ActorKind, name: string, country: string | null, title: string | null }, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null }> };

export type OverviewQueryVariables = Exact<{
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  kinds?: Array<ActorKind> | ActorKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  minConfidence?: number | null | undefined;
  minArticles?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type OverviewQuery = { overview: { truncated: boolean, nodes: Array<{ id: string, kind: ActorKind, label: string, country: string | null, title: string | null, parent: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, articleCount: number, count: number, confidence: number, firstDate: string | null, lastDate: string | null, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null }> }> } };

export type NeighbourhoodQueryVariables = Exact<{
  actors: Array<string> | string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, kind: ActorKind, label: string, country: string | null, title: string | null, parent: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, articleCount: number, count: number, confidence: number, firstDate: string | null, lastDate: string | null, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null }> }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ id: string, kind: ActorKind, name: string, country: string | null, title: string | null, score: number }> };

export type ActorPanelQueryVariables = Exact<{
  id: string;
}>;


export type ActorPanelQuery = { actorDetail: { aliases: Array<string>, articles: number, actor: { id: string, kind: ActorKind, name: string, country: string | null, title: string | null }, officials: Array<{ id: string, kind: ActorKind, name: string, country: string | null, title: string | null }>, meetings: Array<{ id: string, date: string | null, place: string | null, planned: boolean, participants: Array<{ id: string, kind: ActorKind, name: string, country: string | null, title: string | null }>, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null }> }> } | null, backers: Array<{ type: RelationType, articleCount: number, actor: { id: string, kind: ActorKind, name: string, country: string | null, title: string | null }, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null }> }>, backs: Array<{ type: RelationType, articleCount: number, actor: { id: string, kind: ActorKind, name: string, country: string | null, title: string | null }, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null }> }>, opposers: Array<{ type: RelationType, articleCount: number, actor: { id: string, kind: ActorKind, name: string, country: string | null, title: string | null }, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null }> }>, opposes: Array<{ type: RelationType, articleCount: number, actor: { id: string, kind: ActorKind, name: string, country: string | null, title: string | null }, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null }> }> };

export type PathQueryVariables = Exact<{
  from: string;
  to: string;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
}>;


export type PathQuery = { shortestPath: { truncated: boolean, nodes: Array<{ id: string, kind: ActorKind, label: string, country: string | null, title: string | null, parent: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, articleCount: number, count: number, confidence: number, firstDate: string | null, lastDate: string | null, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null }> }> } };

export type TimelineQueryVariables = Exact<{
  bucket?: TimeBucket | null | undefined;
}>;


export type TimelineQuery = { timeline: Array<{ start: string, meetings: number, stances: number }> };

export type BlocsQueryVariables = Exact<{
  minSize?: number | null | undefined;
}>;


export type BlocsQuery = { alliances: Array<{ id: string, internalBacks: number, members: Array<{ id: string, kind: ActorKind, name: string, country: string | null, title: string | null }> }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { actors: number, meetings: number, stances: number, articles: number, firstDate: string | null, lastDate: string | null } };

export type UnrelatedQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type UnrelatedQuery = { unrelated: { count: number, actors: Array<{ id: string, kind: ActorKind, name: string, country: string | null, title: string | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFields on Evidence {
  articleId
  articleTitle
  file
  publisher
  date
  sentence
  confidence
  meetingId
  place
}
    `, {"fragmentName":"EvidenceFields"}) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const SliceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SliceFields on GraphSlice {
  nodes {
    id
    kind
    label
    country
    title
    parent
    degree
  }
  edges {
    id
    source
    target
    type
    articleCount
    count
    confidence
    firstDate
    lastDate
    evidence {
      ...EvidenceFields
    }
  }
  truncated
}
    fragment EvidenceFields on Evidence {
  articleId
  articleTitle
  file
  publisher
  date
  sentence
  confidence
  meetingId
  place
}`, {"fragmentName":"SliceFields"}) as unknown as TypedDocumentString<SliceFieldsFragment, unknown>;
export const ActorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActorFields on ActorSummary {
  id
  kind
  name
  country
  title
}
    `, {"fragmentName":"ActorFields"}) as unknown as TypedDocumentString<ActorFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingFields on MeetingInfo {
  id
  date
  place
  planned
  participants {
    ...ActorFields
  }
  evidence {
    ...EvidenceFields
  }
}
    fragment EvidenceFields on Evidence {
  articleId
  articleTitle
  file
  publisher
  date
  sentence
  confidence
  meetingId
  place
}
fragment ActorFields on ActorSummary {
  id
  kind
  name
  country
  title
}`, {"fragmentName":"MeetingFields"}) as unknown as TypedDocumentString<MeetingFieldsFragment, unknown>;
export const StanceFieldsFragmentDoc = new TypedDocumentString(`
    fragment StanceFields on StanceCounterpart {
  actor {
    ...ActorFields
  }
  type
  articleCount
  evidence {
    ...EvidenceFields
  }
}
    fragment EvidenceFields on Evidence {
  articleId
  articleTitle
  file
  publisher
  date
  sentence
  confidence
  meetingId
  place
}
fragment ActorFields on ActorSummary {
  id
  kind
  name
  country
  title
}`, {"fragmentName":"StanceFields"}) as unknown as TypedDocumentString<StanceFieldsFragment, unknown>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($relationTypes: [RelationType!], $kinds: [ActorKind!], $from: CalendarDate, $to: CalendarDate, $minConfidence: Float, $minArticles: Int, $limit: Int) {
  overview(
    relationTypes: $relationTypes
    kinds: $kinds
    from: $from
    to: $to
    minConfidence: $minConfidence
    minArticles: $minArticles
    limit: $limit
  ) {
    ...SliceFields
  }
}
    fragment EvidenceFields on Evidence {
  articleId
  articleTitle
  file
  publisher
  date
  sentence
  confidence
  meetingId
  place
}
fragment SliceFields on GraphSlice {
  nodes {
    id
    kind
    label
    country
    title
    parent
    degree
  }
  edges {
    id
    source
    target
    type
    articleCount
    count
    confidence
    firstDate
    lastDate
    evidence {
      ...EvidenceFields
    }
  }
  truncated
}`) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const NeighbourhoodDocument = new TypedDocumentString(`
    query Neighbourhood($actors: [ID!]!, $depth: Int, $limit: Int) {
  neighbourhood(actors: $actors, depth: $depth, limit: $limit) {
    ...SliceFields
  }
}
    fragment EvidenceFields on Evidence {
  articleId
  articleTitle
  file
  publisher
  date
  sentence
  confidence
  meetingId
  place
}
fragment SliceFields on GraphSlice {
  nodes {
    id
    kind
    label
    country
    title
    parent
    degree
  }
  edges {
    id
    source
    target
    type
    articleCount
    count
    confidence
    firstDate
    lastDate
    evidence {
      ...EvidenceFields
    }
  }
  truncated
}`) as unknown as TypedDocumentString<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) {
    id
    kind
    name
    country
    title
    score
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const ActorPanelDocument = new TypedDocumentString(`
    query ActorPanel($id: ID!) {
  actorDetail(id: $id) {
    actor {
      ...ActorFields
    }
    aliases
    officials {
      ...ActorFields
    }
    meetings {
      ...MeetingFields
    }
    articles
  }
  backers(actor: $id) {
    ...StanceFields
  }
  backs(actor: $id) {
    ...StanceFields
  }
  opposers(actor: $id) {
    ...StanceFields
  }
  opposes(actor: $id) {
    ...StanceFields
  }
}
    fragment EvidenceFields on Evidence {
  articleId
  articleTitle
  file
  publisher
  date
  sentence
  confidence
  meetingId
  place
}
fragment ActorFields on ActorSummary {
  id
  kind
  name
  country
  title
}
fragment MeetingFields on MeetingInfo {
  id
  date
  place
  planned
  participants {
    ...ActorFields
  }
  evidence {
    ...EvidenceFields
  }
}
fragment StanceFields on StanceCounterpart {
  actor {
    ...ActorFields
  }
  type
  articleCount
  evidence {
    ...EvidenceFields
  }
}`) as unknown as TypedDocumentString<ActorPanelQuery, ActorPanelQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!, $relationTypes: [RelationType!]) {
  shortestPath(from: $from, to: $to, relationTypes: $relationTypes) {
    ...SliceFields
  }
}
    fragment EvidenceFields on Evidence {
  articleId
  articleTitle
  file
  publisher
  date
  sentence
  confidence
  meetingId
  place
}
fragment SliceFields on GraphSlice {
  nodes {
    id
    kind
    label
    country
    title
    parent
    degree
  }
  edges {
    id
    source
    target
    type
    articleCount
    count
    confidence
    firstDate
    lastDate
    evidence {
      ...EvidenceFields
    }
  }
  truncated
}`) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($bucket: TimeBucket) {
  timeline(bucket: $bucket) {
    start
    meetings
    stances
  }
}
    `) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;
export const BlocsDocument = new TypedDocumentString(`
    query Blocs($minSize: Int) {
  alliances(minSize: $minSize) {
    id
    internalBacks
    members {
      ...ActorFields
    }
  }
}
    fragment ActorFields on ActorSummary {
  id
  kind
  name
  country
  title
}`) as unknown as TypedDocumentString<BlocsQuery, BlocsQueryVariables>;
export const StatsDocument = new TypedDocumentString(`
    query Stats {
  stats {
    actors
    meetings
    stances
    articles
    firstDate
    lastDate
  }
}
    `) as unknown as TypedDocumentString<StatsQuery, StatsQueryVariables>;
export const UnrelatedDocument = new TypedDocumentString(`
    query Unrelated($limit: Int) {
  unrelated(limit: $limit) {
    count
    actors {
      ...ActorFields
    }
  }
}
    fragment ActorFields on ActorSummary {
  id
  kind
  name
  country
  title
}`) as unknown as TypedDocumentString<UnrelatedQuery, UnrelatedQueryVariables>;