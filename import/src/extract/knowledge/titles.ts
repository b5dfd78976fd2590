// Words of political office and of other roles: what makes a named person an official, and what rules one out.
import nationalTitles from '../../../data/national-titles.json';

/**
 * Head words of offices whose holders act for a state or an organisation (lower-case lemmas). A person introduced
 * with one ("Foreign Minister Zarif", "Zarif, the Iranian foreign minister") is an official.
 */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([
  // heads of state and government
  'president',
  'premier',
  'chancellor',
  'king',
  'queen',
  'monarch',
  'emir',
  'amir',
  'sultan',
  'prince',
  'princess',
  // the Holy See's head of state (national-titles.json places the title)
  'pope',
  'sheikh',
  'ayatollah',
  'leader',
  'dictator',
  'ruler',
  'strongman',
  'taoiseach',
  // ministers and their departments
  'minister',
  'secretary',
  'undersecretary',
  'under-secretary',
  'secretary-general',
  'deputy',
  'vice-president',
  'attorney-general',
  // diplomats
  'ambassador',
  'envoy',
  'diplomat',
  'consul',
  'emissary',
  'negotiator',
  'representative',
  'attaché',
  'attache',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  // legislators and party officers
  'senator',
  'sen.',
  'congressman',
  'congresswoman',
  'congressmember',
  'rep.',
  'lawmaker',
  'legislator',
  'speaker',
  'whip',
  'mp',
  'parliamentarian',
  // military and security
  'general',
  'gen.',
  'admiral',
  'adm.',
  'commander',
  'chief',
  'marshal',
  'colonel',
  'col.',
  // officers of governments and organisations
  'adviser',
  'advisor',
  'director',
  'director-general',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'head',
  'governor',
  'gov.',
  'mayor',
  'official',
  'commissioner',
  'administrator',
  'czar',
  'aide',
  'member',
  // "his Chinese counterpart Li Qiang": the official of the same rank on the other side
  'counterpart',
]);

/**
 * Offices that alone do not make an official: "leader" and "head" need a state or body in the phrase ("the North
 * Korean leader", "head of the IAEA"), "official" needs one too ("a senior U.S. official").
 */
export const WEAK_OFFICE_WORDS: ReadonlySet<string> = new Set([
  'leader',
  'head',
  'chief',
  'official',
  'aide',
  'chair',
  'director',
  'representative',
  'commander',
  'general',
  'deputy',
  'member',
  'counterpart',
]);

/** Roles that are not offices: a person introduced with one is not an official, whatever else the phrase says. */
export const NON_OFFICE_WORDS: ReadonlySet<string> = new Set([
  'analyst',
  'expert',
  'professor',
  'scholar',
  'researcher',
  'fellow',
  'journalist',
  'reporter',
  'correspondent',
  'editor',
  'columnist',
  'commentator',
  'author',
  'writer',
  'lawyer',
  'attorney',
  'ceo',
  'executive',
  'founder',
  'economist',
  'historian',
  'activist',
  'businessman',
  'businesswoman',
  'banker',
  'billionaire',
  'oligarch',
  'actor',
  'actress',
  'singer',
  'athlete',
  'player',
  'coach',
  'student',
  'host',
  'anchor',
  'pundit',
  'strategist',
  'consultant',
  'lobbyist',
  'donor',
  'candidate',
  'nominee',
  'challenger',
  'judge',
  'prosecutor',
  'investigator',
  'partner',
  'director-producer',
  'producer',
  'photographer',
  'blogger',
  'critic',
  'poet',
  'novelist',
  'pastor',
  'priest',
  'bishop',
  'rabbi',
  'imam',
  'cleric',
  'monk',
  'pope',
  'survivor',
  'victim',
  'witness',
  'defector',
]);

/** Words that place a title outside politics: "company President", "university Chancellor", "team captain". */
export const NON_POLITICAL_WORDS: ReadonlySet<string> = new Set([
  'company',
  'corporation',
  'corporate',
  'firm',
  'university',
  'college',
  'school',
  'club',
  'team',
  'league',
  'church',
  'network',
  'museum',
  'hospital',
  'bank',
  'fund',
  'studio',
  'label',
  'magazine',
  'newspaper',
  'startup',
]);

/** Words that turn an office into a past one; the person keeps the title, prefixed ("former President"). */
export const FORMER_WORDS: ReadonlySet<string> = new Set([
  'former',
  'ex',
  'ex-',
  'late',
  'then',
  'onetime',
  'erstwhile',
]);

/**
 * Institutions in a title that place its holder in the United States when nothing else does ("House Democratic
 * Whip", "Sen. ... (R-S.C.)"): American news names its own legislators without the country.
 */
export const US_INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'senate',
  'house',
  'congress',
  'congressional',
  'sen.',
  'rep.',
  'senator',
  'congressman',
  'congresswoman',
  'pentagon',
]);

/** Envoys, whose "to" names where they are posted, not the state they act for: "the US ambassador to Germany". */
export const POSTING_NOUNS: ReadonlySet<string> = new Set(['ambassador', 'envoy', 'emissary', 'consul', 'attache']);

/**
 * Members of a party, as news describes a politician named before ("the Missouri Republican said"): the lemma, as
 * the tagger gives it, of the party word.
 */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['republican', 'democrat']);

/** The party a premodifier word or a party-state tag names: "Republican", "Democratic", "(D-Md.)". */
export function partyOfWord(word: string): string | undefined {
  if (/^(?:republican|gop)$/i.test(word) || /^\(?R-/.test(word)) return 'republican';
  if (/^democrat(?:ic)?$/i.test(word) || /^\(?D-/.test(word)) return 'democrat';
  return undefined;
}

/** "(R-S.C.)", "(D-Md.)", "R-Texas": a U.S. legislator's party and state. */
export const US_PARTY_STATE = /^\(?[RDI]-[A-Z][A-Za-z.]{1,12}\)?$/;

export function isOfficeWord(lemma: string): boolean {
  return (
    OFFICE_WORDS.has(lemma) ||
    (lemma.includes('-') && lemma.split('-').some((p) => OFFICE_WORDS.has(p) && p !== 'vice'))
  );
}

/**
 * Offices named by two words whose second alone is weak or no office at all ("Attorney General" is not a general,
 * "special counsel" not any lawyer): the pair's office, by the lemmas of the two words.
 */
const COMPOUND_OFFICES: ReadonlyMap<string, string> = new Map([
  ['attorney general', 'attorney-general'],
  ['solicitor general', 'solicitor-general'],
  ['inspector general', 'inspector-general'],
  ['surgeon general', 'surgeon-general'],
  ['secretary general', 'secretary-general'],
  ['director general', 'director-general'],
  ['special counsel', 'counsel'],
  ['independent counsel', 'counsel'],
]);

/** The office two adjacent words name together, if they do: "attorney", "general" give "attorney-general". */
export function compoundOffice(first: string, second: string): string | undefined {
  return COMPOUND_OFFICES.get(`${first.toLowerCase()} ${second.toLowerCase()}`);
}

/** One letter dropped, added or changed: "Prime Minster" is a typo of "Prime Minister", not a church. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, k: number): string => x.slice(i + k);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

const LONG_OFFICES = [...OFFICE_WORDS].filter((w) => w.length >= 7 && /^[a-z]+$/.test(w));

/** An office word, or a misspelling of a long one; only for words written inside a title before a name. */
export function isOfficeWordInTitle(lemma: string): boolean {
  return isOfficeWord(lemma) || (lemma.length >= 6 && LONG_OFFICES.some((w) => oneEditApart(lemma, w)));
}

const NATIONAL_TITLES = new Map(
  Object.entries((nationalTitles as { titles: Record<string, string> }).titles).map(([t, c]) => [t.toLowerCase(), c]),
);

/** The state whose office the title names, when only one state names an office so ("Secretary of State"). */
export function stateOfTitle(title: string): string | undefined {
  const bare = title
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => !['former', 'deputy', 'acting', 'then', 'u.s.', 'us', 'british', 'uk'].includes(w))
    .join(' ');
  return NATIONAL_TITLES.get(bare);
}
