import { LINE_EVERY_FILES, createProgress } from '../../../import/src/progress';

function output(isTTY: boolean) {
  const written: string[] = [];
  return { written, out: { isTTY, columns: 60, write: (text: string) => written.push(text) > 0 } };
}

describe('import progress', () => {
  it('prints a plain line every few files, and the last one, when stderr is not a terminal', () => {
    const { written, out } = output(false);
    const progress = createProgress(out, false);
    const total = LINE_EVERY_FILES * 2 + 3;
    for (let done = 1; done <= total; done += 1) progress.update(done, total, `f${done}.txt`);
    expect(written).toEqual([
      `progress: ${LINE_EVERY_FILES}/${total} files (f${LINE_EVERY_FILES}.txt)\n`,
      `progress: ${LINE_EVERY_FILES * 2}/${total} files (f${LINE_EVERY_FILES * 2}.txt)\n`,
      `progress: ${total}/${total} files (f${total}.txt)\n`,
    ]);
  });

  it('redraws one bar in place on a terminal and clears it before a log line and at the end', () => {
    const { written, out } = output(true);
    const progress = createProgress(out, false);
    progress.update(1, 4, 'a/very/long/path/to/some/article/file/that/does/not/fit/in/sixty/columns.txt');
    progress.log('neo4j: ready');
    progress.update(4, 4, 'b.txt');
    progress.done();
    // eslint-disable-next-line no-control-regex -- the bar is drawn with an ANSI escape
    expect(written[0]).toMatch(/^\r\x1b\[2K\[######------------------\] 1\/4 \.\.\.[^\n]*columns\.txt$/);
    expect(written[0]!.length).toBeLessThanOrEqual(60 + 5);
    expect(written.slice(1)).toEqual([
      '\r\x1b[2K',
      'neo4j: ready\n',
      '\r\x1b[2K[########################] 4/4 b.txt',
      '\r\x1b[2K',
    ]);
  });

  it('prints nothing but interruption notices when quiet', () => {
    const { written, out } = output(true);
    const progress = createProgress(out, true);
    progress.update(1, 1, 'a.txt');
    progress.log('neo4j: ready');
    progress.log('interrupted: finishing the article being written');
    progress.done();
    expect(written).toEqual(['interrupted: finishing the article being written\n']);
  });
});
