// Builds a Java helper from its pom.xml with Maven, once: resolves its jars from Maven Central and compiles it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

export interface MavenProject {
  /** Folder holding pom.xml and src/main. */
  dir: string;
  /** Maven goals after `package`, e.g. dependency:copy-dependencies. */
  goals: string[];
  /** Short name for progress lines ("neo4j", "nlp"). */
  name: string;
  /** What the first build fetches, for the user ("Neo4j Community"), and about how much ("120 MB"). */
  fetches: string;
  size: string;
  /** True when the build's own outputs (beyond compiled classes) are present. */
  outputsPresent: () => boolean;
  /** Turns a one-line reason into the caller's error type. */
  fail: (message: string) => Error;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Compiled classes newer than pom.xml and every source, and the outputs there. */
export function isMavenBuilt(project: MavenProject): boolean {
  const classes = path.join(project.dir, 'target', 'classes');
  if (!existsSync(path.join(classes, 'dev')) || !project.outputsPresent()) return false;
  const sources = Math.max(
    statSync(path.join(project.dir, 'pom.xml')).mtimeMs,
    newestMtime(path.join(project.dir, 'src', 'main')),
  );
  return newestMtime(classes) >= sources;
}

/** Throws the project's error naming the tool when `command` cannot run. */
export function requireTool(
  command: string,
  args: string[],
  what: string,
  fail: (message: string) => Error,
  otherwise: string,
): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error !== undefined || probe.status !== 0)
    throw fail(`${what} not found: install it (JDK 17+ and Maven), ${otherwise}`);
}

/**
 * Runs `mvn package <goals>` unless already built. Progress goes to `log`: one line when it starts, one per large
 * download, a heartbeat while a download takes long, and the time at the end.
 */
export async function buildMavenProject(
  project: MavenProject,
  log: (line: string) => void,
  otherwise: string,
): Promise<void> {
  if (isMavenBuilt(project)) return;
  requireTool('java', ['-version'], 'Java (java)', project.fail, otherwise);
  requireTool('mvn', ['-v'], 'Maven (mvn)', project.fail, otherwise);
  log(`${project.name}: first use, resolving ${project.fetches} from Maven Central (about ${project.size}, once)...`);
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn(
      'mvn',
      ['-B', '-f', path.join(project.dir, 'pom.xml'), 'package', ...project.goals, '-DskipTests'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let downloaded = 0;
    let lastLine = Date.now();
    const errors: string[] = [];
    const heartbeat = setInterval(() => {
      if (Date.now() - lastLine > 15_000)
        log(`${project.name}: still resolving (${Math.round((Date.now() - started) / 1000)} s)...`);
    }, 15_000);
    const lines = readline.createInterface({ input: mvn.stdout });
    lines.on('line', (line) => {
      lastLine = Date.now();
      const big = /Downloaded from \S+: (\S+) \((\d+(?:\.\d+)? MB)/.exec(line);
      if (line.includes('Downloaded from')) downloaded += 1;
      if (big !== null) log(`${project.name}: downloaded ${path.basename(big[1]!)} (${big[2]})`);
      else if (line.includes('Downloaded from') && downloaded % 50 === 0)
        log(`${project.name}: ${downloaded} artifacts downloaded...`);
      else if (/Downloading from \S+: \S+models\.jar/.test(line))
        log(`${project.name}: downloading ${path.basename(line.split(' ').pop()!)}...`);
      else if (line.startsWith('[ERROR]')) errors.push(line.replace(/^\[ERROR\]\s*/, ''));
    });
    mvn.stderr.resume();
    mvn.on('error', (e) => {
      clearInterval(heartbeat);
      reject(project.fail(`cannot run Maven: ${e.message}`));
    });
    mvn.on('close', (code) => {
      clearInterval(heartbeat);
      if (code === 0) resolve();
      else {
        const reason = errors.find((e) => e.trim() !== '') ?? `exit code ${code}`;
        reject(project.fail(`Maven could not resolve ${project.fetches} from Maven Central: ${reason}`));
      }
    });
  });
  log(`${project.name}: ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
