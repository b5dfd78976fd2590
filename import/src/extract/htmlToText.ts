// Turns an HTML page into plain text blocks plus the metadata news pages carry; tolerant of broken markup.
import { Parser } from 'htmlparser2';

export interface HtmlText {
  text: string;
  title: string | null;
  h1: string | null;
  published: string | null;
  siteName: string | null;
  author: string | null;
}

// Page chrome that never holds article prose.
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'svg',
  'iframe',
  'template',
  'button',
  'select',
  'figure',
]);
// Words in the class, id or role of page furniture inside the body: related links, share bars, comment sections,
// menus. A word matches whole, between separators ("share-bar", "post_comments"), never inside another word.
const CHROME_WORDS = [
  ...['related', 'share', 'sharing', 'social', 'byline-share', 'tags'],
  ...['comments?', 'newsletter', 'subscribe', 'subscription', 'cookies?'],
  ...['promo', 'advert\\w*', 'ads?', 'banner', 'popup', 'modal'],
  ...['sidebar', 'menu', 'breadcrumbs?', 'footer', 'header', 'navbar', 'navigation'],
];
const CHROME_MARK = new RegExp(`(?:^|[\\s_-])(?:${CHROME_WORDS.join('|')})(?:$|[\\s_-])`, 'i');
// Elements that end a line of text.
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'article',
  'section',
  'blockquote',
  'figcaption',
  'main',
  'dd',
  'dt',
  'pre',
  'hr',
  'time',
  'address',
]);
const VOID = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'input',
  'source',
  'wbr',
  'area',
  'base',
  'col',
  'embed',
  'param',
  'track',
]);

export function htmlToText(html: string): HtmlText {
  const careful = parse(html, true);
  // A page whose article container carries a furniture-like class would lose its text: read it again without class hints.
  if (careful.text.length < 200) {
    const plain = parse(html, false);
    if (plain.text.length > careful.text.length * 4) return plain;
  }
  return careful;
}

// Containers that hold the article itself are never dropped for their class.
const NEVER_CHROME = new Set(['html', 'body', 'main', 'article']);

function parse(html: string, useClassHints: boolean): HtmlText {
  const out: string[] = [];
  const stack: string[] = [];
  let skipDepth = 0;
  // Stack depths of the elements that opened a skipped region.
  const skipped = new Set<number>();
  let inTitle = false;
  let inH1 = false;
  let title = '';
  let h1 = '';
  const meta: Record<string, string> = {};

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key && attrs.content) meta[key] = attrs.content;
          return;
        }
        if (VOID.has(name)) {
          if (name === 'br' || name === 'hr') out.push('\n');
          return;
        }
        stack.push(name);
        const marks = `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.role ?? ''}`;
        if (SKIP.has(name) || (useClassHints && !NEVER_CHROME.has(name) && CHROME_MARK.test(marks))) {
          skipDepth++;
          skipped.add(stack.length - 1);
        }
        if (name === 'title') inTitle = true;
        if (name === 'h1') inH1 = true;
        if (BLOCK.has(name)) out.push('\n\n');
        if (name === 'time' && attrs.datetime && !meta['time']) meta['time'] = attrs.datetime;
      },
      ontext(data) {
        if (inTitle) title += data;
        if (inH1) h1 += data;
        // A headline inside a dropped <header> is still the headline.
        if (skipDepth === 0 && !inTitle) out.push(data);
        else if (skipDepth > 0 && inH1) out.push(data);
      },
      onclosetag(name, implied) {
        if (VOID.has(name)) return;
        // Close up to the matching open tag; stray closers are ignored.
        const at = stack.lastIndexOf(name);
        if (at < 0) return;
        while (stack.length > at) {
          const top = stack.pop()!;
          if (skipped.delete(stack.length)) skipDepth = Math.max(0, skipDepth - 1);
          if (top === 'title') inTitle = false;
          if (top === 'h1') {
            inH1 = false;
            h1 += '\n';
          }
          if (BLOCK.has(top)) out.push('\n\n');
        }
        void implied;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();

  const text = out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const firstH1 =
    h1
      .split('\n')
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .find((s) => s.length > 0) ?? null;
  return {
    text,
    title: clean(meta['og:title'] ?? title) ?? null,
    h1: firstH1,
    published:
      meta['article:published_time'] ??
      meta['datepublished'] ??
      meta['date'] ??
      meta['pubdate'] ??
      meta['time'] ??
      null,
    siteName: clean(meta['og:site_name'] ?? '') ?? null,
    author: clean(meta['author'] ?? meta['article:author'] ?? '') ?? null,
  };
}

function clean(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
}
