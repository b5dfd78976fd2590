// The grammatical gender of a person the article names, for pronoun agreement: "her visit" is not Donald Trump's.
import type { ArticleDocument } from '../syntax/document';
import type { Mention } from './mention';

export type Gender = 'M' | 'F';

/** Honorifics right before a name: "Mr Trump", "Ms. Gabbard". */
const HONORIFICS: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'M'],
  ['sir', 'M'],
  ['monsieur', 'M'],
  ['herr', 'M'],
  ['mrs', 'F'],
  ['ms', 'F'],
  ['miss', 'F'],
  ['madam', 'F'],
  ['madame', 'F'],
  ['dame', 'F'],
]);

/** Office words of one gender; compounds of "-man"/"-woman" ("congresswoman", "spokesman") are read by their ending. */
const GENDERED_OFFICES: ReadonlyMap<string, Gender> = new Map([
  ['king', 'M'],
  ['prince', 'M'],
  ['emir', 'M'],
  ['sultan', 'M'],
  ['sheikh', 'M'],
  ['duke', 'M'],
  ['queen', 'F'],
  ['princess', 'F'],
  ['duchess', 'F'],
  ['lady', 'F'],
]);

export const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'M'],
  ['him', 'M'],
  ['his', 'M'],
  ['himself', 'M'],
  ['she', 'F'],
  ['her', 'F'],
  ['hers', 'F'],
  ['herself', 'F'],
]);

/** The gender an office word states, if any. */
export function officeGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  if (GENDERED_OFFICES.has(w)) return GENDERED_OFFICES.get(w);
  if (/.woman$/.test(w)) return 'F';
  if (/.(?<!hu)man$/.test(w)) return 'M';
  return undefined;
}

/**
 * One person's gender from what the article says: an honorific or a gendered office on any mention decides; else the
 * backbone's first-name data on the first word of the fullest name, unless that word is the one the article uses
 * alone (surname first: "Kim Jong-un ... Kim said") or the name ends in a hyphenated given name ("Moon Jae-in").
 * Conflicting evidence gives no gender: a wrong one would send a pronoun to the wrong person.
 */
export function personGender(
  doc: ArticleDocument,
  mentions: Mention[],
  titleWords: string[],
  aloneForms: string[],
): Gender | undefined {
  const stated = new Set<Gender>();
  for (const m of mentions) {
    const before = doc.sentences[m.sentence]!.tokens[m.start - 1];
    const honorific = before === undefined ? undefined : HONORIFICS.get(before.text.toLowerCase().replace(/\.$/, ''));
    if (honorific !== undefined) stated.add(honorific);
  }
  for (const w of titleWords) {
    const g = officeGender(w);
    if (g !== undefined) stated.add(g);
  }
  if (stated.size === 1) return [...stated][0];
  if (stated.size > 1) return undefined;
  const fullest = mentions.reduce<Mention | undefined>(
    (a, b) => (a === undefined || b.end - b.start > a.end - a.start ? b : a),
    undefined,
  );
  if (fullest === undefined || fullest.end - fullest.start < 2) return undefined;
  const tokens = doc.sentences[fullest.sentence]!.tokens.slice(fullest.start, fullest.end);
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  if (aloneForms.some((f) => f.toLowerCase() === first.text.toLowerCase()) || last.text.includes('-')) return undefined;
  return first.gender;
}
