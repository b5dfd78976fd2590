// A small Cypher tokenizer for the console's syntax highlighting (keywords, strings, numbers, labels, params, comments).

export type TokenKind = 'keyword' | 'string' | 'number' | 'comment' | 'param' | 'label' | 'function' | 'punct' | 'text';

export interface Token {
  kind: TokenKind;
  text: string;
}

const KEYWORDS = new Set(
  'MATCH OPTIONAL WHERE RETURN WITH UNWIND ORDER BY SKIP LIMIT ASC DESC ASCENDING DESCENDING DISTINCT AS AND OR XOR NOT IN IS NULL TRUE FALSE CASE WHEN THEN ELSE END CALL YIELD UNION ALL EXISTS CONTAINS STARTS ENDS CREATE MERGE DELETE DETACH SET REMOVE FOREACH ON LOAD CSV USE'.split(
    ' ',
  ),
);

const NAME = /[A-Za-z_][A-Za-z0-9_]*/.source;
/** One capturing group per token kind, in the order tokenize() reads them; the first that matches wins. */
const TOKEN_PARTS = [
  /\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/.source, // 1 comment: line or block (an unclosed one runs to the end)
  /"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?/.source, // 2 string, single or double quoted, escapes allowed
  /`[^`]*`?/.source, // 3 backtick-quoted name
  `\\$${NAME}`, // 4 parameter
  /\b\d+(?:\.\d+)?(?:[eE][-+]?\d+)?\b/.source, // 5 number
  `:${NAME}`, // 6 label or relationship type
  `${NAME}(?=\\s*\\()`, // 7 function name (a name before "(")
  NAME, // 8 any other name: keyword or identifier
  /[()[\]{}<>\-=,.;:|*+/%^]/.source, // 9 punctuation
];
const PATTERN = new RegExp(TOKEN_PARTS.map((part) => `(${part})`).join('|'), 'g');

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of source.matchAll(PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) tokens.push({ kind: 'text', text: source.slice(last, index) });
    const text = match[0];
    const [comment, string, quoted, param, number, label, fn, word] = match.slice(1) as (string | undefined)[];
    let kind: TokenKind = 'punct';
    if (comment !== undefined) kind = 'comment';
    else if (string !== undefined || quoted !== undefined) kind = 'string';
    else if (param !== undefined) kind = 'param';
    else if (number !== undefined) kind = 'number';
    else if (label !== undefined) kind = 'label';
    else if (fn !== undefined) kind = KEYWORDS.has(fn.toUpperCase()) ? 'keyword' : 'function';
    else if (word !== undefined) kind = KEYWORDS.has(word.toUpperCase()) ? 'keyword' : 'text';
    tokens.push({ kind, text });
    last = index + text.length;
  }
  if (last < source.length) tokens.push({ kind: 'text', text: source.slice(last) });
  return tokens;
}

/** Fill `pre` with highlighted spans (text nodes only). */
export function highlightInto(pre: HTMLElement, source: string): void {
  const fragment = document.createDocumentFragment();
  for (const token of tokenize(source)) {
    if (token.kind === 'text') fragment.append(document.createTextNode(token.text));
    else {
      const span = document.createElement('span');
      span.className = `tok-${token.kind}`;
      span.textContent = token.text;
      fragment.append(span);
    }
  }
  // A trailing newline needs a character after it to keep the overlay's height in step with the textarea.
  fragment.append(document.createTextNode('\n'));
  pre.replaceChildren(fragment);
}
