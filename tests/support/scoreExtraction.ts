// `npm run score [-- ARTICLES_DIR GOLD_DIR ...]`: runs the extractor over annotated corpora, scored by the dev corpus's score.py.
// Corpora: the five samples (tests/fixtures/samples-gold), the twelve real articles of ../shared/dev-corpus when it is
// there, and any further pairs of folders given. A development signal: nothing here is a floor, no test asserts it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../core/config';
import type { ExtractionDocument } from '../../core/model';
import { mergeDocuments, type ArticleExtractor, type ArticleFormat } from '../../import/src/extract';
import { openExtractor } from '../../import/src/openExtractor';

const ROOT = path.resolve(__dirname, '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared', 'dev-corpus');
const SCORER = path.join(SHARED, 'score.py');

interface Corpus {
  name: string;
  articles: string;
  gold: string;
}

function formatOf(file: string): ArticleFormat {
  return file.endsWith('.html') ? 'html' : file.endsWith('.md') ? 'markdown' : 'text';
}

async function extractAll(extractor: ArticleExtractor, dir: string): Promise<ExtractionDocument> {
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort();
  const docs = [];
  for (const f of files)
    docs.push(await extractor.extract({ file: f, text: readFileSync(path.join(dir, f), 'utf8'), format: formatOf(f) }));
  return mergeDocuments(docs);
}

async function main(): Promise<void> {
  if (!existsSync(SCORER)) {
    process.stderr.write(
      `score: the scorer is not at ${SCORER} (it ships with the dev corpus, beside this repository)\n`,
    );
    process.exit(1);
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'entente-score-'));
  const corpora: Corpus[] = [
    {
      name: '5 samples',
      articles: path.join(ROOT, 'data', 'articles'),
      gold: path.join(ROOT, 'tests', 'fixtures', 'samples-gold'),
    },
  ];
  if (existsSync(path.join(SHARED, 'gold')))
    corpora.push({
      name: '12 real articles (dev corpus)',
      articles: path.join(SHARED, 'articles'),
      gold: path.join(SHARED, 'gold'),
    });

  const extra = process.argv.slice(2);
  for (let i = 0; i + 1 < extra.length; i += 2)
    corpora.push({ name: path.basename(path.resolve(extra[i + 1]!)), articles: extra[i]!, gold: extra[i + 1]! });

  const extractor = openExtractor(loadConfig().nlp, (l) => process.stderr.write(`${l}\n`));
  const metrics = ['countries', 'officials', 'meet_country', 'meet_person', 'backs', 'opposes'];
  const lines = [`| corpus | ${metrics.join(' | ')} |`, `|---|${metrics.map(() => '---').join('|')}|`];
  try {
    for (const c of corpora) {
      const doc = await extractAll(extractor, c.articles);
      const out = path.join(tmp, `${c.name.replace(/\W+/g, '-')}.json`);
      writeFileSync(out, JSON.stringify(doc));
      const printed = execFileSync('python3', [SCORER, c.gold, out], { encoding: 'utf8' }).trim().split('\n');
      const scores = JSON.parse(printed[printed.length - 2]!) as Record<string, { p: number; r: number; f1: number }>;
      const cell = (m: string): string => `${scores[m]!.f1.toFixed(2)} (P ${scores[m]!.p.toFixed(2)})`;
      lines.push(`| ${c.name} | ${metrics.map(cell).join(' | ')} |`);
    }
  } finally {
    await extractor.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

void main();
