import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD (a real date: 2019-02-30 is refused). */
  CalendarDate: { input: string; output: string; }
};

export type ActorDetail = {
  __typename?: 'ActorDetail';
  actor: ActorSummary;
  aliases: Array<Scalars['String']['output']>;
  articles: Scalars['Int']['output'];
  meetings: Array<MeetingInfo>;
  /** Officials representing a country or organisation; empty for officials. */
  officials: Array<ActorSummary>;
};

export type ActorEdit = {
  addAlias?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 code; an empty string clears it. */
  country?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ActorKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  removeAlias?: InputMaybe<Scalars['String']['input']>;
  /** An empty string clears the title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type ActorKind =
  | 'Country'
  | 'Official'
  | 'Organization';

export type ActorSummary = {
  __typename?: 'ActorSummary';
  country: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  name: Scalars['String']['output'];
  title: Maybe<Scalars['String']['output']>;
};

/** A claim in force that an article states: a meeting (kind MEETING) or a stance (BACKS, OPPOSES). */
export type ArticleClaim = {
  __typename?: 'ArticleClaim';
  /** The sentence it was read from, as it stands in the text. */
  evidence: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  /** One line for a list: the meeting's summary, or who backs or opposes whom. */
  summary: Scalars['String']['output'];
};

/** An article's text as the importer read it (the source reader), when the server can still read its file unchanged. */
export type ArticleText = {
  __typename?: 'ArticleText';
  articleId: Scalars['ID']['output'];
  /** The meetings and stances in force read from this article (rejected ones left out), at most 200. */
  claims: Array<ArticleClaim>;
  text: Scalars['String']['output'];
  title: Maybe<Scalars['String']['output']>;
  /** The article's address, when it was imported from one. */
  url: Maybe<Scalars['String']['output']>;
};

export type Bloc = {
  __typename?: 'Bloc';
  id: Scalars['ID']['output'];
  /** BACKS edges inside the bloc. */
  internalBacks: Scalars['Int']['output'];
  members: Array<ActorSummary>;
};

/** One curation: who changed what, when and why. */
export type Curation = {
  __typename?: 'Curation';
  action: CurationAction;
  /** When it was made (ISO date-time). */
  at: Scalars['String']['output'];
  by: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** For a merge: the actor the target was merged into. */
  into: Maybe<Scalars['ID']['output']>;
  note: Maybe<Scalars['String']['output']>;
  /** One line for a history panel. */
  summary: Scalars['String']['output'];
  /** The claim key or actor id it changes. */
  target: Scalars['String']['output'];
  /** When it was undone, or null while it is in force. */
  undoneAt: Maybe<Scalars['String']['output']>;
};

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

/** What the caller may do: reading is open to every token, curating needs a curator's. */
export type CuratorStatus = {
  __typename?: 'CuratorStatus';
  canCurate: Scalars['Boolean']['output'];
  /** The curator's name as curations record it; null for a reader. */
  name: Maybe<Scalars['String']['output']>;
};

/** One supporting claim for an edge: the article and its sentence. */
export type Evidence = {
  __typename?: 'Evidence';
  articleId: Scalars['ID']['output'];
  articleTitle: Maybe<Scalars['String']['output']>;
  /** The claim's key, as the curation mutations name it ("stance|BACKS|<from>|<to>|<article>", "meeting|<id>"). */
  claim: Scalars['String']['output'];
  confidence: Maybe<Scalars['Float']['output']>;
  date: Maybe<Scalars['CalendarDate']['output']>;
  file: Maybe<Scalars['String']['output']>;
  meetingId: Maybe<Scalars['ID']['output']>;
  place: Maybe<Scalars['String']['output']>;
  publisher: Maybe<Scalars['String']['output']>;
  sentence: Scalars['String']['output'];
};

/** An aggregated edge: all claims of one type between two actors. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Number of distinct articles supporting the edge. */
  articleCount: Scalars['Int']['output'];
  confidence: Scalars['Float']['output'];
  /** Number of meetings (MET) or claims (BACKS/OPPOSES). */
  count: Scalars['Int']['output'];
  evidence: Array<Evidence>;
  firstDate: Maybe<Scalars['CalendarDate']['output']>;
  id: Scalars['ID']['output'];
  lastDate: Maybe<Scalars['CalendarDate']['output']>;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: RelationType;
};

/** A node of a graph slice, shaped for Cytoscape (data fields). */
export type GraphNode = {
  __typename?: 'GraphNode';
  country: Maybe<Scalars['String']['output']>;
  /** The actor's relations in the whole graph, counted as the map draws them: one per counterpart and type (a MET edge, a BACKS or OPPOSES edge each way). */
  degree: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: ActorKind;
  label: Scalars['String']['output'];
  /** For an official: the country (or organisation) node id it represents, for compound drawing. */
  parent: Maybe<Scalars['ID']['output']>;
  title: Maybe<Scalars['String']['output']>;
};

export type GraphSlice = {
  __typename?: 'GraphSlice';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  /** True when a limit cut the result: the actors asked for, or the edges among them (the strongest are kept). */
  truncated: Scalars['Boolean']['output'];
};

export type GraphStats = {
  __typename?: 'GraphStats';
  actors: Scalars['Int']['output'];
  articles: Scalars['Int']['output'];
  firstDate: Maybe<Scalars['CalendarDate']['output']>;
  lastDate: Maybe<Scalars['CalendarDate']['output']>;
  meetings: Scalars['Int']['output'];
  stances: Scalars['Int']['output'];
};

export type MeetingInfo = {
  __typename?: 'MeetingInfo';
  date: Maybe<Scalars['CalendarDate']['output']>;
  /** The reports of the meeting, newest first: in whoMet at most its evidenceLimit, in actorDetail all of them. */
  evidence: Array<Evidence>;
  /** How many reports the meeting has, evidence cut or not. */
  evidenceCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  participants: Array<ActorSummary>;
  place: Maybe<Scalars['String']['output']>;
  planned: Scalars['Boolean']['output'];
};

/** One counterpart of whoMet, with the meetings they shared. */
export type MetRecord = {
  __typename?: 'MetRecord';
  actor: ActorSummary;
  /** How many meetings they shared in the period; meetings lists the latest of them (whoMet's meetingLimit). */
  meetingCount: Scalars['Int']['output'];
  meetings: Array<MeetingInfo>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a meeting the extractor missed. */
  addMeeting: Curation;
  /** Adds a stance the extractor missed, with the sentence the curator selected in the article. */
  addStance: Curation;
  /** Vouches for a claim: its confidence becomes 1.0 (the extractor's is kept). */
  confirmClaim: Curation;
  editActor: Curation;
  /** Merges one actor into another: all its claims move, and its id resolves to the other from then on. */
  mergeActors: Curation;
  /** Sets the date of a claim as the curator read it. */
  redateClaim: Curation;
  /** Sets a claim aside: hidden from the map, the API and the model's relationships; listed by rejectedClaims. */
  rejectClaim: Curation;
  /** Changes a stance's type or direction: the claim read wrongly is set aside and the right one added. */
  reviseStance: Curation;
  /**
   * Splits a person or body the extractor wrongly made one back out: the claims listed move to the actor of `name`
   * (made when missing), and the actor loses `name` as an alias.
   */
  splitActor: Curation;
  /** Undoes a curation (a merge: the split that restores both actors). Only the newest one on its target. */
  undoCuration: Curation;
};


export type MutationAddMeetingArgs = {
  article: Scalars['ID']['input'];
  date?: InputMaybe<Scalars['CalendarDate']['input']>;
  evidence: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  participants: Array<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddStanceArgs = {
  article: Scalars['ID']['input'];
  date?: InputMaybe<Scalars['CalendarDate']['input']>;
  evidence: Scalars['String']['input'];
  from: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['ID']['input'];
  type: RelationType;
};


export type MutationConfirmClaimArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  claim: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEditActorArgs = {
  actor: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['ID']['input']>;
  edit: ActorEdit;
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMergeActorsArgs = {
  from: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  into: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRedateClaimArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  claim: Scalars['String']['input'];
  date: Scalars['CalendarDate']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectClaimArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  claim: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReviseStanceArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  claim: Scalars['String']['input'];
  from: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['ID']['input'];
  type: RelationType;
};


export type MutationSplitActorArgs = {
  actor: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['ID']['input']>;
  claims: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUndoCurationArgs = {
  curation: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  actorDetail: Maybe<ActorDetail>;
  alliances: Array<Bloc>;
  articleText: Maybe<ArticleText>;
  /**
   * Whom the actor backs. The name reads the wrong way round next to Country.backedBy (who backs it).
   * @deprecated Lists whom the actor backs, while Country.backedBy lists who backs it: use backs(actor:).
   */
  backedBy: Array<StanceCounterpart>;
  /** Who backs the actor (as the generated Country.backedBy). */
  backers: Array<StanceCounterpart>;
  /** Whom the actor backs (as the generated Country.backs). */
  backs: Array<StanceCounterpart>;
  /** Curations newest first: of one claim key or actor id, or all. */
  curations: Array<Curation>;
  curator: CuratorStatus;
  /**
   * The evidence of edges (GraphEdge ids, as a slice returns them), newest first, at most limit in all: a slice's edge
   * carries only its few newest sentences, and the panel asks for the rest here when it opens the edge.
   */
  edgeEvidence: Array<Evidence>;
  neighbourhood: GraphSlice;
  /**
   * Whom the actor opposes. The name reads the wrong way round next to Country.opposedBy (who opposes it).
   * @deprecated Lists whom the actor opposes, while Country.opposedBy lists who opposes it: use opposes(actor:).
   */
  opposedBy: Array<StanceCounterpart>;
  /** Who opposes the actor (as the generated Country.opposedBy). */
  opposers: Array<StanceCounterpart>;
  /** Whom the actor opposes (as the generated Country.opposes). */
  opposes: Array<StanceCounterpart>;
  /** The whole map (or its most connected part), filtered. */
  overview: GraphSlice;
  rejectedClaims: Array<RejectedClaim>;
  /** Full-text search over actor names and aliases. */
  search: Array<SearchHit>;
  shortestPath: GraphSlice;
  stats: GraphStats;
  timeline: Array<TimelineBucket>;
  /** Actors with no relation, which the overview does not draw (it ranks actors by their relations). */
  unrelated: UnrelatedActors;
  /**
   * Counterparts of an actor, most shared meetings first: at most limit counterparts (a hub has thousands), each with
   * its meetingLimit latest meetings (at most 50), each with its evidenceLimit newest reports (at most 50).
   */
  whoMet: Array<MetRecord>;
};


export type QueryActorDetailArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlliancesArgs = {
  minSize?: Scalars['Int']['input'];
};


export type QueryArticleTextArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBackedByArgs = {
  actor: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};


export type QueryBackersArgs = {
  actor: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};


export type QueryBacksArgs = {
  actor: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};


export type QueryCurationsArgs = {
  limit?: Scalars['Int']['input'];
  target?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEdgeEvidenceArgs = {
  edges: Array<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  limit?: Scalars['Int']['input'];
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};


export type QueryNeighbourhoodArgs = {
  actors: Array<Scalars['ID']['input']>;
  depth?: Scalars['Int']['input'];
  edgeLimit?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  limit?: Scalars['Int']['input'];
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};


export type QueryOpposedByArgs = {
  actor: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};


export type QueryOpposersArgs = {
  actor: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};


export type QueryOpposesArgs = {
  actor: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};


export type QueryOverviewArgs = {
  edgeLimit?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  limit?: Scalars['Int']['input'];
  minArticles?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};


export type QueryRejectedClaimsArgs = {
  limit?: Scalars['Int']['input'];
};


export type QuerySearchArgs = {
  limit?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};


export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  relationTypes?: InputMaybe<Array<RelationType>>;
  to: Scalars['ID']['input'];
};


export type QueryTimelineArgs = {
  bucket?: TimeBucket;
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};


export type QueryUnrelatedArgs = {
  limit?: Scalars['Int']['input'];
};


export type QueryWhoMetArgs = {
  actor: Scalars['ID']['input'];
  evidenceLimit?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  limit?: Scalars['Int']['input'];
  meetingLimit?: Scalars['Int']['input'];
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
};

/** A claim a curator set aside, with its evidence, for the explorer's "show rejected" list. */
export type RejectedClaim = {
  __typename?: 'RejectedClaim';
  actors: Array<ActorSummary>;
  articleId: Scalars['ID']['output'];
  claim: Scalars['String']['output'];
  evidence: Scalars['String']['output'];
  rejectedBy: Scalars['ID']['output'];
  type: RelationType;
};

export type RelationType =
  | 'BACKS'
  | 'MET'
  | 'OPPOSES';

export type SearchHit = {
  __typename?: 'SearchHit';
  country: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ActorKind;
  name: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  title: Maybe<Scalars['String']['output']>;
};

/** One stance counterpart (a backer, an opponent...), with its claims. */
export type StanceCounterpart = {
  __typename?: 'StanceCounterpart';
  actor: ActorSummary;
  articleCount: Scalars['Int']['output'];
  evidence: Array<Evidence>;
  type: RelationType;
};

export type TimeBucket =
  | 'DAY'
  | 'MONTH'
  | 'WEEK'
  | 'YEAR';

export type TimelineBucket = {
  __typename?: 'TimelineBucket';
  meetings: Scalars['Int']['output'];
  stances: Scalars['Int']['output'];
  /** First day of the period. */
  start: Scalars['CalendarDate']['output'];
};

/** The actors the map leaves out: no meeting and no stance at all. */
export type UnrelatedActors = {
  __typename?: 'UnrelatedActors';
  actors: Array<ActorSummary>;
  /** How many there are; actors lists the first of them by name. */
  count: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActorDetail: ResolverTypeWrapper<ActorDetail>;
  ActorEdit: ActorEdit;
  ActorKind: ActorKind;
  ActorSummary: ResolverTypeWrapper<ActorSummary>;
  ArticleClaim: ResolverTypeWrapper<ArticleClaim>;
  ArticleText: ResolverTypeWrapper<ArticleText>;
  Bloc: ResolverTypeWrapper<Bloc>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CalendarDate: ResolverTypeWrapper<Scalars['CalendarDate']['output']>;
  Curation: ResolverTypeWrapper<Curation>;
  CurationAction: CurationAction;
  CuratorStatus: ResolverTypeWrapper<CuratorStatus>;
  Evidence: ResolverTypeWrapper<Evidence>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphSlice: ResolverTypeWrapper<GraphSlice>;
  GraphStats: ResolverTypeWrapper<GraphStats>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MeetingInfo: ResolverTypeWrapper<MeetingInfo>;
  MetRecord: ResolverTypeWrapper<MetRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RejectedClaim: ResolverTypeWrapper<RejectedClaim>;
  RelationType: RelationType;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  StanceCounterpart: ResolverTypeWrapper<StanceCounterpart>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimeBucket: TimeBucket;
  TimelineBucket: ResolverTypeWrapper<TimelineBucket>;
  UnrelatedActors: ResolverTypeWrapper<UnrelatedActors>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActorDetail: ActorDetail;
  ActorEdit: ActorEdit;
  ActorSummary: ActorSummary;
  ArticleClaim: ArticleClaim;
  ArticleText: ArticleText;
  Bloc: Bloc;
  Boolean: Scalars['Boolean']['output'];
  CalendarDate: Scalars['CalendarDate']['output'];
  Curation: Curation;
  CuratorStatus: CuratorStatus;
  Evidence: Evidence;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  GraphSlice: GraphSlice;
  GraphStats: GraphStats;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MeetingInfo: MeetingInfo;
  MetRecord: MetRecord;
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  RejectedClaim: RejectedClaim;
  SearchHit: SearchHit;
  StanceCounterpart: StanceCounterpart;
  String: Scalars['String']['output'];
  TimelineBucket: TimelineBucket;
  UnrelatedActors: UnrelatedActors;
};

export type ActorDetailResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ActorDetail'] = ResolversParentTypes['ActorDetail']> = {
  actor?: Resolver<ResolversTypes['ActorSummary'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['MeetingInfo']>, ParentType, ContextType>;
  officials?: Resolver<Array<ResolversTypes['ActorSummary']>, ParentType, ContextType>;
};

export type ActorSummaryResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ActorSummary'] = ResolversParentTypes['ActorSummary']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArticleClaimResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ArticleClaim'] = ResolversParentTypes['ArticleClaim']> = {
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ArticleTextResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['ArticleText'] = ResolversParentTypes['ArticleText']> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['ArticleClaim']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BlocResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Bloc'] = ResolversParentTypes['Bloc']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internalBacks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ActorSummary']>, ParentType, ContextType>;
};

export interface CalendarDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CalendarDate'], any> {
  name: 'CalendarDate';
}

export type CurationResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Curation'] = ResolversParentTypes['Curation']> = {
  action?: Resolver<ResolversTypes['CurationAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  into?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CuratorStatusResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['CuratorStatus'] = ResolversParentTypes['CuratorStatus']> = {
  canCurate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  articleTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['CalendarDate']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['CalendarDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['CalendarDate']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GraphSliceResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['GraphSlice'] = ResolversParentTypes['GraphSlice']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphStatsResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['GraphStats'] = ResolversParentTypes['GraphStats']> = {
  actors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['CalendarDate']>, ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['CalendarDate']>, ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingInfoResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['MeetingInfo'] = ResolversParentTypes['MeetingInfo']> = {
  date?: Resolver<Maybe<ResolversTypes['CalendarDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ActorSummary']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MetRecordResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['MetRecord'] = ResolversParentTypes['MetRecord']> = {
  actor?: Resolver<ResolversTypes['ActorSummary'], ParentType, ContextType>;
  meetingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['MeetingInfo']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addMeeting?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationAddMeetingArgs, 'article' | 'evidence' | 'id' | 'participants'>>;
  addStance?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationAddStanceArgs, 'article' | 'evidence' | 'from' | 'id' | 'to' | 'type'>>;
  confirmClaim?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationConfirmClaimArgs, 'claim' | 'id'>>;
  editActor?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationEditActorArgs, 'actor' | 'edit' | 'id'>>;
  mergeActors?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationMergeActorsArgs, 'from' | 'id' | 'into'>>;
  redateClaim?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationRedateClaimArgs, 'claim' | 'date' | 'id'>>;
  rejectClaim?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationRejectClaimArgs, 'claim' | 'id'>>;
  reviseStance?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationReviseStanceArgs, 'claim' | 'from' | 'id' | 'to' | 'type'>>;
  splitActor?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationSplitActorArgs, 'actor' | 'claims' | 'id' | 'name'>>;
  undoCuration?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationUndoCurationArgs, 'curation' | 'id'>>;
};

export type QueryResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actorDetail?: Resolver<Maybe<ResolversTypes['ActorDetail']>, ParentType, ContextType, RequireFields<QueryActorDetailArgs, 'id'>>;
  alliances?: Resolver<Array<ResolversTypes['Bloc']>, ParentType, ContextType, RequireFields<QueryAlliancesArgs, 'minSize'>>;
  articleText?: Resolver<Maybe<ResolversTypes['ArticleText']>, ParentType, ContextType, RequireFields<QueryArticleTextArgs, 'id'>>;
  backedBy?: Resolver<Array<ResolversTypes['StanceCounterpart']>, ParentType, ContextType, RequireFields<QueryBackedByArgs, 'actor'>>;
  backers?: Resolver<Array<ResolversTypes['StanceCounterpart']>, ParentType, ContextType, RequireFields<QueryBackersArgs, 'actor'>>;
  backs?: Resolver<Array<ResolversTypes['StanceCounterpart']>, ParentType, ContextType, RequireFields<QueryBacksArgs, 'actor'>>;
  curations?: Resolver<Array<ResolversTypes['Curation']>, ParentType, ContextType, RequireFields<QueryCurationsArgs, 'limit'>>;
  curator?: Resolver<ResolversTypes['CuratorStatus'], ParentType, ContextType>;
  edgeEvidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<QueryEdgeEvidenceArgs, 'edges' | 'limit'>>;
  neighbourhood?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'actors' | 'depth' | 'limit'>>;
  opposedBy?: Resolver<Array<ResolversTypes['StanceCounterpart']>, ParentType, ContextType, RequireFields<QueryOpposedByArgs, 'actor'>>;
  opposers?: Resolver<Array<ResolversTypes['StanceCounterpart']>, ParentType, ContextType, RequireFields<QueryOpposersArgs, 'actor'>>;
  opposes?: Resolver<Array<ResolversTypes['StanceCounterpart']>, ParentType, ContextType, RequireFields<QueryOpposesArgs, 'actor'>>;
  overview?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryOverviewArgs, 'limit'>>;
  rejectedClaims?: Resolver<Array<ResolversTypes['RejectedClaim']>, ParentType, ContextType, RequireFields<QueryRejectedClaimsArgs, 'limit'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
  shortestPath?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'to'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineBucket']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'bucket'>>;
  unrelated?: Resolver<ResolversTypes['UnrelatedActors'], ParentType, ContextType, RequireFields<QueryUnrelatedArgs, 'limit'>>;
  whoMet?: Resolver<Array<ResolversTypes['MetRecord']>, ParentType, ContextType, RequireFields<QueryWhoMetArgs, 'actor' | 'evidenceLimit' | 'limit' | 'meetingLimit'>>;
};

export type RejectedClaimResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['RejectedClaim'] = ResolversParentTypes['RejectedClaim']> = {
  actors?: Resolver<Array<ResolversTypes['ActorSummary']>, ParentType, ContextType>;
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectedBy?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StanceCounterpartResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['StanceCounterpart'] = ResolversParentTypes['StanceCounterpart']> = {
  actor?: Resolver<ResolversTypes['ActorSummary'], ParentType, ContextType>;
  articleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type TimelineBucketResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['TimelineBucket'] = ResolversParentTypes['TimelineBucket']> = {
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['CalendarDate'], ParentType, ContextType>;
};

export type UnrelatedActorsResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['UnrelatedActors'] = ResolversParentTypes['UnrelatedActors']> = {
  actors?: Resolver<Array<ResolversTypes['ActorSummary']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = unknown> = {
  ActorDetail?: ActorDetailResolvers<ContextType>;
  ActorSummary?: ActorSummaryResolvers<ContextType>;
  ArticleClaim?: ArticleClaimResolvers<ContextType>;
  ArticleText?: ArticleTextResolvers<ContextType>;
  Bloc?: BlocResolvers<ContextType>;
  CalendarDate?: GraphQLScalarType;
  Curation?: CurationResolvers<ContextType>;
  CuratorStatus?: CuratorStatusResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphSlice?: GraphSliceResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  MeetingInfo?: MeetingInfoResolvers<ContextType>;
  MetRecord?: MetRecordResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectedClaim?: RejectedClaimResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  StanceCounterpart?: StanceCounterpartResolvers<ContextType>;
  TimelineBucket?: TimelineBucketResolvers<ContextType>;
  UnrelatedActors?: UnrelatedActorsResolvers<ContextType>;
};

