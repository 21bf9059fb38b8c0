/** Exit codes of every command (docs/cli.md). */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/**
 * A failure the user can act on (bad input, configuration or I/O): the command prints it as one
 * line with its exit code, never with a stack trace. Anything else that is thrown is a bug.
 */
export class RunError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
    readonly code = 'cli/error',
  ) {
    super(message);
    this.name = 'RunError';
  }
}
