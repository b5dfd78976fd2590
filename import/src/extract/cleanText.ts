// Cleans a scraped article into title, date, publisher and prose paragraphs, dropping site chrome and boilerplate.
import type { ArticleInput } from './articleInput';
import { htmlToText } from './htmlToText';
import { markdownToText } from './markdownToText';
import { MONTH_RE, parseDate } from './resolveDate';

export interface CleanArticle {
  title: string | null;
  date: string | null;
  publisher: string | null;
  author: string | null;
  /** Prose paragraphs, in order; the title is not repeated here. */
  paragraphs: string[];
  /** Indexes of title-like lines inside the body: a teaser's headline when the next paragraph is unrelated. */
  headings: number[];
}

/**
 * Labels of page chrome that stand alone on a line, by the part of the page they come from; a line that is exactly
 * one of them (any case) is dropped. Each entry is a regular-expression fragment.
 */
const CHROME_LABELS = {
  sharing: [
    'share(?: (?:this|on) \\w+)?(?: video| article| story| post)?',
    'share',
    'download',
    'print',
    'email',
    'e-mail',
    'tweet',
    'pin it',
    'whatsapp',
    'facebook',
    'twitter',
    'linkedin',
    'telegram',
    'reddit',
  ],
  advertising: ['advertisements?', 'advertising', 'sponsored(?: content)?'],
  recommendations: [
    'recommended(?: for you| stories| articles)?',
    'related(?: articles| stories| news| posts)?',
    'read more',
    'more from .{1,40}',
    'also read',
    'see also',
    'most popular',
    'trending(?: now)?',
    'top stories',
    'latest news',
    'other reports by',
  ],
  comments: [
    'report(?: form| this| abuse)?',
    'discuss this article',
    'leave a (?:reply|comment)(?: below)?\\.?',
    'post a comment',
    'comments?(?: \\(\\d+\\))?',
    '\\d+ comments?',
  ],
  account: ['subscribe', 'sign up', 'log ?in', 'sign in', 'register', 'follow us'],
  navigation: [
    'watch(?: now| live| video)?',
    'listen',
    'play',
    'close',
    'menu',
    'search',
    'skip to (?:main )?content',
    'back to top',
    'previous(?: article| post)?',
    'next(?: article| post)?',
  ],
  // A label with its value: "Tags: ...", "Photo: ...", "Reuters/Jane Doe".
  captionsAndTags: [
    'tags?:?.*',
    'topics?:.*',
    'filed under:?.*',
    'image(?: source)?:.*',
    'photo:.*',
    'file photo.*',
    'getty images',
    'afp',
    'reuters\\/.*',
    'credit:.*',
  ],
};
const CHROME_LABEL_LINE = new RegExp(`^(?:${Object.values(CHROME_LABELS).flat().join('|')})$`, 'i');

// Whole lines that are page chrome, never prose.
const JUNK_LINE: RegExp[] = [
  /^views?\s*:?\s*[\d,.]+k?$/i,
  /^[\d,.]+k?\s+views?$/i,
  /^\d+\s*(?:-\s*)?min(?:ute)?s?\s+read$/i,
  /^(?:[•·|-]\s*)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/i,
  CHROME_LABEL_LINE,
  /^\[\/?[a-z][\w-]*(?:\s[^\]]*)?\]$/,
  /^(?:related|read more|read also|see also|also read|more|watch|listen|recommended|trending|popular)\s*:.{0,100}$/i,
  /^(?:posted|filed) (?:in|under)\b.{0,100}$/i,
  /^(?:copyright\b|©|\(c\)\s*\d{4}).*/i,
  /all rights reserved/i,
  /your email address will not be published/i,
  /required fields are marked/i,
  /^read (?:the|our) (?:full|complete|original|latest|entire)\b.{0,80}$/i,
  /^(?:click|tap) here\b.{0,80}$/i,
  /^(?:this (?:article|story) (?:was|is|has been) (?:originally )?(?:published|updated|first)).{0,120}$/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^\S+@\S+\.\w+$/,
  /^(?:cookies?|we use cookies)\b.{0,200}$/i,
  /^(?:name|email|website|comment)\s*\*?$/i,
  /^save my name, email.*/i,
  /^(?:loading|advertisement)\.{0,3}$/i,
];

const AGENCIES =
  'Reuters|AP|AFP|Associated Press|Bloomberg|Xinhua|Yonhap|Kyodo|TASS|Tass|Interfax|dpa|ANI|PTI|IANS|Anadolu|UPI';
const DATELINE_RE = new RegExp(
  `^([A-Z][A-Z.'\\- ]{1,40}(?:,\\s*[A-Z][A-Za-z.'\\- ]{1,30})?),?\\s+(?:(${MONTH_RE}\\s+\\d{1,2}(?:,\\s*\\d{4})?)\\s*)?\\((${AGENCIES})\\)\\s*[-–—:]+\\s*`,
);
const CITY_DATELINE_RE = /^[A-Z][A-Z.'\- ]{2,30}(?:,\s*[A-Z][A-Za-z.'\- ]{2,30})?\s+(?:—|–|--)\s+(?=[A-Z“"])/;
const SIGNOFF_RE =
  /^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+([A-Z][\w&'’ ]{1,40}?(?:News|TV|Television|Radio|Times|Post|Agency|Press|Network|Daily|Journal|Herald|Tribune|Online|24|Today))\.?$/;
const BYLINE_RE =
  /^(?:by|written by|posted by|author:?)\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})(?:\s*[,|–-].*)?$/i;
const PERSON_LINE_RE = /^[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'’-]+){1,2}$/;

// Long prose lines are only checked for the junk that comes in long lines.
const LONG_JUNK = /all rights reserved|your email address will not be published|^(?:copyright\b|©)/i;

function isJunkLine(line: string): boolean {
  if (line.length === 0) return true;
  if (line.length > 160) {
    if (LONG_JUNK.test(line)) return true;
  } else {
    for (const re of JUNK_LINE) if (re.test(line)) return true;
  }
  if (isNavList(line)) return true;
  // Lines mostly in another script (a Korean subtitle, an Arabic caption) are not English prose.
  let latin = 0;
  let other = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if ((c >= 0x370 && c <= 0x1fff) || (c >= 0x2e80 && c <= 0xd7ff) || (c >= 0xf900 && c <= 0xfdff)) other++;
  }
  if (latin === 0) return true;
  return other > latin;
}

/** "Latest News | Breaking News | Gulf News | ...": three or more short items split by bars or bullets. */
function isNavList(line: string): boolean {
  const parts = line.split(/\s+[|•·»›]\s+/);
  if (parts.length < 4) return false;
  const short = parts.filter((p) => p.split(/\s+/).length <= 5).length;
  return short / parts.length >= 0.8;
}

/** A line that is only a date, maybe with a publisher or "Published"/"Updated" before it. */
function readDateLine(line: string): { date: string; rest: string } | null {
  if (line.length > 80) return null;
  const date = parseDate(line);
  if (!date) return null;
  const rest = line
    .replace(/\b\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/, '')
    .replace(
      new RegExp(
        `\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
        'i',
      ),
      '',
    )
    .replace(new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\s*,?\\s+\\d{4}`, 'i'), '')
    .replace(/\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\b/gi, '')
    .replace(/\b(?:published|updated|posted|last updated|first published|date)\s*(?:on|at)?\s*:?/gi, '')
    .replace(/[|•·,:–-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (rest.split(/\s+/).filter(Boolean).length > 5) return null;
  return { date, rest };
}

function endsSentence(line: string): boolean {
  return /[.!?…:;"”’')\]]$/.test(line);
}

/** Title-like: a short line without final punctuation whose words are mostly capitalised. */
export function isHeadingLike(line: string): boolean {
  if (/[.!?…,;]$/.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length < 3 || words.length > 16) return false;
  const content = words.filter((w) => /^[\p{L}]/u.test(w) && w.length > 3);
  if (content.length === 0) return false;
  const capital = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capital / content.length >= 0.6;
}

function stripShortcodes(text: string): string {
  return text.replace(/\[\/?[a-z][\w-]*(?:\s+[\w-]+=(?:"[^"\]]*"|'[^'\]]*'|[^\s\]]+))*\s*\/?\]/g, '');
}

function titleFromHtml(title: string | null, siteName: string | null): string | null {
  if (!title) return null;
  let t = title;
  if (siteName) t = t.replace(new RegExp(`\\s*[|–—-]\\s*${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`), '');
  t = t.replace(/\s+[|–—]\s+[^|–—]{2,40}$/, '');
  return t.trim() || null;
}

export function cleanText(input: ArticleInput): CleanArticle {
  let body = input.text;
  let title: string | null = null;
  let date: string | null = null;
  let publisher: string | null = null;
  let author: string | null = null;
  let knownTitle: string | null = null;

  if (input.format === 'html') {
    const html = htmlToText(body);
    body = html.text;
    knownTitle = html.h1 ?? titleFromHtml(html.title, html.siteName);
    date = html.published ? parseDate(html.published) : null;
    publisher = html.siteName;
    author = html.author;
  } else if (input.format === 'markdown') {
    const md = markdownToText(body);
    body = md.text;
    knownTitle = md.meta['title'] ?? null;
    date = md.meta['date'] ? parseDate(md.meta['date']) : null;
    publisher = md.meta['publisher'] ?? md.meta['site'] ?? md.meta['source'] ?? null;
    author = md.meta['author'] ?? null;
  }

  body = stripShortcodes(
    body
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00a0\u2009\u202f]/g, ' ')
      .replace(/[\u200b-\u200d\ufeff]/g, ''),
  );
  const rawLines = body.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());

  // Blocks are runs of non-blank lines; a blank line always ends a paragraph.
  const lines: Array<{ text: string; blockStart: boolean }> = [];
  let blockStart = true;
  for (let i = 0; i < rawLines.length; i++) {
    const line = rawLines[i]!;
    if (line.length === 0) {
      blockStart = true;
      continue;
    }
    // A short line right before a navigation list is the site's name.
    const next = rawLines.slice(i + 1).find((l) => l.length > 0);
    if (lines.length === 0 && !publisher && next && isNavList(next) && line.split(/\s+/).length <= 5) {
      publisher = line;
      continue;
    }
    if (isJunkLine(line)) {
      const copyright = /(?:©|copyright)[^|]*?\bby\s+([A-Z][\w&' ]{1,40}?)(?:[.|]|$)/i.exec(line);
      if (copyright && !publisher) publisher = copyright[1]!.trim();
      continue;
    }
    lines.push({ text: line, blockStart });
    blockStart = false;
  }

  // Header: title, byline and date lines before the prose starts.
  const paragraphs: string[] = [];
  const headings: number[] = [];
  let inHeader = true;
  let prev: { text: string; blockStart: boolean } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const entry = lines[i]!;
    let text = entry.text;
    const words = text.split(/\s+/).length;
    if (inHeader) {
      const dated = readDateLine(text);
      if (dated) {
        if (!date) date = dated.date;
        if (dated.rest && !publisher && /^[A-Z0-9]/.test(dated.rest)) {
          if (/^by\s/i.test(dated.rest)) author = author ?? dated.rest.replace(/^by\s+/i, '');
          else publisher = dated.rest;
        }
        // A person's name alone just before the date is the byline.
        const last = paragraphs[paragraphs.length - 1];
        if (last && PERSON_LINE_RE.test(last) && paragraphs.length >= 1 && (title !== null || paragraphs.length > 1)) {
          author = author ?? last;
          paragraphs.pop();
        }
        continue;
      }
      const byline = BYLINE_RE.exec(text);
      if (byline && words <= 8) {
        author = author ?? byline[1]!;
        continue;
      }
      if (title === null) {
        title = knownTitle ?? text;
        if (!knownTitle || text === knownTitle) continue;
      }
      if (words >= 12 && endsSentence(text)) inHeader = false;
    }
    const dateline = DATELINE_RE.exec(text);
    if (dateline) {
      publisher = publisher ?? (dateline[3] === 'AP' ? 'Associated Press' : dateline[3]!);
      if (!date && dateline[2]) date = parseDate(dateline[2]);
      text = text.slice(dateline[0].length);
      inHeader = false;
    }
    // "CAIRO — Egyptian President ...": a bare city dateline.
    const city = CITY_DATELINE_RE.exec(text);
    if (city && !dateline) {
      text = text.slice(city[0].length);
      inHeader = false;
    }
    const signoff = SIGNOFF_RE.exec(text);
    if (signoff) {
      publisher = publisher ?? signoff[2]!.trim();
      continue;
    }
    // Hard-wrapped prose: a line that does not end a sentence continues into a lower-case next line.
    if (prev && !entry.blockStart && !endsSentence(prev.text) && /^[a-z0-9(“"'‘]/.test(text) && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1] += ' ' + text;
      prev = { text: paragraphs[paragraphs.length - 1]!, blockStart: false };
      continue;
    }
    if (paragraphs.length > 0 && isHeadingLike(text)) headings.push(paragraphs.length);
    paragraphs.push(text);
    prev = entry;
  }
  if (title === null && knownTitle) title = knownTitle;
  return { title, date, publisher, author, paragraphs, headings };
}
