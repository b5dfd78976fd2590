/* eslint-disable @typescript-eslint/no-explicit-any -- page globals and JSON bodies; the assertions check their shape */
// Curation in the explorer: a curator merges, rejects, adds a meeting from the source reader, undoes, and reloads;
// a reader sees no editing control and the API refuses the mutations.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { importFiles } from '../../import/src/importFiles';
import { testExtractor } from '../support/testExtractor';
import type { TestDatabase } from '../support/testDatabase';
import {
  closeExplorerStack,
  launchBrowser,
  openPage,
  searchAndFocus,
  startServer,
  waitReady,
  ensureClientBuilt,
  type PageGlobals,
  type RunningServer,
} from './browserHarness';
import { openTestDatabase } from '../support/testDatabase';

jest.setTimeout(90_000);

const ROOT = path.resolve(__dirname, '..', '..');
const ANA = { name: 'ana', token: 'ana-browser-token-0001' };
const MINISTRY = 'organization:kr:ministry-of-foreign-affairs';
const BLUE_HOUSE = 'organization:kr:blue-house';
let db: TestDatabase;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  ensureClientBuilt();
  db = await openTestDatabase();
  await importFiles(db, [path.join(ROOT, 'data', 'articles')], { maxFileBytes: 5_000_000, extractor: testExtractor() });
  server = await startServer(db.driver, db.database, { curators: [ANA] });
  browser = await launchBrowser();
}, 180_000);

afterAll(() => closeExplorerStack({ db, server, browser }));

/** A GraphQL call from inside the page, with the page's own token handling bypassed. */
function pageGql(page: Page, query: string, token?: string): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ query, token }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, body: await response.json() };
    },
    { query, token },
  );
}

const edgeCount = (page: Page, selector: string): Promise<number> =>
  page.evaluate((s) => (globalThis as unknown as PageGlobals).__entente.cy.edges(s).length, selector);

async function signIn(page: Page): Promise<void> {
  await page.click('[data-testid=btn-curate]');
  await page.fill('[data-testid=token-input]', ANA.token);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=curator-name]');
}

async function pick(page: Page, input: string, text: string): Promise<void> {
  await page.fill(`[data-testid=${input}]`, text);
  await page.waitForSelector(`[data-testid=search-hit]:visible`);
  await page.keyboard.press('Enter');
}

test('a curator merges two actors, rejects a stance, adds a meeting from a selected sentence, undoes one, and reloads', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/`);
  try {
    await signIn(page);
    expect(await page.getAttribute('[data-testid=curator-name]', 'title')).toBe('Curating as ana');

    // Merge the ministry into the Blue House from the ministry's panel.
    await searchAndFocus(page, 'Ministry of Foreign Affairs');
    await page.click('[data-testid=btn-merge]');
    await pick(page, 'merge-into', 'Blue House');
    await page.click('[data-testid=merge-dialog-submit]');
    await page.waitForSelector('[data-testid=toast]:has-text("merged")');
    await page.waitForFunction((id) => (globalThis as any).__entente.cy.getElementById(id).empty(), MINISTRY);

    // Reject the United Nations' stance against North Korea (a misread "UN sanctions").
    await searchAndFocus(page, 'United Nations');
    const before = await edgeCount(page, `[source = "organization:united-nations"][type = "OPPOSES"]`);
    expect(before).toBe(1);
    await page.click('[data-testid=panel] [data-testid=opposes] [data-testid=btn-reject]');
    await page.waitForSelector('[data-testid=toast]:has-text("rejected")');
    await page.waitForFunction(() =>
      (globalThis as any).__entente.cy.edges('[source = "organization:united-nations"][type = "OPPOSES"]').empty(),
    );

    // Add a meeting from a sentence selected in the source reader.
    await searchAndFocus(page, 'Rhee Dong-yeol');
    await page.click('[data-testid=panel] [data-testid=meetings] [data-testid=btn-read]');
    await page.waitForSelector('[data-testid=reader-text] p');
    // The evidence sentence is marked in the article's text.
    expect(await page.textContent('[data-testid=reader-evidence]')).toContain('Rhee Dong-yeol');
    await page.evaluate(() => {
      const doc = (globalThis as any).document;
      const paragraph = [...doc.querySelectorAll('[data-testid=reader-text] p')].find((p: any) =>
        p.textContent.includes('Rhee Dong-yeol'),
      );
      const range = doc.createRange();
      range.selectNodeContents(paragraph);
      const selection = (globalThis as any).getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await page.waitForFunction(() => (globalThis as any).getSelection().toString().includes('Rhee'));
    await page.click('[data-testid=btn-add-claim]');
    await page.selectOption('[data-testid=add-type]', 'MET');
    await pick(page, 'add-first', 'Lee Do-hoon');
    await pick(page, 'add-second', 'Alex Wong');
    expect(await page.inputValue('[data-testid=add-evidence]')).toContain('Rhee Dong-yeol');
    await page.click('[data-testid=add-dialog-submit]');
    await page.waitForSelector('[data-testid=toast]:has-text("added meeting")');
    const met = await pageGql(page, '{ whoMet(actor: "official:kr:lee-do-hoon") { actor { id } } }');
    expect(met.body.data.whoMet.map((m: any) => m.actor.id)).toContain('official:us:alex-wong');

    // Undo the last change (the meeting).
    await page.click('[data-testid=btn-undo]');
    await page.waitForSelector('[data-testid=toast]:has-text("Undone: added meeting")');

    // After a reload the merge and the rejection hold, the undone meeting is gone.
    await page.reload();
    await waitReady(page);
    await page.waitForSelector('[data-testid=curator-name]');
    expect(await edgeCount(page, `[source = "organization:united-nations"][type = "OPPOSES"]`)).toBe(0);
    const merged = await pageGql(page, `{ actorDetail(id: "${MINISTRY}") { actor { id } } }`);
    expect(merged.body.data.actorDetail.actor.id).toBe(BLUE_HOUSE);
    const after = await pageGql(page, '{ whoMet(actor: "official:kr:lee-do-hoon") { actor { id } } }');
    expect(after.body.data.whoMet.map((m: any) => m.actor.id)).not.toContain('official:us:alex-wong');
    await page.click('[data-testid=btn-rejected]');
    await page.waitForSelector('[data-testid=rejected-list] li');
    expect(await page.locator('[data-testid=rejected-list] li').count()).toBe(1);
    await page.click('[data-testid=btn-history]');
    await page.waitForSelector('[data-testid=history] li');
    expect(await page.locator('[data-testid=history] li').count()).toBe(3);
    expect(await page.locator('[data-testid=history] li.undone').count()).toBe(1);

    expect(problems.pageErrors).toEqual([]);
    expect(problems.outside).toEqual([]);
  } finally {
    await page.close();
  }
});

test('a reader without the token sees no editing control, and the mutations answer 401 and 403', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/`);
  try {
    await page.waitForSelector('[data-testid=read-only]');
    await searchAndFocus(page, 'Kang Kyung-wha');
    await page.waitForSelector('[data-testid=panel] [data-testid=btn-read]');
    expect(
      await page.locator('[data-testid=btn-reject], [data-testid=btn-merge], [data-testid=btn-undo]').count(),
    ).toBe(0);
    // A reader opens the source too: the article's claims are listed, and picking one shows its sentence.
    await page.click('[data-testid=panel] [data-testid=btn-read] >> nth=0');
    await page.waitForSelector('[data-testid=reader-claims] li');
    const listed = await page.locator('[data-testid=reader-claims] li').allTextContents();
    expect(listed.some((c) => c.startsWith('Meeting: ') && c.includes('Kang Kyung-wha'))).toBe(true);
    await page.click('[data-testid=reader-claims] li >> nth=0 >> [data-testid=reader-claim]');
    await page.waitForSelector('[data-testid=reader-text] p.reader-focus');
    expect(await page.locator('[data-testid=btn-add-claim]').isHidden()).toBe(true);
    await page.click('[data-testid=reader-close]');
    const mutation = `mutation { rejectClaim(id: "r1", claim: "meeting|x") { id } }`;
    expect((await pageGql(page, mutation)).status).toBe(401);
    const asReader = await pageGql(page, mutation, 'some-reader-token-1');
    expect(asReader.status).toBe(403);
    expect(asReader.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(problems.pageErrors).toEqual([]);
  } finally {
    await page.close();
  }
});

test('a curator splits a claim out of an actor into the person it belongs to', async () => {
  const { page, problems } = await openPage(browser, `${server.url}/`);
  try {
    await signIn(page);
    await searchAndFocus(page, 'Rhee Dong-yeol');
    await page.click('[data-testid=btn-split]');
    await page.fill('[data-testid=split-name]', 'Rhee Dong-yul');
    await page.check('[data-testid=split-dialog] .split-claims input >> nth=0');
    await page.click('[data-testid=split-dialog-submit]');
    await page.waitForSelector('[data-testid=toast]:has-text("split")');
    const met = await pageGql(page, '{ whoMet(actor: "official:kr:rhee-dong-yul") { actor { id } } }');
    expect(met.body.data.whoMet.map((m: any) => m.actor.id)).toEqual(['official:us:alex-wong']);
    const left = await pageGql(page, '{ whoMet(actor: "official:kr:rhee-dong-yeol") { actor { id } } }');
    expect(left.body.data.whoMet).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  } finally {
    await page.close();
  }
});
