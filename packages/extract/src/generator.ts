/** The program and version written into every record's provenance: one value, kept in schemas. */
export { GENERATOR } from '@newsfacts/schemas';
