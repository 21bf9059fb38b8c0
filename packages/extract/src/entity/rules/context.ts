import type { TypeRule } from './name-facts.js';

/** The words before the name give it a type other than place ("an analyst at X"). */
export const context: TypeRule = {
  id: 'entity/context',
  decide: (f) => (f.context && f.context !== 'location' ? { type: f.context } : undefined),
};
