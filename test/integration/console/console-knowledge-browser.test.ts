import path from 'node:path';
import type { Page } from 'playwright-core';
import { cv, fill } from '../../../src/console/messages';
import { browserTestsEnabled, launchBrowser } from '../../helpers/browser';
import { startTestService, type TestService } from '../../helpers/test-runtime';
import { KNOWLEDGE_DIR, SYSTEM_TOKEN } from '../accounts/service-harness';

const FIXTURES = path.resolve(__dirname, '../../fixtures/knowledge-upload');

(browserTestsEnabled('the knowledge page browser test') ? describe : describe.skip)('knowledge sources page in Chromium: upload, progress, swap', () => {
  let svc: TestService;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));

  beforeAll(async () => {
    // The first re-index waits for the test before it replaces the serving index.
    svc = await startTestService({ ADMIN_API_TOKEN: SYSTEM_TOKEN, KNOWLEDGE_PATHS: KNOWLEDGE_DIR }, { beforeKnowledgeSwap: () => held });
    browser = await launchBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${svc.baseUrl}/console`);
    await page.getByLabel(cv.login.tokenLabel).fill(SYSTEM_TOKEN);
    await page.getByRole('button', { name: cv.login.submit }).click();
    await page.waitForURL(/\/console\/usage/);
  }, 120_000);

  afterAll(async () => {
    release();
    await browser?.close();
    await svc?.stop();
  });

  it('a file without articles is refused on the page with its message', async () => {
    await page.getByRole('link', { name: cv.nav.knowledge }).click();
    await page.getByLabel(cv.knowledge.file).setInputFiles(path.join(FIXTURES, 'khong-co-dieu.md'));
    await page.getByRole('button', { name: cv.knowledge.submit }).click();
    expect(await page.getByRole('alert').first().textContent()).toContain(fill(cv.knowledge.problems.no_articles, { fileName: 'khong-co-dieu.md' }));
  });

  it('uploads a Markdown decree; the page follows the re-index and shows the document once it serves', async () => {
    await page.goto(`${svc.baseUrl}/console/knowledge`);
    await page.getByLabel(cv.knowledge.file).setInputFiles(path.join(FIXTURES, 'quyet-dinh-vat-nuoi.md'));
    await page.getByRole('button', { name: cv.knowledge.submit }).click();
    await page.waitForURL(/done=uploaded/);
    expect(await page.getByRole('status').first().textContent()).toContain('Đã lưu quyet-dinh-vat-nuoi.md (3 điều, 1 văn bản)');
    await page.waitForSelector('#reindex progress');
    expect(await page.locator('main').textContent()).not.toContain('27/2026/QĐ-UBND');
    release();
    // console.js polls progress.json and reloads the page once the new index serves.
    await page.waitForSelector('td:has-text("27/2026/QĐ-UBND")', { timeout: 30_000 });
    expect(await page.locator('#reindex').textContent()).toMatch(/Chỉ mục mới \(6 điều\) đã được dùng từ/);
    expect(await page.locator('#reindex progress').count()).toBe(0);
    // Loaded again without the upload's notice (it said the re-index was running).
    expect(page.url()).toBe(`${svc.baseUrl}/console/knowledge`);
    expect(await page.locator('main').textContent()).not.toContain('Đã lưu');
  }, 60_000);
});
