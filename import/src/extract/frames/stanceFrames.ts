// Stance frames: who backs or opposes whom, read from stance verbs, nouns, relational nouns and adjectives.
import {
  ACCUSING_NOUNS,
  REVERSIBLE_NOUNS,
  REVERSING_VERBS,
  BOND_NOUNS,
  BOND_VERBS,
  DEMAND_VERBS,
  JOINT_MODIFIERS,
  RELATION_NOUNS,
  STANCE_ADJECTIVES,
  STANCE_NOUNS,
  STANCE_VERBS,
  STOP_VERBS,
  type StanceKind,
  type StanceWord,
} from '../knowledge/frameLexicon';
import type { Entity } from '../mentions/mention';
import { caseOf, childrenWith, headOf, isVerb, type Sentence, type Token } from '../syntax/document';
import {
  actorsOf,
  participleAgents,
  passiveParts,
  roleTokens,
  subjectsWithFallback,
  type ActorArgument,
  type SentenceMentions,
} from './arguments';
import { clauseTokens, speakersOf, type Attribution } from './attribution';
import { modalityOf } from './modality';

export interface StanceClaim {
  sentence: Sentence;
  type: StanceKind;
  from: Entity;
  to: Entity;
  frame: string;
  confidence: number;
}

/** Verbs whose object noun carries the stance and whose subject holds it ("imposed sanctions on", "voiced support for"). */
const STANCE_NOUN_VERBS = new Set([
  'impose',
  'announce',
  'slap',
  'level',
  'place',
  'put',
  'expand',
  'extend',
  'tighten',
  'introduce',
  'unveil',
  'approve',
  'pass',
  'order',
  'launch',
  'carry',
  'conduct',
  'express',
  'voice',
  'offer',
  'pledge',
  'give',
  'provide',
  'show',
  'send',
  'make',
  'issue',
  'step',
  'ramp',
  'increase',
  'add',
  'reiterate',
  'reaffirm',
  'declare',
  'wage',
  'mount',
  // keeping up what is already held: "vowed to keep up pressure on Russia", "maintained its support for Kyiv"
  'keep',
  'maintain',
  'sustain',
  'intensify',
  'heighten',
  'escalate',
  'threaten',
  'lead',
  'form',
  'build',
  'forge',
  'seek',
  'win',
  'enjoy',
  'lend',
  'throw',
  'renew',
  'maintain',
  'lavish',
  'heap',
  'shower',
  'pour',
  'deliver',
  'air',
  'have',
  'lodge',
  'file',
  'register',
]);

/** Every (from, to) of the agents and targets, both ways when symmetric; self-stances are dropped later. */
export function pairs(
  s: Sentence,
  type: StanceKind,
  agents: ActorArgument[],
  targets: ActorArgument[],
  symmetric: boolean,
  frame: string,
  confidence: number,
): StanceClaim[] {
  const out: StanceClaim[] = [];
  for (const a of agents) {
    for (const t of targets) {
      if (a.entity === t.entity) continue;
      out.push({ sentence: s, type, from: a.entity, to: t.entity, frame, confidence });
      if (symmetric) out.push({ sentence: s, type, from: t.entity, to: a.entity, frame, confidence });
    }
  }
  return out;
}

function requiredDependents(s: Sentence, t: Token, word: StanceWord): boolean {
  const deps = t.children.map((c) => s.tokens[c]!);
  if (word.notWith?.some((w) => deps.some((d) => d.rel === 'compound:prt' && d.lemma === w))) return false;
  if (word.needs === undefined) return true;
  return word.needs.some((w) =>
    deps.some(
      (d) => d.lemma === w || caseOf(s, d) === w || d.children.some((g) => s.tokens[g]!.lemma === w && d.rel === 'obj'),
    ),
  );
}

/** The targets in the word's roles; a clausal role gives every actor named in the clause ("warned that any U.S. strike..."). */
function targetsOf(sm: SentenceMentions, t: Token, word: StanceWord): ActorArgument[] {
  const out: ActorArgument[] = [];
  for (const role of word.roles) {
    for (const r of roleTokens(sm.sentence, t, role)) {
      if (role === 'ccomp')
        for (const m of sm.within(clauseTokens(sm.sentence, r)))
          out.push({ entity: m.entity!, token: sm.sentence.tokens[m.head]!, via: 'direct' });
      else {
        const found = actorsOf(sm, r, true, word.type === 'OPPOSES' || word.deedsOnly === true).filter(
          (a) => word.deedsOnly !== true || a.via === 'deed',
        );
        out.push(...(found.length > 0 ? found : doersOf(sm, r)));
      }
    }
  }
  return out;
}

/**
 * The doers of a deed named by what was done: "condemned the steps taken by Egypt's government", "praised the
 * measures adopted by Japan". Only the passive agent of a participle of doing on the noun: whoever documented or
 * reported a deed ("the killings documented by the UN") did not do it.
 */
function doersOf(sm: SentenceMentions, r: Token): ActorArgument[] {
  return participleAgents(sm.sentence, r, (verb) => DOING_VERBS.has(verb.lemma)).flatMap((agent) =>
    actorsOf(sm, agent, false).map((a) => ({ ...a, via: 'deed' as const })),
  );
}

/** Verbs of carrying out a deed, whose agent is the deed's doer. */
const DOING_VERBS: ReadonlySet<string> = new Set([
  'take',
  'adopt',
  'carry',
  'conduct',
  'commit',
  'launch',
  'impose',
  'implement',
  'enact',
  'pursue',
  'make',
  'introduce',
  'perpetrate',
  'stage',
  'order',
  'undertake',
]);

/**
 * The agents of a stance predicate, or the speaker when the clause has none of its own. "I" and "we" in what a
 * speaker is quoted saying are the speaker ("“I reject the decision,” said Nieto").
 */
function agentsOf(
  sm: SentenceMentions,
  found: Attribution[],
  p: Token,
): { agents: ActorArgument[]; attributed: boolean } {
  const subjects = subjectsWithFallback(sm, p);
  if (subjects.some((x) => x.lemma === 'i' || x.lemma === 'we'))
    return { agents: speakersOf(sm, found, p), attributed: false };
  const agents = subjects.flatMap((x) => actorsOf(sm, x, false));
  if (agents.length > 0) return { agents, attributed: false };
  // "Australia, Italy and France said that they had summoned ...": "they" in what several speakers say is them.
  if (subjects.some((x) => x.lemma === 'they')) {
    const speakers = speakersOf(sm, found, p);
    if (new Set(speakers.map((a) => a.entity)).size >= 2) return { agents: speakers, attributed: false };
  }
  // A pronoun subject that stands for no actor ("told Erdogan that it had") is someone else, not the speaker; so is
  // the noun a participle or relative clause modifies ("the Vatican said, showing support to the nuns suing the
  // president": the nuns sue).
  if (subjects.some((x) => x.pos === 'PRP')) return { agents: [], attributed: false };
  if (subjects.length > 0 && (p.rel === 'acl' || p.rel === 'acl:relcl')) return { agents: [], attributed: false };
  return { agents: speakersOf(sm, found, p), attributed: true };
}

/** The verb's object is "each other" or "one another". */
function reciprocal(s: Sentence, p: Token): boolean {
  return childrenWith(s, p, 'obj', 'obl').some(
    (o) =>
      (o.lemma === 'other' && childrenWith(s, o, 'det', 'amod').some((d) => d.lemma === 'each')) ||
      (o.lemma === 'another' && childrenWith(s, o, 'nummod', 'det', 'amod').some((d) => d.lemma === 'one')),
  );
}

/** "X condemned Y", "Y was condemned by X", "X accused Y of ...", "X lashed out at Y". */
function verbStances(sm: SentenceMentions, found: Attribution[], p: Token, word: StanceWord): StanceClaim[] {
  const s = sm.sentence;
  // "Kenya and Ghana worked together": a symmetric verb's joint doers need no "with".
  const together = word.symmetric === true && p.children.some((c) => s.tokens[c]!.lemma === 'together');
  if (!(requiredDependents(s, p, word) || together) || modalityOf(s, p, 'stance').blocked !== undefined) return [];
  const passive = passiveParts(s, p);
  let agents: ActorArgument[];
  let targets: ActorArgument[];
  let attributed = false;
  if (passive !== undefined && !word.roles.includes('with')) {
    agents = passive.agents.flatMap((x) => actorsOf(sm, x, false));
    targets = passive.patients.flatMap((x) => actorsOf(sm, x, true));
    if (agents.length === 0) [agents, attributed] = [speakersOf(sm, found, p), true];
  } else {
    ({ agents, attributed } = agentsOf(sm, found, p));
    targets = targetsOf(sm, p, word);
    // "Sweden and Finland pledged to defend each other": every agent toward every other.
    if (targets.length === 0 && (reciprocal(s, p) || together) && agents.length >= 2)
      return pairs(s, word.type, agents, agents, false, `stance-verb:${p.lemma}`, word.weak ? 0.6 : 0.8);
  }
  const confidence = (word.weak ? 0.6 : 0.8) - (attributed ? 0.1 : 0);
  return pairs(s, word.type, agents, targets, word.symmetric === true, `stance-verb:${p.lemma}`, confidence);
}

/** Verbs that ask for what their "for" names: "called for tougher sanctions against Belarus" is opposing Belarus. */
const ADVOCATING_VERBS = new Set(['call', 'push', 'press', 'lobby', 'argue', 'campaign', 'appeal']);

/**
 * The verb whose subject holds a stance noun: its object ("imposed sanctions"), the amount that is its object
 * ("pledged $50 million in aid", "a package of sanctions"), or what it calls for ("called for sanctions").
 */
function lightVerbOf(s: Sentence, n: Token, governor: Token | undefined): Token | undefined {
  if (governor === undefined) return undefined;
  if (isVerb(governor) && n.rel === 'obj' && STANCE_NOUN_VERBS.has(governor.lemma)) return governor;
  if (isVerb(governor) && n.relBase === 'obl' && caseOf(s, n) === 'for' && ADVOCATING_VERBS.has(governor.lemma))
    return governor;
  const amountOf = n.relBase === 'nmod' && ['in', 'of'].includes(caseOf(s, n)) && governor.rel === 'obj';
  const verb = amountOf ? headOf(s, governor) : undefined;
  return verb !== undefined && isVerb(verb) && STANCE_NOUN_VERBS.has(verb.lemma) ? verb : undefined;
}

/** "U.S. sanctions against Russia", "China's support for North Korea", "the EU imposed sanctions on Iran". */
function nounStances(sm: SentenceMentions, found: Attribution[], n: Token, word: StanceWord): StanceClaim[] {
  const s = sm.sentence;
  if (modalityOf(s, n, 'stance').blocked !== undefined) return [];
  const governor = headOf(s, n);
  // "suspended aid to Rwanda" ends the backing: read by reversalStances, not as backing.
  if (governor !== undefined && isVerb(governor) && REVERSING_VERBS.has(governor.lemma)) return [];
  const light = lightVerbOf(s, n, governor);
  // "imposed sanctions on Venezuela", "sanctions imposed on Pyongyang", "sanctions it re-imposed on Iran's oil sector":
  // the target may hang on the verb that carries the noun, or on a clause describing it.
  const carriers = [light, ...childrenWith(s, n, 'acl', 'acl:relcl')].filter((x): x is Token => x !== undefined);
  const targets = [...targetsOf(sm, n, word), ...carriers.flatMap((c) => targetsOf(sm, c, word))];
  if (targets.length === 0) return accusingNoun(sm, found, n, word);
  const agents: ActorArgument[] = [];
  for (const c of [
    ...childrenWith(s, n, 'nmod:poss', 'compound', 'amod'),
    ...roleTokens(s, n, 'by'),
    ...roleTokens(s, n, 'from'),
  ])
    agents.push(...actorsOf(sm, c, false));
  for (const m of sm.at(n))
    if (m.entity !== undefined && m.via !== 'title' && n.text.includes('-'))
      agents.push({ entity: m.entity, token: n, via: 'direct' });
  let attributed = false;
  // "set up outposts in coordination with Russia", "marched in solidarity with Ukraine": the clause's subject.
  const manner = governor !== undefined && isVerb(governor) && n.relBase === 'obl' && caseOf(s, n) === 'in';
  if (agents.length === 0 && manner && modalityOf(s, governor, 'stance').blocked === undefined)
    agents.push(...subjectsWithFallback(sm, governor).flatMap((x) => actorsOf(sm, x, false)));
  if (agents.length === 0 && light !== undefined) {
    if (modalityOf(s, light, 'stance').blocked !== undefined) return [];
    const held = agentsOf(sm, found, light);
    agents.push(...held.agents);
    attributed = held.attributed;
  }
  const confidence = (word.weak ? 0.55 : 0.7) - (attributed ? 0.1 : 0);
  return pairs(s, word.type, agents, targets, word.symmetric === true, `stance-noun:${n.lemma}`, confidence);
}

/**
 * "railed against the policy of the United States", "sided with Kyiv against Moscow", "took measures against China":
 * whatever the verb, an actor (or an actor's deed) it is done *against* is opposed by its doer. The preposition carries
 * the stance, so no word list is needed; a weak reading, below a stance word's. A noun outside the stance lexicon
 * ("measures", "a campaign") counts through the verb that has it as object, or its possessor.
 */
function againstStances(sm: SentenceMentions, found: Attribution[], t: Token): StanceClaim[] {
  const s = sm.sentence;
  const against = childrenWith(s, t, 'obl', 'nmod').filter((c) => caseOf(s, c) === 'against');
  if (against.length === 0 || modalityOf(s, t, 'stance').blocked !== undefined) return [];
  const targets = against.flatMap((c) => actorsOf(sm, c, true, true));
  if (targets.length === 0) return [];
  let agents: ActorArgument[];
  let attributed = false;
  if (isVerb(t)) ({ agents, attributed } = agentsOf(sm, found, t));
  else {
    agents = childrenWith(s, t, 'nmod:poss', 'compound', 'amod').flatMap((c) => actorsOf(sm, c, false));
    const governor = headOf(s, t);
    if (agents.length === 0 && governor !== undefined && isVerb(governor) && t.rel === 'obj') {
      if (modalityOf(s, governor, 'stance').blocked !== undefined) return [];
      ({ agents, attributed } = agentsOf(sm, found, governor));
    }
  }
  return pairs(s, 'OPPOSES', agents, targets, false, `against:${t.lemma}`, 0.55 - (attributed ? 0.1 : 0));
}

/** How an accusing noun outside the stance lexicon ("espionage", "provocation") reads: opposition of its doer. */
const ACCUSED_DEED: StanceWord = { type: 'OPPOSES', roles: [] };

/** "said Russia would respond to the threat from NATO": the speaker, or the clause's subject, opposes the noun's source. */
function accusingNoun(sm: SentenceMentions, found: Attribution[], n: Token, word: StanceWord): StanceClaim[] {
  const s = sm.sentence;
  if (word.type !== 'OPPOSES' || !ACCUSING_NOUNS.has(n.lemma)) return [];
  // "targets of espionage by China": the parser often hangs the doer on the noun the deed is "of".
  const over = headOf(s, n);
  const higher = over !== undefined && n.relBase === 'nmod' && caseOf(s, n) === 'of' ? roleTokens(s, over, 'by') : [];
  const sources = [
    ...childrenWith(s, n, 'nmod:poss', 'amod', 'compound'),
    ...roleTokens(s, n, 'from'),
    ...roleTokens(s, n, 'by'),
    ...higher,
  ].flatMap((x) => actorsOf(sm, x, false));
  if (sources.length === 0) return [];
  // The speaker, if the clause is reported; else whoever the clause says reacts to it.
  const governor = headOf(s, n);
  const speakers = speakersOf(sm, found, n);
  const holders =
    speakers.length > 0
      ? speakers
      : governor !== undefined && isVerb(governor)
        ? agentsOf(sm, found, governor).agents
        : [];
  return pairs(s, 'OPPOSES', holders, sources, false, `stance-noun:${n.lemma}`, 0.55);
}

/** "X is a close ally of Y", "X, a fierce critic of Y,", "X and Y are allies". */
function relationStances(sm: SentenceMentions, found: Attribution[], r: Token, type: StanceKind): StanceClaim[] {
  const s = sm.sentence;
  if (modalityOf(s, r, 'stance').blocked !== undefined) return [];
  const of = roleTokens(s, r, 'of').flatMap((x) => actorsOf(sm, x, false));
  const possessors = childrenWith(s, r, 'nmod:poss');
  const poss = possessors.flatMap((x) => actorsOf(sm, x, false));
  // "Germany and Spain are among our strongest allies," Obama said: the speaker calls them his allies, they are not
  // each other's. Another possessor names the other side ("America's allies"); one not resolved still is one.
  if (possessors.some((x) => FIRST_PERSON.has(x.lemma.toLowerCase()))) {
    const speakers = speakersOf(sm, found, r);
    const named = childrenWith(s, r, 'cop').length > 0 ? childrenWith(s, r, 'nsubj') : [];
    return pairs(
      s,
      type,
      speakers,
      named.flatMap((x) => actorsOf(sm, x, false)),
      false,
      `relation:${r.lemma}`,
      0.65,
    );
  }
  let holders: ActorArgument[] = [];
  const head = headOf(s, r);
  // "U.S. ally Israel", "Russian ally Syria": the relation as a title before the name, its owner as a modifier.
  const named = r.rel === 'compound' && head !== undefined ? [head] : childrenWith(s, r, 'appos');
  // Alliance and enmity only: "U.S. trading partner China" is commerce, not backing.
  const owners =
    named.length > 0 && TITLE_RELATIONS.has(r.lemma)
      ? childrenWith(s, r, 'compound', 'amod').flatMap((x) => actorsOf(sm, x, false))
      : [];
  if (childrenWith(s, r, 'cop').length > 0)
    holders = childrenWith(s, r, 'nsubj').flatMap((x) => actorsOf(sm, x, false));
  else if (owners.length > 0) holders = named.flatMap((x) => actorsOf(sm, x, false));
  else if (r.rel === 'appos' && head !== undefined) holders = actorsOf(sm, head, false);
  else if (head !== undefined && childrenWith(s, head, 'appos').length > 0) holders = [];
  // "its allies like Venezuela", "partners such as Japan": the examples are the ones related.
  if (holders.length === 0)
    holders = ['like', 'as', 'such'].flatMap((c) => roleTokens(s, r, c)).flatMap((x) => actorsOf(sm, x, false));
  const targets = [...of, ...poss, ...owners];
  if (holders.length >= 2 && targets.length === 0 && possessors.length === 0) {
    // "X and Y are allies": each toward the other.
    return holders.flatMap((a) =>
      holders
        .filter((b) => b !== a)
        .map((b) => ({
          sentence: s,
          type,
          from: a.entity,
          to: b.entity,
          frame: `relation:${r.lemma}`,
          confidence: 0.65,
        })),
    );
  }
  // The one named as the relation toward its owner, as the corpus reads "X is an ally of Y": X backs Y.
  return pairs(s, type, holders, targets, false, `relation:${r.lemma}`, 0.7);
}

/** Possessors that are the speaker: "our allies", "my friend". */
const FIRST_PERSON: ReadonlySet<string> = new Set(['we', 'our', 'i', 'my']);

/** Relation nouns that may stand as a title before a name: "U.S. ally Israel", "arch-enemy Iran". */
const TITLE_RELATIONS: ReadonlySet<string> = new Set(['ally', 'enemy', 'adversary', 'foe', 'rival', 'arch-enemy']);

/** "X was critical of Y", "X is allied with Y", "X was deeply disappointed by Y's annexation". */
function adjectiveStances(sm: SentenceMentions, found: Attribution[], j: Token, word: StanceWord): StanceClaim[] {
  const s = sm.sentence;
  if (modalityOf(s, j, 'stance').blocked !== undefined) return [];
  const holders = [...childrenWith(s, j, 'nsubj'), ...childrenWith(s, j, 'nsubj:pass')].flatMap((x) =>
    actorsOf(sm, x, false),
  );
  const agents = holders.length > 0 ? holders : speakersOf(sm, found, j);
  const targets = targetsOf(sm, j, word);
  return pairs(
    s,
    word.type,
    agents,
    targets,
    word.symmetric === true,
    `stance-adjective:${j.lemma}`,
    word.weak ? 0.55 : 0.7,
  );
}

/** "urged Manila to stop its provocations" opposes Manila. */
function demandStances(sm: SentenceMentions, found: Attribution[], p: Token): StanceClaim[] {
  const s = sm.sentence;
  const stop = childrenWith(s, p, 'xcomp').find((x) => STOP_VERBS.has(x.lemma));
  if (stop === undefined || modalityOf(s, p, 'stance').blocked !== undefined) return [];
  // "called on X to stop": the addressee after "on"; otherwise the object.
  const addressees = [...childrenWith(s, p, 'obj'), ...roleTokens(s, p, 'on')].flatMap((x) => actorsOf(sm, x, false));
  const { agents } = agentsOf(sm, found, p);
  return pairs(s, 'OPPOSES', agents, addressees, false, `stance-demand:${p.lemma}`, 0.55);
}

/** "reaffirmed their close cooperation", "deepened ties with Japan". */
function bondStances(sm: SentenceMentions, found: Attribution[], p: Token): StanceClaim[] {
  const s = sm.sentence;
  const bond = childrenWith(s, p, 'obj').find((o) => BOND_NOUNS.has(o.lemma));
  if (bond === undefined || modalityOf(s, p, 'stance').blocked !== undefined) return [];
  const { agents } = agentsOf(sm, found, p);
  const partners = roleTokens(s, bond, 'with').flatMap((x) => actorsOf(sm, x, false));
  const between = roleTokens(s, bond, 'between').flatMap((x) => actorsOf(sm, x, false));
  const shared = childrenWith(s, bond, 'nmod:poss').some((x) => ['they', 'we'].includes(x.lemma));
  if (partners.length > 0) return pairs(s, 'BACKS', agents, partners, false, `stance-bond:${p.lemma}`, 0.6);
  const sides = between.length >= 2 ? between : shared ? agents : [];
  return sides.flatMap((a) =>
    sides
      .filter((b) => b !== a)
      .map((b) => ({
        sentence: s,
        type: 'BACKS' as const,
        from: a.entity,
        to: b.entity,
        frame: `stance-bond:${p.lemma}`,
        confidence: 0.6,
      })),
  );
}

/**
 * "The US and Turkey conducted joint patrols", "joint U.S.-Turkish patrols", "a combined campaign by Syria and
 * Russia": those who act together back one another. The doers are the noun's own modifiers and "by" phrase, else
 * the subjects of the verb whose object it is; two different actors at least, or no claim.
 */
function jointActionStances(sm: SentenceMentions, n: Token): StanceClaim[] {
  const s = sm.sentence;
  if (modalityOf(s, n, 'stance').blocked !== undefined) return [];
  const own = [...childrenWith(s, n, 'nmod:poss', 'compound', 'amod'), ...roleTokens(s, n, 'by')].flatMap((x) =>
    actorsOf(sm, x, false),
  );
  // One word may name two states ("U.S.-Turkish"): every mention on the noun and its modifiers.
  for (const x of [n, ...childrenWith(s, n, 'compound', 'amod')])
    for (const m of sm.at(x)) if (m.entity !== undefined) own.push({ entity: m.entity, token: x, via: 'direct' });
  const governor = headOf(s, n);
  const doers =
    own.length >= 2 || governor === undefined || !isVerb(governor) || n.rel !== 'obj'
      ? own
      : subjectsWithFallback(sm, governor).flatMap((x) => actorsOf(sm, x, false));
  const sides = [...new Map(doers.map((d) => [d.entity, d])).values()];
  if (sides.length < 2) return [];
  return pairs(s, 'BACKS', sides.slice(0, 1), sides.slice(1), true, `joint-action:${n.lemma}`, 0.55);
}

/**
 * "Canada suspended aid to Rwanda", "Riyadh cut ties with Doha", "Venezuela broke off relations with Colombia": ending
 * backing or a bond opposes its other side, named on the noun ("to", "with", "for") or on the verb ("with").
 */
function reversalStances(sm: SentenceMentions, found: Attribution[], p: Token): StanceClaim[] {
  const s = sm.sentence;
  const ended = childrenWith(s, p, 'obj', 'nsubj:pass').filter((o) => REVERSIBLE_NOUNS.has(o.lemma));
  if (ended.length === 0 || modalityOf(s, p, 'stance').blocked !== undefined) return [];
  const others = [
    ...ended.flatMap((o) => ['to', 'with', 'for'].flatMap((role) => roleTokens(s, o, role))),
    ...roleTokens(s, p, 'with'),
    ...roleTokens(s, p, 'to'),
  ].flatMap((x) => actorsOf(sm, x, false));
  const passive = passiveParts(s, p);
  const agents =
    passive !== undefined ? passive.agents.flatMap((x) => actorsOf(sm, x, false)) : agentsOf(sm, found, p).agents;
  return pairs(s, 'OPPOSES', agents, others, false, `stance-reversal:${p.lemma}`, 0.6);
}

/** Every explicit stance one sentence states. */
export function stanceFrames(sm: SentenceMentions, found: Attribution[]): StanceClaim[] {
  const s = sm.sentence;
  if (!s.parsed) return [];
  const out: StanceClaim[] = [];
  for (const t of s.tokens) {
    const adjective =
      STANCE_ADJECTIVES.get(t.text.toLowerCase()) ??
      (t.pos.startsWith('JJ') ? STANCE_ADJECTIVES.get(t.lemma) : undefined);
    if (adjective !== undefined && (t.pos.startsWith('JJ') || t.pos === 'VBN')) {
      out.push(...adjectiveStances(sm, found, t, adjective));
      continue;
    }
    if (t.pos.startsWith('NN') && childrenWith(s, t, 'amod').some((a) => JOINT_MODIFIERS.has(a.text.toLowerCase())))
      out.push(...jointActionStances(sm, t));
    if (isVerb(t) && DEMAND_VERBS.has(t.lemma)) out.push(...demandStances(sm, found, t));
    if (isVerb(t) && BOND_VERBS.has(t.lemma)) out.push(...bondStances(sm, found, t));
    if (isVerb(t) && REVERSING_VERBS.has(t.lemma)) out.push(...reversalStances(sm, found, t));
    if (isVerb(t) && STANCE_VERBS.has(t.lemma)) out.push(...verbStances(sm, found, t, STANCE_VERBS.get(t.lemma)!));
    else if ((isVerb(t) || t.pos.startsWith('NN')) && !STANCE_NOUNS.has(t.lemma))
      out.push(...againstStances(sm, found, t));
    if (t.pos.startsWith('NN') && STANCE_NOUNS.has(t.lemma))
      out.push(...nounStances(sm, found, t, STANCE_NOUNS.get(t.lemma)!));
    else if (t.pos.startsWith('NN') && ACCUSING_NOUNS.has(t.lemma) && modalityOf(s, t, 'stance').blocked === undefined)
      out.push(...accusingNoun(sm, found, t, ACCUSED_DEED));
    else if (t.pos.startsWith('NN') && RELATION_NOUNS.has(t.lemma))
      out.push(...relationStances(sm, found, t, RELATION_NOUNS.get(t.lemma)!));
  }
  return out;
}
