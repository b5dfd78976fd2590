// Word polarity from the VADER lexicon (vader-sentiment, Apache-2.0): how positive or negative a word is, -4 to +4.
import { readFileSync } from 'node:fs';

let lexicon: Map<string, number> | undefined;

/** VADER's 7,500 rated words and emoticons; loaded once. */
function load(): Map<string, number> {
  if (lexicon === undefined) {
    lexiconMap = undefined;
    lexicon = new Map();
    const file = require.resolve('vader-sentiment/vader_lexicon.txt');
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [word, mean] = line.split('\t');
      if (word !== undefined && mean !== undefined && /^[a-z][a-z'-]*$/.test(word)) lexicon.set(word, Number(mean));
    }
  }
  lexiconMap = lexicon;
  return lexicon;
}

/**
 * Words rated for sentiment that say nothing of an actor in news: topics ("war", "crisis", "peace", "security") and
 * function-like words. An evaluation must come from words about the actor, not from what the sentence is about.
 */
const TOPICAL = new Set([
  'war',
  // "their respective ambassadors": VADER rates it like "respect"
  'respective',
  'crisis',
  'peace',
  'security',
  'conflict',
  'attack',
  'threat',
  'weapon',
  'weapons',
  'nuclear',
  'death',
  'dead',
  'killed',
  'kill',
  'violence',
  'terror',
  'terrorism',
  'terrorist',
  'victim',
  'victims',
  'danger',
  'dangerous',
  'risk',
  'problem',
  'problems',
  'issue',
  'issues',
  'sanction',
  'sanctions',
  'tension',
  'tensions',
  'ban',
  'united',
  'support',
  'supported',
  'supports',
  'help',
  'agree',
  'agreed',
  'agreement',
  'deal',
  'care',
  'like',
  'want',
  'please',
  'yes',
  'no',
  'ok',
  'okay',
  'well',
  'pretty',
  'top',
  'free',
  'freedom',
  'important',
  'interest',
  'interests',
  'party',
  'hope',
  'hopes',
  'hoped',
  'chance',
  'pressure',
  'fight',
  'fighting',
  'protect',
  'defense',
  'defence',
  'military',
  'strike',
  'strikes',
  'prison',
  'arrest',
  'arrested',
  'charges',
  'charged',
  'guilty',
  'stop',
  'fire',
  'trade',
  'economic',
  'growth',
  'profit',
  'win',
  'won',
  'lost',
  'lose',
  'leading',
  'lead',
  'credit',
  'benefit',
  'benefits',
  'true',
  'truth',
  'serious',
  'seriously',
  'critical',
  'big',
  'huge',
  'major',
  'significant',
  'special',
  'strong',
  'strongly',
  'powerful',
  'power',
  'tough',
  'hard',
  'easy',
  'clear',
  'clearly',
  'sure',
  'certain',
  'certainly',
]);

/** The rating of a word (lower-case lemma or form), 0 when unrated or topical. */
export function polarity(word: string): number {
  const lexicon = lexiconMap ?? load();
  const w = /[A-Z]/.test(word) ? word.toLowerCase() : word;
  const rating = lexicon.get(w);
  return rating === undefined || TOPICAL.has(w) ? 0 : rating;
}

let lexiconMap: Map<string, number> | undefined;

/** VADER's intensifiers scale a rating ("very honorable"); its negators flip it. */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'very',
  'really',
  'extremely',
  'deeply',
  'truly',
  'highly',
  'so',
  'incredibly',
  'totally',
  'absolutely',
  'most',
  'utterly',
  'thoroughly',
]);
