/** Exit codes of every command (docs/cli.md). */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/**
 * A failure the user can act on: printed as one line ("newsfacts: <message>") with its exit code,
 * never with a stack trace. Anything else that is thrown is a bug.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
    readonly code = 'cli/error',
  ) {
    super(message);
    this.name = 'CliError';
  }
}
