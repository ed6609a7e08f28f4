import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildServer } from '../src/serve/server.js';
import { storeApi } from '../src/serve/store-adapter.js';
import { openStore } from '../src/store/db.js';
import { ingest } from '../src/store/ingest.js';
import { createExtractor } from '../src/pipeline.js';
import { registry } from '../src/resolve/registry.js';
import { artifacts, browserMissing, launch, root, webRoot } from './browser-helpers.js';

const missing = browserMissing();
const quiet = { write: () => true } as unknown as NodeJS.WritableStream;

async function demoServer() {
  const db = openStore(path.join(mkdtempSync(path.join(tmpdir(), 'parley-web-')), 'store.db'));
  await ingest(db, [path.join(root, 'corpus', 'demo')], {}, quiet);
  const store = storeApi(db, { registry: registry(), extractor: createExtractor() });
  // A report whose text is hostile markup: it must show as text wherever it appears.
  store.ingestText({
    id: 'hostile-report',
    title: '<img src=x onerror="window.__pwned=1">Talks',
    outlet: 'Hostile Outlet',
    url: 'javascript:window.__pwned=2',
    published: '2024-06-04',
    text: 'ANKARA, June 4 (Wire) - Turkish Foreign Minister Hakan Fidan met his Qatari counterpart in Ankara on Tuesday <img src=x onerror="window.__pwned=3"> <script>window.__pwned=4</script> to discuss Gaza.',
  });
  const app = await buildServer({ store, webRoot });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, address, db };
}

test('find every call Amir-Abdollahian made about Gaza, open it, read the highlighted evidence from both outlets', { skip: missing ?? false }, async () => {
  const { app, address, db } = await demoServer();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${address}/`);
    await page.getByLabel('Actor').fill('Amir-Abdollahian');
    await page.getByLabel('Kind').selectOption('phone_call');
    await page.getByLabel('Topic').fill('Gaza');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: /^1 engagement matching/ }).waitFor();
    const row = page.locator('ol.engagements li').first();
    assert.match(await row.innerText(), /2024-03-31[\s\S]*phone call[\s\S]*(Hossein Amir-Abdollahian[\s\S]*Sameh Shoukry|Sameh Shoukry[\s\S]*Hossein Amir-Abdollahian)[\s\S]*Gaza[\s\S]*2 reports/);
    assert.match(page.url(), /actor=Amir-Abdollahian/);
    await page.screenshot({ path: path.join(artifacts, 'search.png'), fullPage: true });

    await row.getByRole('link').click();
    await page.getByRole('heading', { name: 'Reports' }).waitFor();
    assert.match(await page.locator('h1').innerText(), /phone call 2024-03-31/);
    assert.match(await page.locator('section[aria-labelledby="date-h"]').innerText(), /All 2 reports fix the day as 2024-03-31/);
    const reports = page.locator('.report');
    assert.equal(await reports.count(), 2);
    await reports.nth(0).locator('summary').click();
    await reports.nth(1).locator('summary').click();
    const marks = await page.locator('.report mark').allInnerTexts();
    assert.ok(marks.some((m) => /spoke by telephone on Sunday with Egyptian Foreign Minister Sameh Shoukry/.test(m)), marks.join(' | '));
    assert.ok(marks.some((m) => /received a phone call today from his Iranian counterpart/.test(m)), marks.join(' | '));
    await page.screenshot({ path: path.join(artifacts, 'engagement.png'), fullPage: true });

    // Follow the network to an actor.
    await page.goto(`${address}/network?actor=Amir-Abdollahian`);
    await page.locator('.graph canvas').first().waitFor();
    await page.getByRole('heading', { name: 'Strongest links' }).waitFor();
    await page.screenshot({ path: path.join(artifacts, 'network.png'), fullPage: true });
    await page.locator('table').getByRole('link', { name: 'Sameh Shoukry' }).first().click();
    await page.getByRole('heading', { name: 'Top counterparts' }).waitFor();
    assert.equal(await page.locator('h1').innerText(), 'Sameh Shoukry');
    assert.match(await page.locator('section[aria-labelledby="counterparts-h"]').innerText(), /Hossein Amir-Abdollahian/);
    await page.screenshot({ path: path.join(artifacts, 'actor.png'), fullPage: true });

    // Keyboard: the skip link and the filter bar are reachable with Tab.
    // page.goto resolves on the load event, which can come before React's first commit; a Tab pressed
    // into the still-empty page focuses nothing. Wait for the app to have rendered the link first.
    await page.goto(`${address}/`);
    await page.getByRole('link', { name: 'Skip to content' }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');

    // Phone width: nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${address}/?actor=Amir-Abdollahian`);
    await page.locator('ol.engagements li').first().waitFor();
    // The timeline is fetched separately from the list; measure the width once both are on the page.
    await page.locator('figure.timeline').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page wider than a phone screen by ${overflow}px`);
    await page.screenshot({ path: path.join(artifacts, 'search-phone.png'), fullPage: true });
  } finally {
    await browser.close();
    await app.close();
    db.close();
  }
});

test('a stored report with hostile markup shows as text and runs nothing', { skip: missing ?? false }, async () => {
  const { app, address, db } = await demoServer();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${address}/documents/hostile-report`);
    await page.getByRole('heading', { name: 'Text' }).waitFor();
    assert.match(await page.locator('h1').innerText(), /<img src=x onerror="window.__pwned=1">Talks/);
    assert.match(await page.locator('.article').innerText(), /<script>window.__pwned=4<\/script>/);
    assert.equal(await page.locator('main img').count(), 0);
    // A javascript: link is never made a link.
    assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null), null);
    await page.screenshot({ path: path.join(artifacts, 'hostile.png'), fullPage: true });
  } finally {
    await browser.close();
    await app.close();
    db.close();
  }
});
