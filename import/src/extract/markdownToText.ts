// Turns Markdown into plain text blocks, reading YAML front matter (title, date, author, publisher) when present.
export interface MarkdownText {
  text: string;
  meta: Record<string, string>;
}

export function markdownToText(md: string): MarkdownText {
  const meta: Record<string, string> = {};
  let body = md.replace(/\r\n?/g, '\n');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (front) {
    for (const line of front[1]!.split('\n')) {
      const m = /^([A-Za-z_]+):\s*(.*)$/.exec(line);
      if (m) meta[m[1]!.toLowerCase()] = m[2]!.replace(/^["']|["']$/g, '').trim();
    }
    body = body.slice(front[0].length);
  }
  const lines: string[] = [];
  let inFence = false;
  for (const raw of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    let line = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/\s+#+\s*$/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])/g, '$1')
      .replace(/`([^`]+)`/g, '$1');
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) line = '';
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) line = '';
    lines.push(line);
  }
  return { text: lines.join('\n'), meta };
}
