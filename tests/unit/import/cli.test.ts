import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { CONTRACT_SCHEMA_FILE } from '../../../import/src/corrections';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync('npx', ['tsx', 'import/src/cli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // A dry run must work with no Neo4j at all: point NEO4J_URI nowhere to prove it never connects.
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'unused-password', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.replace(/^npm warn.*\n/gm, '') };
}

describe('the import command line', () => {
  it('exits 2 with a message naming an unknown option', () => {
    const { status, stderr, stdout } = cli(['--bogus', 'data/articles']);
    expect(status).toBe(2);
    expect(stderr).toContain('error: unknown option "--bogus"');
    expect(stderr).toContain('--help');
    expect(stdout).toBe('');
  });

  it('exits 2 when no path is given, and when --json is used without --dry-run', () => {
    expect(cli([])).toMatchObject({ status: 2, stderr: expect.stringContaining('no PATH given') });
    expect(cli(['--json', 'data/articles'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--json only works with --dry-run'),
    });
  });

  it('exits 2 on a --max-file-bytes that is not a positive number', () => {
    expect(cli(['--max-file-bytes', '-5', 'data/articles'])).toMatchObject({ status: 2 });
    expect(cli(['--max-file-bytes=12kb', 'data/articles'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('got "12kb"'),
    });
  });

  it('exits 2 on a --batch that is not a number of articles from 1 to 10000', () => {
    expect(cli(['--batch', '0', 'data/articles'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--batch expects a whole number from 1 to 10000, got "0"'),
    });
    expect(cli(['--batch=lots', 'data/articles'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('got "lots"'),
    });
  });

  it('explains every option, the environment and the exit codes with --help, exit 0', () => {
    const { status, stdout } = cli(['--help']);
    expect(status).toBe(0);
    for (const word of [
      '--dry-run',
      '--json',
      '--corrections',
      '--max-file-bytes',
      '--batch',
      '--quiet',
      '--help',
      'NEO4J_URI',
      'NEO4J_PASSWORD',
      'Exit codes',
      'Examples',
    ]) {
      expect(stdout).toContain(word);
    }
  });

  it('prints exactly the contract document on stdout for --dry-run --json, without touching Neo4j', () => {
    const { status, stdout, stderr } = cli(['--dry-run', '--json', 'data/articles']);
    expect(stderr).not.toContain('error:');
    expect(status).toBe(0);
    const document: unknown = JSON.parse(stdout);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(CONTRACT_SCHEMA_FILE, 'utf8')) as object);
    expect(validate.errors ?? validate(document)).toBe(true);
    expect((document as { articles: { file: string }[] }).articles.map((a) => a.file)).toEqual([
      'data/articles/000_b57fc97b26af9e2c.txt',
      'data/articles/001_8b413b2965aef9c0.txt',
      'data/articles/002_e97a4d681b69595d.txt',
      'data/articles/003_b12b6eb208387055.txt',
      'data/articles/004_b1a2f9cffb92f0a5.txt',
    ]);
  });

  it('exits 1 on a dry run when a path is missing, naming it', () => {
    const { status, stderr } = cli(['--dry-run', 'data/articles', 'no/such/folder']);
    expect(status).toBe(1);
    expect(stderr).toContain('no/such/folder: no such file or folder');
    expect(stderr).toContain('5 articles extracted');
  });
});
