// Reactions: a predicate of feeling rated by VADER, toward what it is about: "fumed over remarks by Merz".
import { NEGATORS, STANCE_ADJECTIVES, STANCE_VERBS } from '../knowledge/frameLexicon';
import { polarity } from '../knowledge/sentiment';
import { caseOf, childrenWith, isVerb, type Token } from '../syntax/document';
import { actorsOf, subjectTokens, type SentenceMentions } from './arguments';
import { EVALUATION_THRESHOLD } from './evaluativeStances';
import { modalityOf } from './modality';
import { pairs, type StanceClaim } from './stanceFrames';

/**
 * What a reaction is about. "at", "over" and "about" name the stimulus of any feeling ("bristled at", "fumed over",
 * "worried about"); "with" and "by" only after a state of feeling ("disappointed with", "angered by"), since after an
 * action they name a partner or an agent ("argued with" is read by the stance frames).
 */
const ANY_FEELING = new Set(['at', 'over', 'about']);
const STATE_OF_FEELING = new Set(['with', 'by']);

/** Every preposition that may name a stimulus (the sentence chooser parses sentences with one and a rated word). */
export const STIMULUS_CASES: ReadonlySet<string> = new Set([...ANY_FEELING, ...STATE_OF_FEELING]);

function stimuli(sm: SentenceMentions, t: Token, stateOfFeeling: boolean): Token[] {
  return childrenWith(sm.sentence, t, 'obl', 'obl:agent').filter((c) => {
    const kase = c.rel === 'obl:agent' ? 'by' : caseOf(sm.sentence, c);
    return ANY_FEELING.has(kase) || (stateOfFeeling && STATE_OF_FEELING.has(kase));
  });
}

/**
 * "X fumed over remarks by Y", "X was disappointed with Y", "X is worried about Y's nuclear programme", "X was
 * encouraged by Y's decision": the feeling's holder opposes (or backs) the actor behind its stimulus. Only states of
 * feeling back ("pleased with"): a pleasant verb toward someone is often mockery ("laughed at"). A negated or only
 * possible feeling says nothing; a weak reading.
 */
export function reactionStances(sm: SentenceMentions): StanceClaim[] {
  const s = sm.sentence;
  if (!s.parsed) return [];
  const out: StanceClaim[] = [];
  for (const t of s.tokens) {
    const adjective = t.pos.startsWith('JJ');
    if (!(adjective || isVerb(t)) || STANCE_VERBS.has(t.lemma) || STANCE_ADJECTIVES.has(t.text.toLowerCase())) continue;
    const score = polarity(t.text.toLowerCase()) || polarity(t.lemma);
    const passive = childrenWith(s, t, 'nsubj:pass').length > 0;
    const stateOfFeeling = adjective || passive;
    const felt = score <= -EVALUATION_THRESHOLD || (score >= EVALUATION_THRESHOLD && stateOfFeeling);
    if (!felt) continue;
    if (childrenWith(s, t, 'advmod', 'neg').some((c) => NEGATORS.has(c.lemma))) continue;
    const about = stimuli(sm, t, stateOfFeeling);
    if (about.length === 0 || modalityOf(s, t, 'stance').blocked !== undefined) continue;
    const targets = about.flatMap((c) => actorsOf(sm, c, true, true));
    const holders = [...subjectTokens(s, t), ...childrenWith(s, t, 'nsubj:pass')].flatMap((x) =>
      actorsOf(sm, x, false),
    );
    out.push(...pairs(s, score > 0 ? 'BACKS' : 'OPPOSES', holders, targets, false, `reaction:${t.lemma}`, 0.5));
  }
  return out;
}
