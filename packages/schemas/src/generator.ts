/** Name and version of the program recorded in provenance and manifests (one value for every package). */
export const GENERATOR = 'newsfacts@1.0.0';
