// Extracts one article: cleans the page, finds actors, meetings and stances, and returns a one-article document.
import type { ActorRecord, ExtractionDocument, MeetingRecord, StanceRecord } from '../../../core/model';
import { ActorRegistry } from './actorRegistry';
import type { ArticleInput } from './articleInput';
import { cleanText } from './cleanText';
import { countryName } from './countryGazetteer';
import { CONTEXT_PHRASES } from './countryGazetteer';
import { findMeetings } from './findMeetings';
import { mergeMeetings } from './mergeMeetings';
import { findMentions, findSentenceActors, type SentenceActors } from './findMentions';
import { OfficialContext } from './findOfficials';
import { findStances } from './findStances';
import { articleIdFromSha, countryId, sha256Hex } from './ids';
import type { Mention } from './mention';
import { splitSentences } from './splitSentences';

// Sentences that are the broadcaster talking about itself, not news: "Lee Ji-won has more.", "Lee Ji-won, Arirang News."
const BOILERPLATE_SENTENCE = [
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+(?:has|have|reports|with)\s+(?:more|the latest|the story|the details|this report)\b/u,
  /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3},\s+[\p{Lu}][\w ]*(?:News|TV|Radio|Times|Post|Agency|Press|Network)\.?$/u,
  /^(?:Read|Watch|Listen to|Click here|Subscribe|Sign up|Follow us)\b.{0,80}$/,
];

interface SentenceItem {
  text: string;
  paragraph: number;
  mentions: Mention[];
}

export function extractArticle(input: ArticleInput): ExtractionDocument {
  const sha = sha256Hex(input.text);
  const articleId = articleIdFromSha(sha);
  const clean = cleanText(input);

  const items: SentenceItem[] = [];
  if (clean.title) items.push({ text: clean.title, paragraph: -1, mentions: [] });
  clean.paragraphs.forEach((p, index) => {
    for (const s of splitSentences(p)) {
      if (BOILERPLATE_SENTENCE.some((re) => re.test(s.text))) continue;
      items.push({ text: s.text, paragraph: index, mentions: [] });
    }
  });

  const registry = new ActorRegistry();
  const officials = new OfficialContext(registry);
  // Countries named outright decide whether context phrases ("the North") count; only those sentences are read again.
  const none = new Set<string>();
  const found: SentenceActors[] = items.map((item) => findSentenceActors(item.text, none, registry));
  const codes = new Set<string>();
  for (const f of found) for (const c of f.countries) if (c.via === 'name' || c.via === 'demonym') codes.add(c.id.slice('country:'.length));
  items.forEach((item, i) => {
    if (CONTEXT_PHRASES.some((p) => item.text.includes(p))) found[i] = findSentenceActors(item.text, codes, registry);
  });
  items.forEach((item, i) => findMentions(item.text, found[i]!, officials, registry));
  officials.finalize();
  items.forEach((item, i) => {
    item.mentions = findMentions(item.text, found[i]!, officials, registry);
  });

  const kept = dropTeasers(items, clean.headings);

  const meetings: MeetingRecord[] = [];
  const stances: StanceRecord[] = [];
  const countryOf = (m: Mention): Mention => {
    const code = registry.get(m.id)?.country;
    return code && m.kind !== 'Country' ? { ...m, id: countryId(code), kind: 'Country' } : m;
  };
  let previousOfficial: Mention | null = null;
  let previousParticipants: Mention[] = [];
  for (const item of kept) {
    const view = { text: item.text, mentions: item.mentions, previousOfficial, previousParticipants, headline: item.paragraph === -1, countryOf };
    const found = findMeetings(view, { articleId, articleDate: clean.date });
    meetings.push(...found);
    const last = found[found.length - 1];
    if (last) view.previousParticipants = previousParticipants = last.participants.map((id) => pseudoMention(id, registry.get(id)?.kind ?? 'Country'));
    stances.push(...findStances(view, { articleId, date: clean.date }));
    const lastOfficial = [...item.mentions].reverse().find((m) => m.kind === 'Official');
    if (lastOfficial) previousOfficial = lastOfficial;
  }

  const merged = mergeMeetings(meetings);
  // One stance per (type, from, to) and article, as the graph stores it: the first sentence, the best confidence.
  const uniqueStances: StanceRecord[] = [];
  for (const st of stances) {
    const same = uniqueStances.find((u) => u.type === st.type && u.from === st.from && u.to === st.to);
    if (same) same.confidence = Math.max(same.confidence ?? 0, st.confidence ?? 0);
    else uniqueStances.push(st);
  }
  // "Talks: Kang Kyung-wha, Mike Pompeo (Hanoi)": a line an analyst can read in a list.
  for (const m of merged) {
    const names = m.participants.map((id) => registry.get(id)?.name ?? id);
    m.summary = `${m.planned ? 'Planned ' + (m.summary ?? 'meeting').toLowerCase() : m.summary ?? 'Meeting'}: ${names.join(', ')}${m.place ? ` (${m.place})` : ''}`;
  }

  // Actors that act or are acted upon: every non-place mention, every participant and stance end, and whom officials and bodies belong to.
  const ids = new Set<string>();
  for (const item of kept) for (const m of item.mentions) if (!m.place) ids.add(m.id);
  for (const meeting of merged) for (const p of meeting.participants) ids.add(p);
  for (const s of uniqueStances) {
    ids.add(s.from);
    ids.add(s.to);
  }
  for (const id of [...ids]) {
    if (id.startsWith('country:') && !registry.get(id)) {
      const code = id.slice('country:'.length);
      registry.add({ id, kind: 'Country', name: countryName(code), country: code });
    }
    const actor = registry.get(id);
    if (actor && actor.kind !== 'Country' && actor.country) {
      const cid = countryId(actor.country);
      if (!registry.get(cid)) registry.add({ id: cid, kind: 'Country', name: countryName(actor.country), country: actor.country });
      ids.add(cid);
    }
    if (actor?.organization) ids.add(actor.organization);
  }
  const actors: ActorRecord[] = [...ids].map((id) => registry.get(id)).filter((a): a is ActorRecord => a !== undefined).sort((a, b) => a.id.localeCompare(b.id));
  const actorIds = actors.map((a) => a.id);

  return {
    articles: [{ id: articleId, file: input.file, title: clean.title, date: clean.date, publisher: clean.publisher, actors: actorIds, sha256: sha }],
    actors,
    meetings: merged,
    stances: uniqueStances,
  };
}

function pseudoMention(id: string, kind: ActorRecord['kind']): Mention {
  return { id, kind, start: 0, end: 0, text: '', place: false, via: 'pronoun' };
}

/** A headline-like line followed by a paragraph naming none of the article's other actors is a teaser for another story. */
function dropTeasers(items: SentenceItem[], headings: number[]): SentenceItem[] {
  if (headings.length === 0) return items;
  const drop = new Set<number>();
  for (const h of headings) {
    const body = h + 1;
    const elsewhere = new Set<string>();
    for (const item of items) if (item.paragraph !== h && item.paragraph !== body) for (const m of item.mentions) elsewhere.add(m.id);
    const inTeaser = items.filter((i) => i.paragraph === h || i.paragraph === body).flatMap((i) => i.mentions);
    if (inTeaser.every((m) => !elsewhere.has(m.id))) {
      drop.add(h);
      drop.add(body);
    }
  }
  return items.filter((i) => !drop.has(i.paragraph));
}
