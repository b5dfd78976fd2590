// Links the mentions of one article to its entities: full names, later surnames, bare titles and pronouns.
import { countryName } from '../knowledge/countries';
import { knownOfficial, nameKey } from '../knowledge/knownOfficials';
import type { KnownOrganization } from '../knowledge/organizations';
import { PARTY_MEMBERS, WEAK_OFFICE_WORDS, partyOfWord, stateOfTitle } from '../knowledge/titles';
import type { ArticleDocument, Sentence } from '../syntax/document';
import { isQuoted, quotations, type Quotation } from '../syntax/quotations';
import { destinationsOf } from './journeyDestinations';
import type { Entity, Mention } from './mention';
import { PRONOUN_GENDER, personGender, type Gender } from './personGender';
import { titlePhrase, type TitlePhrase } from './titlePhrase';

/** Offices of heads of state or government: "the Chinese president" is the one such official of China in the article. */
const HEAD_OFFICES = new Set([
  'president',
  'leader',
  'dictator',
  'king',
  'queen',
  'premier',
  'chancellor',
  'minister',
  'ruler',
  'strongman',
  'monarch',
  'emir',
  'sultan',
  'ayatollah',
  'prince',
]);

/** A person of the article, built up from every mention of them. */
interface PersonCluster {
  entity: Entity;
  /** Name forms seen, as written. */
  forms: string[];
  /** Normalised words of the longest form. */
  words: string[];
  titles: TitlePhrase[];
  /** Where they were last named (sentence index), for recency. */
  last: number;
  /** The party the text gives them ("Republican Sen. Josh Hawley", "Cardin (D-Md.)"), for "the Missouri Republican". */
  party: string | undefined;
  mentions: Mention[];
}

export interface LinkedArticle {
  /** Per sentence, every mention with its entity set (or undefined). */
  mentions: Mention[][];
  /** Every entity the article's mentions stand for. */
  entities: Entity[];
}

function newEntity(kind: Entity['kind'], name: string, country: string | null): Entity {
  return { kind, name, aliases: new Set(), country, title: null, organization: null };
}

class EntityTable {
  readonly countries = new Map<string, Entity>();
  readonly organizations = new Map<string, Entity>();
  readonly persons: PersonCluster[] = [];

  country(code: string): Entity {
    let e = this.countries.get(code);
    if (e === undefined) {
      e = newEntity('Country', countryName(code), code);
      this.countries.set(code, e);
    }
    return e;
  }

  organization(known: KnownOrganization | undefined, name: string, country: string | null): Entity {
    const key = known?.key ?? `${country ?? ''}:${nameKey(bodyName(name))}`;
    let e = this.organizations.get(key);
    if (e === undefined) {
      e = newEntity('Organization', known?.name ?? bodyName(name), known?.country ?? country);
      if (known !== undefined) e.key = known.key;
      this.organizations.set(known?.key ?? `${country ?? ''}:${nameKey(e.name)}`, e);
    }
    if (known !== undefined && name !== known.name) e.aliases.add(name);
    return e;
  }
}

/** Ministries under one name whatever the wording: "Foreign Ministry", "ministry of foreign affairs", "Foreign Office". */
const MINISTRIES: [RegExp, string][] = [
  [
    /\b(?:foreign (?:ministry|office)|ministry of foreign affairs|foreign affairs ministry)\b/i,
    'Ministry of Foreign Affairs',
  ],
  [/\b(?:defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e department)\b/i, 'Ministry of Defense'],
  [/\b(?:interior ministry|ministry of (?:the )?interior)\b/i, 'Ministry of the Interior'],
  [/\b(?:finance ministry|ministry of finance)\b/i, 'Ministry of Finance'],
  [/\b(?:trade ministry|commerce ministry|ministry of (?:trade|commerce))\b/i, 'Ministry of Trade'],
];

/** A national body's name without the state it belongs to: "Russian Defense Ministry" is its Ministry of Defense. */
export function bodyName(text: string): string {
  for (const [re, name] of MINISTRIES) if (re.test(text)) return name;
  return text.replace(/^the /i, '');
}

function wordsOf(name: string): string[] {
  return nameKey(name).split(' ').filter(Boolean);
}

/** The cluster a name belongs to: same name, or one word of it (a surname, or the family name first: "Kim", "Xi"). */
/** Particles of a patronymic name ("son of", "daughter of"). */
const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint']);

function findCluster(table: EntityTable, words: string[]): PersonCluster | undefined {
  const key = words.join(' ');
  const exact = table.persons.filter((c) => c.words.join(' ') === key || c.forms.some((f) => nameKey(f) === key));
  if (exact.length > 0) return exact.reduce((a, b) => (b.last > a.last ? b : a));
  const candidates = table.persons.filter((c) => {
    // After "bin" or "ibn" comes the father's name: "Salman" is not "Mohammed bin Salman" (his father, King Salman).
    const lastIsOwn = !PATRONYMIC_PARTICLES.has(c.words[c.words.length - 2] ?? '');
    if (words.length === 1) return c.words[0] === words[0] || (lastIsOwn && c.words[c.words.length - 1] === words[0]);
    // "Donald Trump" after a bare "Trump"; "Jong Un"-style partial names are left alone. Not "Mohammed bin Salman"
    // after a bare "Salman": the word after "bin" is the father's name.
    const ownLast = !PATRONYMIC_PARTICLES.has(words[words.length - 2] ?? '');
    return c.words.length === 1 && ((ownLast && words[words.length - 1] === c.words[0]) || words[0] === c.words[0]);
  });
  if (candidates.length === 0) return undefined;
  return candidates.reduce((a, b) => (b.last > a.last ? b : a));
}

function addPerson(table: EntityTable, s: Sentence, m: Mention, title: TitlePhrase | undefined): PersonCluster {
  const words = wordsOf(m.text);
  let cluster = findCluster(table, words);
  if (cluster === undefined) {
    cluster = {
      entity: newEntity('Person', m.text, null),
      forms: [],
      words,
      titles: [],
      last: m.sentence,
      party: undefined,
      mentions: [],
    };
    table.persons.push(cluster);
  }
  if (words.length > cluster.words.length) {
    cluster.words = words;
    cluster.entity.name = m.text;
  }
  if (!cluster.forms.includes(m.text)) cluster.forms.push(m.text);
  if (title !== undefined && (title.office !== null || title.evidence.length > 0 || title.nonOffice || title.american))
    cluster.titles.push(title);
  cluster.last = m.sentence;
  cluster.party ??= partyAround(s, m);
  cluster.mentions.push(m);
  return cluster;
}

/** The party named in the words just before a person's name or in the tag after it. */
function partyAround(s: Sentence, m: Mention): string | undefined {
  for (let j = m.start - 1; j >= Math.max(0, m.start - 4); j--) {
    const t = s.tokens[j]!;
    if (!/^(?:NNP|NN|JJ|\.)/.test(t.pos) && t.text !== '.') break;
    const party = partyOfWord(t.text);
    if (party !== undefined) return party;
  }
  const after = s.tokens
    .slice(m.end, m.end + 3)
    .map((t) => t.text)
    .join('');
  return partyOfWord(after);
}

/** The state an official acts for, by majority of what the text says; the organisation, for international ones. */
function decide(cluster: PersonCluster, table: EntityTable, byMention: Map<Mention, Entity>): void {
  const votes = new Map<string, number>();
  let organization: Entity | null = null;
  for (const t of cluster.titles) {
    for (const ev of t.evidence) {
      if (ev.organization !== undefined && ev.organization.country === null)
        organization ??= table.organization(ev.organization, ev.text, null);
      const code = ev.country ?? ev.organization?.country ?? undefined;
      if (code) votes.set(code, (votes.get(code) ?? 0) + 1);
    }
    const owner = t.possessor !== undefined ? byMention.get(t.possessor) : undefined;
    if (owner?.country) votes.set(owner.country, (votes.get(owner.country) ?? 0) + 0.5);
  }
  const known = cluster.forms.map(knownOfficial).find((k) => k !== undefined);
  if (known !== undefined) votes.set(known.country, (votes.get(known.country) ?? 0) + 0.25);
  let country: string | null = null;
  let best = 0;
  for (const [code, n] of votes) if (n > best) [country, best] = [code, n];
  if (country === null && organization === null)
    country =
      cluster.titles.map((t) => (t.title ? stateOfTitle(t.title) : undefined)).find((c) => c !== undefined) ?? null;
  if (country === null && organization === null && cluster.titles.some((t) => t.american)) country = 'US';

  const offices = cluster.titles.filter((t) => t.office !== null && !t.nonOffice);
  const strong = offices.some((t) => !WEAK_OFFICE_WORDS.has(t.office!) || t.evidence.length > 0);
  const analyst = cluster.titles.some((t) => t.nonOffice) && offices.length === 0;
  const e = cluster.entity;
  if (known !== undefined) {
    e.name = known.name;
    e.title = known.title;
  }
  for (const f of cluster.forms) if (f !== e.name) e.aliases.add(f);
  // "Counterpart" says whom they match, not what their office is.
  const named = offices.filter((t) => t.office !== 'counterpart');
  const titled = named.find((t) => t.title !== null && !t.former) ?? named.find((t) => t.title !== null);
  if (titled !== undefined) e.title = titled.title;
  if (
    known !== undefined ||
    (!analyst && (strong || (offices.length > 0 && (country !== null || organization !== null))))
  ) {
    e.kind = 'Official';
    e.country = organization === null ? country : null;
    e.organization = organization;
  }
}

/** Sentences before an official's mention whose countries may say whose office it is. */
const CONTEXT_WINDOW = 2;

/**
 * A head of state or government named without a state ("President Rodrigo Duterte", "the new president, Fouad
 * Massoum") holds that office in a country the text around them names. Each office has one holder per country, so
 * a country whose same office another official of the article holds (the U.S. president, Trump) is not a candidate.
 * Placed only when one country clearly leads in the sentences of and just before their mentions.
 */
function placeByContext(doc: ArticleDocument, found: Mention[][], table: EntityTable): void {
  const officeOf = (c: PersonCluster): string | undefined =>
    c.titles.map((t) => t.office).find((o): o is string => o !== null && HEAD_OFFICES.has(o));
  const held = new Set<string>();
  for (const c of table.persons) {
    // The office as the text titles them, else as the entity is known ("Trump" alone is the U.S. president).
    const known = c.entity.title === null ? [] : wordsOf(c.entity.title);
    // Only a whole title: "Vice President" and "Foreign Minister" are not the head's office.
    const office = officeOf(c) ?? (known.length === 1 && HEAD_OFFICES.has(known[0]!) ? known[0] : undefined);
    if (office !== undefined && c.entity.country !== null && !isFormer(c)) held.add(`${c.entity.country}|${office}`);
  }
  for (const c of table.persons) {
    const office = officeOf(c);
    if (
      office === undefined ||
      c.entity.kind !== 'Official' ||
      c.entity.country !== null ||
      c.entity.organization !== null
    )
      continue;
    const votes = new Map<string, number>();
    // A state named in a sentence where the official is the subject ("Saudi Arabia confirmed that King Salman had
    // approved") counts three times; as an object the official is more often the state's counterpart ("the U.S.
    // stands with President Massoum"), and counts as the sentences before it do.
    const former = isFormer(c);
    const weightOf = new Map<number, number>();
    const visited = new Set<string>();
    const guestIn = new Set<number>();
    for (const m of c.mentions) {
      for (const code of [...visitedAfter(doc, found, m), ...destinationsOf(doc, found, m)]) visited.add(code);
      if (isGuest(doc, m)) guestIn.add(m.sentence);
      for (let k = 0; k <= CONTEXT_WINDOW; k++) {
        const weight = k === 0 && isSubject(doc, m) ? 3 : 1;
        weightOf.set(m.sentence - k, Math.max(weightOf.get(m.sentence - k) ?? 0, weight));
      }
    }
    // A guest's sentence names the host ("Xi met visiting Prime Minister Sharif"): neither it nor the host's state
    // count; and a visitor is not of the country visited ("Sharif visits Beijing").
    for (const i of guestIn) {
      weightOf.delete(i);
      for (const other of table.persons)
        if (other !== c && other.entity.country !== null && other.mentions.some((m) => m.sentence === i))
          visited.add(other.entity.country);
    }
    for (const [i, weight] of weightOf) {
      for (const m of found[i] ?? []) {
        // A former holder shares the office's country with the one holding it now.
        const taken = !former && held.has(`${m.country}|${office}`);
        if (m.country === undefined || m.via === 'organization' || taken) continue;
        if (visited.has(m.country)) continue;
        votes.set(m.country, (votes.get(m.country) ?? 0) + weight);
      }
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1])) c.entity.country = ranked[0]![0];
  }
}

/** True when the title mention's words fit the official's titles ("the foreign minister" and "Foreign Minister Wang"). */
function titleFits(cluster: PersonCluster, office: string): boolean {
  if (PARTY_MEMBERS.has(office.toLowerCase())) return cluster.party === office.toLowerCase();
  if (cluster.titles.some((t) => t.words.includes(office))) return true;
  return cluster.entity.title !== null && wordsOf(cluster.entity.title).includes(office);
}

/** Subjects are what later pronouns most often pick up ("Pompeo met ... He described ..."). */
/** Named with a title they held before ("former President", "then-prime minister"). */
function isFormer(c: PersonCluster): boolean {
  return c.titles.some((t) => t.former);
}

/** "visiting Prime Minister Sharif": the word "visiting" just before the name or its title. */
function isGuest(doc: ArticleDocument, m: Mention): boolean {
  const tokens = doc.sentences[m.sentence]!.tokens;
  return tokens.slice(Math.max(0, m.start - 4), m.start).some((t) => t.text.toLowerCase() === 'visiting');
}

/** The countries a mention is said to visit right after it: "Sharif visits Beijing", "Modi, visiting Tokyo". */
function visitedAfter(doc: ArticleDocument, found: Mention[][], m: Mention): string[] {
  const tokens = doc.sentences[m.sentence]!.tokens;
  const verb = tokens.slice(m.end, m.end + 3).find((t) => t.lemma === 'visit' && t.pos.startsWith('VB'));
  if (verb === undefined) return [];
  const place = (found[m.sentence] ?? []).find(
    (p) => p.start > verb.i && p.start <= verb.i + 3 && p.country !== undefined && p.via !== 'organization',
  );
  return place === undefined ? [] : [place.country!];
}

function isSubject(doc: ArticleDocument, m: Mention): boolean {
  return doc.sentences[m.sentence]!.tokens[m.head]!.rel.startsWith('nsubj');
}

export function linkEntities(doc: ArticleDocument, found: Mention[][]): LinkedArticle {
  const table = new EntityTable();
  const byMention = new Map<Mention, Entity>();
  const clusterOf = new Map<Mention, PersonCluster>();

  // Countries and organisations are named outright; persons gather their titles as they go.
  for (const list of found) {
    for (const m of list) {
      if (m.via === 'organization') byMention.set(m, table.organization(m.organization, m.text, m.country ?? null));
      else if (m.country !== undefined) byMention.set(m, table.country(m.country));
    }
  }
  for (const list of found) {
    for (const m of list) {
      if (m.via !== 'person') continue;
      const s = doc.sentences[m.sentence]!;
      clusterOf.set(m, addPerson(table, s, m, titlePhrase(s, m, list)));
    }
  }
  propagateNames(doc, found, table);
  for (const c of table.persons) for (const m of c.mentions) byMention.set(m, c.entity);
  for (const c of table.persons) decide(c, table, byMention);
  placeByContext(doc, found, table);

  // Name parts ("Trump-Kim summit") only ever join a person the article names, or a well-known official.
  const recent = (sentence: number): PersonCluster[] =>
    table.persons.filter((c) => c.entity.kind === 'Official' && c.mentions.some((m) => m.sentence <= sentence));
  for (const list of found) {
    for (const m of list) {
      if (m.via !== 'name-part') continue;
      const cluster = findCluster(table, wordsOf(m.text));
      if (cluster !== undefined) byMention.set(m, cluster.entity);
    }
  }

  // Bare titles: the official with that office (and state, when the phrase names one), most recently named.
  for (const list of found) {
    for (const m of list) {
      if (m.via !== 'title') continue;
      const s = doc.sentences[m.sentence]!;
      const phrase = titlePhrase(s, m, list);
      const office = s.tokens[m.head]!.lemma;
      const states = new Set(
        phrase.evidence.map((e) => e.country ?? e.organization?.country).filter((c): c is string => Boolean(c)),
      );
      const plural = s.tokens[m.head]!.pos === 'NNS' || s.tokens[m.head]!.pos === 'NNPS';
      const fits = plural
        ? []
        : recent(m.sentence).filter(
            (c) => titleFits(c, office) && (states.size === 0 || states.has(c.entity.country ?? '')),
          );
      let entity: Entity | undefined;
      if (fits.length > 0) entity = fits.reduce((a, b) => (lastBefore(b, m) > lastBefore(a, m) ? b : a)).entity;
      else if (states.size === 1 && HEAD_OFFICES.has(office) && !plural) {
        const [code] = states;
        const heads = table.persons.filter(
          (c) =>
            c.entity.kind === 'Official' &&
            c.entity.country === code &&
            c.titles.some((t) => t.office !== null && HEAD_OFFICES.has(t.office)),
        );
        entity = heads.length === 1 ? heads[0]!.entity : table.country(code!);
      } else if (states.size === 1) {
        // "North Korean officials", "the Saudi crown prince" unnamed: the state itself.
        entity = table.country([...states][0]!);
      } else {
        const org = phrase.evidence.find((e) => e.organization !== undefined && e.organization.country === null);
        if (org !== undefined) entity = table.organization(org.organization, org.text, null);
      }
      if (entity !== undefined) byMention.set(m, entity);
    }
  }

  // Pronouns agree in gender with whom they stand for, where the article or the backbone tells a person's gender.
  const genderOf = new Map<Entity, Gender>();
  for (const c of table.persons) {
    const titleWords = c.titles.flatMap((t) => [...t.words, ...(t.title ?? '').split(/[\s-]+/)]);
    const alone = c.forms.filter((f) => !/\s/.test(f));
    const gender = personGender(doc, c.mentions, titleWords, alone);
    if (gender !== undefined) genderOf.set(c.entity, gender);
  }

  // He, she, his, her: an official named before it in the sentence, else the latest subject of the sentences before.
  // Within the sentence the role decides: an object pronoun takes up an earlier object ("ridiculed Bolton ..., while
  // officials blasted him"), never its own clause's subject; others take up a subject first.
  // Each sentence's quotations, scanned once, for the pronouns in it.
  const quotedBySentence: Quotation[][] = [];
  for (const list of found) {
    for (const m of list) {
      if (m.via !== 'pronoun') continue;
      const s = doc.sentences[m.sentence]!;
      const pronoun = s.tokens[m.head]!;
      if (pronoun.lemma === 'it' || pronoun.lemma === 'its') {
        const state = stateForIt(doc, found, byMention, m);
        if (state !== undefined) byMention.set(m, state);
        continue;
      }
      const gender = PRONOUN_GENDER.get(pronoun.lemma) ?? PRONOUN_GENDER.get(pronoun.text.toLowerCase());
      const agrees = (x: Mention): boolean => {
        const known = genderOf.get(byMention.get(x)!);
        return gender === undefined || known === undefined || known === gender;
      };
      const asObject = pronoun.rel === 'obj' || pronoun.rel === 'iobj';
      const ownSubjects =
        asObject && pronoun.head !== undefined && pronoun.head >= 0
          ? new Set(s.tokens[pronoun.head]!.children.filter((c) => s.tokens[c]!.rel.startsWith('nsubj')))
          : new Set<number>();
      // '"... deprived the (President Bashar) Assad regime ...," he said': a pronoun outside a quotation does not
      // stand for someone the quotation names; a speaker names others, and says "I" of themselves.
      const quoted = (quotedBySentence[m.sentence] ??= quotations(s));
      const outside = !isQuoted(quoted, m.head);
      const before = list.filter(
        (x) =>
          x.end <= m.start &&
          byMention.get(x)?.kind === 'Official' &&
          !ownSubjects.has(x.head) &&
          agrees(x) &&
          !(outside && isQuoted(quoted, x.head)),
      );
      const objectLike = before.filter(
        (x) => ['obj', 'iobj'].includes(s.tokens[x.head]!.rel) || s.tokens[x.head]!.rel.startsWith('obl'),
      );
      let target: Mention | undefined = asObject
        ? (objectLike[objectLike.length - 1] ?? before[before.length - 1])
        : (before.find((x) => isSubject(doc, x)) ?? before[before.length - 1]);
      for (let k = m.sentence - 1; target === undefined && k >= Math.max(0, m.sentence - 3); k--) {
        const earlier = found[k]!.filter(
          (x) => byMention.get(x)?.kind === 'Official' && x.via !== 'pronoun' && agrees(x),
        );
        target = earlier.find((x) => isSubject(doc, x)) ?? earlier[earlier.length - 1];
      }
      if (target !== undefined) byMention.set(m, byMention.get(target)!);
    }
  }

  for (const [m, e] of byMention) m.entity = e;
  const entities = new Set<Entity>([
    ...table.countries.values(),
    ...table.organizations.values(),
    ...table.persons.map((c) => c.entity),
  ]);
  return { mentions: found, entities: [...entities] };
}

/** A state or a body, not a person: what "it" can stand for. */
function isCollective(e: Entity | undefined): e is Entity {
  return e !== undefined && (e.kind === 'Country' || e.kind === 'Organization');
}

/**
 * "It" / "its" (found only as a subject or possessor): the nearest subject before it in the sentence when that is a
 * state or body ("Russia said it would"); when that subject is a person or a thing ("the effort ... it is gaining"),
 * nothing. With no subject before it, the one state or body that was the subject of the sentence before ("Iran
 * denied the claim. It said ..."). Anything less sure links nothing: a wrong state is worse than a missed pronoun.
 */
function stateForIt(
  doc: ArticleDocument,
  found: Mention[][],
  byMention: Map<Mention, Entity>,
  m: Mention,
): Entity | undefined {
  const s = doc.sentences[m.sentence]!;
  const addressee = addresseeForIt(s, found[m.sentence]!, byMention, m);
  if (addressee !== undefined) return addressee;
  const subject = s.tokens
    .slice(0, m.start)
    .reverse()
    .find((t) => t.rel.startsWith('nsubj') && (t.pos.startsWith('NN') || t.pos === 'PRP'));
  if (subject !== undefined) {
    const named = found[m.sentence]!.find((x) => x.head === subject.i && x !== m);
    const entity = named === undefined ? undefined : byMention.get(named);
    return isCollective(entity) ? entity : undefined;
  }
  if (m.sentence === 0) return undefined;
  const previous = found[m.sentence - 1]!;
  // The sentence before must name one state or body as a subject and no person as one (a person is "he" or "she").
  if (previous.some((x) => isSubject(doc, x) && byMention.get(x)?.kind === 'Official')) return undefined;
  // Unparsed, the sentence's subject is taken to be the state or body that opens it ("China denied ...").
  const candidates = [
    ...new Set(
      previous
        .filter((x) => (doc.sentences[m.sentence - 1]!.parsed ? isSubject(doc, x) : x.start <= 1))
        .map((x) => byMention.get(x))
        .filter(isCollective),
    ),
  ];
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Argument relations of the one addressed: "told Iran", "warned China", "made clear to Russia". */
const ADDRESSEE_RELS = new Set(['obj', 'iobj', 'obl']);

/**
 * "Told Iran that it must", "made clear to Russia that it cannot": the subject "it" of a complement clause is the
 * state or body the governing predicate addresses, named before it (the governor, or the verb an open complement
 * such as "clear" depends on). Nothing when the addressee is a person or a thing.
 */
function addresseeForIt(
  s: Sentence,
  mentions: Mention[],
  byMention: Map<Mention, Entity>,
  m: Mention,
): Entity | undefined {
  const it = s.tokens[m.head]!;
  if (!it.rel.startsWith('nsubj') || it.head === undefined || it.head < 0) return undefined;
  const clause = s.tokens[it.head]!;
  if (clause.rel !== 'ccomp' || clause.head === undefined || clause.head < 0) return undefined;
  const governors = [s.tokens[clause.head]!];
  const up = governors[0]!;
  if (up.rel === 'xcomp' && up.head !== undefined && up.head >= 0) governors.push(s.tokens[up.head]!);
  for (const g of governors) {
    const addressed = g.children
      .map((c) => s.tokens[c]!)
      .filter((c) => ADDRESSEE_RELS.has(c.relBase) && c.i < m.start)
      .reverse();
    for (const a of addressed) {
      const named = mentions.find((x) => x.head === a.i && x !== m);
      if (named === undefined) continue;
      const entity = byMention.get(named);
      return isCollective(entity) ? entity : undefined;
    }
  }
  return undefined;
}

/**
 * The backbone labels a name as a person in some sentences and misses it in others ("Xi greeted Trump" with "Xi"
 * unlabelled): a proper noun equal to a word of a name the article labels elsewhere, or to a well-known official's
 * distinctive surname, is that person too.
 */
function propagateNames(doc: ArticleDocument, found: Mention[][], table: EntityTable): void {
  for (const s of doc.sentences) {
    const list = found[s.index]!;
    const covered = new Set<number>();
    for (const m of list) for (let i = m.start; i < m.end; i++) covered.add(i);
    for (const t of s.tokens) {
      if (covered.has(t.i) || t.pos !== 'NNP' || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
      const word = nameKey(t.text);
      const named = table.persons.some(
        (c) => c.words.length > 1 && (c.words[0] === word || c.words[c.words.length - 1] === word),
      );
      const known = knownOfficial(t.text);
      if (!named && known === undefined) continue;
      const m: Mention = { sentence: s.index, start: t.i, end: t.i + 1, head: t.i, text: t.text, via: 'person' };
      list.push(m);
      const cluster =
        findCluster(table, [word]) ??
        addPerson(table, s, known !== undefined ? { ...m, text: known.name } : m, undefined);
      if (!cluster.mentions.includes(m)) {
        cluster.mentions.push(m);
        if (!cluster.forms.includes(t.text)) cluster.forms.push(t.text);
      }
    }
    list.sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

function lastBefore(c: PersonCluster, m: Mention): number {
  let last = -1;
  for (const x of c.mentions)
    if (x.sentence < m.sentence || (x.sentence === m.sentence && x.start < m.start)) last = Math.max(last, x.sentence);
  return last;
}
