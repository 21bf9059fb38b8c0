/** Code points of context kept on each side of a span (must equal @newsfacts/evidence CONTEXT_LENGTH). */
export const CONTEXT_LENGTH = 32;
