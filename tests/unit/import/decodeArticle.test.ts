import { decodeArticle } from '../../../import/src/decodeArticle';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decoding an article file', () => {
  it('reads UTF-8 as is, accents and all', () => {
    expect(decodeArticle(bytes('Président Macron à Séoul — “talks”'))).toEqual({
      ok: true,
      text: 'Président Macron à Séoul — “talks”',
      encoding: 'utf-8',
    });
  });

  it('strips a UTF-8 byte order mark', () => {
    const result = decodeArticle(bytes([0xef, 0xbb, 0xbf], 'Seoul talks'));
    expect(result).toEqual({ ok: true, text: 'Seoul talks', encoding: 'utf-8' });
  });

  it('decodes Windows-1252 curly quotes (0x93, 0x94) and dashes when the bytes are not UTF-8, and says so', () => {
    const result = decodeArticle(bytes('He said ', [0x93], 'no deal', [0x94], ' ', [0x96], ' again'));
    expect(result).toMatchObject({ ok: true, text: 'He said “no deal” – again', encoding: 'windows-1252' });
    expect(result.ok && result.warning).toMatch(
      /not valid UTF-8 \(first bad byte 0x93 at offset 8\); decoded as Windows-1252/,
    );
  });

  it('decodes Latin-1 accented letters through the Windows-1252 fallback', () => {
    const result = decodeArticle(bytes('Pr', [0xe9], 'sident fran', [0xe7], 'ais ', [0xe0], ' Berlin'));
    expect(result).toMatchObject({ ok: true, text: 'Président français à Berlin', encoding: 'windows-1252' });
  });

  it('decodes UTF-16 with a byte order mark instead of calling it binary', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kim met Moon', 'utf16le')]);
    expect(decodeArticle(le)).toEqual({ ok: true, text: 'Kim met Moon', encoding: 'utf-16le' });
  });

  it('refuses an empty file and a file of only whitespace', () => {
    expect(decodeArticle(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
    expect(decodeArticle(bytes(' \n\t\r\n'))).toEqual({ ok: false, reason: 'empty file (only whitespace)' });
    expect(decodeArticle(bytes([0xef, 0xbb, 0xbf]))).toEqual({ ok: false, reason: 'empty file (only whitespace)' });
  });

  it('refuses a binary file with a NUL byte, saying where', () => {
    const png = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodeArticle(png)).toEqual({ ok: false, reason: 'binary file (NUL byte at offset 8), not text' });
  });

  it('refuses a file that is mostly control characters even without NUL bytes', () => {
    const noise = bytes(
      'ab',
      Array.from({ length: 40 }, (_, i) => 1 + (i % 7)),
      'cd',
    );
    expect(decodeArticle(noise)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^binary file \(\d+% control characters\)/),
    });
  });

  it('accepts tabs, form feeds and CRLF line ends as text', () => {
    expect(decodeArticle(bytes('a\tb\r\nc\fd'))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });
});
