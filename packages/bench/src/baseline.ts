import nlp from 'compromise';

/** The off-the-shelf baseline: compromise's people, places, organizations and quotations per article. */
export function runCompromise(texts: readonly string[]): number {
  let found = 0;
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
  }
  return found;
}
