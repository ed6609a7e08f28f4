// Launches Debian's Chromium through playwright-core for the browser tests.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = path.join(root, 'test-artifacts');
export const webRoot = path.join(root, 'dist', 'web');

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (.ci/run installs it: apt-get install chromium)`;
  if (!existsSync(path.join(webRoot, 'index.html'))) return 'the web app is not built (npm run build)';
  return null;
}

/** A browser with a fresh profile of its own (playwright passes it as --user-data-dir). */
export async function launch(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  mkdirSync(artifacts, { recursive: true });
  const profile = mkdtempSync(path.join(tmpdir(), 'parley-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60_000,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
