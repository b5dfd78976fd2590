// Finds who backs and who opposes whom in a sentence: support, praise and reaffirmed alliances; blame, criticism, threats and sanctions.
import type { StanceRecord, StanceType } from '../../../core/model';
import type { Mention } from './mention';
import { unclaimedMatches } from './unclaimedMatches';
import { groupsOf, insideQuote, isHypothetical, isNegated, objectAfter, PAIR_OBJECT, PAIR_SUBJECT, quoteSpeaker, subjectBefore, type Group, type SentenceView } from './sentenceRoles';

type Shape = 'verb' | 'noun' | 'mutual' | 'owned' | 'sanctions' | 'from' | 'passive' | 'ally' | 'recognise';

interface StanceTrigger {
  type: StanceType;
  re: RegExp;
  shape: Shape;
  confidence: number;
}

const TIES = '(?:(?:their|its|his|her|the|a|an|close|closer|strong|stronger|strategic|bilateral|long-standing|longstanding|firm|deep|military|economic|security|friendly|traditional|comprehensive|ironclad|solid)\\s+){0,4}(?:cooperation|alliances?|partnership|ties|relations|relationship|friendship|coordination|commitment|solidarity|bonds?)';

const ALLY_ADJ = '(?:(?:close|closest|key|main|staunch|staunchest|traditional|longtime|long-time|long-standing|old|oldest|strongest|chief|principal|regional|strategic|firm|loyal|major)\\s+){0,2}';

const TRIGGERS: StanceTrigger[] = [
  // BACKS
  { type: 'BACKS', re: new RegExp(`\\b(?:reaffirm(?:ed|s|ing)?|reiterat(?:ed|es|ing|e)|strengthen(?:ed|s|ing)?|deepen(?:ed|s|ing)?|maintain(?:ed|s|ing)?|bolster(?:ed|s|ing)?|boost(?:ed|s|ing)?|enhanc(?:ed|es|ing|e)|cement(?:ed|s|ing)?|renew(?:ed|s|ing)?|pledg(?:ed|es|ing|e)|vow(?:ed|s)? to strengthen|expand(?:ed|s|ing)?|upgrad(?:ed|es|ing|e))\\s+${TIES}\\b`, 'g'), shape: 'mutual', confidence: 0.75 },
  { type: 'BACKS', re: /\b(?:support|backing|solidarity|sympathy)\s+(?:for|with|to)\b/g, shape: 'noun', confidence: 0.8 },
  { type: 'BACKS', re: /\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?|commend(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|thank(?:s|ed|ing)?|defend(?:s|ed|ing)?|side(?:s|d)? with|stand(?:s|ing)? (?:with|by)|stood (?:with|by)|ally with|allied with|align(?:s|ed)? with|(?:threw|throw|throws|throwing|thrown) (?:its|their|his|her) (?:full )?weight behind|rall(?:y|ies|ied|ying) (?:behind|around)|(?:came|come|comes) out in support of)\b/g, shape: 'verb', confidence: 0.85 },
  // Passive: "the rebels, who are backed by Iran", "Pyongyang was condemned by the UN".
  { type: 'BACKS', re: /\b(?:backed|supported|endorsed|praised|armed|funded|sponsored)\s+by\b/g, shape: 'passive', confidence: 0.75 },
  { type: 'OPPOSES', re: /\b(?:criticised|criticized|condemned|sanctioned|threatened|accused|blamed|denounced|attacked|targeted)\s+by\b/g, shape: 'passive', confidence: 0.75 },
  // Apposition: "Russia, Serbia's traditional ally, ...", "Sisi, a close ally of Burhan, ...".
  { type: 'BACKS', re: new RegExp(`,\\s+(?:(?:a|an|the)\\s+)?${ALLY_ADJ}(?:ally|allies|backer|backers|patron)\\s+of\\b|['’]s?\\s+${ALLY_ADJ}(?:ally|allies|backer|backers|patron)\\s*,`, 'g'), shape: 'ally', confidence: 0.7 },
  // "recognised Palestine as a state", "recognises Guaido as interim president": recognition is backing.
  { type: 'BACKS', re: /\b(?:recogni[sz](?:e|es|ed|ing)|formally recogni[sz](?:e|es|ed|ing))\b/g, shape: 'recognise', confidence: 0.8 },
  // OPPOSES
  { type: 'OPPOSES', re: /\b(?:(?:hostile|aggressive)\s+(?:policy|policies|acts?|stance|moves?)|provocations?|aggression|interference|meddling|bullying|intimidation)\b/g, shape: 'owned', confidence: 0.6 },
  { type: 'OPPOSES', re: /\b(?:impos(?:e|es|ed|ing)|slap(?:s|ped)?|announc(?:e|es|ed|ing)|levied|tighten(?:s|ed)?)\s+(?:new\s+|fresh\s+|additional\s+|more\s+|tougher\s+)?sanctions\s+(?:on|against)\b/g, shape: 'verb', confidence: 0.85 },
  { type: 'OPPOSES', re: /\bsanctions\s+(?:imposed\s+)?(?:on|against)\b/g, shape: 'sanctions', confidence: 0.6 },
  { type: 'OPPOSES', re: /\b(?:threats?|aggression|provocations?|pressure|hostility)["”’']?\s+(?:from|by)\b/g, shape: 'from', confidence: 0.55 },
  { type: 'OPPOSES', re: /\b(?:criticism|condemnation|denunciation)\s+of\b/g, shape: 'noun', confidence: 0.7 },
  { type: 'OPPOSES', re: /\b(?:blam(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|accus(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|sanction(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|warn(?:s|ed|ing)?|slam(?:s|med|ming)?|rebuk(?:e|es|ed|ing)|lambast(?:s|ed|ing)?|castigat(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?|blast(?:s|ed|ing)?|lash(?:es|ed)? out at|hit out at|hits out at|protest(?:s|ed)? against|attack(?:s|ed|ing)?|expel(?:s|led|ling)?|blacklist(?:s|ed)?|berat(?:e|es|ed|ing)|chastis(?:e|es|ed|ing)|reprimand(?:s|ed)?|retaliat(?:e|es|ed|ing) against|oppos(?:e|es|ed|ing)|summon(?:s|ed|ing)?)\b/g, shape: 'verb', confidence: 0.85 },
];

// What a recognition grants: statehood, a government's or a leader's legitimacy.
const RECOGNISED_AS = /^(?:['’]s\s+\w+)?\s+as\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}(?:state|country|nation|government|authority|president|leader|representative|ruler)s?\b/;
// "signed a statement criticizing X": the signers hold the stance.
const SIGNED_TEXT = /\b(?:signed|issued|adopted|released|published|put out)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:statement|declaration|communiqu[eé]|letter|resolution)\s+$/;
// "condemned the drills held by Japan": blaming an act blames whoever did it.
const ACT_BY_GAP = /^\s*(?:the|its|their|this|these|recent|latest)\s+(?:[\w-]+\s+){0,3}(?:held|conducted|staged|imposed|announced|carried out|launched|made|taken|ordered|fired)\s+by\s+(?:the\s+)?$/;
// "criticized what they called NATO's expansion": the object owns what was named.
const SO_CALLED_GAP = /^\s*what\s+(?:it|they|he|she|we)\s+(?:called|calls|described as|termed|dubbed)\s+$/;
const DIRECT_GAP = /^\s*(?:(?:the|its|their|his|her)\s+)?(?:(?:new|fellow|former)\s+)?(?:(?:people|government|citizens|nation|leadership|authorities|regime|diplomats|ambassadors?|envoys?|officials|nationals|embassy)\s+(?:of|in|from)\s+(?:the\s+)?)?$/;
const FOR_GAP = /^\s*(?:(?:the|its|their|his|her)\s+)?$/;

export interface StanceContext {
  articleId: string;
  date: string | null;
}

export function findStances(view: SentenceView, ctx: StanceContext): StanceRecord[] {
  const groups = groupsOf(view);
  const out: StanceRecord[] = [];
  const claimed: Array<[number, number]> = [];
  const add = (type: StanceType, from: Mention[], to: Mention[], confidence: number): void => {
    for (const f of from) {
      for (const t of to) {
        if (f.id === t.id) continue;
        if (out.some((s) => s.type === type && s.from === f.id && s.to === t.id)) continue;
        const conf = confidence - (f.via === 'pronoun' || t.via === 'pronoun' ? 0.2 : 0);
        out.push({ type, from: f.id, to: t.id, article: ctx.articleId, date: ctx.date, evidence: view.text, confidence: Math.round(Math.max(0.3, Math.min(1, conf)) * 100) / 100 });
      }
    }
  };
  for (const { trigger, match: m, at, end } of unclaimedMatches(view.text, TRIGGERS, claimed)) {
    // Calling a policy hostile is an accusation even inside a condition ("if Washington keeps its hostile policy").
    const accusation = trigger.shape === 'owned' || trigger.shape === 'from';
    if (!accusation && (isNegated(view.text, at) || isHypothetical(view.text, at))) continue;
    // "a joint statement condemning Russia": the statement holds the stance, not the sentence's subject.
    if (/ing\b/.test(m[0]) && !SIGNED_TEXT.test(view.text.slice(Math.max(0, at - 60), at)) && /\b(?!(?:is|are|was|were|been|be|by|of|for|after|before|while|keeps?|kept|continues?|continued|started|stopped|began|and|also|openly|publicly|repeatedly|strongly)\b)\p{Ll}+\s+$/u.test(view.text.slice(Math.max(0, at - 25), at))) continue;
    const holder = holderFor(view, groups, at);
    switch (trigger.shape) {
      case 'verb': {
        if (holder.length > 0 && view.previousParticipants.length >= 2 && PAIR_OBJECT.test(view.text.slice(end))) {
          // "praised both countries": the pair of the meeting just reported, as states when the text says countries.
          const asStates = /countries|nations|governments/i.test(view.text.slice(end, end + 30));
          add(trigger.type, holder, asStates ? view.previousParticipants.map((p) => view.countryOf(p)) : view.previousParticipants, trigger.confidence - 0.2);
          break;
        }
        let { group, gapText } = objectAfter(view, end, 30, groups);
        if (group.length === 0 && trigger.type === 'OPPOSES') {
          const far = objectAfter(view, end, 60, groups);
          if (ACT_BY_GAP.test(far.gapText)) ({ group, gapText } = far);
        }
        if (group.length === 0 || holder.length === 0) continue;
        // Welcoming a visitor is hosting, not backing ("welcomed Prime Minister X at the airport").
        if (/^welcom/.test(m[0]) && group.every((g) => g.kind === 'Official') && !/^['’]s\b/.test(view.text.slice(group[group.length - 1]!.end))) continue;
        // The object must follow directly ("blames US", "support for U.S. efforts", "warned Washington"), not somewhere later.
        if (!DIRECT_GAP.test(gapText) && !/^\s*(?:for|of|to|on|against|with)\s+(?:the\s+)?$/.test(gapText) && !SO_CALLED_GAP.test(gapText) && !(trigger.type === 'OPPOSES' && ACT_BY_GAP.test(gapText))) continue;
        add(trigger.type, holder, group, trigger.confidence);
        break;
      }
      case 'noun': {
        const { group, gapText } = objectAfter(view, end, 20, groups);
        if (group.length === 0 || holder.length === 0 || !FOR_GAP.test(gapText)) continue;
        add(trigger.type, holder, group, trigger.confidence - 0.05);
        break;
      }
      case 'mutual': {
        const { group, gapText } = objectAfter(view, end, 25, groups);
        const pairHolder = holder.length === 0 && view.previousParticipants.length >= 2 && PAIR_SUBJECT.test(view.text.slice(0, at));
        if (group.length > 0 && /^\s*(?:with|to|toward|towards)\s+(?:the\s+)?$/.test(gapText) && (holder.length > 0 || pairHolder)) {
          // "The pair reaffirmed their close cooperation with Washington": both hold it.
          add(trigger.type, holder.length > 0 ? holder : view.previousParticipants, group, trigger.confidence - (holder.length > 0 ? 0 : 0.15));
        } else if (holder.length < 2 && view.previousParticipants.length >= 2 && PAIR_SUBJECT.test(view.text.slice(0, at))) {
          // "the two leaders pledged to deepen their partnership": the pair of the meeting just reported.
          const pair = view.previousParticipants;
          for (const a of pair) add(trigger.type, [a], pair.filter((b) => b.id !== a.id), trigger.confidence - 0.15);
        } else if (holder.length >= 2) {
          // "Kang and Pompeo reaffirmed their close cooperation": each backs the other.
          for (const a of holder) add(trigger.type, [a], holder.filter((b) => b.id !== a.id), trigger.confidence - 0.05);
        } else continue;
        break;
      }
      case 'owned': {
        // "Washington ... its hostile policy", "the US's hostile policy", "hostile policy of the US".
        const owner = ownerOf(view, groups, at, end);
        if (owner.length === 0) continue;
        const speaker = holder.filter((h) => !owner.some((o) => o.id === h.id));
        const from = speaker.length ? speaker : subjectOrSpeaker(view, groups, at).filter((h) => !owner.some((o) => o.id === h.id));
        if (from.length === 0) continue;
        add(trigger.type, from, owner, trigger.confidence);
        break;
      }
      case 'sanctions': {
        // "UN sanctions imposed on Pyongyang": the body named right before "sanctions" imposes them.
        const before = groups.filter((g) => g[g.length - 1]!.end <= at && /^\s+$/.test(view.text.slice(g[g.length - 1]!.end, at)));
        const imposer = before.length ? before[before.length - 1]!.filter((x) => !x.place) : [];
        const { group, gapText } = objectAfter(view, end, 15, groups);
        if (imposer.length === 0 || group.length === 0 || !FOR_GAP.test(gapText)) continue;
        add(trigger.type, imposer, group, trigger.confidence);
        break;
      }
      case 'passive': {
        const { group: by, gapText } = objectAfter(view, end, 15, groups);
        if (by.length === 0 || !FOR_GAP.test(gapText)) continue;
        // The one acted on is the nearest actor before, even across "who are".
        const before = groups.filter((g) => g[g.length - 1]!.end <= at && !g[0]!.place);
        const target = before[before.length - 1];
        if (!target) continue;
        add(trigger.type, by, target, trigger.confidence);
        break;
      }
      case 'recognise': {
        const { group, gapText } = objectAfter(view, end, 20, groups);
        if (group.length === 0 || holder.length === 0 || !DIRECT_GAP.test(gapText)) continue;
        if (!RECOGNISED_AS.test(view.text.slice(group[group.length - 1]!.end, group[group.length - 1]!.end + 60))) continue;
        add(trigger.type, holder, group, trigger.confidence);
        break;
      }
      case 'ally': {
        const r = allyOf(view, groups, at, end, m[0]);
        if (!r) continue;
        add(trigger.type, r.ally, r.of, trigger.confidence);
        break;
      }
      case 'from': {
        const { group, gapText } = objectAfter(view, end, 15, groups);
        if (group.length === 0 || !FOR_GAP.test(gapText)) continue;
        const from = subjectOrSpeaker(view, groups, at).filter((h) => !group.some((o) => o.id === h.id));
        if (from.length === 0) continue;
        add(trigger.type, from, group, trigger.confidence);
        break;
      }
    }
    claimed.push([at, end]);
  }
  return out;
}

/** "X, Y's traditional ally," or "X, a close ally of Y,": X backs Y; X is the group right before the comma. */
function allyOf(view: SentenceView, groups: Group[], at: number, end: number, matched: string): { ally: Mention[]; of: Mention[] } | null {
  const actorsOf = (g: Group | undefined): Mention[] => (g ?? []).filter((x) => !x.place);
  if (matched.startsWith(',')) {
    const ally = actorsOf(groups.filter((g) => g[g.length - 1]!.end <= at && /^\s*$/.test(view.text.slice(g[g.length - 1]!.end, at))).pop());
    const { group, gapText } = objectAfter(view, end, 20, groups);
    if (ally.length === 0 || group.length === 0 || !FOR_GAP.test(gapText)) return null;
    return { ally, of: group };
  }
  // The possessor ends right at the apostrophe; the ally is the group before ", <possessor>'s ally,".
  const of = groups.filter((g) => g[g.length - 1]!.end === at).pop();
  if (!of) return null;
  const before = groups.filter((g) => g[g.length - 1]!.end <= of[0]!.start && /^\s*,\s*(?:(?:a|an|the)\s+)?$/.test(view.text.slice(g[g.length - 1]!.end, of[0]!.start))).pop();
  const ally = actorsOf(before);
  if (ally.length === 0 || actorsOf(of).length === 0) return null;
  return { ally, of: actorsOf(of) };
}

const SAID_AND = /\b(?:said|says)\b(?=[^;:]*\band\s+(?:also\s+|then\s+)?$)/;

/** The stance holder: the subject before the trigger, or the quoted speaker when the subject is "we"/"I" inside a quote. */
function holderFor(view: SentenceView, groups: Group[], at: number): Mention[] {
  const lead = view.text.slice(0, at);
  // "Zhang said the US veto sent the wrong message and criticised Washington": the speaker does both.
  const said = /\band\s+(?:also\s+|then\s+)?$/.test(lead) ? SAID_AND.exec(lead) : null;
  if (said && !insideQuote(view.text, at)) {
    const speaker = subjectBefore(view, said.index + 1, groups);
    if (speaker.length) return speaker;
  }
  // "The two leaders signed a statement criticizing NATO": the pair of the meeting just reported.
  if (SIGNED_TEXT.test(lead) && view.previousParticipants.length >= 2 && PAIR_SUBJECT.test(lead)) return view.previousParticipants;
  if (insideQuote(view.text, at) && /\b(?:[Ww]e|I|[Oo]ur|[Uu]s)\b[^“”"]*$/.test(lead)) {
    const speaker = quoteSpeaker(view);
    if (speaker) return [speaker];
  }
  return subjectBefore(view, at, groups);
}

function subjectOrSpeaker(view: SentenceView, groups: Group[], at: number): Mention[] {
  const speaker = quoteSpeaker(view);
  if (speaker && insideQuote(view.text, at)) return [speaker];
  const first = groups.find((g) => g[0]!.start < at && !g[0]!.place);
  if (first && (!speaker || first[0]!.start < speaker.start)) return first.filter((x) => !x.place);
  return speaker ? [speaker] : subjectBefore(view, at, groups);
}

function ownerOf(view: SentenceView, groups: Group[], at: number, end: number): Mention[] {
  const before = view.text.slice(Math.max(0, at - 30), at);
  const possessive = groups.filter((g) => g[g.length - 1]!.end <= at && /^['’]s?\s+$/.test(view.text.slice(g[g.length - 1]!.end, at)));
  if (possessive.length) return possessive[possessive.length - 1]!.filter((x) => !x.place);
  if (/\b(?:its|their)\s+$/i.test(before)) {
    const prior = groups.filter((g) => g[g.length - 1]!.end <= at && !g[0]!.place);
    if (prior.length) return prior[prior.length - 1]!;
  }
  const { group, gapText } = objectAfter(view, end, 20, groups);
  if (group.length && /^\s*(?:of|by|from)\s+(?:the\s+)?$/.test(gapText)) return group;
  return [];
}
