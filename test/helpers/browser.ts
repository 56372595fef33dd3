import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, which CI installs (.ci/run) and playwright-core drives; no browser is ever downloaded. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether the browser tests run: always in CI (a missing browser must fail there, not skip), locally only when
 * Debian's chromium is installed; otherwise one clear message says why they are skipped.
 */
export function browserTestsEnabled(suite: string): boolean {
  if (process.env.CI || fs.existsSync(CHROMIUM)) return true;
  console.warn(`${CHROMIUM} not found: skipping ${suite} (apt-get install chromium to run them; CI always runs them)`);
  return false;
}

/** A fresh headless Chromium profile (its own --user-data-dir), removed on close. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tlcv-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    locale: 'vi-VN',
    viewport: { width: 1280, height: 900 },
    // --headless and --user-data-dir come from playwright (headless: true, the fresh profile folder).
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
