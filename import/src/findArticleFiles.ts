// Expands the paths given to the importer into a sorted list of article and corrections files, reporting paths it cannot use.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleFormat } from './extract';

export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

export interface FoundFile {
  /** The path as the user would write it: given path, or given folder joined with the relative path inside it. */
  file: string;
  kind: 'article' | 'corrections';
  format: ArticleFormat;
}

export interface FoundFiles {
  files: FoundFile[];
  /** Paths that yield nothing to import, each with the reason. */
  skipped: { file: string; reason: string }[];
}

export function articleFormatOf(file: string): ArticleFormat | undefined {
  return ARTICLE_EXTENSIONS[path.extname(file).toLowerCase()];
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return `cannot read (${code ?? (error as Error).message})`;
  }
}

const EXTENSION_LIST = Object.keys(ARTICLE_EXTENSIONS).join(' ');

/**
 * Files keep the spelling the user gave (normalised: "./a/b.txt" is "a/b.txt"), because the Article's `file`
 * property is how an edited article is recognised on the next import.
 */
export async function findArticleFiles(paths: string[]): Promise<FoundFiles> {
  const files: FoundFile[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const seen = new Set<string>();

  const add = (file: string, kind: FoundFile['kind'], format: ArticleFormat): void => {
    // The same file named twice (or reached through two folders) is imported once.
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push({ file, kind, format });
  };

  // Walks one folder; visited real paths stop symbolic-link cycles. Returns how many article files it found.
  const walk = async (dir: string, visited: Set<string>): Promise<number> => {
    const real = await realpath(dir);
    if (visited.has(real)) return 0;
    visited.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let found = 0;
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (articleFormatOf(entry.name) !== undefined) skipped.push({ file: full, reason: describeFsError(error) });
          continue;
        }
      }
      if (isDir) {
        found += await walk(full, visited);
      } else if (isFile) {
        const format = articleFormatOf(entry.name);
        if (format !== undefined) {
          add(full, 'article', format);
          found += 1;
        }
      }
    }
    return found;
  };

  for (const given of paths) {
    const file = path.normalize(given);
    let info;
    try {
      info = await stat(file);
    } catch (error) {
      skipped.push({ file, reason: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      try {
        const found = await walk(file, new Set());
        if (found === 0) skipped.push({ file, reason: `folder has no article files (${EXTENSION_LIST})` });
      } catch (error) {
        skipped.push({ file, reason: describeFsError(error) });
      }
    } else if (path.extname(file).toLowerCase() === '.json') {
      add(file, 'corrections', 'text');
    } else {
      const format = articleFormatOf(file);
      if (format === undefined) {
        skipped.push({
          file,
          reason: `not an article file: expected ${EXTENSION_LIST} (or .json for corrections), got "${path.extname(file) || 'no extension'}"`,
        });
      } else {
        add(file, 'article', format);
      }
    }
  }
  return { files, skipped };
}
