// Deterministic, seeded bench corpus: synthetic English news articles and synthetic graphs (ExtractionDocument batches) with Zipf-skewed degrees.
import worldCountries from 'world-countries';
import type { ActorRecord, ArticleRecord, ExtractionDocument, MeetingRecord, StanceRecord } from '../../core/model';
import { type Rng, ZipfSampler, hashInts, intBelow, mulberry32, pick } from './prng';

interface CountryInfo {
  code: string;
  name: string;
  demonym: string;
  capital: string;
}

/** Well-covered countries first, so they take the top Zipf ranks; the rest follow in a seeded order. */
const PROMINENT = [
  'US',
  'RU',
  'CN',
  'UA',
  'DE',
  'FR',
  'GB',
  'JP',
  'IN',
  'TR',
  'IR',
  'IL',
  'KR',
  'KP',
  'SA',
  'PL',
  'IT',
  'CA',
  'BR',
  'EG',
];

const ALL_COUNTRIES: CountryInfo[] = worldCountries
  .filter((c) => c.independent !== false && /^[A-Z]{2}$/.test(c.cca2))
  .map((c) => ({
    code: c.cca2,
    name: c.cca2 === 'US' ? 'United States' : c.name.common,
    demonym: c.demonyms?.eng?.m ?? c.name.common,
    capital: (c.capital?.[0] ?? c.name.common).replace(/\.$/, ''),
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

const TITLES = [
  'Foreign Minister',
  'Prime Minister',
  'President',
  'Defence Minister',
  'Trade Minister',
  'Deputy Foreign Minister',
  'Ambassador',
  'Special Envoy',
  'National Security Adviser',
  'Finance Minister',
];
const US_TITLES = ['Secretary of State', 'Secretary of Defense', 'Special Representative', 'Treasury Secretary'];
const ORGS = [
  'United Nations Security Council',
  'NATO',
  'European Union',
  'African Union',
  'ASEAN',
  'World Health Organization',
  'International Atomic Energy Agency',
  'Organization of American States',
  'Arab League',
  'G7',
  'OSCE',
  'World Trade Organization',
];
const SYLLABLES = [
  'an',
  'bel',
  'cor',
  'da',
  'el',
  'fen',
  'gar',
  'hal',
  'is',
  'jor',
  'ka',
  'lin',
  'mar',
  'nor',
  'os',
  'pra',
  'quin',
  'ros',
  'sol',
  'tam',
  'ul',
  'ver',
  'wen',
  'xa',
  'yor',
  'zel',
  'mi',
  'ko',
  'ta',
  'ri',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PUBLISHERS = ['Meridian Wire', 'Capital Dispatch', 'Harbour Times', 'Continental Review', 'Global Ledger'];
const TOPICS = [
  'sanctions',
  'the ceasefire',
  'the trade agreement',
  'energy security',
  'the border dispute',
  'nuclear talks',
  'grain exports',
  'the peace plan',
];
const FILLER = [
  'Analysts said the talks were unlikely to produce a breakthrough before the end of the year.',
  'The two sides issued a joint statement after the session.',
  'Officials declined to give details of the discussions.',
  'The meeting came amid growing pressure from parliament.',
  'Diplomats described the atmosphere as constructive but cautious.',
  'Markets reacted calmly to the news.',
];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function inventedName(rng: Rng): string {
  const word = (parts: number) => capitalise(Array.from({ length: parts }, () => pick(rng, SYLLABLES)).join(''));
  return `${word(2)} ${word(2 + intBelow(rng, 2))}`;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The actor universe (ids in the extractor's format: country:US, official:us:<slug>, organization:<slug>) of one graph: countries first, then organisations, then officials; each record is derived from (seed, index) alone. */
export class ActorUniverse {
  readonly countries: CountryInfo[];
  readonly organizationCount: number;
  /** rank (0 = most connected) -> actor index. */
  private readonly rankToIndex: Int32Array;
  private readonly cache = new Map<number, ActorRecord>();
  private readonly countryZipf: ZipfSampler;

  constructor(
    readonly seed: number,
    readonly size: number,
  ) {
    const rng = mulberry32(hashInts(seed, 1));
    const rest = ALL_COUNTRIES.filter((c) => !PROMINENT.includes(c.code));
    for (let i = rest.length - 1; i > 0; i--) {
      const j = intBelow(rng, i + 1);
      [rest[i], rest[j]] = [rest[j]!, rest[i]!];
    }
    const ordered = [...PROMINENT.map((code) => ALL_COUNTRIES.find((c) => c.code === code)!), ...rest];
    this.countries = ordered.slice(0, Math.max(2, Math.min(ordered.length, Math.floor(size / 4))));
    this.organizationCount = Math.max(1, Math.min(Math.floor(size * 0.02), 5000));
    if (size < this.countries.length + this.organizationCount + 2)
      throw new Error(`ActorUniverse: at least ${this.countries.length + this.organizationCount + 2} actors needed`);
    this.countryZipf = new ZipfSampler(this.countries.length, 1.1);
    // Countries take every third rank from the top; organisations and officials fill the others in a seeded order.
    const others = Array.from({ length: size - this.countries.length }, (_, i) => this.countries.length + i);
    for (let i = others.length - 1; i > 0; i--) {
      const j = intBelow(rng, i + 1);
      [others[i], others[j]] = [others[j]!, others[i]!];
    }
    this.rankToIndex = new Int32Array(size);
    let c = 0;
    let o = 0;
    for (let rank = 0; rank < size; rank++) {
      const countryTurn = rank % 3 === 0 && c < this.countries.length;
      this.rankToIndex[rank] = countryTurn || o >= others.length ? c++ : others[o++]!;
    }
  }

  indexOfRank(rank: number): number {
    return this.rankToIndex[rank]!;
  }

  kindOf(index: number): ActorRecord['kind'] {
    if (index < this.countries.length) return 'Country';
    return index < this.countries.length + this.organizationCount ? 'Organization' : 'Official';
  }

  country(index: number): CountryInfo {
    return this.countries[index]!;
  }

  /** The country an organisation or official acts for (Zipf over countries: big states have many officials). */
  homeCountry(index: number): CountryInfo {
    if (index < this.countries.length) return this.countries[index]!;
    return this.countries[this.countryZipf.sample(mulberry32(hashInts(this.seed, 2, index)))]!;
  }

  actor(index: number): ActorRecord {
    const cached = this.cache.get(index);
    if (cached !== undefined) return cached;
    let record: ActorRecord;
    const kind = this.kindOf(index);
    if (kind === 'Country') {
      const c = this.countries[index]!;
      record = { id: `country:${c.code}`, kind, name: c.name, aliases: [c.demonym], country: c.code };
    } else {
      const rng = mulberry32(hashInts(this.seed, 3, index));
      const home = this.homeCountry(index);
      if (kind === 'Organization') {
        const base = index - this.countries.length;
        const international = base < ORGS.length;
        const name = international
          ? ORGS[base]!
          : `${home.demonym} ${pick(rng, ['Ministry of Foreign Affairs', 'Ministry of Defence', 'Trade Office', 'Parliament', 'Central Bank'])} ${base}`;
        record = {
          id: international ? `organization:${slug(name)}` : `organization:${home.code.toLowerCase()}:${slug(name)}`,
          kind,
          name,
          aliases: [],
          country: international ? null : home.code,
        };
      } else {
        const name = `${inventedName(rng)} ${index.toString(36)}`;
        const title = home.code === 'US' && rng() < 0.5 ? pick(rng, US_TITLES) : pick(rng, TITLES);
        record = {
          id: `official:${home.code.toLowerCase()}:${slug(name)}`,
          kind,
          name,
          aliases: [name.split(' ')[1]!],
          country: home.code,
          title,
          organization: null,
        };
      }
    }
    if (this.cache.size < 200_000) this.cache.set(index, record);
    return record;
  }
}

export interface GraphSpec {
  seed: number;
  actors: number;
  /** Meetings plus stances. */
  claims: number;
  /** Claims per yielded batch (the import transaction size of the bench). */
  batchClaims: number;
  /** Share of claims that are meetings; the rest are BACKS/OPPOSES. */
  meetingShare?: number;
  /** Zipf exponent of actor degree. */
  zipfExponent?: number;
  /** Mean claims per synthetic article. */
  claimsPerArticle?: number;
}

const EPOCH = Date.UTC(2015, 0, 1);

function isoDay(dayOffset: number): string {
  return new Date(EPOCH + dayOffset * 86_400_000).toISOString().slice(0, 10);
}

/** Draws `count` distinct actor indexes by Zipf rank. */
function drawDistinct(rng: Rng, universe: ActorUniverse, zipf: ZipfSampler, count: number): number[] {
  const chosen: number[] = [];
  for (let tries = 0; chosen.length < count && tries < count * 20; tries++) {
    const index = universe.indexOfRank(zipf.sample(rng));
    if (!chosen.includes(index)) chosen.push(index);
  }
  return chosen;
}

/**
 * Streams a synthetic graph as ExtractionDocument batches: every batch carries its own articles, the actor records it
 * references (actors repeat across batches, as across real articles) and its meetings and stances.
 * Memory stays at one batch plus the actor record cache, whatever the size.
 */
export function* generateGraphBatches(spec: GraphSpec): Generator<ExtractionDocument> {
  const universe = new ActorUniverse(spec.seed, spec.actors);
  const zipf = new ZipfSampler(spec.actors, spec.zipfExponent ?? 1.0);
  const meetingShare = spec.meetingShare ?? 0.5;
  const perArticle = spec.claimsPerArticle ?? 5;
  const span = 365 * 10;
  let claim = 0;
  let articleNo = 0;
  let batchNo = 0;
  while (claim < spec.claims) {
    const rng = mulberry32(hashInts(spec.seed, 10, batchNo));
    const end = Math.min(spec.claims, claim + spec.batchClaims);
    const doc: ExtractionDocument = { articles: [], actors: [], meetings: [], stances: [] };
    const actorsInBatch = new Set<number>();
    while (claim < end) {
      const n = Math.min(end - claim, 1 + intBelow(rng, perArticle * 2 - 1));
      const day = Math.floor((claim / spec.claims) * span) + intBelow(rng, 7);
      const date = isoDay(day);
      const articleId = `article:${spec.seed.toString(16)}-${(articleNo++).toString(16).padStart(8, '0')}`;
      const mentioned = new Set<number>();
      const stanceKeys = new Set<string>();
      for (let i = 0; i < n; i++, claim++) {
        if (rng() < meetingShare) {
          const participants = drawDistinct(rng, universe, zipf, rng() < 0.8 ? 2 : 3 + intBelow(rng, 3));
          if (participants.length < 2) continue;
          participants.forEach((p) => mentioned.add(p));
          const names = participants.map((p) => universe.actor(p).name);
          const place = universe.homeCountry(participants[0]!).capital;
          const meeting: MeetingRecord = {
            id: `meeting:${spec.seed.toString(16)}-${claim.toString(16)}`,
            article: articleId,
            participants: participants.map((p) => universe.actor(p).id),
            date,
            place,
            evidence: `${names[0]} met ${names.slice(1).join(' and ')} in ${place}.`,
            confidence: 0.6 + rng() * 0.4,
          };
          doc.meetings.push(meeting);
        } else {
          const [from, to] = drawDistinct(rng, universe, zipf, 2);
          if (from === undefined || to === undefined) continue;
          const type = rng() < 0.6 ? 'BACKS' : 'OPPOSES';
          // One stance per (type, from, to, article), as the graph model stores it.
          const key = `${type}|${from}|${to}`;
          if (stanceKeys.has(key)) continue;
          stanceKeys.add(key);
          mentioned.add(from).add(to);
          const stance: StanceRecord = {
            type,
            from: universe.actor(from).id,
            to: universe.actor(to).id,
            article: articleId,
            date,
            evidence: `${universe.actor(from).name} ${type === 'BACKS' ? 'reiterated its support for' : 'condemned'} ${universe.actor(to).name}.`,
            confidence: 0.5 + rng() * 0.5,
          };
          doc.stances.push(stance);
        }
      }
      mentioned.forEach((m) => actorsInBatch.add(m));
      const article: ArticleRecord = {
        id: articleId,
        file: `synthetic/${articleId.slice(8)}.txt`,
        title: `${pick(rng, PUBLISHERS)} report ${articleNo}`,
        date,
        publisher: pick(rng, PUBLISHERS),
        actors: [...mentioned].map((m) => universe.actor(m).id),
      };
      doc.articles.push(article);
    }
    // Officials bring their country along (the REPRESENTS target), as the extractor does.
    for (const index of [...actorsInBatch]) {
      if (universe.kindOf(index) !== 'Country')
        actorsInBatch.add(universe.countries.indexOf(universe.homeCountry(index)));
    }
    doc.actors = [...actorsInBatch].sort((a, b) => a - b).map((i) => universe.actor(i));
    batchNo++;
    yield doc;
  }
}

export interface GeneratedArticle {
  file: string;
  text: string;
  format: 'text';
}

/** One synthetic English article in the styles the extractor reads: meetings with counterparts, joint support, condemnation. */
function articleText(universe: ActorUniverse, zipf: ZipfSampler, rng: Rng, n: number): string {
  const officialOf = (country: CountryInfo): { title: string; name: string } => {
    const name = inventedName(
      mulberry32(hashInts(universe.seed, 20, country.code.charCodeAt(0), country.code.charCodeAt(1), intBelow(rng, 3))),
    );
    return { title: country.code === 'US' ? pick(rng, US_TITLES) : pick(rng, TITLES), name };
  };
  const countryByZipf = (): CountryInfo => {
    for (;;) {
      const index = universe.indexOfRank(zipf.sample(rng));
      if (universe.kindOf(index) === 'Country') return universe.country(index);
    }
  };
  const day = intBelow(rng, 3650);
  const lines: string[] = [];
  const a = countryByZipf();
  let b = countryByZipf();
  while (b.code === a.code) b = countryByZipf();
  lines.push(`${a.name} and ${b.name} discuss ${pick(rng, TOPICS)}`, '', `${pick(rng, PUBLISHERS)} ${isoDay(day)}`, '');
  const paragraphs = 3 + intBelow(rng, 5);
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    const x = countryByZipf();
    let y = countryByZipf();
    while (y.code === x.code) y = countryByZipf();
    let z = countryByZipf();
    while (z.code === x.code || z.code === y.code) z = countryByZipf();
    const ox = officialOf(x);
    const oy = officialOf(y);
    const xName = x.code === 'US' ? 'U.S.' : x.demonym;
    switch (intBelow(rng, 5)) {
      case 0:
        sentences.push(
          `${xName} ${ox.title} ${ox.name} met his ${y.demonym} counterpart ${oy.name} in ${y.capital} on ${pick(rng, WEEKDAYS)}.`,
        );
        break;
      case 1:
        sentences.push(`${x.name} and ${y.name} reiterated their support for ${z.name}.`);
        break;
      case 2:
        sentences.push(`${x.name} condemned ${y.name} over ${pick(rng, TOPICS)}.`);
        break;
      case 3:
        sentences.push(
          `${y.demonym} ${oy.title} ${oy.name} held talks with ${x.name}'s ${ox.title} ${ox.name} in ${x.capital}.`,
        );
        break;
      default:
        sentences.push(
          `${x.name} imposed sanctions on ${y.name}, while ${z.name} backed ${y.name}'s position on ${pick(rng, TOPICS)}.`,
        );
    }
    const filler = 1 + intBelow(rng, 4);
    for (let f = 0; f < filler; f++) sentences.push(pick(rng, FILLER));
    lines.push(sentences.join(' '), '');
  }
  lines.push(`(Article ${n})`);
  return lines.join('\n');
}

/** `count` synthetic articles, the same for the same seed. */
export function generateArticles(seed: number, count: number): GeneratedArticle[] {
  const universe = new ActorUniverse(seed, 4000);
  const zipf = new ZipfSampler(universe.size, 1.0);
  return Array.from({ length: count }, (_, n) => {
    const rng = mulberry32(hashInts(seed, 30, n));
    return {
      file: `synthetic/article-${String(n).padStart(6, '0')}.txt`,
      text: articleText(universe, zipf, rng, n),
      format: 'text' as const,
    };
  });
}
