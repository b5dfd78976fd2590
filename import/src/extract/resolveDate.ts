// Reads absolute dates and resolves relative ones ("on Thursday", "Feb. 27") against the article date; day precision only.
// Choice: expressions coarser than a day ("this week", "last month", "in June 2018", "last year") resolve to null, never to a guessed day.

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

export const MONTH_RE =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export type Tense = 'past' | 'future';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(dt: Date): string {
  return `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}

function addDays(iso: string, days: number): string {
  const dt = toUtc(iso);
  dt.setUTCDate(dt.getUTCDate() + days);
  return fromUtc(dt);
}

const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/;
const MDY_RE = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\s*,?\\s+(\\d{4})\\b`, 'i');
const SLASH_RE = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;

/** The first full date (with a year) in the text, as YYYY-MM-DD. */
export function parseDate(text: string): string | null {
  let m = ISO_RE.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MDY_RE.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[1]!) ?? 0, Number(m[2]));
  m = DMY_RE.exec(text);
  if (m) return isoDate(Number(m[3]), monthNumber(m[2]!) ?? 0, Number(m[1]));
  m = SLASH_RE.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

export interface ResolvedDate {
  /** YYYY-MM-DD, or null when no day can be derived. */
  date: string | null;
  /** The expression read, or null when the sentence has none. */
  expression: string | null;
}

const MD_NOYEAR_RE = new RegExp(
  `\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})(?!\\s*(?:billion|million|percent|%))`,
  'i',
);
const DM_NOYEAR_RE = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\b(?!\\s*,?\\s*\\d{4})`,
  'i',
);
const WEEKDAY_EXPR_RE = new RegExp(`\\b(last|next|this|on|coming)?\\s*(${WEEKDAY_RE})\\b`, 'i');
const RELATIVE_DAY_RE =
  /\b(yesterday|today|tomorrow|last night|tonight|this morning|this afternoon|this evening|earlier today|earlier in the day)\b/i;
/** Time expressions coarser than a day: they place an event in a period, and leave its date null. */
const COARSE_PARTS = [
  // "this week", "last summer", "later this year"
  '(?:this|last|next|past|coming|earlier this|later this)\\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)',
  'earlier in the (?:week|month|year)',
  // "in 2019", "since March 2018"
  `(?:in|since|during|by)\\s+(?:${MONTH_RE}\\s+)?(?:19|20)\\d{2}`,
  // "in March" (no day)
  `(?:in|during|by|since)\\s+${MONTH_RE}\\b`,
  '(?:weeks|months|years|days) ago',
  'recently',
];
const COARSE_RE = new RegExp(`\\b(?:${COARSE_PARTS.join('|')})\\b`, 'i');

/**
 * The date a sentence's event happened (tense 'past') or will happen ('future'), resolved against the article date.
 * A full date in the sentence wins; otherwise a year-less date or weekday needs the article date.
 */
export function resolveDate(sentence: string, articleDate: string | null, tense: Tense): ResolvedDate {
  const full = parseDateWithExpression(sentence);
  if (full) return full;
  let m = MD_NOYEAR_RE.exec(sentence);
  const dm = m ? null : DM_NOYEAR_RE.exec(sentence);
  if (m || dm) {
    const month = monthNumber((m ? m[1] : dm![2])!) ?? 0;
    const day = Number(m ? m[2] : dm![1]);
    const expression = (m ?? dm)![0];
    if (!articleDate || month === 0) return { date: null, expression };
    const year = Number(articleDate.slice(0, 4));
    let iso = isoDate(year, month, day);
    if (iso && tense === 'past' && iso > articleDate) iso = isoDate(year - 1, month, day);
    else if (iso && tense === 'future' && iso < articleDate) iso = isoDate(year + 1, month, day);
    return { date: iso, expression };
  }
  m = WEEKDAY_EXPR_RE.exec(sentence);
  if (m) {
    const expression = m[0].trim();
    if (!articleDate) return { date: null, expression };
    const target = WEEKDAYS[m[2]!.toLowerCase()]!;
    const current = toUtc(articleDate).getUTCDay();
    const qualifier = (m[1] ?? '').toLowerCase();
    let delta: number;
    if (qualifier === 'next' || qualifier === 'coming' || tense === 'future') {
      delta = (target - current + 7) % 7;
      if (qualifier === 'next' && delta === 0) delta = 7;
    } else {
      delta = -((current - target + 7) % 7);
      if (qualifier === 'last' && delta === 0) delta = -7;
    }
    return { date: addDays(articleDate, delta), expression };
  }
  m = RELATIVE_DAY_RE.exec(sentence);
  if (m) {
    const word = m[1]!.toLowerCase();
    if (!articleDate) return { date: null, expression: m[0] };
    const delta = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
    return { date: addDays(articleDate, delta), expression: m[0] };
  }
  m = COARSE_RE.exec(sentence);
  if (m) return { date: null, expression: m[0] };
  return { date: null, expression: null };
}

function parseDateWithExpression(text: string): ResolvedDate | null {
  for (const re of [MDY_RE, DMY_RE, ISO_RE]) {
    const m = re.exec(text);
    if (m) {
      const date = parseDate(m[0]);
      if (date) return { date, expression: m[0] };
    }
  }
  return null;
}
