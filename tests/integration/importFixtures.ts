// Hand-built extraction documents for the importer's integration suites.
import type { ExtractionDocument } from '../../core/model';

/** Article A: Biegun meets Britain; Britain backs the U.S., North Korea opposes it. */
export function articleA(
  overrides: { id?: string; sha256?: string; stanceEvidence?: string } = {},
): ExtractionDocument {
  const id = overrides.id ?? 'article:aaaa000000000001';
  return {
    articles: [
      {
        id,
        file: 'news/a.txt',
        title: 'North Korea, U.S. seek their allies',
        date: '2019-03-21',
        publisher: 'Arirang News',
        actors: [
          'country:US',
          'country:KP',
          'country:GB',
          'official:us:stephen-biegun',
          'organization:un-security-council',
        ],
        sha256: overrides.sha256 ?? 'a'.repeat(64),
      },
    ],
    actors: [
      { id: 'country:US', kind: 'Country', name: 'United States', aliases: ['U.S.'], country: 'US' },
      { id: 'country:KP', kind: 'Country', name: 'North Korea', aliases: ['Pyongyang'], country: 'KP' },
      { id: 'country:GB', kind: 'Country', name: 'United Kingdom', aliases: ['Britain'], country: 'GB' },
      {
        id: 'official:us:stephen-biegun',
        kind: 'Official',
        name: 'Stephen Biegun',
        aliases: ['Biegun'],
        country: 'US',
        title: 'Special Representative for North Korea',
      },
      {
        id: 'organization:un-security-council',
        kind: 'Organization',
        name: 'United Nations Security Council',
        aliases: ['UN Security Council'],
        country: null,
      },
    ],
    meetings: [
      {
        id: 'meeting:a-biegun-britain',
        article: id,
        participants: ['official:us:stephen-biegun', 'country:GB'],
        date: '2019-03-19',
        place: 'London',
        evidence: 'Stephen Biegun met his British counterpart this week.',
        confidence: 0.8,
        summary: 'Biegun meets British counterpart',
      },
    ],
    stances: [
      {
        type: 'BACKS',
        from: 'country:GB',
        to: 'country:US',
        article: id,
        date: '2019-03-19',
        evidence: overrides.stanceEvidence ?? 'Britain reiterated its support for U.S. efforts.',
        confidence: 0.9,
      },
      {
        type: 'OPPOSES',
        from: 'country:KP',
        to: 'country:US',
        article: id,
        evidence: 'North Korea blamed the U.S.',
        confidence: 0.7,
      },
    ],
  };
}

/** Article B: shares the U.S. and Biegun (without a title), adds South Korea and its foreign ministry. */
export function articleB(): ExtractionDocument {
  const id = 'article:bbbb000000000002';
  return {
    articles: [
      {
        id,
        file: 'news/b.txt',
        title: 'Seoul and Washington keep close',
        date: '2019-03-22',
        publisher: null,
        actors: [
          'country:US',
          'country:KR',
          'official:us:stephen-biegun',
          'organization:kr:foreign-ministry',
          'official:kr:kang-kyung-wha',
        ],
        sha256: 'b'.repeat(64),
      },
    ],
    actors: [
      { id: 'country:US', kind: 'Country', name: 'United States', aliases: ['Washington', 'U.S.'], country: 'US' },
      { id: 'country:KR', kind: 'Country', name: 'South Korea', aliases: ['Seoul'], country: 'KR' },
      {
        id: 'official:us:stephen-biegun',
        kind: 'Official',
        name: 'Stephen Biegun',
        aliases: ['Steve Biegun'],
        country: null,
        title: null,
      },
      {
        id: 'organization:kr:foreign-ministry',
        kind: 'Organization',
        name: 'Ministry of Foreign Affairs',
        country: 'KR',
      },
      {
        id: 'official:kr:kang-kyung-wha',
        kind: 'Official',
        name: 'Kang Kyung-wha',
        country: 'KR',
        title: 'Foreign Minister',
      },
    ],
    meetings: [
      {
        id: 'meeting:b-biegun-kang',
        article: id,
        participants: ['official:us:stephen-biegun', 'official:kr:kang-kyung-wha'],
        date: null,
        evidence: 'Biegun met Kang in Seoul.',
        planned: true,
      },
    ],
    stances: [
      { type: 'BACKS', from: 'country:KR', to: 'country:US', article: id, evidence: 'Seoul backs Washington.' },
    ],
  };
}
