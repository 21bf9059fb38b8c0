export { scoreGoldSet } from './commands/score-gold-set.js';
export { main } from './program.js';
