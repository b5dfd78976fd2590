// Splits a paragraph into sentences without breaking on abbreviations ("U.S.", "Feb. 27", "Dr."), initials or mid-sentence ellipses.

// Abbreviations that do not end a sentence when followed by a capitalised word.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'jr', 'sr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'rep', 'sen',
  'gov', 'pres', 'amb', 'rev', 'hon', 'messrs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'no', 'nos', 'vs', 'v', 'approx', 'est', 'dept', 'inc', 'corp', 'ltd', 'co', 'bros', 'mt', 'ft', 'fig', 'op', 'vol',
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'a.m', 'p.m', 'e.g', 'i.e', 'n', 's', 'ph.d',
]);
// Words that begin a new sentence even after "U.S." or "a.m.".
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'But', 'And', 'In', 'On', 'At', 'This', 'That', 'These', 'Those',
  'There', 'His', 'Her', 'Their', 'Its', 'Our', 'However', 'Meanwhile', 'After', 'Before', 'According', 'While', 'When', 'As',
  'Despite', 'Also', 'Officials', 'Both', 'Some', 'Many', 'If', 'Yet', 'So', 'For',
]);

export interface Sentence {
  text: string;
  /** Offset of the sentence inside its paragraph. */
  start: number;
}

export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /([.!?…]+|\.\.\.)(["”’')\]]*)(\s+)(?=["“‘'([]?[\p{Lu}\d])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(paragraph)) !== null) {
    const endPunct = m.index + m[1]!.length + m[2]!.length;
    const before = paragraph.slice(start, m.index);
    if (!isBoundary(before, m[1]!, paragraph.slice(m.index + m[0].length))) continue;
    pushSentence(out, paragraph, start, endPunct);
    start = m.index + m[0].length;
  }
  pushSentence(out, paragraph, start, paragraph.length);
  return out;
}

function pushSentence(out: Sentence[], paragraph: string, start: number, end: number): void {
  const raw = paragraph.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text.length > 0) out.push({ text, start: start + lead });
}

function isBoundary(before: string, punct: string, after: string): boolean {
  if (punct !== '.') return true;
  const lastWord = /(\S+)$/.exec(before)?.[1] ?? '';
  const token = lastWord.replace(/^["“‘'([]+/, '');
  const nextWord = /^["“‘'([]?([\p{L}\d]+)/u.exec(after)?.[1] ?? '';
  // Single initials ("George H.W. Bush", "Donald J. Trump").
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(token)) {
    return token.length > 1 && SENTENCE_STARTERS.has(nextWord);
  }
  const key = token.toLowerCase();
  if (ABBREVIATIONS.has(key)) {
    // "U.S." and friends end sentences too: only when the next word clearly starts one.
    return /\./.test(key) && SENTENCE_STARTERS.has(nextWord);
  }
  // "Feb. 27": a month abbreviation before a number.
  return true;
}
