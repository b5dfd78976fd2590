// The words that evoke meetings and stances, with the syntactic roles that carry their participants and targets.
//
// Entries are general English (lemmas, lower case), never phrases from one article. A role is "obj" (the direct
// object), "obl:<case>" / "nmod:<case>" (a nominal with that preposition; both are tried), or "ccomp" (actors named in
// a clausal complement: "warned that any U.S. strike would mean war").

/** Word lists as maps: a lemma such as "constructor" must never find a property of Object. */
function lexicon<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

export type ContactKind = 'meeting' | 'talks' | 'summit' | 'call' | 'visit' | 'conference';

export interface MeetingWord {
  kind: ContactKind;
  /** Roles whose actors are the other participants. */
  roles: string[];
  /** The word counts only with one of these dependents (lemmas of compounds, modifiers or objects). */
  needs?: string[];
  /** Particles that change the meaning ("back out"): with one, the word is not a meeting. */
  notWith?: string[];
  /** Only officials named as such in `roles` count ("welcomed the president", not "welcomed the decision"). */
  persons?: boolean;
  /**
   * One side acts on the other: without anyone in `roles` there is no contact ("Zarif and Rouhani received visas"),
   * where a reciprocal verb makes its joint subjects the sides ("Moon and Kim met").
   */
  directed?: boolean;
}

/** Verbs whose subject meets the actors in `roles`. */
export const MEETING_VERBS: ReadonlyMap<string, MeetingWord> = lexicon({
  meet: { kind: 'meeting', roles: ['obj', 'with'], notWith: ['up'] },
  talk: { kind: 'talks', roles: ['with', 'to'] },
  speak: { kind: 'talks', roles: ['with', 'to'] },
  confer: { kind: 'talks', roles: ['with'] },
  negotiate: { kind: 'talks', roles: ['with'] },
  chat: { kind: 'talks', roles: ['with'] },
  // "discussed sanctions with the ambassador", "consulted with allies": talking over a matter with someone.
  discuss: { kind: 'talks', roles: ['with'] },
  consult: { kind: 'talks', roles: ['with'] },
  huddle: { kind: 'meeting', roles: ['with'] },
  dine: { kind: 'meeting', roles: ['with'] },
  lunch: { kind: 'meeting', roles: ['with'] },
  sit: { kind: 'meeting', roles: ['with'], needs: ['down'] },
  visit: { kind: 'visit', roles: ['obj', 'with'], directed: true },
  host: { kind: 'meeting', roles: ['obj'], directed: true },
  receive: { kind: 'meeting', roles: ['obj'], directed: true },
  greet: { kind: 'meeting', roles: ['obj'], directed: true },
  // Welcoming a person is receiving them; welcoming a decision is a stance (STANCE_VERBS).
  welcome: { kind: 'meeting', roles: ['obj'], persons: true, directed: true },
  hug: { kind: 'meeting', roles: ['obj'] },
  phone: { kind: 'call', roles: ['obj', 'with'], directed: true },
  telephone: { kind: 'call', roles: ['obj', 'with'], directed: true },
  // "Kislyak contacted Flynn": reaching someone, by whatever means.
  contact: { kind: 'talks', roles: ['obj'], directed: true },
  // "shook hands with", "held hands with"
  shake: { kind: 'meeting', roles: ['with'], needs: ['hand'] },
});

/** Nouns naming a contact; participants come from possessors, compounds ("Trump-Kim summit") and `roles`. */
export const MEETING_NOUNS: ReadonlyMap<string, MeetingWord> = lexicon({
  meeting: { kind: 'meeting', roles: ['with', 'between'] },
  summit: { kind: 'summit', roles: ['with', 'between'] },
  talk: { kind: 'talks', roles: ['with', 'between'] },
  negotiation: { kind: 'talks', roles: ['with', 'between'] },
  conversation: { kind: 'call', roles: ['with', 'between'] },
  call: { kind: 'call', roles: ['with', 'between'], needs: ['phone', 'telephone', 'video', 'conference'] },
  conference: { kind: 'conference', roles: ['with'], needs: ['news', 'press', 'video', 'joint', 'with'] },
  // "a visit by Merkel to Washington": the visitor as the agent of the noun.
  visit: { kind: 'visit', roles: ['with', 'to', 'by'] },
  encounter: { kind: 'meeting', roles: ['with', 'between'] },
  'sit-down': { kind: 'meeting', roles: ['with', 'between'] },
  'tete-a-tete': { kind: 'meeting', roles: ['with', 'between'] },
  'tête-à-tête': { kind: 'meeting', roles: ['with', 'between'] },
  dinner: { kind: 'meeting', roles: ['with'], needs: ['with'] },
  lunch: { kind: 'meeting', roles: ['with'], needs: ['with'] },
  // Meals and drinks shared with someone: "had breakfast with", "coffee with King Salman", "tea with the Queen".
  breakfast: { kind: 'meeting', roles: ['with'], needs: ['with'] },
  coffee: { kind: 'meeting', roles: ['with'], needs: ['with'] },
  tea: { kind: 'meeting', roles: ['with'], needs: ['with'] },
  handshake: { kind: 'meeting', roles: ['with', 'between'] },
});

/** Verbs that hold a contact named by their object ("held talks with", "had a phone call with"): the subject joins. */
export const CONTACT_LIGHT_VERBS: ReadonlySet<string> = new Set([
  'hold',
  'have',
  'conduct',
  'attend',
  'begin',
  'start',
  'open',
  'resume',
  'continue',
  'conclude',
  'wrap',
  'end',
  'finish',
  'host',
  'plan',
  'schedule',
  'arrange',
  'seek',
  'request',
  'head',
  'enter',
  'join',
  'make',
  'pay',
  'take',
]);

export type StanceKind = 'BACKS' | 'OPPOSES';

export interface StanceWord {
  type: StanceKind;
  /** Roles whose actors are the targets. */
  roles: string[];
  /** Both ends take the stance ("clashed with", "traded barbs with"). */
  symmetric?: boolean;
  /** Weaker evidence: lower confidence ("pressured", "warned"). */
  weak?: boolean;
  needs?: string[];
  notWith?: string[];
  /** Targets only through what they did or said ("welcomed Italy's role"), never a person named outright. */
  deedsOnly?: boolean;
}

const backs = (roles: string[], extra: Partial<StanceWord> = {}): StanceWord => ({ type: 'BACKS', roles, ...extra });
const opposes = (roles: string[], extra: Partial<StanceWord> = {}): StanceWord => ({
  type: 'OPPOSES',
  roles,
  ...extra,
});

/** What is given as arms or aid: the object (or "with" phrase) that makes sending or supplying a backing. */
const MATERIAL_AID = [
  'weapon',
  'arm',
  'tank',
  'missile',
  'ammunition',
  'munition',
  'artillery',
  'aid',
  'equipment',
  'jet',
  'drone',
  'rocket',
  'fighter',
  'shell',
];

/** Verbs whose subject takes a stance toward the actors in `roles`. */
export const STANCE_VERBS: ReadonlyMap<string, StanceWord> = lexicon({
  support: backs(['obj']),
  back: backs(['obj'], { notWith: ['out', 'down', 'away', 'off'] }),
  endorse: backs(['obj']),
  praise: backs(['obj']),
  hail: backs(['obj']),
  laud: backs(['obj']),
  applaud: backs(['obj']),
  commend: backs(['obj']),
  salute: backs(['obj']),
  compliment: backs(['obj']),
  congratulate: backs(['obj']),
  thank: backs(['obj']),
  appreciate: backs(['obj']),
  welcome: backs(['obj'], { deedsOnly: true }),
  defend: backs(['obj']),
  champion: backs(['obj']),
  admire: backs(['obj']),
  favor: backs(['obj']),
  favour: backs(['obj']),
  reassure: backs(['obj'], { weak: true }),
  embrace: backs(['obj'], { weak: true }),
  aid: backs(['obj'], { weak: true }),
  assist: backs(['obj'], { weak: true }),
  help: backs(['obj'], { weak: true }),
  protect: backs(['obj'], { weak: true }),
  arm: backs(['obj'], { weak: true }),
  side: backs(['with']),
  stand: backs(['with', 'by', 'behind'], { needs: ['with', 'by', 'behind'] }),
  ally: backs(['with', 'obj']),
  rally: backs(['behind', 'around'], { needs: ['behind', 'around'] }),
  join: backs(['obj'], { weak: true }),
  // "recognised Palestine as a state", not "recognised Ukraine's efforts"
  recognize: backs(['obj'], { needs: ['as'] }),
  recognise: backs(['obj'], { needs: ['as'] }),

  condemn: opposes(['obj']),
  criticize: opposes(['obj']),
  criticise: opposes(['obj']),
  denounce: opposes(['obj']),
  decry: opposes(['obj']),
  deplore: opposes(['obj']),
  slam: opposes(['obj']),
  blast: opposes(['obj']),
  lambaste: opposes(['obj']),
  lambast: opposes(['obj']),
  rebuke: opposes(['obj']),
  reprimand: opposes(['obj']),
  chide: opposes(['obj']),
  castigate: opposes(['obj']),
  scold: opposes(['obj']),
  berate: opposes(['obj']),
  excoriate: opposes(['obj']),
  assail: opposes(['obj']),
  attack: opposes(['obj']),
  accuse: opposes(['obj']),
  blame: opposes(['obj']),
  fault: opposes(['obj']),
  threaten: opposes(['obj', 'to-obj']),
  warn: opposes(['obj', 'ccomp'], { weak: true }),
  sanction: opposes(['obj']),
  punish: opposes(['obj']),
  penalize: opposes(['obj']),
  penalise: opposes(['obj']),
  // "expelled diplomats from Argentina"
  expel: opposes(['obj', 'from']),
  // Diplomatic protest: "summoned Pakistan's envoy", "recalled its ambassador from Iran", "protested China's move".
  summon: opposes(['obj'], { needs: ['ambassador', 'envoy', 'diplomat', 'chargé', 'charge'] }),
  recall: opposes(['from'], { needs: ['ambassador', 'envoy', 'diplomat'] }),
  protest: opposes(['obj', 'against']),
  retaliate: opposes(['against']),
  strike: opposes(['obj'], { weak: true }),
  bomb: opposes(['obj']),
  shell: opposes(['obj']),
  invade: opposes(['obj']),
  oppose: opposes(['obj']),
  reject: opposes(['obj'], { weak: true }),
  dismiss: opposes(['obj'], { weak: true }),
  ridicule: opposes(['obj']),
  mock: opposes(['obj']),
  deride: opposes(['obj']),
  insult: opposes(['obj']),
  taunt: opposes(['obj']),
  belittle: opposes(['obj']),
  denigrate: opposes(['obj']),
  vilify: opposes(['obj']),
  demonize: opposes(['obj']),
  demonise: opposes(['obj']),
  despise: opposes(['obj']),
  hate: opposes(['obj']),
  distrust: opposes(['obj']),
  snub: opposes(['obj']),
  spurn: opposes(['obj']),
  rebuff: opposes(['obj']),
  confront: opposes(['obj']),
  antagonize: opposes(['obj']),
  provoke: opposes(['obj']),
  isolate: opposes(['obj'], { weak: true }),
  pressure: opposes(['obj'], { weak: true }),
  pressurize: opposes(['obj'], { weak: true }),
  hammer: opposes(['obj'], { weak: true }),
  target: opposes(['obj'], { weak: true }),
  // "lashed out at", "hit out at", "hit back at", "fired back at", "pushed back against", "cracked down on"
  lash: opposes(['at'], { needs: ['out'] }),
  hit: opposes(['at', 'obj'], { needs: ['out', 'with', 'back'] }),
  fire: opposes(['at'], { needs: ['back'] }),
  push: opposes(['against', 'on'], { needs: ['back'] }),
  spy: opposes(['on']),
  // "shot down a U.S. drone"
  shoot: opposes(['obj'], { needs: ['down'] }),
  // Coercion and force against a state or its people (the CAMEO event classes 17-20): "seized a British tanker",
  // "detained two Canadians", "meddled in the U.S. election", "hacked the Democrats".
  seize: opposes(['obj'], { weak: true }),
  capture: opposes(['obj'], { weak: true }),
  abduct: opposes(['obj']),
  kidnap: opposes(['obj']),
  detain: opposes(['obj'], { weak: true }),
  arrest: opposes(['obj'], { weak: true }),
  occupy: opposes(['obj']),
  annex: opposes(['obj']),
  blockade: opposes(['obj']),
  besiege: opposes(['obj']),
  kill: opposes(['obj'], { weak: true }),
  // Legal action against a state or its officials: "charged Castro with conspiracy", "indicted Maduro".
  charge: opposes(['obj'], { needs: ['with'] }),
  indict: opposes(['obj']),
  prosecute: opposes(['obj'], { weak: true }),
  sue: opposes(['obj']),
  assassinate: opposes(['obj']),
  hack: opposes(['obj']),
  meddle: opposes(['in']),
  interfere: opposes(['in', 'with']),
  undermine: opposes(['obj'], { weak: true }),
  destabilize: opposes(['obj']),
  destabilise: opposes(['obj']),
  subvert: opposes(['obj']),
  coerce: opposes(['obj']),
  intimidate: opposes(['obj']),
  bully: opposes(['obj']),
  // Material support (CAMEO 06-07): "funded the rebels", "bankrolled Hamas", "shielded Damascus at the UN".
  fund: backs(['obj'], { weak: true }),
  finance: backs(['obj'], { weak: true }),
  bankroll: backs(['obj']),
  shield: backs(['obj'], { weak: true }),
  bolster: backs(['obj'], { weak: true }),
  prop: backs(['obj'], { needs: ['up'] }),
  // Arms and aid given (CAMEO 07): "sent tanks to Ukraine", "supplied Ukraine with ammunition"; not troops, which
  // may invade ("sent troops to Ukraine"), nor anything else sent ("sent a letter to Kim" is no backing).
  send: backs(['to'], { needs: MATERIAL_AID }),
  supply: backs(['obj', 'to'], { needs: MATERIAL_AID }),
  deliver: backs(['to'], { needs: MATERIAL_AID }),
  ship: backs(['to'], { needs: MATERIAL_AID }),
  provide: backs(['obj', 'to'], { needs: MATERIAL_AID }),
  rescue: backs(['obj'], { weak: true }),
  // Acting together (CAMEO 03-06): "cooperated with Australia", "teamed up with France", "worked with India".
  cooperate: backs(['with'], { symmetric: true }),
  collaborate: backs(['with'], { symmetric: true }),
  coordinate: backs(['with'], { symmetric: true }),
  partner: backs(['with'], { symmetric: true }),
  team: backs(['with'], { symmetric: true, needs: ['up'] }),
  work: backs(['with'], { symmetric: true, weak: true, needs: ['with'] }),
  // "threw their weight behind"
  throw: backs(['behind'], { needs: ['weight'] }),
  // "alleged that Moscow meddled", "alleged the Indian government's involvement"
  allege: opposes(['ccomp', 'obj']),
  clash: opposes(['with'], { symmetric: true }),
  spar: opposes(['with'], { symmetric: true }),
  feud: opposes(['with'], { symmetric: true }),
  // "traded barbs with", "exchanged insults with"
  trade: opposes(['with'], {
    symmetric: true,
    needs: ['barb', 'insult', 'accusation', 'blow', 'jab', 'threat', 'fire'],
  }),
  exchange: opposes(['with'], {
    symmetric: true,
    needs: ['barb', 'insult', 'accusation', 'blow', 'jab', 'threat', 'fire'],
  }),
});

/**
 * Verbs that take the other side as a nominal object and never a clause ("met Kim", "praised Seoul"): a clause the
 * parser hangs under one is a misread parallel clause (syntax/parallelClauses.ts).
 */
export const NOMINAL_OBJECT_VERBS: ReadonlySet<string> = new Set(
  [...MEETING_VERBS, ...STANCE_VERBS]
    .filter(([, word]) => word.roles.includes('obj') && !word.roles.includes('ccomp'))
    .map(([lemma]) => lemma),
);

/** Nouns of a stance: the agent is the possessor, compound or nationality ("U.S. sanctions against Russia"). */
export const STANCE_NOUNS: ReadonlyMap<string, StanceWord> = lexicon({
  support: backs(['for', 'of', 'to']),
  backing: backs(['for', 'of']),
  praise: backs(['for', 'of', 'on']),
  endorsement: backs(['of', 'for']),
  aid: backs(['to', 'for'], { weak: true }),
  assistance: backs(['to', 'for'], { weak: true }),
  solidarity: backs(['with']),
  gratitude: backs(['to', 'for']),
  // "the United States' commitment to NATO"; a commitment to a cause names no actor and reads nothing.
  commitment: backs(['to']),
  // "lodged a protest with China", "voiced concern over Turkey's crackdown"
  protest: opposes(['with', 'to', 'against', 'over']),
  concern: opposes(['over', 'about', 'at'], { weak: true }),
  // "in coordination with Russia": the clause's subject acts with the partner ("cooperation" is a bond noun).
  coordination: backs(['with'], { symmetric: true, weak: true }),
  collaboration: backs(['with'], { symmetric: true, weak: true }),
  alliance: backs(['with', 'between'], { symmetric: true }),
  sanction: opposes(['against', 'on', 'targeting', 'over']),
  embargo: opposes(['against', 'on']),
  condemnation: opposes(['of']),
  criticism: opposes(['of']),
  denunciation: opposes(['of']),
  attack: opposes(['on', 'against']),
  strike: opposes(['on', 'against'], { weak: true }),
  airstrike: opposes(['on', 'against']),
  // "the U.S.-Israeli bombing of Iran": the deed's "of" names what is hit (arguments.ts, PATIENT_OF)
  bombing: opposes(['of', 'on', 'against']),
  shelling: opposes(['of', 'on']),
  raid: opposes(['on', 'against'], { weak: true }),
  blockade: opposes(['on', 'of', 'against']),
  indictment: opposes(['of', 'against']),
  invasion: opposes(['of']),
  aggression: opposes(['against', 'toward', 'towards']),
  // "Russia's interference in U.S. elections", "Chinese meddling in Taiwan's affairs", "North Korea's hacking of Sony".
  interference: opposes(['in', 'with']),
  meddling: opposes(['in']),
  hacking: opposes(['of']),
  threat: opposes(['against', 'to'], { weak: true }),
  accusation: opposes(['against', 'that']),
  allegation: opposes(['against', 'that']),
  hostility: opposes(['toward', 'towards', 'to']),
  pressure: opposes(['on'], { weak: true }),
  war: opposes(['on', 'against'], { weak: true }),
});

/** Modifiers of an action its doers carry out together ("joint patrols", "a combined military campaign"); as written. */
export const JOINT_MODIFIERS: ReadonlySet<string> = new Set(['joint', 'combined']);

/** Relational nouns: "X is a close ally of Y", "Y's ally X", "X, a fierce critic of Y". */
export const RELATION_NOUNS: ReadonlyMap<string, StanceKind> = lexicon({
  ally: 'BACKS',
  friend: 'BACKS',
  partner: 'BACKS',
  supporter: 'BACKS',
  backer: 'BACKS',
  patron: 'BACKS',
  champion: 'BACKS',
  enemy: 'OPPOSES',
  adversary: 'OPPOSES',
  foe: 'OPPOSES',
  critic: 'OPPOSES',
  opponent: 'OPPOSES',
  nemesis: 'OPPOSES',
  rival: 'OPPOSES',
});

/** Predicative adjectives: "X was critical of Y", "X is allied with Y", "X was deeply disappointed by Y". */
export const STANCE_ADJECTIVES: ReadonlyMap<string, StanceWord> = lexicon({
  supportive: backs(['of', 'to']),
  allied: backs(['with', 'to']),
  friendly: backs(['to', 'with', 'toward', 'towards'], { weak: true }),
  grateful: backs(['to', 'for']),
  loyal: backs(['to']),
  critical: opposes(['of']),
  hostile: opposes(['to', 'toward', 'towards']),
  opposed: opposes(['to']),
  angry: opposes(['at', 'with']),
  furious: opposes(['at', 'with']),
  livid: opposes(['at', 'with']),
  outraged: opposes(['by', 'at']),
  disappointed: opposes(['by', 'with', 'in']),
  // "has been tough on China", "harsh toward Iran", "hawkish on Russia"
  tough: opposes(['on', 'with'], { weak: true }),
  harsh: opposes(['on', 'toward', 'towards', 'with'], { weak: true }),
  hawkish: opposes(['on', 'toward', 'towards'], { weak: true }),
});

/**
 * Verbs of knowing or telling about a deed, whose agent did not do it: "the killings documented by the UN", "abuses
 * reported by Amnesty". Their participles name a witness, not a doer.
 */
export const KNOWING_VERBS: ReadonlySet<string> = new Set([
  'document',
  'report',
  'record',
  'describe',
  'cite',
  'reveal',
  'expose',
  'detect',
  'observe',
  'confirm',
  'verify',
  'investigate',
  'monitor',
  'witness',
  'condemn',
  'criticize',
  'criticise',
  'denounce',
  'deny',
  'mention',
  'publish',
]);

/** Verbs that attribute what follows to their subject: the speaker of an evaluation. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'add',
  'state',
  'declare',
  'write',
  'tweet',
  'post',
  'note',
  'insist',
  'claim',
  'argue',
  'explain',
  'remark',
  'announce',
  'suggest',
  'assert',
  'contend',
  'stress',
  'emphasize',
  'emphasise',
  'caution',
  'complain',
  'acknowledge',
  'admit',
  'concede',
  'reply',
  'respond',
  'retort',
  'predict',
  'vow',
  'boast',
  'brag',
  'scoff',
  'quip',
  'joke',
  'lament',
  'charge',
  'allege',
  'warn',
  'describe',
  'call',
  'believe',
  'think',
  'consider',
]);

/** Governing verbs and nouns after which the contact or stance did not, or may not, happen. */
export const CANCELLING_WORDS: ReadonlySet<string> = new Set([
  'cancel',
  'scrap',
  'scrub',
  'suspend',
  'postpone',
  'delay',
  'refuse',
  'decline',
  'deny',
  'avoid',
  'skip',
  'shun',
  'boycott',
  'abandon',
  'halt',
  'stop',
  'fail',
  'reject',
  'forgo',
  'forego',
  'cancellation',
  'refusal',
]);

/**
 * Governing words of doubt: what they govern is not asserted ("expressed doubt about joining", "is unlikely to
 * meet"), unless the doubt is denied ("no doubt that").
 */
export const DOUBT_WORDS: ReadonlySet<string> = new Set([
  'doubt',
  'doubtful',
  'skeptical',
  'sceptical',
  'unlikely',
  'reluctant',
  'reluctance',
  'unwilling',
  'hesitant',
]);

/**
 * Adjectives that deny the content of the claim, report or story they qualify: what "a baseless claim that the UK had
 * spied on Trump" tells is that someone claimed it, not that it happened.
 */
export const DISPUTING_WORDS: ReadonlySet<string> = new Set([
  'baseless',
  'false',
  'unfounded',
  'groundless',
  'unsubstantiated',
  'fabricated',
  'bogus',
  'spurious',
  'debunked',
  'discredited',
]);

/** Governing words of wishes and invitations: what they govern has not happened ("wants to meet", "invited ... to visit"). */
export const WISH_WORDS: ReadonlySet<string> = new Set([
  'want',
  'wish',
  'hope',
  'seek',
  'try',
  'offer',
  'propose',
  'invite',
  'invitation',
  'urge',
  'ask',
  'push',
  'press',
  'demand',
  'call',
  'encourage',
  'consider',
  'weigh',
  'mull',
  'need',
  'would',
  'like',
  'love',
  'desire',
  'dream',
  'aim',
  'attempt',
  'struggle',
  'decide',
]);

/** Particles after which a word means something else: "called off", "backed out of", "pulled out of". */
export const CANCELLING_PARTICLES: ReadonlyMap<string, string[]> = lexicon({
  call: ['off'],
  back: ['out'],
  pull: ['out'],
  walk: ['away', 'out'],
  rule: ['out'],
});

/** Words that put a contact in the future: "will meet", "upcoming summit", "is set to meet", "ahead of". */
export const PLANNED_WORDS: ReadonlySet<string> = new Set([
  'will',
  'shall',
  "'ll",
  'plan',
  'schedule',
  'expect',
  'set',
  'due',
  'prepare',
  'agree',
  'arrange',
  'upcoming',
  'planned',
  'proposed',
  'scheduled',
  'possible',
  'expected',
  'coming',
  'next',
  'future',
  'potential',
  'forthcoming',
  'prospective',
  'ahead',
  'before',
  'preparation',
  'pending',
  'going',
  'head',
  'leave',
  'travel',
  'fly',
  'arrive',
]);

/** Modal auxiliaries of things that may or might have happened: no claim is read under them. */
export const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set([
  'would',
  'could',
  'might',
  'may',
  'should',
  'must',
  'can',
  'ought',
]);

/** Negators attached to a predicate ("did not meet") or a noun ("no meeting"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'without',
  'nothing',
  'none',
]);

/**
 * Nouns of what a threatened actor will suffer ("serious consequences", "repercussions", "a heavy price" to pay):
 * with a threatener and a threatened they are a threat, an OPPOSES (`frames/threatStances.ts`).
 */
export const THREAT_NOUNS: ReadonlySet<string> = new Set(['consequence', 'repercussion', 'price', 'retribution']);

/**
 * A state's armed forces and their posts: "bases hosting U.S. forces", "visited American troops" tell of deployment,
 * not of a contact between governments.
 */
export const MILITARY_NOUNS: ReadonlySet<string> = new Set([
  'force',
  'troop',
  'soldier',
  'army',
  'navy',
  'military',
  'marine',
  'base',
  'warship',
  'fleet',
]);

/** Subordinators of conditions and questions: what they introduce is not asserted. */
export const CONDITIONAL_MARKERS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'lest']);

/**
 * Nouns standing for a state's government or people: with a nationality, possessor or "of X" they are that state
 * ("the Iranian regime", "Moscow's diplomats", "the government of Iraq", "the Trump administration").
 */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set([
  'government',
  'regime',
  'administration',
  'authority',
  'leadership',
  'cabinet',
  'state',
  'official',
  'leader',
  'diplomat',
  'military',
  'army',
  'navy',
  'force',
  'troop',
  'ministry',
  'embassy',
  'delegation',
  'side',
  'envoy',
  'counterpart',
  'people',
  'nation',
  'country',
  'media',
  'parliament',
  'legislature',
  'judiciary',
  'junta',
  'presidency',
  'foreign ministry',
  'security service',
  'intelligence',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'negotiator',
  'representative',
  'emissary',
  'lawmaker',
  'agency',
  'coalition',
  'camp',
  'team',
]);

/** Nouns that accuse whoever they are from: "the 'threat' from NATO", "Russia's aggression", "Iranian provocations". */
export const ACCUSING_NOUNS: ReadonlySet<string> = new Set([
  'threat',
  'aggression',
  'provocation',
  'interference',
  'meddling',
  'attack',
  'hostility',
  'bullying',
  'blackmail',
  'espionage',
  'spying',
  'subversion',
  'cyberattack',
]);

/**
 * Nouns of an actor's doing: a stance toward the deed is a stance toward its doer ("condemned Russia's annexation",
 * "dismissed Zarif's remarks", "criticised the decision by Beijing").
 */
export const DEED_NOUNS: ReadonlySet<string> = new Set([
  'annexation',
  'aggression',
  'action',
  'act',
  'activity',
  'attack',
  'behavior',
  'behaviour',
  'conduct',
  'decision',
  'move',
  'policy',
  'program',
  'programme',
  'plan',
  'proposal',
  'remark',
  'comment',
  'statement',
  'claim',
  'threat',
  'interference',
  'meddling',
  'intervention',
  'invasion',
  'occupation',
  'incursion',
  'offensive',
  'strike',
  'test',
  'launch',
  'crackdown',
  'violation',
  'role',
  'stance',
  'position',
  'response',
  'rhetoric',
  'provocation',
  'seizure',
  'election',
  'leadership',
  'rule',
  'regime',
  'government',
  'administration',
  'effort',
  'ambition',
  'expansion',
  'buildup',
  'build-up',
  'involvement',
  'support',
  'backing',
  'sale',
  'deal',
  'tweet',
  'letter',
  'speech',
  'visit',
  'campaign',
  'war',
  'weapon',
  'missile',
  'drone',
  'abuse',
  'crime',
  'record',
  'drill',
  'exercise',
  'maneuver',
  'manoeuvre',
  'mediation',
  'sanction',
  'tariff',
  'embargo',
  'blockade',
  'deployment',
  'presence',
  // every accusing noun is a deed too ("condemned the spying by Russia")
  ...ACCUSING_NOUNS,
]);

/**
 * Nouns of a bond between the holder and others: a stance toward "his relationship with X" or "ties with X" is one
 * toward X ("hailed his great relationship with Duterte").
 */
export const BOND_NOUNS: ReadonlySet<string> = new Set([
  'relationship',
  'relation',
  'tie',
  'friendship',
  'partnership',
  'alliance',
  'cooperation',
  'bond',
  'rapport',
  'dialogue',
]);

/**
 * Nouns of joining a body: a stance toward "NATO membership" or "membership in the EU" is one toward the body joined,
 * and toward "Ukraine's accession to the EU" one toward the state that joins.
 */
export const MEMBERSHIP_NOUNS: ReadonlySet<string> = new Set(['membership', 'accession']);

/**
 * Verbs that end or shrink what they act on: with backing or a bond as object they oppose its other side ("suspended
 * aid to Rwanda", "cut ties with Doha", "broke off relations with Colombia", "halted arms sales to Riyadh").
 */
export const REVERSING_VERBS: ReadonlySet<string> = new Set([
  'suspend',
  'freeze',
  'halt',
  'cut',
  'slash',
  'end',
  'sever',
  'break',
  'withdraw',
  'revoke',
  'downgrade',
  'curtail',
]);

/** What a reversing verb can end: backing, a bond, or the sale of arms. */
export const REVERSIBLE_NOUNS: ReadonlySet<string> = new Set([
  'aid',
  'assistance',
  'support',
  'funding',
  'sale',
  'cooperation',
  'relation',
  'relationship',
  'tie',
  'partnership',
  'alliance',
  'dialogue',
]);

/** Verbs of demanding: with a complement of stopping they oppose the addressee ("urged Manila to stop"). */
export const DEMAND_VERBS: ReadonlySet<string> = new Set([
  'urge',
  'press',
  'call',
  'tell',
  'demand',
  'ask',
  'warn',
  'order',
  'push',
]);
export const STOP_VERBS: ReadonlySet<string> = new Set([
  'stop',
  'cease',
  'end',
  'halt',
  'quit',
  'abandon',
  'withdraw',
  'refrain',
  'drop',
  'desist',
  'curb',
]);

/** Verbs that affirm a bond named by their object: "reaffirmed their close cooperation", "deepened ties with Japan". */
export const BOND_VERBS: ReadonlySet<string> = new Set([
  'reaffirm',
  'reiterate',
  'affirm',
  'strengthen',
  'deepen',
  'boost',
  'celebrate',
  'tout',
  'cement',
  'renew',
  'expand',
  'hail',
  'praise',
  'welcome',
  'stress',
  'emphasize',
  'pledge',
  'vow',
  'enhance',
  'forge',
  'build',
  'improve',
  'warm',
]);
