// The house rules a newcomer can rely on: the tree is formatted and linted, and the patterns the team removed stay out.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function trackedSources(): string[] {
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return listed.stdout
    .split('\n')
    .filter((f) => f !== '' && !f.includes('/generated/') && f !== 'tests/unit/contract/houseStyle.test.ts');
}

/** Files of the tree whose text matches `pattern`. */
function filesMatching(pattern: RegExp, files = trackedSources()): string[] {
  return files.filter((f) => pattern.test(readFileSync(path.join(ROOT, f), 'utf8')));
}

// Written as source so that this file itself does not contain them.
const BANNED: Record<string, RegExp> = {
  'patches of Node classes (Socket.prototype)': new RegExp(['Socket', 'prototype'].join('\\.')),
  'fixed sleeps in browser tests (waitForTimeout)': new RegExp(['waitFor', 'Timeout\\('].join('')),
  'hand-rolled argument loops (argv.includes, argv[++i])': new RegExp(
    ['argv\\.includes\\(', 'argv\\[\\+\\+i\\]'].join('|'),
  ),
};

describe('the house style', () => {
  it('formats and lints clean (npm run lint: ESLint and Prettier)', () => {
    const result = spawnSync('npm', ['run', '--silent', 'lint'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    expect({ status: result.status, output: `${result.stdout}${result.stderr}`.trim().split('\n').slice(-10) }).toEqual(
      {
        status: 0,
        output: ['Checking formatting...', 'All matched files use Prettier code style!'],
      },
    );
  });

  it.each(Object.entries(BANNED))('has no %s', (_what, pattern) => {
    expect(filesMatching(pattern)).toEqual([]);
  });

  it('finds a banned pattern when one is there (the scan itself works)', () => {
    expect(filesMatching(/export class ExtractorPool/)).toEqual(['import/src/extractorPool.ts']);
  });
});
