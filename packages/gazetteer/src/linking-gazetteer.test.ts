import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultGazetteer, linkingGazetteer } from './index.js';

const nsi = JSON.parse(readFileSync(new URL('../data/nsi-entities.json', import.meta.url), 'utf8')) as {
  source: string;
  entries: { name: string; qid: string; evidence: string }[];
};
const qidOf = (name: string) =>
  linkingGazetteer()
    .lookup(name)
    .map((e) => e.qid);

describe('linkingGazetteer (data/nsi-entities.json)', () => {
  it('knows organizations and cities whose NSI QID a second source confirms', () => {
    expect(qidOf('Microsoft')).toEqual(['Q2283']);
    expect(qidOf('British Red Cross')).toEqual(['Q4970966']);
    expect(qidOf('Toronto')).toEqual(['Q172']);
    // NSI's "Comune di Genova" names the city Genoa too.
    expect(qidOf('Genova')).toEqual(['Q1449']);
    expect(linkingGazetteer().lookup('Microsoft')[0]).toMatchObject({
      type: 'organization',
      sameTypeOnly: true,
    });
  });

  it('links a capital when NSI, GeoNames and world-countries agree on the city and its country', () => {
    expect(qidOf('Warsaw')).toEqual(['Q270']);
    expect(qidOf('Berlin')).toEqual(['Q64']);
    const warsaw = linkingGazetteer().lookup('Warsaw')[0];
    expect(warsaw).toMatchObject({ type: 'location', sameTypeOnly: true });
    expect(warsaw?.evidence).toContain('world-countries: capital of PL');
    // Metonymy still goes to the country; extraction does not see the city entry.
    expect(linkingGazetteer().countryOfCapital('Warsaw')?.name).toBe('Poland');
    expect(defaultGazetteer().lookup('Warsaw')).toEqual([]);
    // NSI's Vienna is Vienna, Virginia (US), and its London is London, Ontario (CA): not those capitals.
    expect(qidOf('Vienna')).toEqual([]);
    expect(qidOf('London')).toEqual([]);
    // Wikidata's Q9899 is the municipality of Amsterdam (containing Amsterdam and Weesp), not the city Q727.
    expect(qidOf('Amsterdam')).toEqual([]);
    // world-countries writes "Washington D.C.", NSI and GeoNames "Washington, D.C.": the same capital.
    expect(qidOf('Washington D.C.')).toEqual(['Q61']);
    expect(linkingGazetteer().lookup('Washington D.C.')[0]?.evidence).toContain('capital of US');
    expect(qidOf('Washington')).toEqual([]);
  });

  it('links an organization named by common words only under the name its country qualifies', () => {
    // NSI places Q308439 in the US and Wikidata describes it as a "United States federal agency".
    for (const name of [
      'US National Park Service',
      'U.S. National Park Service',
      'American National Park Service',
    ])
      expect(qidOf(name)).toEqual(['Q308439']);
    expect(qidOf('National Park Service')).toEqual([]);
    expect(qidOf('British National Park Service')).toEqual([]);
    const nps = linkingGazetteer().entries.find((e) => e.qid === 'Q308439');
    expect(nps).toMatchObject({ name: 'National Park Service', qualifiedOnly: true });
  });

  it('leaves a municipality Wikidata keeps apart from its city unlinked', () => {
    // "municipality in the Netherlands" (Q2680952), not the city of Rotterdam the news means.
    for (const name of ['Rotterdam', 'Groningen', 'Plovdiv', 'Varna']) expect(qidOf(name)).toEqual([]);
    // An Italian comune is the city's own item.
    expect(qidOf('Terni')).toEqual(['Q8621']);
  });

  it('leaves ambiguous and generic names unlinked', () => {
    // London, Ontario and Portland, Maine are in NSI, but far smaller than London and Portland, Oregon.
    for (const name of ['London', 'Portland', 'Cambridge']) expect(qidOf(name)).toEqual([]);
    // One word that names many things (Bugatti here is a fashion house), generic words, an acronym.
    for (const name of ['Bugatti', 'Pandora', 'Ministry of Defence', 'National Park Service', 'CDC'])
      expect(qidOf(name)).toEqual([]);
    // Names another gazetteer file already gives keep that entry only.
    expect(
      linkingGazetteer()
        .lookup('Victoria')
        .map((e) => e.qid),
    ).toEqual(
      defaultGazetteer()
        .lookup('Victoria')
        .map((e) => e.qid),
    );
  });

  it('is not what extraction reads', () => {
    expect(defaultGazetteer().lookup('Microsoft')).toEqual([]);
    expect(linkingGazetteer().entries.length).toBeGreaterThan(defaultGazetteer().entries.length + 5000);
  });

  it('gives every QID its evidence and one source', () => {
    expect(nsi.source).toMatch(/^npm:name-suggestion-index@\d/);
    for (const e of nsi.entries) {
      expect(e.qid, e.name).toMatch(/^Q[1-9][0-9]*$/);
      expect(e.evidence, e.name).toContain(`Wikidata label "${e.name}"`);
    }
  });

  it('scripts/generate-nsi-entities.mjs produces exactly the committed file', () => {
    const script = new URL('../scripts/generate-nsi-entities.mjs', import.meta.url).pathname;
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
