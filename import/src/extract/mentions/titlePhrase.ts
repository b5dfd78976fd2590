// Reads the title a person is introduced with: "Russian President", "Zarif, Iran's foreign minister", "(R-S.C.)".
import {
  FORMER_WORDS,
  NON_OFFICE_WORDS,
  NON_POLITICAL_WORDS,
  POSTING_NOUNS,
  US_INSTITUTION_WORDS,
  US_PARTY_STATE,
  compoundOffice,
  isOfficeWord,
  isOfficeWordInTitle,
} from '../knowledge/titles';
import { caseOf, childrenWith, type Sentence, type Token } from '../syntax/document';
import { polarity } from '../knowledge/sentiment';
import type { Mention } from './mention';

export interface TitlePhrase {
  /** The title as an analyst would write it: "Secretary of State", "Foreign Minister", "former President". */
  title: string | null;
  /** Lemma of the office word heading it ("minister"), or null. */
  office: string | null;
  /** Lemmas of every office word in it ("crown", "prince" give "prince"; "foreign minister" gives "minister"). */
  words: string[];
  /** Countries and bodies named in the phrase: the state or organisation the person acts for. */
  evidence: Mention[];
  /** A person who holds the office's owner role ("Trump's national security adviser"): acts for that person's state. */
  possessor: Mention | undefined;
  former: boolean;
  /** The phrase names a role that is not an office ("analyst", "professor"). */
  nonOffice: boolean;
  /** Names an American institution ("Senate", "House") or carries a party-state tag ("R-S.C."). */
  american: boolean;
}

/** A nationality the gazetteer does not know ("Ruritanian"), or a party ("Republican"): not part of the office's name. */
const NATIONALITY_SHAPED = /^\p{Lu}\p{Ll}+(?:ian|an|ese|ish|ic|i)$/u;

/** Verbs of holding an office, read in a relative clause on the name: "who served as", "who heads". */
const SERVE_VERBS = new Set(['serve', 'act', 'work']);
const LEAD_VERBS = new Set(['head', 'lead', 'chair', 'run', 'direct']);

/** Tags allowed in a title written before the name: nouns, adjectives, and "of"/"for" inside ("Secretary of State"). */
function inPremodifier(t: Token): boolean {
  return (
    t.pos.startsWith('NN') ||
    t.pos === 'JJ' ||
    t.pos === 'POS' ||
    t.lemma === 'of' ||
    t.lemma === 'for' ||
    t.pos === 'HYPH' ||
    t.text === '-'
  );
}

/** Words of time that end a title read leftward: "on Sunday evening King Salman" is King Salman, on Sunday evening. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november'],
  'december',
  ...['morning', 'afternoon', 'evening', 'night', 'today', 'tonight', 'yesterday', 'tomorrow', 'weekend'],
]);

/**
 * Adjectives that describe the person, not the office ("powerful crown prince", "longtime adviser"): dropped from the
 * title, as is any adjective the sentiment lexicon rates.
 */
const DESCRIPTIVE_ADJECTIVES = new Set([
  'longtime',
  'veteran',
  'new',
  'close',
  'key',
  'hardline',
  'outgoing',
  'incoming',
  'embattled',
  'beleaguered',
  'controversial',
  'popular',
  'young',
  'old',
  'elderly',
  'current',
  'newly',
  'recent',
  'then',
  'firebrand',
  'influential',
  'powerful',
  'respected',
  'maverick',
  'reclusive',
  'ailing',
]);

const WORD_CASE = (w: string): string => (w.length > 0 ? w[0]!.toUpperCase() + w.slice(1) : w);

/** Title text from the phrase's tokens: nationality, possessors and articles dropped, office words capitalised. */
function titleText(tokens: Token[], dropped: Set<number>, former: boolean): string | null {
  const kept = tokens.filter(
    (t) =>
      !dropped.has(t.i) &&
      !['DT', 'POS', 'PRP$', ',', 'CD'].includes(t.pos) &&
      !FORMER_WORDS.has(t.lemma) &&
      (!t.pos.startsWith('JJ') ||
        (!DESCRIPTIVE_ADJECTIVES.has(t.lemma) && polarity(t.lemma) === 0 && !NATIONALITY_SHAPED.test(t.text))),
  );
  while (kept.length > 0 && (kept[0]!.lemma === 'of' || kept[0]!.lemma === 'for')) kept.shift();
  while (kept.length > 0 && (kept[kept.length - 1]!.lemma === 'of' || kept[kept.length - 1]!.lemma === 'for'))
    kept.pop();
  if (kept.length === 0) return null;
  const text = kept
    .map((t) => (t.lemma === 'of' || t.lemma === 'for' || t.lemma === 'the' ? t.text.toLowerCase() : WORD_CASE(t.text)))
    .join(' ');
  return former ? `former ${text}` : text;
}

/**
 * The title tokens of a person mention: the premodifiers before the name ("U.S. Secretary of State Mike Pompeo"), and
 * an apposition or dependent title on either side ("Zarif, the Iranian foreign minister", "spokesman Dmitry Peskov").
 */
function titleTokens(s: Sentence, m: Mention): Token[] {
  const out = new Map<number, Token>();
  // Before the name, on the surface: robust to the parser's many ways of attaching titles.
  for (let j = m.start - 1, n = 0; j >= 0 && n < 10; j--, n++) {
    const t = s.tokens[j]!;
    // Another person's name ends the title, unless it is a possessor ("Trump's adviser").
    if (!inPremodifier(t) || (t.ner === 'PERSON' && !isOfficeWord(t.lemma) && s.tokens[j + 1]!.pos !== 'POS')) break;
    if (TIME_WORDS.has(t.text.toLowerCase())) break;
    out.set(j, t);
    if (t.pos === 'POS' && j > 0) {
      // "Iran's Foreign Minister", "Trump's adviser": take the possessor, then stop.
      out.set(j - 1, s.tokens[j - 1]!);
      break;
    }
  }
  // Appositions told on the surface, for sentences without a parse: "South Korea's nuclear envoy, Lee Do-hoon," and
  // "Markey, the ranking member of the committee,".
  if (s.tokens[m.start - 1]?.text === ',') {
    const before: Token[] = [];
    for (let j = m.start - 2; j >= 0 && before.length < 8 && inPremodifier(s.tokens[j]!); j--)
      before.unshift(s.tokens[j]!);
    if (before.length > 0 && isOfficeWord(before[before.length - 1]!.lemma)) {
      const owner = s.tokens[before[0]!.i - 1];
      for (const t of before) out.set(t.i, t);
      if (owner?.pos === 'POS' && before[0]!.i >= 2) out.set(before[0]!.i - 2, s.tokens[before[0]!.i - 2]!);
    }
  }
  if (s.tokens[m.end]?.text === ',') {
    const after: Token[] = [];
    for (let j = m.end + 1; j < s.tokens.length && after.length < 10; j++) {
      const t = s.tokens[j]!;
      if (t.text === ',' || !(inPremodifier(t) || t.pos === 'DT' || t.pos === 'POS')) break;
      after.push(t);
    }
    if (after.some((t) => t.pos.startsWith('NN') && isOfficeWord(t.lemma))) for (const t of after) out.set(t.i, t);
  }
  if (s.parsed) {
    const head = s.tokens[m.head]!;
    const linked: Token[] = [];
    for (const c of childrenWith(s, head, 'appos', 'dep')) linked.push(c);
    const parent = head.head !== undefined && head.head >= 0 ? s.tokens[head.head]! : undefined;
    if (parent !== undefined && ['appos', 'dep', 'compound', 'flat'].includes(head.rel) && parent.pos.startsWith('NN'))
      linked.push(parent);
    // "Tillerson, who served as secretary of state", "Rhee, who heads the Foreign Ministry's bureau of peace".
    for (const clause of childrenWith(s, head, 'acl:relcl')) {
      if (SERVE_VERBS.has(clause.lemma))
        linked.push(...childrenWith(s, clause, 'obl').filter((c) => caseOf(s, c) === 'as'));
      if (LEAD_VERBS.has(clause.lemma)) {
        out.set(clause.i, { ...clause, lemma: 'head', pos: 'NN', text: 'Head of' });
        for (const o of childrenWith(s, clause, 'obj')) linked.push(o);
      }
    }
    for (const t of linked) {
      if (!isOfficeWord(t.lemma) && !NON_OFFICE_WORDS.has(t.lemma) && t.rel !== 'obj') continue;
      out.set(t.i, t);
      // The title's own noun phrase, without clauses: "the Iranian foreign minister", "head of the IAEA".
      const stack = [...t.children];
      while (stack.length > 0) {
        const c = s.tokens[stack.pop()!]!;
        if (c.i >= m.start && c.i < m.end) continue;
        if (!['amod', 'compound', 'det', 'nmod', 'nmod:poss', 'case', 'flat', 'nummod'].includes(c.rel)) continue;
        // "led an investigation into Russian meddling": a topic is not whose office it is.
        if (c.rel === 'nmod' && TOPIC_CASES.has(caseOf(s, c))) continue;
        // "talks between Iran's top official, X": the preposition is the phrase's, not the title's.
        if (c.rel === 'case' && c.lemma !== 'of' && c.lemma !== 'for' && c.lemma !== "'s") continue;
        out.set(c.i, c);
        stack.push(...c.children);
      }
    }
  }
  return [...out.values()].sort((a, b) => a.i - b.i);
}

/** Heads of the names of a state's own bodies, whose members act for it: "the Emirati Foreign Ministry". */
const BODY_HEADS: ReadonlySet<string> = new Set(['ministry', 'department', 'embassy', 'government', 'mission']);

/**
 * "Salem al-Zaabi of the Emirati Foreign Ministry", "a spokesman ... Li of the Chinese Embassy": a person "of" a
 * state's own body is its official. A body of no state, or of a state but no government ("the Russian Academy of
 * Sciences"), makes no one an official.
 */
function governmentBodyOf(s: Sentence, m: Mention, mentions: Mention[]): Mention | undefined {
  if (!s.parsed) return undefined;
  for (const c of childrenWith(s, s.tokens[m.head]!, 'nmod')) {
    if (caseOf(s, c) !== 'of' || !BODY_HEADS.has(c.lemma)) continue;
    const body = mentions.find(
      (x) => x.via === 'organization' && x.country !== undefined && x.start <= c.i && c.i < x.end,
    );
    if (body !== undefined) return body;
  }
  return undefined;
}

/** The last two-word office in the phrase ("Deputy Attorney General" gives "attorney-general"), if any. */
function compoundOfficeIn(tokens: Token[]): string | undefined {
  let found: string | undefined;
  for (let k = 1; k < tokens.length; k++)
    if (tokens[k]!.i === tokens[k - 1]!.i + 1) found = compoundOffice(tokens[k - 1]!.lemma, tokens[k]!.lemma) ?? found;
  return found;
}

/** Prepositions of what an act is about, never of where an office is: "an investigation into", "talks on". */
const TOPIC_CASES: ReadonlySet<string> = new Set(['into', 'on', 'about', 'over', 'regarding', 'concerning', 'against']);

export function titlePhrase(s: Sentence, m: Mention, mentions: Mention[]): TitlePhrase {
  const tokens = titleTokens(s, m);
  const inPhrase = (x: Mention): boolean => x !== m && tokens.some((t) => t.i >= x.start && t.i < x.end);
  // "Envoy for North Korea", "Special Representative for Syria": a country after "for" is the portfolio, not the
  // holder's state; it stays in the title.
  // "China's ambassador to the United Nations": where an envoy is posted is not whom the envoy acts for either.
  const portfolio = (x: Mention): boolean => {
    const at = s.tokens[x.start - 1]?.lemma === 'the' ? x.start - 2 : x.start - 1;
    const preposition = s.tokens[at]?.lemma;
    if (preposition === 'for' || (preposition === 'to' && POSTING_NOUNS.has(s.tokens[at - 1]?.lemma ?? '')))
      return true;
    // "Chinese UN Ambassador Zhang Jun": states post ambassadors to a body ("UN envoy" is the body's own, and "EU
    // Ambassador to China" the EU's: posted elsewhere).
    const next = s.tokens[x.end];
    return (
      x.organization !== undefined &&
      x.country === undefined &&
      next?.lemma === 'ambassador' &&
      s.tokens[x.end + 1]?.lemma !== 'to'
    );
  };
  const offices0 =
    m.via === 'title' ||
    compoundOfficeIn(tokens) !== undefined ||
    tokens.some(
      (t) => t.pos.startsWith('NN') && (t.i < m.start ? isOfficeWordInTitle(t.lemma) : isOfficeWord(t.lemma)),
    );
  // Without an office in the phrase, only a nationality or possessor right before the name speaks for the person's
  // state ("Poland's Donald Tusk"); "Brazil and Colombia press Maduro" does not make Maduro Colombian.
  const adjacent = (x: Mention): boolean =>
    x.end === m.start || (x.end === m.start - 1 && s.tokens[x.end]!.pos === 'POS');
  const evidence = mentions.filter(
    (x) =>
      inPhrase(x) &&
      (x.country !== undefined || x.organization !== undefined) &&
      !portfolio(x) &&
      (offices0 || adjacent(x)),
  );
  const possessor = mentions.find(
    (x) => inPhrase(x) && (x.via === 'person' || x.via === 'pronoun') && s.tokens[x.end]?.pos === 'POS',
  );
  const offices = tokens.filter(
    (t) => t.pos.startsWith('NN') && (t.i < m.start ? isOfficeWordInTitle(t.lemma) : isOfficeWord(t.lemma)),
  );
  // A word of a known body's name is not the company it might be elsewhere: "International Monetary Fund Managing
  // Director".
  const inBody = (t: Token): boolean =>
    mentions.some((x) => x.organization !== undefined && x.start <= t.i && t.i < x.end);
  const political = !tokens.some((t) => NON_POLITICAL_WORDS.has(t.lemma) && !inBody(t));
  const nonOffice =
    (tokens.some((t) => t.pos.startsWith('NN') && NON_OFFICE_WORDS.has(t.lemma)) && offices.length === 0) || !political;
  // "former President", "then-prime minister" (the tokenizer keeps "then-prime" whole).
  const former =
    tokens.some((t) => FORMER_WORDS.has(t.lemma) || /^then-/i.test(t.text)) ||
    s.tokens[m.start - 1]?.lemma === 'former';
  const after = s.tokens
    .slice(m.end, m.end + 3)
    .map((t) => t.text)
    .join('');
  const american =
    tokens.some((t) => US_INSTITUTION_WORDS.has(t.lemma)) || US_PARTY_STATE.test(after.replace(/,$/, ''));
  const dropped = new Set<number>();
  for (const x of [...evidence, ...(possessor ? [possessor] : [])])
    for (let i = x.start; i < x.end; i++) dropped.add(i);
  const compound = compoundOfficeIn(tokens);
  const office = compound ?? (offices.length > 0 ? offices[offices.length - 1]!.lemma : null);
  const body = office === null && !nonOffice ? governmentBodyOf(s, m, mentions) : undefined;
  if (body !== undefined)
    return {
      title: null,
      office: 'official',
      words: ['official'],
      evidence: [...evidence, body],
      possessor,
      former,
      nonOffice,
      american,
    };
  return {
    title: office === null ? null : titleText(tokens, dropped, former),
    office,
    words: [...offices.map((t) => t.lemma), ...(compound === undefined ? [] : [compound])],
    evidence,
    possessor,
    former,
    nonOffice,
    american,
  };
}
