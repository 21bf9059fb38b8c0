/** What a long run reports as it goes (the command decides how to show it). */
export interface Progress {
  tick(label: string): void;
  done(): void;
}
