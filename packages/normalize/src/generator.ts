/** Name and version of the program recorded in provenance. */
export const GENERATOR = 'newsfacts@1.0.0';
