import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixtures/release.js';
import { renderReleasePage } from './render-release-page.js';

const html = renderReleasePage(FIXTURE);
const shipped = (rows: { source_id: string }[]) =>
  rows.filter((r) => r.source_id === 'kashmir-backchannel').length;

describe('renderReleasePage', () => {
  it('is deterministic and independent of row order', () => {
    expect(renderReleasePage(FIXTURE)).toBe(html);
    const t = FIXTURE.tables;
    const shuffled = {
      ...FIXTURE,
      tables: { ...t, mentions: [...t.mentions].reverse(), events: [...t.events].reverse() },
    };
    expect(renderReleasePage(shuffled)).toBe(html);
  });

  it('highlights every mention, quote and evidence span of shipped texts once', () => {
    const t = FIXTURE.tables;
    const expected = shipped(t.mentions) + shipped(t.quotes) + shipped(t.event_evidence);
    expect(html.match(/ data-record-id="/g)).toHaveLength(expected);
    expect(html).not.toContain('data-record-id="mention:closed"');
  });

  it('regression (issue 15.8): links back to the index of every dataset and version', () => {
    expect(html).toContain('<a href="../../index.html">All datasets</a>');
  });

  it('cannot be broken by markup in the data', () => {
    const scripts = html.match(/<script\b/g) ?? [];
    expect(scripts).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>test');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Kashmir backchannel &lt;i&gt;test&lt;/i&gt;');
  });

  it('embeds record details as JSON readable back', () => {
    const json = /<script type="application\/json" id="nf-data">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    expect(json).not.toContain('<');
    const data = JSON.parse(json);
    expect(data.mention['mention:musharraf-1'].title).toBe('Pervez Musharraf');
    expect(data.mention['mention:musharraf-1'].fields).toContainEqual([
      'Wikidata',
      'Q40495',
      'https://www.wikidata.org/wiki/Q40495',
    ]);
    expect(data.mention['mention:backchannel'].title).toBe('Evil <img src=x onerror=alert(1)>');
    expect(data.event['event:talks'].fields).toContainEqual([
      'Participants',
      'India (actor), Pakistan (actor)',
      null,
    ]);
    expect(data.quote['quote:q2'].fields).toContainEqual(['Reported by', 'Steve Coll', null]);
  });

  it('draws dated events as bars, fuzzy ones dashed, undated ones listed, relations as links', () => {
    expect(html.match(/<g class="tl-event/g)).toHaveLength(4);
    expect(html.match(/<g class="tl-event tl-fuzzy"/g)).toHaveLength(2);
    expect(html).toContain('2007~ · approximate');
    expect(html).toMatch(/<ul class="undated"><li><button[^>]*data-event-id="event:fail"/);
    expect(html.match(/<g class="tl-link rel-/g)).toHaveLength(3); // the fourth involves an undated event
  });

  it('lists every file with size and sha256 as relative links', () => {
    expect(html).toContain('<a href="texts/kashmir-backchannel.txt">texts/kashmir-backchannel.txt</a>');
    expect(html).toContain('2.0 KiB');
    expect(html).toContain('b'.repeat(64));
  });

  it('gives the whole release counts and says so when it shows a sample', () => {
    const counts = { sources: 1200, entities: 90, mentions: 5000, quotes: 700, events: 800 };
    const html = renderReleasePage({ ...FIXTURE, sample: { shown: 1, counts } });
    expect(html).toContain('Sources: <strong>1200</strong>');
    expect(html).toContain('Mentions: <strong>5000</strong>');
    expect(html).toContain('first 1 of 1200 articles');
    expect(renderReleasePage(FIXTURE)).not.toContain('articles (by source id)');
  });

  it('uses no network resource', () => {
    expect(html).not.toMatch(/<(link|img|iframe)\b|\ssrc=["']|@import|url\(http/);
  });
});
