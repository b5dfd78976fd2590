/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActorEdit = {
  addAlias?: string | null | undefined;
  /** ISO 3166-1 alpha-2 code; an empty string clears it. */
  country?: string | null | undefined;
  kind?: ActorKind | null | undefined;
  name?: string | null | undefined;
  removeAlias?: string | null | undefined;
  /** An empty string clears the title. */
  title?: string | null | undefined;
};

export type ActorKind =
  | 'Country'
  | 'Official'
  | 'Organization';

export type CurationAction =
  | 'add_meeting'
  | 'add_stance'
  | 'confirm'
  | 'edit_actor'
  | 'merge'
  | 'redate'
  | 'reject'
  | 'retype'
  | 'split';

export type RelationType =
  | 'BACKS'
  | 'MET'
  | 'OPPOSES';

export type TimeBucket =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type EvidenceFieldsFragment = { articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string };

export type ActorFieldsFragment = { id: string, kind: ActorKind, name: string, country: string | null, title: string | null };

export type SliceFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, kind: ActorKind, label: string, country: string | null, title: string | null, parent: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, articleCount: number, count: number, confidence: number, firstDate: string | null, lastDate: string | null, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string }> }> };

export type MeetingFieldsFragment = { id: string, date: string | null, place: string | null, planned: boolean, participants: Array<{ id: string, kind: ActorKind, name: string, country: string | null, title: string | null }>, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string }> };

export type StanceFieldsFragment = { type: RelationType, articleCount: number, actor: { id: string, kind: ActorKind, name: string, country: string | null, title: string | null }, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string }> };

export type OverviewQueryVariables = Exact<{
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  kinds?: Array<ActorKind> | ActorKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  minConfidence?: number | null | undefined;
  minArticles?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type OverviewQuery = { overview: { truncated: boolean, nodes: Array<{ id: string, kind: ActorKind, label: string, country: string | null, title: string | null, parent: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, articleCount: number, count: number, confidence: number, firstDate: string | null, lastDate: string | null, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string }> }> } };

export type NeighbourhoodQueryVariables = Exact<{
  actors: Array<string> | string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ id: string, kind: ActorKind, label: string, country: string | null, title: string | null, parent: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, articleCount: number, count: number, confidence: number, firstDate: string | null, lastDate: string | null, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string }> }> } };

export type EdgeEvidenceQueryVariables = Exact<{
  edges: Array<string> | string;
  limit?: number | null | undefined;
}>;


export type EdgeEvidenceQuery = { edgeEvidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string }> };

export type SearchQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ id: string, kind: ActorKind, name: string, country: string | null, title: string | null, score: number }> };

export type ActorPanelQueryVariables = Exact<{
  id: string;
}>;


export type ActorPanelQuery = { actorDetail: { aliases: Array<string>, articles: number, actor: { id: string, kind: ActorKind, name: string, country: string | null, title: string | null }, officials: Array<{ id: string, kind: ActorKind, name: string, country: string | null, title: string | null }>, meetings: Array<{ id: string, date: string | null, place: string | null, planned: boolean, participants: Array<{ id: string, kind: ActorKind, name: string, country: string | null, title: string | null }>, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string }> }> } | null, backers: Array<{ type: RelationType, articleCount: number, actor: { id: string, kind: ActorKind, name: string, country: string | null, title: string | null }, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string }> }>, backs: Array<{ type: RelationType, articleCount: number, actor: { id: string, kind: ActorKind, name: string, country: string | null, title: string | null }, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string }> }>, opposers: Array<{ type: RelationType, articleCount: number, actor: { id: string, kind: ActorKind, name: string, country: string | null, title: string | null }, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string }> }>, opposes: Array<{ type: RelationType, articleCount: number, actor: { id: string, kind: ActorKind, name: string, country: string | null, title: string | null }, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string }> }> };

export type PathQueryVariables = Exact<{
  from: string;
  to: string;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
}>;


export type PathQuery = { shortestPath: { truncated: boolean, nodes: Array<{ id: string, kind: ActorKind, label: string, country: string | null, title: string | null, parent: string | null, degree: number }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, articleCount: number, count: number, confidence: number, firstDate: string | null, lastDate: string | null, evidence: Array<{ articleId: string, articleTitle: string | null, file: string | null, publisher: string | null, date: string | null, sentence: string, confidence: number | null, meetingId: string | null, place: string | null, claim: string }> }> } };

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

export type CurationFieldsFragment = { id: string, action: CurationAction, target: string, into: string | null, by: string, note: string | null, at: string, undoneAt: string | null, summary: string };

export type CuratorStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type CuratorStatusQuery = { curator: { canCurate: boolean, name: string | null } };

export type CurationsQueryVariables = Exact<{
  target?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type CurationsQuery = { curations: Array<{ id: string, action: CurationAction, target: string, into: string | null, by: string, note: string | null, at: string, undoneAt: string | null, summary: string }> };

export type RejectedClaimsQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type RejectedClaimsQuery = { rejectedClaims: Array<{ claim: string, type: RelationType, evidence: string, articleId: string, rejectedBy: string, actors: Array<{ id: string, kind: ActorKind, name: string, country: string | null, title: string | null }> }> };

export type ArticleTextQueryVariables = Exact<{
  id: string;
}>;


export type ArticleTextQuery = { articleText: { articleId: string, title: string | null, url: string | null, text: string, claims: Array<{ kind: string, summary: string, evidence: string }> } | null };

export type RejectClaimMutationVariables = Exact<{
  id: string;
  claim: string;
  note?: string | null | undefined;
}>;


export type RejectClaimMutation = { rejectClaim: { id: string, action: CurationAction, target: string, into: string | null, by: string, note: string | null, at: string, undoneAt: string | null, summary: string } };

export type ConfirmClaimMutationVariables = Exact<{
  id: string;
  claim: string;
  note?: string | null | undefined;
}>;


export type ConfirmClaimMutation = { confirmClaim: { id: string, action: CurationAction, target: string, into: string | null, by: string, note: string | null, at: string, undoneAt: string | null, summary: string } };

export type RedateClaimMutationVariables = Exact<{
  id: string;
  claim: string;
  date: string;
}>;


export type RedateClaimMutation = { redateClaim: { id: string, action: CurationAction, target: string, into: string | null, by: string, note: string | null, at: string, undoneAt: string | null, summary: string } };

export type ReviseStanceMutationVariables = Exact<{
  id: string;
  claim: string;
  type: RelationType;
  from: string;
  to: string;
}>;


export type ReviseStanceMutation = { reviseStance: { id: string, action: CurationAction, target: string, into: string | null, by: string, note: string | null, at: string, undoneAt: string | null, summary: string } };

export type AddStanceMutationVariables = Exact<{
  id: string;
  type: RelationType;
  from: string;
  to: string;
  article: string;
  evidence: string;
  date?: string | null | undefined;
}>;


export type AddStanceMutation = { addStance: { id: string, action: CurationAction, target: string, into: string | null, by: string, note: string | null, at: string, undoneAt: string | null, summary: string } };

export type AddMeetingMutationVariables = Exact<{
  id: string;
  participants: Array<string> | string;
  article: string;
  evidence: string;
  date?: string | null | undefined;
}>;


export type AddMeetingMutation = { addMeeting: { id: string, action: CurationAction, target: string, into: string | null, by: string, note: string | null, at: string, undoneAt: string | null, summary: string } };

export type EditActorMutationVariables = Exact<{
  id: string;
  actor: string;
  edit: ActorEdit;
}>;


export type EditActorMutation = { editActor: { id: string, action: CurationAction, target: string, into: string | null, by: string, note: string | null, at: string, undoneAt: string | null, summary: string } };

export type MergeActorsMutationVariables = Exact<{
  id: string;
  from: string;
  into: string;
}>;


export type MergeActorsMutation = { mergeActors: { id: string, action: CurationAction, target: string, into: string | null, by: string, note: string | null, at: string, undoneAt: string | null, summary: string } };

export type UndoCurationMutationVariables = Exact<{
  id: string;
  curation: string;
}>;


export type UndoCurationMutation = { undoCuration: { id: string, action: CurationAction, target: string, into: string | null, by: string, note: string | null, at: string, undoneAt: string | null, summary: string } };

export type SplitActorMutationVariables = Exact<{
  id: string;
  actor: string;
  name: string;
  claims: Array<string> | string;
}>;


export type SplitActorMutation = { splitActor: { id: string, action: CurationAction, target: string, into: string | null, by: string, note: string | null, at: string, undoneAt: string | null, summary: string } };

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
  claim
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
  claim
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
  claim
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
  claim
}
fragment ActorFields on ActorSummary {
  id
  kind
  name
  country
  title
}`, {"fragmentName":"StanceFields"}) as unknown as TypedDocumentString<StanceFieldsFragment, unknown>;
export const CurationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CurationFields on Curation {
  id
  action
  target
  into
  by
  note
  at
  undoneAt
  summary
}
    `, {"fragmentName":"CurationFields"}) as unknown as TypedDocumentString<CurationFieldsFragment, unknown>;
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
  claim
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
  claim
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
export const EdgeEvidenceDocument = new TypedDocumentString(`
    query EdgeEvidence($edges: [ID!]!, $limit: Int) {
  edgeEvidence(edges: $edges, limit: $limit) {
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
  claim
}`) as unknown as TypedDocumentString<EdgeEvidenceQuery, EdgeEvidenceQueryVariables>;
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
  claim
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
  claim
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
export const CuratorStatusDocument = new TypedDocumentString(`
    query CuratorStatus {
  curator {
    canCurate
    name
  }
}
    `) as unknown as TypedDocumentString<CuratorStatusQuery, CuratorStatusQueryVariables>;
export const CurationsDocument = new TypedDocumentString(`
    query Curations($target: String, $limit: Int) {
  curations(target: $target, limit: $limit) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  action
  target
  into
  by
  note
  at
  undoneAt
  summary
}`) as unknown as TypedDocumentString<CurationsQuery, CurationsQueryVariables>;
export const RejectedClaimsDocument = new TypedDocumentString(`
    query RejectedClaims($limit: Int) {
  rejectedClaims(limit: $limit) {
    claim
    type
    actors {
      ...ActorFields
    }
    evidence
    articleId
    rejectedBy
  }
}
    fragment ActorFields on ActorSummary {
  id
  kind
  name
  country
  title
}`) as unknown as TypedDocumentString<RejectedClaimsQuery, RejectedClaimsQueryVariables>;
export const ArticleTextDocument = new TypedDocumentString(`
    query ArticleText($id: ID!) {
  articleText(id: $id) {
    articleId
    title
    url
    text
    claims {
      kind
      summary
      evidence
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleTextQuery, ArticleTextQueryVariables>;
export const RejectClaimDocument = new TypedDocumentString(`
    mutation RejectClaim($id: ID!, $claim: String!, $note: String) {
  rejectClaim(id: $id, claim: $claim, note: $note) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  action
  target
  into
  by
  note
  at
  undoneAt
  summary
}`) as unknown as TypedDocumentString<RejectClaimMutation, RejectClaimMutationVariables>;
export const ConfirmClaimDocument = new TypedDocumentString(`
    mutation ConfirmClaim($id: ID!, $claim: String!, $note: String) {
  confirmClaim(id: $id, claim: $claim, note: $note) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  action
  target
  into
  by
  note
  at
  undoneAt
  summary
}`) as unknown as TypedDocumentString<ConfirmClaimMutation, ConfirmClaimMutationVariables>;
export const RedateClaimDocument = new TypedDocumentString(`
    mutation RedateClaim($id: ID!, $claim: String!, $date: CalendarDate!) {
  redateClaim(id: $id, claim: $claim, date: $date) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  action
  target
  into
  by
  note
  at
  undoneAt
  summary
}`) as unknown as TypedDocumentString<RedateClaimMutation, RedateClaimMutationVariables>;
export const ReviseStanceDocument = new TypedDocumentString(`
    mutation ReviseStance($id: ID!, $claim: String!, $type: RelationType!, $from: ID!, $to: ID!) {
  reviseStance(id: $id, claim: $claim, type: $type, from: $from, to: $to) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  action
  target
  into
  by
  note
  at
  undoneAt
  summary
}`) as unknown as TypedDocumentString<ReviseStanceMutation, ReviseStanceMutationVariables>;
export const AddStanceDocument = new TypedDocumentString(`
    mutation AddStance($id: ID!, $type: RelationType!, $from: ID!, $to: ID!, $article: ID!, $evidence: String!, $date: CalendarDate) {
  addStance(
    id: $id
    type: $type
    from: $from
    to: $to
    article: $article
    evidence: $evidence
    date: $date
  ) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  action
  target
  into
  by
  note
  at
  undoneAt
  summary
}`) as unknown as TypedDocumentString<AddStanceMutation, AddStanceMutationVariables>;
export const AddMeetingDocument = new TypedDocumentString(`
    mutation AddMeeting($id: ID!, $participants: [ID!]!, $article: ID!, $evidence: String!, $date: CalendarDate) {
  addMeeting(
    id: $id
    participants: $participants
    article: $article
    evidence: $evidence
    date: $date
  ) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  action
  target
  into
  by
  note
  at
  undoneAt
  summary
}`) as unknown as TypedDocumentString<AddMeetingMutation, AddMeetingMutationVariables>;
export const EditActorDocument = new TypedDocumentString(`
    mutation EditActor($id: ID!, $actor: ID!, $edit: ActorEdit!) {
  editActor(id: $id, actor: $actor, edit: $edit) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  action
  target
  into
  by
  note
  at
  undoneAt
  summary
}`) as unknown as TypedDocumentString<EditActorMutation, EditActorMutationVariables>;
export const MergeActorsDocument = new TypedDocumentString(`
    mutation MergeActors($id: ID!, $from: ID!, $into: ID!) {
  mergeActors(id: $id, from: $from, into: $into) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  action
  target
  into
  by
  note
  at
  undoneAt
  summary
}`) as unknown as TypedDocumentString<MergeActorsMutation, MergeActorsMutationVariables>;
export const UndoCurationDocument = new TypedDocumentString(`
    mutation UndoCuration($id: ID!, $curation: ID!) {
  undoCuration(id: $id, curation: $curation) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  action
  target
  into
  by
  note
  at
  undoneAt
  summary
}`) as unknown as TypedDocumentString<UndoCurationMutation, UndoCurationMutationVariables>;
export const SplitActorDocument = new TypedDocumentString(`
    mutation SplitActor($id: ID!, $actor: ID!, $name: String!, $claims: [String!]!) {
  splitActor(id: $id, actor: $actor, name: $name, claims: $claims) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  action
  target
  into
  by
  note
  at
  undoneAt
  summary
}`) as unknown as TypedDocumentString<SplitActorMutation, SplitActorMutationVariables>;