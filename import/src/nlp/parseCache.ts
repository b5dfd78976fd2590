// Keeps the backbone's output on disk per text and backbone version, so re-imports and new rules skip the parser.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { NlpBackbone } from './nlpBackbone';
import { missingParses, readParsedArticle, withParses, type ParsedArticle } from './parsedArticle';

export interface ParseCacheStats {
  hits: number;
  misses: number;
  /** Cached texts that needed sentences parsed that had not been (the rules now want more). */
  topUps: number;
}

/**
 * A decorator: answers from `<dir>/<version>/<sha256 of text>.json.gz` when it can, asks `inner` otherwise and stores
 * the answer. A text's entry grows as rules ask for more sentences parsed. A broken or foreign entry counts as a miss.
 * Entries are written to a temporary name and renamed, so a crash never leaves half an entry.
 */
export class ParseCache implements NlpBackbone {
  readonly version: string;
  readonly stats: ParseCacheStats = { hits: 0, misses: 0, topUps: 0 };
  private readonly dir: string;

  constructor(
    private readonly inner: NlpBackbone,
    root: string,
  ) {
    this.version = inner.version;
    this.dir = path.join(path.resolve(root), inner.version);
  }

  async tag(text: string, file: string): Promise<ParsedArticle> {
    const cached = this.read(text);
    if (cached !== undefined) {
      this.stats.hits += 1;
      return cached;
    }
    this.stats.misses += 1;
    const tagged = await this.inner.tag(text, file);
    this.write(text, tagged);
    return tagged;
  }

  async parse(text: string, sentences: number[], file: string): Promise<ParsedArticle> {
    const cached = this.read(text);
    const missing = cached === undefined ? sentences : missingParses(cached, sentences);
    if (cached !== undefined && missing.length === 0) return cached;
    if (cached !== undefined) this.stats.topUps += 1;
    const parsed = await this.inner.parse(text, missing, file);
    const merged = cached === undefined ? parsed : withParses(cached, parsed, missing);
    this.write(text, merged);
    return merged;
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private fileOf(text: string): string {
    const sha = createHash('sha256').update(text, 'utf8').digest('hex');
    return path.join(this.dir, sha.slice(0, 2), `${sha}.json.gz`);
  }

  private read(text: string): ParsedArticle | undefined {
    try {
      const entry = JSON.parse(gunzipSync(readFileSync(this.fileOf(text))).toString('utf8')) as {
        version?: unknown;
        length?: unknown;
      };
      if (entry.version !== this.version || entry.length !== text.length) return undefined;
      return readParsedArticle(entry, text.length);
    } catch {
      return undefined;
    }
  }

  private write(text: string, article: ParsedArticle): void {
    const file = this.fileOf(text);
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(
        temporary,
        gzipSync(JSON.stringify({ version: this.version, length: text.length, sentences: article.sentences }), {
          level: 1,
        }),
      );
      renameSync(temporary, file);
    } catch {
      // A cache that cannot be written (read-only disk, full disk) only costs a parse next time.
    }
  }
}
