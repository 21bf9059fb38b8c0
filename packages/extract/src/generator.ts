/** The program and version written into every record's provenance. */
export const GENERATOR = 'newsfacts@1.0.0';
