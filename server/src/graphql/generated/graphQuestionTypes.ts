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

export type Bloc = {
  __typename?: 'Bloc';
  id: Scalars['ID']['output'];
  /** BACKS edges inside the bloc. */
  internalBacks: Scalars['Int']['output'];
  members: Array<ActorSummary>;
};

/** One supporting claim for an edge: the article and its sentence. */
export type Evidence = {
  __typename?: 'Evidence';
  articleId: Scalars['ID']['output'];
  articleTitle: Maybe<Scalars['String']['output']>;
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
  /** True when the limit cut the result. */
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
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  participants: Array<ActorSummary>;
  place: Maybe<Scalars['String']['output']>;
  planned: Scalars['Boolean']['output'];
};

/** One counterpart of whoMet, with the meetings they shared. */
export type MetRecord = {
  __typename?: 'MetRecord';
  actor: ActorSummary;
  /** How many meetings they shared in the period; meetings lists the latest of them (at most 50). */
  meetingCount: Scalars['Int']['output'];
  meetings: Array<MeetingInfo>;
};

export type Query = {
  __typename?: 'Query';
  actorDetail: Maybe<ActorDetail>;
  alliances: Array<Bloc>;
  /**
   * Whom the actor backs. The name reads the wrong way round next to Country.backedBy (who backs it).
   * @deprecated Lists whom the actor backs, while Country.backedBy lists who backs it: use backs(actor:).
   */
  backedBy: Array<StanceCounterpart>;
  /** Who backs the actor (as the generated Country.backedBy). */
  backers: Array<StanceCounterpart>;
  /** Whom the actor backs (as the generated Country.backs). */
  backs: Array<StanceCounterpart>;
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
  /** Full-text search over actor names and aliases. */
  search: Array<SearchHit>;
  shortestPath: GraphSlice;
  stats: GraphStats;
  timeline: Array<TimelineBucket>;
  /** Actors with no relation, which the overview does not draw (it ranks actors by their relations). */
  unrelated: UnrelatedActors;
  /** Counterparts of an actor, most shared meetings first; limit caps the counterparts (a hub has thousands). */
  whoMet: Array<MetRecord>;
};


export type QueryActorDetailArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlliancesArgs = {
  minSize?: Scalars['Int']['input'];
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


export type QueryNeighbourhoodArgs = {
  actors: Array<Scalars['ID']['input']>;
  depth?: Scalars['Int']['input'];
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
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  kinds?: InputMaybe<Array<ActorKind>>;
  limit?: Scalars['Int']['input'];
  minArticles?: InputMaybe<Scalars['Int']['input']>;
  minConfidence?: InputMaybe<Scalars['Float']['input']>;
  relationTypes?: InputMaybe<Array<RelationType>>;
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
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
  from?: InputMaybe<Scalars['CalendarDate']['input']>;
  limit?: Scalars['Int']['input'];
  to?: InputMaybe<Scalars['CalendarDate']['input']>;
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
  ActorKind: ActorKind;
  ActorSummary: ResolverTypeWrapper<ActorSummary>;
  Bloc: ResolverTypeWrapper<Bloc>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CalendarDate: ResolverTypeWrapper<Scalars['CalendarDate']['output']>;
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
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
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
  ActorSummary: ActorSummary;
  Bloc: Bloc;
  Boolean: Scalars['Boolean']['output'];
  CalendarDate: Scalars['CalendarDate']['output'];
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
  Query: Record<PropertyKey, never>;
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

export type BlocResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Bloc'] = ResolversParentTypes['Bloc']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internalBacks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['ActorSummary']>, ParentType, ContextType>;
};

export interface CalendarDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CalendarDate'], any> {
  name: 'CalendarDate';
}

export type EvidenceResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  articleTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type QueryResolvers<ContextType = unknown, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  actorDetail?: Resolver<Maybe<ResolversTypes['ActorDetail']>, ParentType, ContextType, RequireFields<QueryActorDetailArgs, 'id'>>;
  alliances?: Resolver<Array<ResolversTypes['Bloc']>, ParentType, ContextType, RequireFields<QueryAlliancesArgs, 'minSize'>>;
  backedBy?: Resolver<Array<ResolversTypes['StanceCounterpart']>, ParentType, ContextType, RequireFields<QueryBackedByArgs, 'actor'>>;
  backers?: Resolver<Array<ResolversTypes['StanceCounterpart']>, ParentType, ContextType, RequireFields<QueryBackersArgs, 'actor'>>;
  backs?: Resolver<Array<ResolversTypes['StanceCounterpart']>, ParentType, ContextType, RequireFields<QueryBacksArgs, 'actor'>>;
  neighbourhood?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'actors' | 'depth' | 'limit'>>;
  opposedBy?: Resolver<Array<ResolversTypes['StanceCounterpart']>, ParentType, ContextType, RequireFields<QueryOpposedByArgs, 'actor'>>;
  opposers?: Resolver<Array<ResolversTypes['StanceCounterpart']>, ParentType, ContextType, RequireFields<QueryOpposersArgs, 'actor'>>;
  opposes?: Resolver<Array<ResolversTypes['StanceCounterpart']>, ParentType, ContextType, RequireFields<QueryOpposesArgs, 'actor'>>;
  overview?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryOverviewArgs, 'limit'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'limit' | 'text'>>;
  shortestPath?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'to'>>;
  stats?: Resolver<ResolversTypes['GraphStats'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineBucket']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'bucket'>>;
  unrelated?: Resolver<ResolversTypes['UnrelatedActors'], ParentType, ContextType, RequireFields<QueryUnrelatedArgs, 'limit'>>;
  whoMet?: Resolver<Array<ResolversTypes['MetRecord']>, ParentType, ContextType, RequireFields<QueryWhoMetArgs, 'actor' | 'limit'>>;
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
  Bloc?: BlocResolvers<ContextType>;
  CalendarDate?: GraphQLScalarType;
  Evidence?: EvidenceResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphSlice?: GraphSliceResolvers<ContextType>;
  GraphStats?: GraphStatsResolvers<ContextType>;
  MeetingInfo?: MeetingInfoResolvers<ContextType>;
  MetRecord?: MetRecordResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  StanceCounterpart?: StanceCounterpartResolvers<ContextType>;
  TimelineBucket?: TimelineBucketResolvers<ContextType>;
  UnrelatedActors?: UnrelatedActorsResolvers<ContextType>;
};

