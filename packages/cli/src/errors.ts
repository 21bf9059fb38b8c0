// the errors alone: importing the runner's index would load extraction for every command
import { EXIT, RunError } from '@newsfacts/runner/errors';

export { EXIT };

/**
 * A failure the user can act on, found by a command itself (the runner's are RunErrors): printed as
 * one line ("newsfacts: <message>") with its exit code, never with a stack trace.
 */
export class CliError extends RunError {
  constructor(message: string, exitCode: number = EXIT.usage, code = 'cli/error') {
    super(message, exitCode, code);
    this.name = 'CliError';
  }
}
