/** A gold file that cannot be read: the message names the file (and line) at fault. */
export class GoldFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldFormatError';
  }
}
