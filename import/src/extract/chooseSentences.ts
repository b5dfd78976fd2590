// Picks the sentences worth parsing: those with a word that can carry a claim and a word that can name an actor.
import type { ParsedArticle, SentenceChooser } from '../nlp/parsedArticle';
import { countryAlias } from './knowledge/countries';
import {
  ACCUSING_NOUNS,
  REVERSING_VERBS,
  BOND_VERBS,
  DEMAND_VERBS,
  JOINT_MODIFIERS,
  MEETING_NOUNS,
  MEETING_VERBS,
  RELATION_NOUNS,
  REPORTING_VERBS,
  STANCE_ADJECTIVES,
  STANCE_NOUNS,
  STANCE_VERBS,
  THREAT_NOUNS,
} from './knowledge/frameLexicon';
import { polarity } from './knowledge/sentiment';
import { isOfficeWord } from './knowledge/titles';
import { EVALUATION_THRESHOLD } from './frames/evaluativeStances';
import { STIMULUS_CASES } from './frames/reactionStances';
import { isOpeningQuote } from './syntax/quotations';

/** Pronouns that may link to an actor: "he", "she", and "they" for the pair just named. */
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);

/** Words that trigger a frame of their own; a reporting verb alone needs a rated word too (evaluations only). */
const TRIGGERS: ReadonlySet<string> = new Set([
  ...MEETING_VERBS.keys(),
  ...MEETING_NOUNS.keys(),
  ...STANCE_VERBS.keys(),
  ...STANCE_NOUNS.keys(),
  ...STANCE_ADJECTIVES.keys(),
  ...RELATION_NOUNS.keys(),
  ...DEMAND_VERBS,
  ...BOND_VERBS,
  ...THREAT_NOUNS,
  ...ACCUSING_NOUNS,
  ...REVERSING_VERBS,
  // whatever is done against an actor (stanceFrames.ts, againstStances)
  'against',
  // verbs of holding an office, for titles told in a relative clause ("who heads the ministry")
  'serve',
  'head',
  'lead',
  'chair',
]);

/**
 * A claim needs a trigger (a meeting, stance or reporting word) and an actor (an entity label, a country word, an
 * office or a pronoun that may link to one). About half the sentences of a news article have both; the parser,
 * four fifths of the backbone's cost, runs on those only. The rule layer reads no dependencies elsewhere.
 */
export const chooseSentences: SentenceChooser = (tagged: ParsedArticle, text: string) => {
  const chosen: number[] = [];
  tagged.sentences.forEach((s, index) => {
    let trigger = false;
    let actor = false;
    // A sentence that opens with a quotation mark may go on quoting the last speaker (continuedQuotation).
    let reporting = s.begin.length > 0 && isOpeningQuote(text.slice(s.begin[0], s.end[0]));
    let rated = false;
    let stimulus = false;
    for (let i = 0; i < s.begin.length && !(trigger && actor); i++) {
      const lemma = s.lemma[i]!.toLowerCase();
      if (!trigger) {
        const word = () => text.slice(s.begin[i], s.end[i]).toLowerCase();
        const joint = () => JOINT_MODIFIERS.has(word());
        if (TRIGGERS.has(lemma) || joint()) trigger = true;
        else if (REPORTING_VERBS.has(lemma)) reporting = true;
        else if (STIMULUS_CASES.has(lemma)) stimulus = true;
        else if (!rated && Math.max(Math.abs(polarity(lemma)), Math.abs(polarity(word()))) >= EVALUATION_THRESHOLD)
          rated = true;
        // An evaluation reported, or a feeling about something ("fumed over", reactionStances.ts).
        if (rated && (reporting || stimulus)) trigger = true;
      }
      if (!actor) {
        if (s.ner[i] !== 'O' || PRONOUNS.has(lemma) || isOfficeWord(lemma)) actor = true;
        else if (text.charCodeAt(s.begin[i]!) < 91 && text.charCodeAt(s.begin[i]!) > 64) {
          // A capitalised word: a country name, or the first of two ("South Korean").
          const pair = i + 1 < s.begin.length ? text.slice(s.begin[i], s.end[i + 1]) : '';
          if (countryAlias(text.slice(s.begin[i], s.end[i])) !== undefined || countryAlias(pair) !== undefined)
            actor = true;
        }
      }
    }
    if (trigger && actor) chosen.push(index);
  });
  return chosen;
};
