import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE } from './fixtures/release.js';
import { renderReleasePage } from './render-release-page.js';

const CHROMIUM = '/usr/bin/chromium';
const SKIP = process.env['NEWSFACTS_SKIP_BROWSER'] === '1';
const OUTPUT = fileURLToPath(new URL('../test-output/', import.meta.url));
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const shipped = (rows: { source_id: string }[]) => rows.filter((r) => r.source_id in FIXTURE.texts).length;

describe.skipIf(SKIP)('release page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium), ` +
          'or set NEWSFACTS_SKIP_BROWSER=1 to skip the browser test.',
      );
    }
    dir = await mkdtemp(join(tmpdir(), 'newsfacts-viewer-'));
    const file = join(dir, 'index.html');
    await writeFile(file, renderReleasePage(FIXTURE), 'utf8');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) errors.push(`network: ${request.url()}`);
    });
    await page.goto(pathToFileURL(file).href);
    expect(errors).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('has one highlight per mention, quote and event evidence of the shipped text', async () => {
    const t = FIXTURE.tables;
    const expected = shipped(t.mentions) + shipped(t.quotes) + shipped(t.event_evidence);
    expect(await page.locator('[data-record-id]').count()).toBe(expected);
    expect(await page.locator('[data-kind="mention"]').count()).toBe(shipped(t.mentions));
  });

  it('shows the record of a clicked mention in the details panel', async () => {
    await page.locator('[data-record-id="mention:musharraf-2"]').click();
    const panel = page.locator('#details');
    await expect.poll(() => panel.textContent()).toContain('Pervez Musharraf');
    expect(await panel.locator('a[href="https://www.wikidata.org/wiki/Q40495"]').count()).toBe(1);
  });

  it('reaches highlights with Tab and opens them with Enter', async () => {
    // Start from the link just before the first article text.
    await page.locator('.source-meta a').first().focus();
    await page.keyboard.press('Tab');
    const focused = () => page.locator(':focus').getAttribute('data-record-id');
    expect(await focused()).toBe('mention:backchannel');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('mention:musharraf-1');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('mention:backchannel');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#details-title').textContent())
      .toBe('Evil <img src=x onerror=alert(1)>');
  });

  it('shows event details from the timeline', async () => {
    await page.locator('g[data-event-id="event:talks"]').click();
    await expect
      .poll(() => page.locator('#details').textContent())
      .toContain('India (actor), Pakistan (actor)');
  });

  it('sorts and filters the entities table', async () => {
    const names = () =>
      page.locator('#entities-table tbody tr:not([hidden]) td:first-child').allTextContents();
    await page.locator('#entities-table thead button', { hasText: 'Name' }).click();
    expect((await names())[0]).toBe('Evil <img src=x onerror=alert(1)>');
    await page.locator('#entities-table thead button', { hasText: 'Name' }).click();
    expect((await names())[0]).toBe('Steve Coll');
    await page.locator('#entities-table thead button', { hasText: 'Mentions' }).click();
    expect((await names()).at(-1)).toBe('Pervez Musharraf');
    await page.getByLabel('Filter entities').fill('pakis');
    expect(await names()).toEqual(['Pakistan']);
    await page.getByLabel('Filter entities').fill('');
  });

  it('saves a screenshot', async () => {
    await page.locator('[data-record-id="mention:musharraf-1"]').click();
    await page.mouse.move(0, 0);
    await page.evaluate('window.scrollTo(0, 0)');
    await page.locator('.article-layout').screenshot({ path: join(OUTPUT, 'release-page-article.png') });
    await page.locator('#timeline').screenshot({ path: join(OUTPUT, 'release-page-timeline.png') });
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'release-page.png'), fullPage: true });
  });
});
