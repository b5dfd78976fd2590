// The GraphQL contract is the one source of the API's types: the generated files are current, and code that disagrees with them fails to compile.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const GENERATED = ['server/src/graphql/generated/graphQuestionTypes.ts', 'client/src/generated/graphQuestionTypes.ts'];
const TSC = path.join(ROOT, 'node_modules', '.bin', 'tsc');

function typecheck(project: string): { status: number | null; output: string } {
  const result = spawnSync(TSC, ['--noEmit', '-p', path.join(ROOT, 'tests', 'fixtures', 'typecheck', project)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the generated GraphQL types', () => {
  it('are what codegen makes from the contract and the page queries today (run npm run codegen after changing either)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-codegen-'));
    try {
      // The same configuration, writing into a temporary folder instead of the tree.
      const config = path.join(dir, 'codegen.json');
      const outputs = Object.fromEntries(GENERATED.map((file, i) => [file, path.join(dir, `${i}.ts`)]));
      const script = `const c = require(${JSON.stringify(path.join(ROOT, 'codegen.ts'))}).default;
        const out = ${JSON.stringify(outputs)};
        c.generates = Object.fromEntries(Object.entries(c.generates).map(([k, v]) => [out[k], v]));
        require('fs').writeFileSync(${JSON.stringify(config)}, JSON.stringify(c));`;
      execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['-e', script], { cwd: ROOT });
      execFileSync(path.join(ROOT, 'node_modules', '.bin', 'graphql-codegen'), ['--config', config, '--silent'], {
        cwd: ROOT,
      });
      for (const file of GENERATED)
        expect(readFileSync(outputs[file]!, 'utf8')).toBe(readFileSync(path.join(ROOT, file), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fail the type check of a resolver that leaves out a field and of page code that reads one the query lacks', () => {
    const { status, output } = typecheck('tsconfig.wrong.json');
    expect(status).not.toBe(0);
    expect(output).toMatch(/wrongResolver\.ts.*Property 'lastDate' is missing/s);
    expect(output).toMatch(/wrongClient\.ts.*Property 'treaties' does not exist/);
  });

  it('pass the same resolver and page code written to the contract', () => {
    expect(typecheck('tsconfig.right.json')).toEqual({ status: 0, output: '' });
  });
});
