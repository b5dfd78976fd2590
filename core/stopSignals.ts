// Ctrl-C and SIGTERM for the long-running commands: the first asks for a clean stop, a later one means "quit now".

/** One Ctrl-C reaches us several times within this window: from the terminal, and relayed by npm and tsx. */
export const SIGNAL_ECHO_MS = 1_500;

/**
 * Calls `first` on the first SIGINT or SIGTERM and `again` on one that comes later than SIGNAL_ECHO_MS after it;
 * the echoes in between are ignored, so a single Ctrl-C never skips the clean-up `first` starts.
 */
export function onStopSignals(first: (signal: NodeJS.Signals) => void, again: () => void): void {
  let firstAt: number | undefined;
  const handle = (signal: NodeJS.Signals): void => {
    if (firstAt === undefined) {
      firstAt = Date.now();
      first(signal);
    } else if (Date.now() - firstAt >= SIGNAL_ECHO_MS) {
      again();
    }
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
