import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { ExtractionDocument } from '../../../core/model';
import { mergeDocuments, type ArticleFormat, type ArticleInput } from '../../../import/src/extract';
import { testExtractor } from '../../support/testExtractor';

function formatOf(file: string): ArticleFormat {
  return file.endsWith('.html') ? 'html' : file.endsWith('.md') ? 'markdown' : 'text';
}

const extractArticle = (input: ArticleInput): Promise<ExtractionDocument> => testExtractor().extract(input);

const ROOT = join(__dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'import', 'contract', 'extraction.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const inputs = [
  ...readdirSync(join(ROOT, 'data', 'articles')).map((f) => ({
    file: `data/articles/${f}`,
    path: join(ROOT, 'data', 'articles', f),
  })),
  ...readdirSync(join(ROOT, 'tests', 'fixtures', 'articles'))
    .filter((f) => !f.endsWith('.json'))
    .map((f) => ({ file: `tests/fixtures/articles/${f}`, path: join(ROOT, 'tests', 'fixtures', 'articles', f) })),
];
let docs: ExtractionDocument[] = [];
beforeAll(async () => {
  docs = await Promise.all(
    inputs.map((i) => extractArticle({ file: i.file, text: readFileSync(i.path, 'utf8'), format: formatOf(i.file) })),
  );
});

describe('extractArticle', () => {
  it.each(inputs.map((i, n) => [i.file, n] as const))(
    'output for %s validates against the JSON contract',
    (_file, n) => {
      const ok = validate(docs[n]);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    },
  );

  it('returns one article whose id is "article:" and 16 hex digits of the sha256 of the raw text', async () => {
    const text = 'Envoys meet\n\nKenya and Ethiopia held talks in Nairobi on Monday.';
    const doc = await extractArticle({ file: 'a.txt', text, format: 'text' });
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.articles[0]!.id).toBe(`article:${doc.articles[0]!.sha256!.slice(0, 16)}`);
    expect((await extractArticle({ file: 'b.txt', text, format: 'text' })).articles[0]!.id).toBe(doc.articles[0]!.id);
  });

  it('lists in the article every actor of its meetings and stances, and only actors it outputs', async () => {
    for (const doc of docs) {
      const listed = new Set(doc.articles[0]!.actors);
      const output = new Set(doc.actors.map((a) => a.id));
      for (const m of doc.meetings) for (const p of m.participants) expect(listed.has(p)).toBe(true);
      for (const s of doc.stances) expect(listed.has(s.from) && listed.has(s.to)).toBe(true);
      expect([...listed].every((id) => output.has(id))).toBe(true);
    }
  });

  it('gives every meeting at least two distinct participants and every claim its evidence sentence from the text', async () => {
    for (const [n, doc] of docs.entries()) {
      const raw = readFileSync(inputs[n]!.path, 'utf8')
        .replace(/\s+/g, ' ')
        .replace(/&mdash;/g, '—');
      for (const m of doc.meetings) {
        expect(new Set(m.participants).size).toBeGreaterThanOrEqual(2);
        expect(raw).toContain(m.evidence.slice(0, 30));
      }
      for (const s of doc.stances) expect(raw).toContain(s.evidence.slice(0, 30));
    }
  });

  it('reads title, date and publisher of the samples from their header lines, and null when absent', async () => {
    const meta = docs.slice(0, 5).map((d) => [d.articles[0]!.date, d.articles[0]!.publisher]);
    expect(meta).toEqual([
      ['2019-03-21', 'Arirang News'],
      [null, null],
      [null, 'Arirang News'],
      ['2019-03-15', null],
      [null, '247 City News'],
    ]);
    expect(docs[4]!.articles[0]!.title).toBe('End of the deadline: What now for US-North Korea talks?');
  });

  it('drops a teaser headline and its unrelated paragraph', async () => {
    const doc = await extractArticle({
      file: 't.txt',
      format: 'text',
      text: [
        'Kenya and Ethiopia talk peace',
        '',
        'Kenya and Ethiopia held talks in Nairobi on Monday.',
        '',
        'Famous Singer Announces Farewell Tour Dates',
        'The singer criticised Canada in an interview about ticket prices.',
        '',
        'Ethiopia praised Kenya for hosting the meeting.',
      ].join('\n'),
    });
    expect(doc.stances.map((s) => `${s.from}>${s.to}`)).toEqual(['country:ET>country:KE']);
    expect(doc.articles[0]!.actors).not.toContain('country:CA');
  });

  it('reads the same invented story alike as plain text, Markdown and HTML', async () => {
    const body = 'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.';
    const text = await extractArticle({ file: 'a.txt', format: 'text', text: `Leaders meet\n\n${body}` });
    const md = await extractArticle({
      file: 'a.md',
      format: 'markdown',
      text: `# Leaders meet\n\n${body.replace('Nairobi', '**Nairobi**')}`,
    });
    const html = await extractArticle({
      file: 'a.html',
      format: 'html',
      text: `<html><body><nav>Home | News</nav><h1>Leaders meet</h1><p>${body}</body></html>`,
    });
    for (const doc of [text, md, html]) {
      expect(doc.articles[0]!.title).toBe('Leaders meet');
      expect(doc.meetings.map((m) => m.participants)).toEqual([['official:ke:william-ruto', 'official:et:abiy-ahmed']]);
    }
  });
});

describe('mergeDocuments', () => {
  it('keeps one actor per id, unites aliases, keeps the more specific title and concatenates the rest', async () => {
    const merged = mergeDocuments(docs);
    const ids = merged.actors.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(merged.articles).toHaveLength(docs.length);
    expect(merged.meetings).toHaveLength(docs.reduce((n, d) => n + d.meetings.length, 0));
    expect(merged.stances).toHaveLength(docs.reduce((n, d) => n + d.stances.length, 0));
    const kim = merged.actors.find((a) => a.id === 'official:kp:kim-jong-un')!;
    expect(kim.name).toBe('Kim Jong Un');
    expect(kim.aliases).toEqual(expect.arrayContaining(['Kim Jong-un']));
    const pompeo = merged.actors.find((a) => a.id === 'official:us:mike-pompeo')!;
    expect(pompeo.title).toBe('Secretary of State');
    expect(validate(merged)).toBe(true);
  });

  it('merges a title-less record with a titled one', async () => {
    const a = {
      articles: [],
      meetings: [],
      stances: [],
      actors: [
        { id: 'official:xx', kind: 'Official' as const, name: 'A B', country: null, title: null, aliases: ['B'] },
      ],
    };
    const b = {
      articles: [],
      meetings: [],
      stances: [],
      actors: [
        {
          id: 'official:xx',
          kind: 'Official' as const,
          name: 'A B',
          country: 'FR',
          title: 'Minister',
          aliases: ['A. B'],
        },
      ],
    };
    expect(mergeDocuments([a, b]).actors).toEqual([
      { id: 'official:xx', kind: 'Official', name: 'A B', country: 'FR', title: 'Minister', aliases: ['A. B', 'B'] },
    ]);
  });
});
