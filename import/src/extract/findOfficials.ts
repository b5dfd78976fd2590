// Finds officials: a title with a name ("Russian President Vladimir Putin", "Minister Kang"), appositions, known names and later surnames.
import type { ActorRegistry } from './actorRegistry';
import { COUNTRY_ALIASES, COUNTRY_NAME_PATTERN, isCountryAlias } from './countryGazetteer';
import { officialId } from './ids';
import { escapeRegExp, isWordChar, type Mention } from './mention';
import { KNOWN_BY_KEY, KNOWN_BY_SURNAME, KNOWN_NAME_FORMS, KNOWN_OFFICIALS, nameKey } from './officialGazetteer';

const ci = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${escapeRegExp(w.slice(1))}`;
const MOD_WORDS = [
  'deputy', 'vice', 'first', 'assistant', 'acting', 'special', 'senior', 'chief', 'principal', 'under', 'top', 'lead', 'nuclear',
  'peace', 'foreign', 'defense', 'defence', 'finance', 'trade', 'interior', 'unification', 'economy', 'energy', 'justice', 'home',
  'health', 'commerce', 'prime', 'national security', 'supreme', 'crown', 'executive', 'foreign policy', 'military', 'army',
  'parliamentary', 'opposition', 'security', 'intelligence', 'cabinet', 'chief nuclear', 'economic', 'climate', 'commission', 'council',
  'government', 'presidential', 'ministry',
];
const HEAD_WORDS = [
  'secretary-general', 'secretary general', 'president', 'minister', 'secretary', 'adviser', 'advisor', 'representative', 'envoy',
  'ambassador', 'leader', 'chancellor', 'premier', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman',
  'chairperson', 'chair', 'commissioner', 'king', 'queen', 'emir', 'sultan', 'prince', 'senator', 'governor', 'mayor', 'director',
  'general', 'admiral', 'negotiator', 'chief', 'monarch', 'speaker', 'high representative', 'counterpart', 'official',
  'diplomat',
];
const PRIVATE_ROLE_BEFORE = /\b(?:company|firm|bank|club|team|university|college|school|association|federation|league|network|group|board|foundation|institute|corporation|studio|party|union|council|committee|society|museum|hospital|charity|fund|agency|startup|brand)['’]?s?\s+$/i;
const LEADER_HEADS = new Set(['leader', 'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'monarch']);
/** Titles too generic to make someone an official without a country or organisation before them. */
const NEEDS_MODIFIER = new Set(['counterpart', 'official', 'diplomat', 'director', 'chief', 'chairman', 'chairwoman', 'chairperson', 'chair', 'speaker', 'negotiator', 'general', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'representative', 'leader', 'governor', 'mayor', 'senator']);
const ABBREVIATED = ['Sen\\.', 'Rep\\.', 'Gov\\.', 'Gen\\.', 'Amb\\.'];
const MOD = `(?:(?:${MOD_WORDS.sort((a, b) => b.length - a.length).map((w) => w.split(' ').map(ci).join('\\s+')).join('|')})[\\s-]+)*`;
const HEAD = `(?:${HEAD_WORDS.sort((a, b) => b.length - a.length).map((w) => w.split(/([ -])/).map((p) => (p === ' ' ? '\\s+' : p === '-' ? '-' : ci(p))).join('')).join('|')}|${ABBREVIATED.join('|')})`;
const COMPLEMENT =
  `(?:\\s+of\\s+(?:[Ss]tate|[Dd]efen[cs]e|the\\s+[Tt]reasury|(?:[Ff]oreign|[Ee]xternal|[Hh]ome)\\s+[Aa]ffairs|[Hh]omeland\\s+[Ss]ecurity|[Uu]nification|[Nn]ational\\s+[Dd]efen[cs]e|[Ff]oreign\\s+[Tt]rade|[Ff]inance|[Tt]rade|[Jj]ustice|[Ee]nergy|[Cc]ommerce|[Ii]nterior|the\\s+[Ii]nterior))?` +
  `(?:\\s+(?:for|to|on)\\s+(?:the\\s+)?(?:${COUNTRY_NAME_PATTERN}|United Nations|UN|U\\.N\\.|NATO|European Union|EU|Korean Peninsula|Middle East|Human Rights|Foreign Affairs and Security Policy|North Korea Policy|Asia|Europe|Africa|Syria|Iran))?`;
const TITLE = `${MOD}${HEAD}${COMPLEMENT}`;
const PARTICLE = '(?:bin|al|el|van|von|der|de|da|di|le|la|du|ibn)';
const NAME_TOKEN = "\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*";
// Arabic-style family names written with a lower-case article: "al-Sisi", "el-Sheikh".
const PREFIXED_TOKEN = "(?:al|el|ad|as|ash|ar|at|az|bin|ibn|abu)-\\p{Lu}[\\p{L}'’]*";
const NAME = `(${NAME_TOKEN}(?:\\s+(?:(?:\\p{Lu}\\.){1,3}\\s*)?(?:${PARTICLE}\\s+)?(?:${PREFIXED_TOKEN}|${NAME_TOKEN})){0,3})`;

// Cheap test before the title regexes: most sentences name no title at all.
const HAS_TITLE = new RegExp(`(?:${HEAD_WORDS.map((w) => escapeRegExp(w)).join('|')}|Sen\\.|Rep\\.|Gov\\.|Gen\\.|Amb\\.)`, 'i');
const TITLE_THEN_NAME = new RegExp(`(?<![\\p{L}])(${TITLE})(,?)\\s+${NAME}`, 'gu');
const TITLE_ALONE = new RegExp(`(?<![\\p{L}])(${TITLE})(?![\\p{L}])`, 'gu');
const WHO_HEADS = new RegExp(`(?:^|,\\s+|;\\s+)${NAME},\\s+who\\s+(?:heads|leads|runs|chairs|directs|is|serves as|was)\\s+([^,;]{5,120}?)(?=,|;|$)`, 'gu');
const GOVERNMENT_BODY = /\b(?:[Mm]inistry|[Dd]epartment|[Oo]ffice|[Gg]overnment|[Bb]ureau|[Aa]gency|[Cc]abinet|[Ee]mbassy|[Pp]arliament|[Aa]rmy|[Mm]ilitary|[Pp]residency|[Cc]ouncil|[Cc]ommission|[Dd]elegation|[Ss]ecretariat)\b/;
const THINK_TANK = /\b(?:[Cc]ent(?:er|re)|[Ii]nstitute|[Uu]niversity|[Ff]oundation|[Cc]ollege|[Ss]chool|[Tt]hink[- ]tank|[Pp]rogram(?:me)?|[Ii]nitiative|[Cc]ouncil on|[Nn]ews|[Tt]imes|[Jj]ournal|[Pp]ost|[Mm]agazine|[Aa]cademy|[Bb]rookings|RAND|[Ee]ndowment|[Ff]und\b)/;
const EXPERT_WORD = /\b(?:analysts?|professor|fellow|researcher|expert|scholar|editor|correspondent|reporter|journalist|lecturer|economist|commentator|specialist|founder|author|columnist|historian|strategist|consultant|director|president|head|chief|dean)\b/i;

/** Capitalised words that are never part of a person's name after a title. */
const NOT_NAME = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'And', 'But', 'Or', 'Of', 'For', 'To', 'From', 'With', 'By', 'As', 'He', 'She', 'They', 'It',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct',
  'Nov', 'Dec', 'President', 'Minister', 'Secretary', 'Foreign', 'Deputy', 'Vice', 'Special', 'General', 'State', 'Office', 'Ministry',
  'Department', 'Council', 'Party', 'Committee', 'Government', 'Administration', 'House', 'Senate', 'Congress', 'Parliament', 'Assembly',
  'Summit', 'Talks', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'Our', 'We', 'I', 'You', 'Who', 'What', 'When',
  'Where', 'Why', 'How', 'After', 'Before', 'During', 'Despite', 'While', 'Also', 'However', 'New', 'Year', 'Years', 'Day', 'L', 'R',
  'Leader', 'Envoy', 'Ambassador', 'Chairman', 'Prime', 'Premier', 'Kingdom', 'Republic', 'Union', 'Nations', 'Korea', 'Korean',
  'Peninsula', 'Affairs', 'Defense', 'Defence', 'Security', 'National', 'Advisor', 'Adviser', 'Representative', 'Director',
]);

/** East Asian family names, written first: "Kim Jong Un" is Kim, "Xi Jinping" is Xi. */
const FAMILY_FIRST = new Set([
  'Kim', 'Lee', 'Rhee', 'Yi', 'Park', 'Pak', 'Choi', 'Choe', 'Jung', 'Chung', 'Jeong', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun', 'Moon',
  'Mun', 'Ri', 'Han', 'Lim', 'Im', 'Shin', 'Oh', 'Seo', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Hong', 'Ko', 'Jang', 'Chang', 'Ban', 'Xi',
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Hu', 'Zhu', 'Gao', 'Lin', 'Guo', 'Ma',
  'Luo', 'Liang', 'Qin', 'Nguyen', 'Tran', 'Le', 'Pham', 'Hun',
]);

export function surnameOf(name: string): string {
  const known = KNOWN_BY_KEY.get(nameKey(name));
  if (known) return known.surname;
  const tokens = name.split(/\s+/).filter((t) => !/^(?:\p{Lu}\.)+$/u.test(t) && !/^(?:Jr|Sr|II|III|IV)\.?$/.test(t));
  if (tokens.length <= 1) return tokens[0] ?? name;
  const rest = tokens.slice(1).join(' ');
  if (FAMILY_FIRST.has(tokens[0]!) || /-\p{Ll}/u.test(rest)) return tokens[0]!;
  return tokens[tokens.length - 1]!;
}

/** Forms a later mention may use alone: the surname, and for longer names every later part ("Faki" of "Moussa Faki Mahamat"). */
function shortForms(name: string): string[] {
  const forms = new Set([surnameOf(name)]);
  const tokens = name.split(/\s+/).filter((t) => /^\p{Lu}[\p{Ll}'’-]{2,}$/u.test(t));
  if (tokens.length >= 3 && !FAMILY_FIRST.has(tokens[0]!)) for (const t of tokens.slice(1)) forms.add(t);
  return [...forms];
}

function titleCaseTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .split(' ')
    .map((w) => (/^(?:of|for|to|on|the|and|in|at)$/i.test(w) ? w.toLowerCase() : w.replace(/(^|-)(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase())))
    .join(' ');
}

interface PendingOfficial {
  name: string;
  forms: Set<string>;
  title: string | null;
  country: string | null;
  organization: string | null;
}

/** What the article has said about people so far: officials by name key and surname, and people who are not state actors. */
export class OfficialContext {
  readonly pending = new Map<string, PendingOfficial>();
  readonly byKey = new Map<string, string>();
  readonly bySurname = new Map<string, string[]>();
  readonly blockedKeys = new Set<string>();
  readonly blockedSurnames = new Set<string>();
  private readonly singles = new Map<string, { title: string | null; country: string | null; organization: string | null }>();
  private fullNameMatchers: Array<{ first: string; re: RegExp }> = [];
  private surnameMatcher: RegExp | null = null;
  finalized = false;

  constructor(readonly registry: ActorRegistry) {}

  note(rawName: string, title: string | null, country: string | null, organization: string | null): void {
    const key = nameKey(rawName);
    if (this.blockedKeys.has(key)) return;
    const known = KNOWN_BY_KEY.get(key);
    const p = this.pending.get(key) ?? { name: known?.name ?? rawName, forms: new Set<string>(), title: null, country: null, organization: null };
    p.forms.add(rawName);
    if (!p.title || (title && title.length > p.title.length)) p.title = title ?? p.title;
    p.country = p.country ?? country;
    p.organization = p.organization ?? organization;
    this.pending.set(key, p);
  }

  /** "Minister Vargas": kept aside until every full name is known, then either a short form of one or its own official. */
  noteSingle(name: string, title: string | null, country: string | null, organization: string | null): void {
    if (!this.singles.has(name)) this.singles.set(name, { title, country, organization });
  }

  block(rawName: string): void {
    const key = nameKey(rawName);
    if (KNOWN_BY_KEY.has(key)) return;
    this.blockedKeys.add(key);
    this.blockedSurnames.add(surnameOf(rawName));
    this.pending.delete(key);
  }

  /** Fixes ids once every introduction has been read, so a later "of Russia" still counts for the first mention. */
  finalize(): void {
    const shortOfPending = new Set([...this.pending.values()].flatMap((p) => shortForms(p.name)));
    for (const [name, info] of this.singles) if (!shortOfPending.has(name)) this.note(name, info.title, info.country, info.organization);
    for (const [key, p] of this.pending) {
      const known = KNOWN_BY_KEY.get(key);
      const country = p.country ?? (p.organization ? null : known?.country ?? null);
      // The longer title is the more specific one ("Secretary of State" over "Secretary").
      const title = [p.title, known?.title].filter((t): t is string => !!t).sort((a, b) => b.length - a.length)[0] ?? null;
      const id = officialId(p.name, country);
      for (const form of p.forms) {
        this.registry.add({ id, kind: 'Official', name: p.name, country, title, organization: p.organization }, form);
      }
      this.byKey.set(key, id);
      for (const v of known?.variants ?? []) this.byKey.set(nameKey(v), id);
      for (const surname of shortForms(p.name)) {
        const list = this.bySurname.get(surname) ?? [];
        if (!list.includes(id)) list.push(id);
        this.bySurname.set(surname, list);
      }
    }
    // One matcher per name, tried only when the sentence contains its first word: cheaper than one case-blind alternation.
    this.fullNameMatchers = [...this.byKey.keys()]
      .sort((a, b) => b.length - a.length)
      .map((k) => ({ first: k.split(' ')[0]!, re: new RegExp(k.split(' ').map(escapeRegExp).join('[\\s\\-]+'), 'giu') }));
    const surnames = [...this.bySurname.keys()].sort((a, b) => b.length - a.length);
    this.surnameMatcher = surnames.length ? new RegExp(surnames.map(escapeRegExp).join('|'), 'gu') : null;
    this.finalized = true;
  }

  idForName(rawName: string, countryHint: string | null): string | null {
    const id = this.byKey.get(nameKey(rawName));
    if (id) return id;
    if (!rawName.includes(' ')) return this.idForSurname(rawName, countryHint);
    return null;
  }

  idForSurname(surname: string, countryHint: string | null): string | null {
    const ids = this.bySurname.get(surname);
    if (!ids || ids.length === 0) return null;
    if (countryHint) {
      const same = ids.filter((id) => this.registry.get(id)?.country === countryHint);
      if (same.length === 1) return same[0]!;
    }
    if (ids.length === 1 && !this.blockedSurnames.has(surname)) return ids[0]!;
    return null;
  }

  /** Matchers for the full names (any spelling variant) whose first word occurs in the lower-cased sentence. */
  fullNamesIn(lower: string): RegExp[] {
    return this.fullNameMatchers.filter((m) => lower.includes(m.first)).map((m) => m.re);
  }

  get surnames(): RegExp | null {
    return this.surnameMatcher;
  }
}

interface Modifier {
  start: number;
  country: string | null;
  organization: string | null;
}

/** A country or organisation mention right before a title: "North Korea's", "Russian", "NATO", "US former". */
function modifierBefore(sentence: string, titleStart: number, countries: Mention[], orgs: Mention[], registry?: ActorRegistry): Modifier | null {
  for (const m of [...orgs, ...countries]) {
    if (m.end > titleStart || m.place && m.via !== 'demonym' && m.kind === 'Country' && !/['’]s$/.test(sentence.slice(m.end, m.end + 2))) {
      if (m.end > titleStart) continue;
    }
    const between = sentence.slice(m.end, titleStart);
    if (/^(?:['’]s)?\s+(?:(?:former|then|acting|current|new|top|chief|senior)\s+)?$/i.test(between) || between === '-' ) {
      if (m.kind === 'Country') return { start: m.start, country: m.id.slice('country:'.length), organization: null };
      // A spokesman of a national ministry speaks for its state; only international bodies are kept as the organisation.
      const orgCountry = registry?.get(m.id)?.country ?? null;
      return orgCountry ? { start: m.start, country: orgCountry, organization: null } : { start: m.start, country: null, organization: m.id };
    }
  }
  return null;
}

/** Vietnamese and Korean family names that are spelled like English function words ("To Lam", "An Chang-ho"). */
const STOP_WORD_SURNAMES = new Set(['To', 'An']);
/** "Minister To Visit": a title-case headline verb, not a given name. */
const HEADLINE_VERB = /^(?:Visit|Meet|Travel|Attend|Hold|Host|Resign|Step|Lead|Face|Seek|Push|Press|Discuss|Sign|Speak|Address|Skip|Join|Make|Take|Be|Head|Fly|Return|Leave|Stay|Back|Call|Urge|Tour|Quit|Run|Win|Lose|Go|Come|Decide|Announce|Unveil|Launch|Open|Close|End|Begin|Start|Get|Give|Keep|Say|Tell|See|Raise|Review|Boost|Cut|Ask|Warn|Vote|Veto|Propose|Offer|Deliver)$/;

/** Cuts a captured name at the first word that cannot be part of a name. */
function trimName(raw: string): string | null {
  // A royal or religious style before the name is not part of it: "Prince Faisal bin Farhan", "Sheikh Tamim".
  const tokens = raw.split(/\s+/);
  while (tokens.length > 1 && /^(?:Prince|Princess|King|Queen|Sheikh|Sheikha|Emir|Crown|Sultan|Ayatollah|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)$/.test(tokens[0]!)) tokens.shift();
  const kept: string[] = [];
  for (const t of tokens) {
    const bare = t.replace(/['’]s$/, '');
    // "Communist Party chief To Lam": a two-word name may start with a word that is otherwise a preposition.
    // "Paraguayan President Santiago Peña": a city's name may be a given name when a surname follows.
    if (kept.length === 0 && tokens.length >= 2 && COUNTRY_ALIASES.get(bare)?.kind === 'seat' && /^\p{Lu}\p{Ll}/u.test(tokens[1]!) && !NOT_NAME.has(tokens[1]!.replace(/['’]s$/, '')) && !isCountryAlias(tokens[1]!.replace(/['’]s$/, ''))) {
      kept.push(bare);
      continue;
    }
    if (kept.length === 0 && tokens.length === 2 && STOP_WORD_SURNAMES.has(bare) && !NOT_NAME.has(tokens[1]!.replace(/['’]s$/, '')) && !HEADLINE_VERB.test(tokens[1]!)) {
      kept.push(bare);
      continue;
    }
    if (NOT_NAME.has(bare) || isCountryAlias(bare) || kept.length > 0 && !/^(?:\p{Lu}|(?:al|el|ad|as|ash|ar|at|az|bin|ibn|abu)-\p{Lu}|(?:bin|al|el|van|von|der|de|da|di|le|la|du|ibn)$)/u.test(bare)) break;
    kept.push(bare);
    if (bare !== t) break;
  }
  while (kept.length > 0 && /^(?:bin|al|el|van|von|der|de|da|di|le|la|du|ibn)$/.test(kept[kept.length - 1]!)) kept.pop();
  if (kept.length === 0) return null;
  return kept.join(' ');
}

const HEAD_RES = HEAD_WORDS.map((h) => [h, new RegExp(`\\b${escapeRegExp(h)}\\b`)] as const);
const headCache = new Map<string, string>();

function headOf(title: string): string {
  const cached = headCache.get(title);
  if (cached) return cached;
  const lower = title.toLowerCase().replace(/\s+/g, ' ');
  const head = HEAD_RES.find(([, re]) => re.test(lower))?.[0] ?? lower;
  if (headCache.size < 5000) headCache.set(title, head);
  return head;
}

function normalizeTitle(title: string): string | null {
  // "his Philippine counterpart Enrique Manalo" says whom he meets, not what he is.
  if (/counterpart/i.test(title)) return null;
  return titleCaseTitle(title.replace(/^(?:former|then|acting)\s+/i, '').trim());
}

/** Records analysts, academics and journalists so their names never become officials. */
const NAME_APPOSITION = new RegExp(`${NAME},\\s+([^.;]{0,80})`, 'gu');
const SAID_NAME_OF = new RegExp(`\\b(?:said|says|according to|wrote|writes|told)\\s+${NAME}\\s+(?:of|from|at)\\s+(?:the\\s+)?([^,.;]{3,80})`, 'gu');
const REPORTER = new RegExp(`^${NAME}\\s+(?:has|have|reports|reporting|with)\\s+(?:more|the latest|the story|the details|this report|the report)\\b`, 'u');
const SIGNOFF = new RegExp(`^${NAME},\\s+[A-Z][\\w ]*(?:News|TV|Radio|Times|Post|Agency|Press|Network)\\.?$`, 'u');
const CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]*/gu;
const KNOWN_FORMS_BY_FIRST_WORD = new Map<string, string[]>();
for (const form of KNOWN_NAME_FORMS) {
  const first = form.split(' ')[0]!;
  KNOWN_FORMS_BY_FIRST_WORD.set(first, [...(KNOWN_FORMS_BY_FIRST_WORD.get(first) ?? []), form]);
}
const KNOWN_BY_ALONE_SURNAME = new Map(KNOWN_OFFICIALS.filter((o) => o.alone).map((o) => [o.surname, o]));

export function noteNonActors(sentence: string, ctx: OfficialContext): void {
  let m: RegExpExecArray | null;
  const nameRe = NAME_APPOSITION;
  nameRe.lastIndex = 0;
  if (EXPERT_WORD.test(sentence)) while ((m = nameRe.exec(sentence)) !== null) {
    const name = trimName(m[1]!);
    const rest = m[2]!;
    if (!name || !name.includes(' ')) continue;
    if (EXPERT_WORD.test(rest.split(',')[0] ?? '') && (THINK_TANK.test(rest) || /\banalyst|professor|fellow|researcher|scholar|journalist|reporter|correspondent|editor\b/i.test(rest))) ctx.block(name);
  }
  const saidOf = SAID_NAME_OF;
  saidOf.lastIndex = 0;
  while ((m = saidOf.exec(sentence)) !== null) {
    const name = trimName(m[1]!);
    if (name && THINK_TANK.test(m[2]!)) ctx.block(name);
  }
  const r = REPORTER.exec(sentence);
  if (r) {
    const name = trimName(r[1]!);
    if (name) ctx.block(name);
  }
  const signoff = SIGNOFF.exec(sentence);
  if (signoff) {
    const name = trimName(signoff[1]!);
    if (name) ctx.block(name);
  }
}

/**
 * Official mentions in one sentence. Before `ctx.finalize()` it only records introductions; afterwards it also resolves
 * full names, surnames and title references ("the North Korean leader") to the officials introduced anywhere in the article.
 */
export function findOfficials(sentence: string, countries: Mention[], orgs: Mention[], ctx: OfficialContext): Mention[] {
  const out: Mention[] = [];
  const push = (id: string | null, start: number, end: number): void => {
    if (id) out.push({ id, kind: 'Official', start, end, text: sentence.slice(start, end), place: false, via: 'official' });
  };
  const actorCountries = countries.filter((c) => !c.place || c.via === 'demonym');
  const covered: Array<[number, number]> = [];

  // 1. Title, then name: "U.S. Secretary of State Mike Pompeo", "South Korea's nuclear envoy, Lee Do-hoon", "Minister Kang".
  const hasTitle = HAS_TITLE.test(sentence);
  TITLE_THEN_NAME.lastIndex = hasTitle ? 0 : sentence.length;
  let m: RegExpExecArray | null;
  while (hasTitle && (m = TITLE_THEN_NAME.exec(sentence)) !== null) {
    const titleText = m[1]!;
    const name = trimName(m[3]!);
    const titleStart = m.index;
    if (!name) {
      TITLE_THEN_NAME.lastIndex = m.index + titleText.length;
      continue;
    }
    const nameStart = sentence.indexOf(name.split(' ')[0]!, titleStart + titleText.length);
    const end = nameStart + name.length;
    const mod = modifierBefore(sentence, titleStart, actorCountries, orgs, ctx.registry);
    const head = headOf(titleText);
    const capitalised = /^\p{Lu}/u.test(titleText);
    const key = nameKey(name);
    if (ctx.blockedKeys.has(key)) continue;
    const single = !name.includes(' ');
    let id: string | null;
    if (single) {
      id = ctx.finalized ? ctx.idForSurname(name, mod?.country ?? null) : null;
      if (!id) {
        const known = (KNOWN_BY_SURNAME.get(name) ?? []).filter((o) => !mod?.country || o.country === mod.country);
        if (known.length === 1) {
          if (!ctx.finalized) ctx.note(known[0]!.name, normalizeTitle(titleText), mod?.country ?? known[0]!.country, mod?.organization ?? null);
          id = ctx.finalized ? ctx.idForName(known[0]!.name, null) : null;
        }
      }
      if (!ctx.finalized) {
        if (!id && (mod || capitalised) && !NEEDS_MODIFIER.has(head) || mod) {
          if ((KNOWN_BY_SURNAME.get(name) ?? []).length === 0) ctx.noteSingle(name, normalizeTitle(titleText), mod?.country ?? null, mod?.organization ?? null);
        }
        continue;
      }
      if (!id) id = ctx.idForName(name, mod?.country ?? null);
    } else {
      if (!mod && (!capitalised || NEEDS_MODIFIER.has(head)) && !KNOWN_BY_KEY.has(key)) continue;
      // "company President Jane Miles", "club chairman ...": a common noun before the title makes it a private role.
      if (!mod && !KNOWN_BY_KEY.has(key) && PRIVATE_ROLE_BEFORE.test(sentence.slice(Math.max(0, titleStart - 30), titleStart))) continue;
      if (!ctx.finalized) {
        ctx.note(name, normalizeTitle(titleText), mod?.country ?? null, mod?.organization ?? null);
        continue;
      }
      id = ctx.idForName(name, mod?.country ?? null);
    }
    const start = mod ? mod.start : titleStart;
    push(id, start, end);
    covered.push([start, end]);
  }
  if (!ctx.finalized) {
    // 2. Apposition with "who heads": "Rhee Dong-yeol, who heads the South Korean Foreign Ministry's bureau of peace".
    WHO_HEADS.lastIndex = 0;
    while ((m = WHO_HEADS.exec(sentence)) !== null) {
      const name = trimName(m[1]!);
      const clause = m[2]!;
      if (!name || !name.includes(' ') || !GOVERNMENT_BODY.test(clause) || THINK_TANK.test(clause)) continue;
      const clauseStart = m.index + m[0].indexOf(clause);
      const country = actorCountries.find((c) => c.start >= clauseStart && c.end <= clauseStart + clause.length);
      const verb = /who\s+(heads|leads|runs|chairs|directs)/.exec(m[0])?.[1];
      const title = verb ? `Head of ${clause.replace(/^the\s+/i, '').replace(/^.*?['’]s\s+/, '')}` : clause.replace(/^(?:the|a|an)\s+/i, '');
      ctx.note(name, titleCaseTitle(title), country ? country.id.slice('country:'.length) : null, null);
    }
    // 3. Known full names, untitled: "Kim Jong Un has made it clear".
    const words = new Set(sentence.match(CAPITALISED_WORD) ?? []);
    for (const first of words) {
      const forms = KNOWN_FORMS_BY_FIRST_WORD.get(first);
      if (!forms) continue;
      for (const form of forms) {
        for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + form.length)) {
          if (!isWordChar(sentence[at - 1]) && !isWordChar(sentence[at + form.length])) ctx.note(form, null, null, null);
        }
      }
    }
    // Distinctive surnames of well-known officials, alone: "Pompeo and Bolton".
    for (const word of words) {
      const surname = word.replace(/['’]s$/, '');
      const known = KNOWN_BY_ALONE_SURNAME.get(surname);
      if (!known) continue;
      for (let at = sentence.indexOf(surname); at >= 0; at = sentence.indexOf(surname, at + surname.length)) {
      const end = at + surname.length;
      if (isWordChar(sentence[at - 1]) || isWordChar(sentence[end])) continue;
      const prev = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(sentence.slice(Math.max(0, at - 25), at))?.[1];
      const partOfLongerName = /^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(end, end + 3)) || (prev !== undefined && !NOT_NAME.has(prev) && at > prev.length + 1);
      if (!partOfLongerName) ctx.note(known.name, null, null, null);
      }
    }
    return out;
  }

  // 4. Full names seen anywhere in the article, in any spelling variant.
  for (const full of ctx.fullNamesIn(sentence.toLowerCase())) {
    full.lastIndex = 0;
    while ((m = full.exec(sentence)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (isWordChar(sentence[start - 1]) || isWordChar(sentence[end]) || !/^\p{Lu}/u.test(m[0])) continue;
      if (covered.some(([s, e]) => start < e && s < end)) continue;
      const id = ctx.byKey.get(nameKey(m[0]));
      push(id ?? null, start, end);
      covered.push([start, end]);
    }
  }
  // 5. Surnames alone: "Biegun", "Kim's", but not "Lee" inside "Lee Ji-won".
  const sur = ctx.surnames;
  if (sur) {
    sur.lastIndex = 0;
    while ((m = sur.exec(sentence)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (isWordChar(sentence[start - 1]) || isWordChar(sentence[end])) continue;
      if (covered.some(([s, e]) => start < e && s < end)) continue;
      if (/^\s+\p{Lu}[\p{Ll}'’-]/u.test(sentence.slice(end, end + 4)) && !/^\s+(?:and|said|says|told)\b/.test(sentence.slice(end))) {
        const nextWord = /^\s+(\p{Lu}[\p{L}'’-]*)/u.exec(sentence.slice(end))?.[1] ?? '';
        if (!NOT_NAME.has(nextWord) && !isCountryAlias(nextWord)) continue;
      }
      const prevWord = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(sentence.slice(Math.max(0, start - 25), start))?.[1];
      if (prevWord && !NOT_NAME.has(prevWord) && !isCountryAlias(prevWord) && start > prevWord.length + 1) continue;
      push(ctx.idForSurname(m[0], null), start, end);
      covered.push([start, end]);
    }
  }
  // 6. A title with no name stands for the one official the article gave that title and country: "the North Korean leader".
  TITLE_ALONE.lastIndex = 0;
  while (hasTitle && (m = TITLE_ALONE.exec(sentence)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered.some(([s, e]) => start < e && s < end)) continue;
    const mod = modifierBefore(sentence, start, actorCountries, orgs, ctx.registry);
    if (!mod?.country) continue;
    if (/^,?\s+\p{Lu}/u.test(sentence.slice(end)) && !/^,?\s+(?:and|said)\b/.test(sentence.slice(end))) continue;
    const head = headOf(m[0]);
    // "the Brazilian leader" is that country's head of state or government, whatever the title.
    const heads = head === 'leader' ? LEADER_HEADS : new Set([head]);
    const candidates = [...ctx.registry.actors.values()].filter(
      (a) => a.kind === 'Official' && a.country === mod.country && a.title && heads.has(headOf(a.title)),
    );
    if (candidates.length === 1) {
      push(candidates[0]!.id, mod.start, end);
      covered.push([mod.start, end]);
    }
  }
  return out;
}
