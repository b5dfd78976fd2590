// The one way the command-line tools read their arguments and end: node:util parseArgs, one error family, one exit-code table.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EntenteError, UsageError, fromNeo4jError } from './errors';

/** Exit codes shared by every command: the README and each --help list them. */
export const EXIT = {
  OK: 0,
  /** Something failed (a skipped file, an unreachable Neo4j, a bad environment variable): the message says what. */
  FAILED: 1,
  /** The command line itself is wrong: nothing was done. */
  USAGE: 2,
  /** Stopped by Ctrl-C (128 + SIGINT). */
  INTERRUPTED: 130,
} as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * node:util parseArgs, strict, with its errors as UsageErrors in plain words ("unknown option "--x"" rather than
 * Node's long wording that suggests "--").
 */
export function parseCommandLine<O extends Options>(argv: string[], options: O, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const option = /'([^']+)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined)
      throw new UsageError(`unknown option "${option}"`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      throw new UsageError(`unexpected argument: ${message.split("'")[1] ?? message}`);
    throw new UsageError(message.split('\n')[0]!);
  }
}

/** A whole number in [min, max] given to `flag`, or a UsageError naming the flag and the value. */
export function wholeNumber(flag: string, raw: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new UsageError(`${flag} expects a whole number ${range}, got "${raw}"`);
  }
  return value;
}

/** The exit code for an error that ended a command. */
export function exitCodeOf(error: unknown): number {
  return error instanceof UsageError ? EXIT.USAGE : EXIT.FAILED;
}

/**
 * The line a command prints for an error that ended it: our errors (and Neo4j's, mapped by status code) as their
 * message, with the --help hint after a usage error; anything unexpected with its stack, since that is a bug.
 */
export function errorLine(raw: unknown, where: string): string {
  const error = fromNeo4jError(raw, where);
  if (error instanceof UsageError) return `error: ${error.message}\nRun with --help for usage.`;
  if (error instanceof EntenteError) return `error: ${error.message}`;
  return `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
