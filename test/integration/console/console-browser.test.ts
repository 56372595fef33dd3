import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { vi as accountsVi } from '../../../src/accounts/messages';
import { cv } from '../../../src/console/messages';
import type { ChatIdentity } from '../../../src/cli/chat/activity-factory';
import { browserTestsEnabled, launchBrowser } from '../../helpers/browser';
import type { TestService } from '../../helpers/test-runtime';
import { LEGAL_QUESTIONS, SYSTEM_TOKEN, adminCall, onlyText, provision, startService } from '../accounts/service-harness';

// Screenshots for the README are written only when asked (CONSOLE_SCREENSHOTS=docs/console), never by a plain test run.
const SHOTS = process.env.CONSOLE_SCREENSHOTS;
const UNIT_A = 'UBND phường Suối Hoa';
const UNIT_B = 'Sở Tư pháp';
const COMMENT_A = 'Điều khoản được trích dẫn đã hết hiệu lực';
const COMMENT_B = 'Thiếu căn cứ về mức phạt bổ sung';

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

async function signIn(page: Page, baseUrl: string, token: string): Promise<void> {
  await page.goto(`${baseUrl}/console`);
  await page.getByLabel(cv.login.tokenLabel).fill(token);
  await page.getByRole('button', { name: cv.login.submit }).click();
  await page.waitForURL(/\/console\/usage/);
}

(browserTestsEnabled('the console browser tests') ? describe : describe.skip)('administrators\' console in Chromium, on the real service', () => {
  let svc: TestService;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let citizenA: ChatIdentity;
  let citizenB: ChatIdentity;
  let unitAdminToken: string;
  let feedbackB: string;

  beforeAll(async () => {
    svc = await startService({});
    citizenA = svc.identity('personal', { name: 'Nguyễn Văn Phường' });
    citizenB = svc.identity('personal', { name: 'Trần Thị Tư Pháp' });
    const unitAdmin = svc.identity('personal', { name: 'Lê Quản Trị Phường' });
    await provision(svc, citizenA, UNIT_A);
    await provision(svc, citizenB, UNIT_B);
    await provision(svc, unitAdmin, UNIT_A, 'unit_admin');
    unitAdminToken = (await adminCall(svc, 'POST', '/admin/tokens', { userId: unitAdmin.user.aadObjectId })).json.token;
    // Both people ask in Teams and dislike the answer with a comment; B also blocks a secret text (an alert).
    for (const [who, comment] of [[citizenA, COMMENT_A], [citizenB, COMMENT_B]] as const) {
      const replies = await svc.say(who, LEGAL_QUESTIONS[0]);
      expect((await svc.feedback(who, replies[0].id, 'dislike', comment)).status).toBe(200);
    }
    await svc.say(citizenB, 'TỐI MẬT: kế hoạch tác chiến năm 2026, gửi giúp tôi bản tóm tắt');
    for await (const f of svc.runtime.store.feedback.list({})) if (f.comment === COMMENT_B) feedbackB = f.id;
    browser = await launchBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.on('dialog', (d) => void d.accept());
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await svc?.stop();
  });

  it('signs in with the admin token; the usage charts render with data', async () => {
    await signIn(page, svc.baseUrl, SYSTEM_TOKEN);
    expect(await page.locator('h1').textContent()).toBe(cv.usage.title);
    await page.waitForSelector('canvas[data-chart-ready="true"]');
    const charts = await page.evaluate(() => {
      // Runs in the page (no DOM types in this Node project): the figures each chart actually drew.
      type ChartJs = { getChart(c: unknown): { data: { datasets: { data: number[] }[] } } | undefined };
      const g = globalThis as unknown as { Chart: ChartJs; document: { querySelectorAll(s: string): ArrayLike<unknown> } };
      return Array.from(g.document.querySelectorAll('canvas[data-chart]')).map((c) => {
        const chart = g.Chart.getChart(c);
        return chart ? chart.data.datasets.flatMap((d) => d.data).reduce((a, b) => a + b, 0) : -1;
      });
    });
    expect(charts).toHaveLength(2);
    expect(charts[0]).toBeGreaterThanOrEqual(3); // two questions and one blocked attempt
    expect(charts[1]).toBeGreaterThanOrEqual(1); // the blocked attempt by category
    expect(await page.locator('table').first().textContent()).toContain(UNIT_B);
    await shot(page, 'tong-quan');

    await page.getByRole('link', { name: cv.nav.alerts }).click();
    const alerts = await page.locator('main').textContent();
    expect(alerts).toContain('Bí mật nhà nước');
    expect(alerts).toContain(citizenB.user.name);
    expect(alerts).not.toContain('kế hoạch tác chiến');
  });

  it('finds a dislike by its comment, marks it reviewed, and exports XLSX that reads back', async () => {
    await page.getByRole('link', { name: cv.nav.feedback }).click();
    await page.getByLabel(cv.feedback.reaction).selectOption('dislike');
    await page.getByLabel(cv.feedback.hasComment).selectOption('yes');
    await page.getByRole('button', { name: cv.common.filter }).click();
    const row = page.locator('tbody tr', { hasText: COMMENT_A });
    await expect(row.count()).resolves.toBe(1);
    await shot(page, 'danh-gia');
    await row.getByRole('link', { name: cv.feedback.open }).click();
    expect(await page.locator('main').textContent()).toContain(LEGAL_QUESTIONS[0]);
    await page.getByRole('button', { name: cv.feedback.markReviewed }).click();
    await page.waitForSelector('.flash.ok');
    expect(await page.locator('main').textContent()).toContain(cv.feedback.reviewedBy.split(' {')[0]);
    await shot(page, 'chi-tiet-danh-gia');

    await page.goto(`${svc.baseUrl}/console/feedback?reaction=dislike&reviewed=yes`);
    expect(await page.locator('tbody tr').count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: cv.common.exportXlsx }).click();
    const file = await (await download).path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file!);
    const sheet = wb.worksheets[0];
    const rows: ExcelJS.Row[] = [];
    sheet.eachRow((r, n) => { if (n > 1) rows.push(r); });
    expect(rows).toHaveLength(1);
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const cell = (name: string) => rows[0].getCell(header.indexOf(name));
    expect(cell('Nhận xét').value).toBe(COMMENT_A);
    expect(cell('Thời gian (giờ Việt Nam)').value).toBeInstanceOf(Date);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('revokes a person; their next chat message is refused', async () => {
    await page.goto(`${svc.baseUrl}/console/accounts?unit=${encodeURIComponent(UNIT_A)}`);
    const row = page.locator('tbody tr', { hasText: citizenA.user.name });
    await row.getByRole('button', { name: `${cv.accounts.revoke}: ${citizenA.user.name}` }).click();
    await page.waitForSelector('.flash.ok');
    expect(await page.locator('tbody tr', { hasText: citizenA.user.name }).textContent()).toContain(cv.status.revoked);
    await shot(page, 'tai-khoan');
    expect(onlyText(await svc.say(citizenA, LEGAL_QUESTIONS[1]))).toBe(accountsVi.access.revoked);
  });

  it('refuses a form without the session\'s CSRF token, or from another site; the account stays revoked', async () => {
    const url = `${svc.baseUrl}/console/accounts/${citizenA.user.aadObjectId}/restore`;
    const noToken = await page.request.post(url, { form: { x: '1' }, maxRedirects: 0 });
    expect(noToken.status()).toBe(403);
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    const foreign = await page.request.post(url, { form: { _csrf: csrf }, headers: { origin: 'https://evil.example' }, maxRedirects: 0 });
    expect(foreign.status()).toBe(403);
    expect((await svc.runtime.store.users.get(citizenA.user.aadObjectId))?.status).toBe('revoked');
  });

  it('signs out: the session is gone server-side, and its old cookie no longer opens a page', async () => {
    const cookies = await browser.context.cookies();
    const session = cookies.find((c) => c.name === 'tlcv_console')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    await page.getByRole('button', { name: cv.app.signOut }).click();
    await page.waitForURL(/\/console\/login/);
    expect(await page.locator('.flash').textContent()).toBe(cv.login.signedOut);
    const replay = await fetch(`${svc.baseUrl}/console/usage`, { headers: { cookie: `tlcv_console=${session.value}` }, redirect: 'manual' });
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toMatch(/^\/console\/login/);
    await shot(page, 'dang-nhap');
  });

  it('a unit administrator sees their unit only: other units\' records refused as pages and direct URLs', async () => {
    await signIn(page, svc.baseUrl, unitAdminToken);
    const menu = await page.locator('nav.menu').textContent();
    expect(menu).not.toContain(cv.nav.audit);
    await page.goto(`${svc.baseUrl}/console/feedback`);
    const list = await page.locator('main').textContent();
    expect(list).toContain(COMMENT_A);
    expect(list).not.toContain(COMMENT_B);
    for (const url of [`/console/feedback/${feedbackB}`, `/console/feedback?unit=${encodeURIComponent(UNIT_B)}`, `/console/accounts?unit=${encodeURIComponent(UNIT_B)}`, `/console/usage?unit=${encodeURIComponent(UNIT_B)}`, '/console/audit', '/console/feedback/export.xlsx']) {
      const res = await page.goto(`${svc.baseUrl}${url}`);
      expect([url, res?.status()]).toEqual([url, 403]);
      expect(await page.locator('h1').textContent()).toBe(cv.errors.forbiddenTitle);
    }
    await page.goto(`${svc.baseUrl}/console/alerts`);
    expect(await page.locator('main').textContent()).toContain(cv.alerts.empty);
  });
});
