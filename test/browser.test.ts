import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { buildServer } from '../src/serve/server.js';
import { artifacts, browserMissing, launch, webRoot } from './browser-helpers.js';

const missing = browserMissing();

test('paste an article: engagements appear, evidence is highlighted, hostile markup stays text', { skip: missing ?? false }, async () => {
  const app = await buildServer({ store: null, webRoot });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${address}/paste`);
    const hostile =
      'ANKARA, June 4 (Parley wire) - Turkish Foreign Minister Hakan Fidan met his Qatari counterpart in Ankara on Tuesday <img src=x onerror="alert(1)"> to discuss Gaza. <script>alert(2)</script> The two ministers called for a ceasefire.';
    await page.getByLabel('Article text').fill(hostile);
    await page.getByLabel('Published on').fill('2024-06-04');
    await page.getByRole('button', { name: 'Extract' }).click();
    await page.getByRole('heading', { name: /1 engagement found/ }).waitFor();
    const found = await page.locator('.extracted .engagements li').first().innerText();
    assert.match(found, /2024-06-04/);
    assert.match(found, /visit/);
    assert.match(found, /Hakan Fidan/);
    const marked = await page.locator('.extracted mark').first().innerText();
    assert.match(marked, /Hakan Fidan met his Qatari counterpart/);
    // The markup is shown as the characters it is made of, and none of it ran.
    const article = await page.locator('.extracted .article').innerText();
    assert.match(article, /<img src=x onerror="alert\(1\)">/);
    assert.match(article, /<script>alert\(2\)<\/script>/);
    assert.equal(await page.locator('.extracted img').count(), 0);
    assert.deepEqual(dialogs, []);
    await page.screenshot({ path: path.join(artifacts, 'paste.png'), fullPage: true });

    // The same page at phone width.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(artifacts, 'paste-phone.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page wider than a phone screen by ${overflow}px`);
  } finally {
    await browser.close();
    await app.close();
  }
});

test('the browsable API documentation lists every route', { skip: missing ?? false }, async () => {
  const app = await buildServer({ store: null, webRoot });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${address}/api/docs`);
    await page.locator('.opblock').first().waitFor();
    assert.equal(await page.locator('.opblock').count(), 13);
    assert.match(await page.locator('.opblock-summary-path').allInnerTexts().then((t) => t.join(' ')), /\/api\/engagements\/\{id\}/);
  } finally {
    await browser.close();
    await app.close();
  }
});
