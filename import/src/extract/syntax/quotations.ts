// Where a sentence quotes someone: the token spans between its opening and closing quotation marks.
import type { Sentence } from './document';

const OPENING_QUOTES = new Set(['``', '“', '"']);
const CLOSING_QUOTES = new Set(["''", '”', '"']);

/** A quotation: the indexes of its opening and closing marks (the quoted words lie strictly between). */
export interface Quotation {
  open: number;
  close: number;
}

/** The sentence's quotations, in order; an opening mark never closed quotes nothing. */
export function quotations(s: Sentence): Quotation[] {
  const out: Quotation[] = [];
  let open: number | undefined;
  for (const t of s.tokens) {
    const quote = t.pos === '``' || t.pos === "''" || OPENING_QUOTES.has(t.text) || CLOSING_QUOTES.has(t.text);
    if (!quote) continue;
    if (open === undefined && (t.pos === '``' || t.text === '“' || t.text === '"')) {
      open = t.i;
      continue;
    }
    if (open === undefined) continue;
    out.push({ open, close: t.i });
    open = undefined;
  }
  return out;
}

/** True for a mark that may open a quotation ("``" is how the tokenizer may write an opening straight mark). */
export function isOpeningQuote(text: string): boolean {
  return OPENING_QUOTES.has(text);
}

/** True when token `i` lies inside one of `quoted`. */
export function isQuoted(quoted: Quotation[], i: number): boolean {
  return quoted.some((q) => q.open < i && i < q.close);
}
