// Reads the arguments of a predicate from the parse and turns them into the actors they name.
import { BOND_NOUNS, DEED_NOUNS, GOVERNMENT_NOUNS, KNOWING_VERBS, MEMBERSHIP_NOUNS } from '../knowledge/frameLexicon';
import { FORMER_WORDS, WEAK_OFFICE_WORDS, isOfficeWord } from '../knowledge/titles';
import { isActor, type Entity, type Mention } from '../mentions/mention';
import {
  caseOf,
  childrenWith,
  conjuncts,
  coordination,
  headOf,
  isVerb,
  subtree,
  type Sentence,
  type Token,
} from '../syntax/document';

/** The mentions of one sentence, indexed by the tokens they head and cover. */
export class SentenceMentions {
  private readonly byHead = new Map<number, Mention[]>();
  private readonly byToken = new Map<number, Mention[]>();
  /** The officials of the contact reported last, or the pair named last as "X and Y", for "they" (set by the article). */
  recentGroup: Entity[] = [];
  /** The same, or the two officials a sentence named since, for "the two ministers", "both leaders". */
  recentTwo: Entity[] = [];
  /** Whose each government noun was when last named with its owner ("the U.S.-led coalition"), for "the coalition". */
  definite = new Map<string, Entity[]>();

  constructor(
    readonly sentence: Sentence,
    readonly mentions: Mention[],
    /** The state entity an official acts for ("the Trump administration" is the United States). */
    readonly stateOf: (e: Entity) => Entity | undefined,
  ) {
    for (const m of mentions) {
      this.byHead.set(m.head, [...(this.byHead.get(m.head) ?? []), m]);
      for (let i = m.start; i < m.end; i++) this.byToken.set(i, [...(this.byToken.get(i) ?? []), m]);
    }
  }

  /** Mentions headed by the token, else covering it. */
  at(t: Token): Mention[] {
    return this.byHead.get(t.i) ?? this.byToken.get(t.i) ?? [];
  }

  /**
   * The last two officials or states named as "X and Y" ("As Putin and Xi walked the red carpet", "The United States
   * and China announced"), for a "they" or "the two countries" that follows; read from the tokens, so a sentence the
   * parser skipped still counts.
   */
  namedPair(): Entity[] | undefined {
    const named = this.mentions
      // A state by its name only: a demonym is mostly an official's title ("Putin and Chinese President Xi").
      .filter(
        (m) =>
          (m.entity?.kind === 'Official' && m.via !== 'pronoun') || (m.entity?.kind === 'Country' && m.via === 'name'),
      )
      .sort((a, b) => a.start - b.start);
    let pair: Entity[] | undefined;
    for (let k = 0; k + 1 < named.length; k++) {
      const [a, b] = [named[k]!, named[k + 1]!];
      if (a.entity === b.entity) continue;
      // "the Putin-Trump relationship": two name parts of one hyphenated word.
      const hyphenated = a.via === 'name-part' && b.via === 'name-part' && a.start === b.start;
      // "and", then at most the second one's title: "Putin and Chinese President Xi".
      const between = this.sentence.tokens.slice(a.end, b.start);
      const joined =
        between[0]?.lemma === 'and' && between.slice(1).every((t) => /^(NNP|NNPS|NN|JJ|DT|POS)$/.test(t.pos));
      if (hyphenated || joined) pair = [a.entity!, b.entity!];
    }
    return pair;
  }

  /**
   * "Johnson, who enjoys a good relationship with Trump, ... The two leaders will meet": the two officials a sentence
   * names, when it names exactly two, for a plural noun that follows ("the two leaders", not "they").
   */
  namedTwo(): Entity[] | undefined {
    const officials = new Set(
      this.mentions.filter((m) => m.entity?.kind === 'Official' && m.via !== 'pronoun').map((m) => m.entity!),
    );
    return officials.size === 2 ? [...officials] : undefined;
  }

  /** Actor mentions whose tokens lie in `indexes`. */
  within(indexes: Iterable<number>): Mention[] {
    const set = new Set(indexes);
    return this.mentions.filter((m) => isActor(m.entity) && set.has(m.head));
  }
}

export interface ActorArgument {
  entity: Entity;
  /** The token the actor was read from (for evidence and debugging). */
  token: Token;
  /** 'direct': named as the argument; 'government': "the Iranian regime"; 'deed': "Russia's annexation"; 'group': "the two leaders" of the contact just reported. */
  via: 'direct' | 'government' | 'deed' | 'group';
  /** For an owner: the modifier it was read from ("Seoul" in "officials in Seoul"). */
  source?: Token;
}

/** Deeds whose "of" names what is done to, not who does it: "the annexation of Crimea", "the invasion of Iraq". */
const PATIENT_OF = new Set([
  'annexation',
  'invasion',
  'occupation',
  'seizure',
  'attack',
  'strike',
  'bombing',
  'shelling',
  'blockade',
  'indictment',
  'incursion',
  'launch',
  'test',
  'sale',
  'violation',
  'crackdown',
  'abuse',
  'expansion',
  'buildup',
  'build-up',
  'support',
  'backing',
]);

/** Modifiers that name whose a government or a deed is: "Iranian", "Moscow's", "of Iraq", "by Beijing", "Trump". */
function ownerMentions(sm: SentenceMentions, t: Token, deed: boolean): Mention[] {
  return owners(sm, t, deed).map((o) => o.mention);
}

interface Owner {
  mention: Mention;
  /** The first conjunct of the modifier it was read from: its case tells a place ("in Seoul") from a nationality. */
  source: Token;
}

function owners(sm: SentenceMentions, t: Token, deed: boolean): Owner[] {
  const s = sm.sentence;
  const out: Owner[] = [];
  // "British, German and French counterparts", "officials in Seoul and Tokyo": every conjunct of a modifier owns.
  for (const c of t.children) {
    const first = s.tokens[c]!;
    const rel = first.rel;
    const kase = caseOf(s, first);
    // "his counterpart" is the other side's official, not his own.
    if (t.lemma === 'counterpart' && rel === 'nmod:poss') continue;
    const owner =
      rel === 'nmod:poss' ||
      rel === 'amod' ||
      rel === 'compound' ||
      (rel.startsWith('nmod') &&
        (deed
          ? ['by', 'from'].includes(kase) || (kase === 'of' && !PATIENT_OF.has(t.lemma))
          : ['of', 'in', 'from', 'by'].includes(kase)));
    if (!owner) continue;
    for (const child of [first, ...conjuncts(s, first)]) {
      const named = sm.at(child).filter((m) => isActor(m.entity));
      for (const m of named) out.push({ mention: m, source: first });
      // "officials from both countries", "negotiators of the two nations": the states of the pair just named.
      if (named.length === 0) for (const m of groupStates(sm, child)) out.push({ mention: m, source: first });
    }
  }
  // "the exercises held by Australia": the agent of a participle or relative clause on a deed.
  if (deed) {
    for (const by of participleAgents(s, t, (verb) => !KNOWING_VERBS.has(verb.lemma)))
      for (const child of [by, ...conjuncts(s, by)])
        for (const m of sm.at(child)) if (isActor(m.entity)) out.push({ mention: m, source: by });
  }
  // A hyphenated owner ("the U.S.-led coalition") sits on the noun's own token.
  for (const m of sm.at(t))
    if (
      isActor(m.entity) &&
      m.via !== 'title' &&
      m.head === t.i &&
      m.start === t.i &&
      m.end === t.i + 1 &&
      t.text.includes('-')
    )
      out.push({ mention: m, source: t });
  return out;
}

/**
 * The actors an argument token names: its mention, or the owner of a government noun or (with `deeds`) of a deed
 * noun, for the token and each of its conjuncts.
 */
export function actorsOf(sm: SentenceMentions, t: Token, deeds: boolean, possessed = false): ActorArgument[] {
  const out: ActorArgument[] = [];
  const seen = new Set<Entity>();
  const add = (entity: Entity | undefined, token: Token, via: ActorArgument['via'], source?: Token): void => {
    if (isActor(entity) && !seen.has(entity)) {
      seen.add(entity);
      out.push({ entity, token, via, ...(source ? { source } : {}) });
    }
  };
  const resolved = resolveRelative(sm.sentence, t);
  for (const v of coordination(sm.sentence, resolved)) {
    if (v !== resolved && v.i < resolved.i) continue; // read conjuncts to the right of the argument only
    // "The official news agency, KCNA, called ...", "his Saudi counterpart, Prince Faisal": a name in apposition is
    // more specific than the noun it explains.
    const named0 = sm.at(v).filter((m) => isActor(m.entity));
    const apposed = childrenWith(sm.sentence, v, 'appos', 'dep', 'flat').find((a) =>
      sm.at(a).some((m) => isActor(m.entity) && (m.via === 'person' || m.via === 'organization')),
    );
    const u = apposed !== undefined && (named0.length === 0 || named0.every((m) => m.via !== 'person')) ? apposed : v;
    // "Syrian rebel commanders", "Venezuelan opposition leaders": the state's name on them is not the state.
    const againstState = childrenWith(sm.sentence, u, 'amod', 'compound').some((c) => NON_STATE_WORDS.has(c.lemma));
    const named = sm.at(u).filter((m) => isActor(m.entity) && !(againstState && m.entity!.kind === 'Country'));
    if (named.length > 0) {
      // A title heading its own phrase ("Iran's foreign minister") resolved to a state: prefer a named owner.
      for (const m of named) add(m.entity, u, 'direct');
      // "US and Cuban officials": the demonym heads the noun's mention, the other conjunct owns it too.
      if (GOVERNMENT_NOUNS.has(u.lemma) && u.pos === 'NNS')
        for (const o of owners(sm, u, false)) add(governmentOf(sm, o.mention.entity!), u, 'government', o.source);
      continue;
    }
    const group = u.lemma === 'they' ? sm.recentGroup : sm.recentTwo;
    if (isGroupReference(sm.sentence, u) && group.length >= 2) {
      // "both countries" are the states of the pair; "the two leaders" the officials themselves.
      const states = STATE_GROUP_NOUNS.has(u.lemma);
      for (const e of group) add(states ? (sm.stateOf(e) ?? e) : e, u, 'group');
      continue;
    }
    // "the presidents of the European Union and the European Council", "the foreign ministers of France and Germany":
    // office holders in the plural stand, like "leaders", for the bodies that own them.
    // Not weak offices ("rebel commanders", "opposition members") nor past holders ("former secretaries of state").
    const pluralOffice =
      u.pos === 'NNS' &&
      isOfficeWord(u.lemma) &&
      !WEAK_OFFICE_WORDS.has(u.lemma) &&
      !childrenWith(sm.sentence, u, 'amod').some((a) => FORMER_WORDS.has(a.lemma));
    if ((GOVERNMENT_NOUNS.has(u.lemma) || pluralOffice) && !againstState) {
      const found = owners(sm, u, false);
      for (const o of found) add(governmentOf(sm, o.mention.entity!), u, 'government', o.source);
      // "Saudi Arabia joined the coalition": the one named with its owner before.
      if (found.length === 0 && isBareDefinite(sm.sentence, u))
        for (const e of sm.definite.get(u.lemma) ?? []) add(e, u, 'government');
    } else if (deeds && DEED_NOUNS.has(u.lemma)) for (const m of ownerMentions(sm, u, true)) add(m.entity, u, 'deed');
    else if (deeds && BOND_NOUNS.has(u.lemma)) {
      for (const w of childrenWith(sm.sentence, u, 'nmod').filter((c) => caseOf(sm.sentence, c) === 'with')) {
        for (const m of actorsOf(sm, w, false)) add(m.entity, w, 'deed');
      }
    } else if (deeds && MEMBERSHIP_NOUNS.has(u.lemma)) {
      // The one who joins, when named ("Ukraine's NATO membership"); else the body joined ("NATO membership",
      // "membership in the EU", "accession to the WTO").
      const joiner = childrenWith(sm.sentence, u, 'nmod:poss').flatMap((p) => actorsOf(sm, p, false));
      const body = [
        ...childrenWith(sm.sentence, u, 'compound'),
        ...childrenWith(sm.sentence, u, 'nmod').filter((c) => ['in', 'of', 'to'].includes(caseOf(sm.sentence, c))),
      ].flatMap((c) => actorsOf(sm, c, false).filter((a) => a.entity.kind === 'Organization'));
      for (const a of joiner.length > 0 ? joiner : body) add(a.entity, u, 'deed', a.token);
    } else if (possessed && (u.pos === 'NN' || u.pos === 'NNS')) {
      // What is hit belongs to someone: "sanctions on Iran's oil sector", "strikes on Saudi oil facilities".
      for (const m of ownerMentions(sm, u, true)) add(m.entity, u, 'deed');
    }
    // Owned by a government named by its noun: "the Russian government's involvement", "the visas of the Palestinian
    // delegation".
    if (deeds && (DEED_NOUNS.has(u.lemma) || possessed) && out.length === 0)
      for (const p of childrenWith(sm.sentence, u, 'nmod:poss', 'nmod'))
        if (GOVERNMENT_NOUNS.has(p.lemma) && (p.rel === 'nmod:poss' || caseOf(sm.sentence, p) === 'of'))
          for (const a of actorsOf(sm, p, false)) add(a.entity, u, 'deed', p);
  }
  return out;
}

/** The "by" phrases of the participles on a noun whose verb `accepts`: "the exercises held by Australia". */
export function participleAgents(s: Sentence, t: Token, accepts: (verb: Token) => boolean): Token[] {
  return childrenWith(s, t, 'acl', 'acl:relcl')
    .filter((clause) => clause.pos === 'VBN' && accepts(clause))
    .flatMap((clause) => childrenWith(s, clause, 'obl', 'obl:agent').filter((c) => caseOf(s, c) === 'by'));
}

/** Modifiers of people who act against or outside their state's government. */
const NON_STATE_WORDS: ReadonlySet<string> = new Set([
  'rebel',
  'opposition',
  'dissident',
  'insurgent',
  'separatist',
  'militant',
  'exile',
  'exiled',
  'jihadist',
]);

/** "the coalition", "the regime": a definite government noun with no modifier of its own. */
function isBareDefinite(s: Sentence, t: Token): boolean {
  const kids = t.children.map((c) => s.tokens[c]!);
  return (
    kids.some((k) => k.rel === 'det' && k.lemma === 'the') &&
    kids.every((k) => ['det', 'case', 'punct'].includes(k.rel))
  );
}

/** Records the owners of the sentence's government nouns, for later bare definites ("the coalition"). */
export function rememberOwners(sm: SentenceMentions): void {
  for (const t of sm.sentence.tokens) {
    if (!GOVERNMENT_NOUNS.has(t.lemma) || !t.pos.startsWith('NN')) continue;
    const found = owners(sm, t, false)
      .map((o) => governmentOf(sm, o.mention.entity!))
      .filter(isActor);
    if (found.length > 0) sm.definite.set(t.lemma, [...new Set(found)]);
  }
}

/** Nouns of a pair or group that stand for its states: "both countries", "the two governments", "both sides". */
const STATE_GROUP_NOUNS: ReadonlySet<string> = new Set(['country', 'nation', 'government', 'side']);

/** For "the two countries" as an owner: the states of the pair just named, as mentions read from the context. */
function groupStates(sm: SentenceMentions, t: Token): Mention[] {
  if (!STATE_GROUP_NOUNS.has(t.lemma) || !isGroupReference(sm.sentence, t) || sm.recentTwo.length < 2) return [];
  const states = [...new Set(sm.recentTwo.map((e) => sm.stateOf(e) ?? e))];
  if (states.length < 2) return [];
  return states.map((entity) => ({
    sentence: sm.sentence.index,
    start: t.i,
    end: t.i + 1,
    head: t.i,
    text: t.text,
    via: 'context',
    entity,
  }));
}

/** Plural people nouns of a pair or group just named: "the two ministers", "both leaders", "the two sides". */
const GROUP_NOUNS = new Set([
  'leader',
  'minister',
  'president',
  'man',
  'woman',
  'side',
  'official',
  'diplomat',
  'counterpart',
  'envoy',
  'head',
  'premier',
  'pair',
  'duo',
  'country',
  'nation',
  'government',
]);

function isGroupReference(s: Sentence, t: Token): boolean {
  if (t.lemma === 'both' && t.pos !== 'DT') return true;
  // A clause whose subject "they" comes first goes on about the pair just named: "They ...", "Together they ...",
  // "Later, they ..." (only adverbs of the same clause before it; "According to her, they" may be anyone).
  if (t.lemma === 'they' && t.rel === 'nsubj' && opensItsClause(s, t)) return true;
  if (!GROUP_NOUNS.has(t.lemma) || !(t.pos === 'NNS' || t.lemma === 'pair' || t.lemma === 'duo')) return false;
  if (t.children.some((c) => ['amod', 'compound', 'nmod:poss', 'nmod'].includes(s.tokens[c]!.rel))) return false;
  return (
    childrenWith(s, t, 'nummod', 'det', 'det:predet').some((c) => ['two', 'three', 'both', 'the'].includes(c.lemma)) &&
    childrenWith(s, t, 'nummod', 'det', 'det:predet').some((c) => c.lemma !== 'the' || t.lemma === 'pair')
  );
}

/** Everything before `t` in the sentence is punctuation or an adverb of `t`'s own clause ("Together", "Later,"). */
function opensItsClause(s: Sentence, t: Token): boolean {
  const clause = headOf(s, t);
  if (clause === undefined) return false;
  const before = new Set<number>();
  for (const c of childrenWith(s, clause, 'advmod', 'obl:tmod', 'cc'))
    if (c.i < t.i) for (const i of subtree(s, c)) before.add(i);
  return s.tokens
    .slice(0, t.i)
    .every((x) => before.has(x.i) || ['``', "''", ',', ':', '-LRB-', '-RRB-'].includes(x.pos));
}

/** "which", "who", "that" opening a relative clause stand for the noun the clause modifies. */
function resolveRelative(s: Sentence, t: Token): Token {
  if (!['which', 'who', 'that', 'whom'].includes(t.lemma) || !t.pos.startsWith('W')) return t;
  const clause = headOf(s, t);
  return clause !== undefined && clause.rel === 'acl:relcl' ? (headOf(s, clause) ?? t) : t;
}

/** "The Trump administration", "Putin's government": the state of the official named; a state or body as it is. */
function governmentOf(sm: SentenceMentions, e: Entity): Entity | undefined {
  return e.kind === 'Official' ? (sm.stateOf(e) ?? e) : e;
}

/** Nominal dependents of `t` marked with one of `cases` ("with", "between"), or its direct objects for "obj". */
export function roleTokens(s: Sentence, t: Token, role: string): Token[] {
  if (role === 'obj') {
    const own = childrenWith(s, t, 'obj', 'iobj');
    // "regret and reject the decision": a shared object hangs on the first conjunct, after the second.
    const first = headOf(s, t);
    if (own.length === 0 && t.rel === 'conj' && first !== undefined)
      return childrenWith(s, first, 'obj').filter((o) => o.i > t.i);
    return own;
  }
  if (role === 'ccomp') return childrenWith(s, t, 'ccomp');
  // "threatened to revoke the visas of the Palestinian delegation": the object of what is threatened.
  if (role === 'to-obj') return childrenWith(s, t, 'xcomp').flatMap((c) => childrenWith(s, c, 'obj'));
  // "accusations that it is pursuing nuclear weapons": the subject of a noun's content clause.
  if (role === 'that')
    return childrenWith(s, t, 'acl', 'ccomp')
      .filter((c) => childrenWith(s, c, 'mark').some((m) => m.lemma === 'that'))
      .flatMap((c) => childrenWith(s, c, 'nsubj', 'nsubj:pass'));
  const marked = [...childrenWith(s, t, 'obl', 'nmod', 'advcl')].filter(
    (c) => caseOf(s, c) === role || caseOf(s, c).endsWith(` ${role}`),
  );
  // "support for U.S. efforts to achieve ...", "meet with Christine Lagarde to discuss ...": the parser reads a
  // for-to or with-to clause, whose subject is the preposition's nominal.
  if (role === 'for' || role === 'with') {
    for (const clause of childrenWith(s, t, 'acl', 'advcl')) {
      const marks = childrenWith(s, clause, 'mark').map((m) => m.lemma);
      // Only a misread "with X to do": "spoke, with Putin watching" is a circumstance, not a partner.
      if (marks.includes(role) && (role === 'for' || marks.includes('to')))
        marked.push(...childrenWith(s, clause, 'nsubj'));
    }
  }
  return marked;
}

/**
 * The subjects of a predicate: its own nsubj; else the controller's for an open complement ("agreed to meet"), the
 * first conjunct's for a conjunct verb ("met and praised"), the modified noun for a relative clause ("Kim, who met").
 */
export function subjectTokens(s: Sentence, p: Token): Token[] {
  let current: Token | undefined = p;
  for (let guard = 0; current !== undefined && guard < 6; guard++) {
    const subjects = childrenWith(s, current, 'nsubj');
    // "left for Washington to meet Blinken": the parser reads a destination as the subject of a for-to clause.
    const forTo =
      subjects.length > 0 && childrenWith(s, current, 'mark').some((m) => m.lemma === 'for' && m.i < subjects[0]!.i);
    if (subjects.length > 0 && !forTo) return subjects;
    const head = headOf(s, current);
    if (head === undefined) return [];
    // Object control: "allowed the US and France to work together", "asked Morrison to help": a named object does
    // it ("promised Kim to" keeps its subject; in "back Sweden's bid to join" the clause is the bid's, misparsed).
    if (current.rel === 'xcomp' && isVerb(head) && head.lemma !== 'promise') {
      const named = (o: Token): boolean => /^(NNP|PRP$)/.test(o.pos) || o.ner !== 'O';
      const objects = childrenWith(s, head, 'obj').filter((o) => o.i < current!.i && named(o));
      if (objects.length > 0) return objects;
    }
    // A relative clause's subject is the noun it modifies ("Kim, who met Trump"); a participle's too ("Kim, meeting
    // Trump"); a finite verb hung on a noun by the parser is not a modifier of it.
    if (current.rel === 'acl:relcl' || (current.rel === 'acl' && (current.pos === 'VBG' || current.pos === 'VBN')))
      return [head];
    // A verb the parser hangs on another as "dep" shares its subject: "DPRK strengthens ties ..., blames US".
    const sharesSubject =
      current.rel === 'xcomp' ||
      current.rel === 'conj' ||
      current.rel === 'advcl' ||
      current.rel.startsWith('aux') ||
      (current.rel === 'dep' && isVerb(current) && isVerb(head));
    if (sharesSubject) current = head;
    else return [];
  }
  return [];
}

/**
 * The subject tokens, or for a finite verb the parser left without one, the actor opening an "X, who ..., verb"
 * sentence: the parser often hangs the verb on the relative clause ("Pompeo, who was in the UAE, dismissed ...").
 */
export function subjectsWithFallback(sm: SentenceMentions, p: Token): Token[] {
  const s = sm.sentence;
  const found = subjectTokens(s, p);
  if (found.length > 0 || !['VBD', 'VBZ', 'VBP'].includes(p.pos) || s.tokens[p.i - 1]?.text !== ',') return found;
  const first = sm.mentions.find((m) => isActor(m.entity) && m.head < p.i);
  if (first === undefined || s.tokens[first.end]?.text !== ',') return [];
  return [s.tokens[first.head]!];
}

/** Passive subjects ("Kim was received by Moon"): the patient, and the agent from "by". */
export function passiveParts(s: Sentence, p: Token): { patients: Token[]; agents: Token[] } | undefined {
  const patients = childrenWith(s, p, 'nsubj:pass');
  if (patients.length === 0) return undefined;
  const agents = [
    ...childrenWith(s, p, 'obl:agent'),
    ...childrenWith(s, p, 'obl').filter((c) => caseOf(s, c) === 'by'),
  ];
  return { patients, agents };
}
