import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { Kit } from '../../content-kit';
import { routeReplicas } from '../fixtures/sites/route-replicas.mjs';
import { launchBrowser } from './support/launch-browser';
import { readStoreValue } from './support/seed-kit';
import { openReplica, type SidebarPage } from './support/sidebar-page';

// The lint of what the user writes, in the built extension: a fraud pitch typed into a composer is flagged with
// its law and holds back insert and copy until it is ignored once; the user's allow-list and a kit's own words
// reach an open tab without a reload, and a kit's words stop when the kit is disabled.

const PITCH = '今晚有免费股票咨询，加微信进群';
const PITCH_WORDS = '免费股票咨询，加微信进群';

let context: BrowserContext;
let extensionId: string;

test.beforeEach(async () => {
  ({ context, extensionId } = await launchBrowser());
  await routeReplicas(context);
});
test.afterEach(async () => context?.close());

async function typeDraft(site: SidebarPage, draft: string) {
  await site.composer.click();
  await site.page.keyboard.type(draft);
  await expect.poll(() => site.model()).toContain(draft);
}

async function openStudio(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('html[data-ck-ready]')).toHaveCount(1, { timeout: 15_000 });
  return page;
}

async function showView(page: Page, view: 'settings' | 'kits') {
  const button = page.locator(`[data-ck="activity-bar"] [data-view="${view}"]`);
  if ((await button.getAttribute('aria-selected')) !== 'true') await button.click();
}

const lintRow = (site: SidebarPage, rule: string) => site.page.locator(`[data-ck="sidebar"] [data-ck="lint"][data-rule="${rule}"]`);

test('a fraud pitch typed into a WeChat chat is an error that names the law and holds back copy and insert until ignored once', async () => {
  const site = await openReplica(context, 'wechat-web');
  const { page } = site;
  await site.openSidebar();
  await expect(page.locator('[data-ck="suggestion"]').first()).toBeVisible();
  await typeDraft(site, PITCH);

  const row = lintRow(site, 'fraud/investment-lure');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-severity', 'error');
  await expect(row).toContainText(PITCH_WORDS);
  await expect(row).toContainText(/刑法|Criminal Law/);

  const card = page.locator('[data-ck="suggestion"]').first();
  await expect(card.locator('[data-ck="insert"]')).toBeDisabled();
  await expect(card.locator('[data-ck="copy"]')).toBeDisabled();
  // Enter on a focused card is an insert too: it is held back as well.
  await card.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-ck="sidebar"] [data-ck="notice"]')).toBeVisible();
  expect(await site.model()).toBe(PITCH);

  await row.locator('[data-ck="lint-ignore"]').click();
  await expect(row).toHaveCount(0);
  await expect(card.locator('[data-ck="copy"]')).toBeEnabled();
  const topic = page.locator('[data-ck="suggestion"][data-blanks="false"]').first();
  await topic.locator('[data-ck="insert"]').click();
  await expect.poll(() => site.model().then((m) => m.length)).toBeGreaterThan(PITCH.length);
  // The ignored pitch stays ignored while the draft grows around it.
  await expect(lintRow(site, 'fraud/investment-lure')).toHaveCount(0);
  expect(await page.evaluate(() => window.__replica!.sent())).toEqual([]);
  expect(site.errors).toEqual([]);
});

test('"always allow" in the studio’s settings stops the finding in an open tab without a reload; the sidebar’s own "always allow" is stored', async () => {
  const site = await openReplica(context, 'wechat-web');
  await site.openSidebar();
  await typeDraft(site, PITCH);
  await expect(lintRow(site, 'fraud/investment-lure')).toHaveCount(1);

  const studio = await openStudio();
  await showView(studio, 'settings');
  const list = studio.locator('[data-ck="setting-lint-allow"]');
  await list.locator('[data-ck="lint-allow-input"]').fill(PITCH_WORDS);
  await list.locator('[data-ck="lint-allow-add"]').click();
  await expect(list.locator('[data-ck="lint-allow-entry"]')).toHaveAttribute('data-phrase', PITCH_WORDS);
  await expect.poll(async () => ((await readStoreValue(context, 'settings')) as { lintAllow?: string[] }).lintAllow).toEqual([PITCH_WORDS]);

  await site.page.bringToFront();
  await expect(lintRow(site, 'fraud/investment-lure')).toHaveCount(0);

  // Removing it in the studio flags it again.
  await studio.bringToFront();
  await list.locator('[data-ck="lint-allow-remove"]').click();
  await site.page.bringToFront();
  await expect(lintRow(site, 'fraud/investment-lure')).toHaveCount(1);

  // "Always allow" on the finding itself: gone at once, and kept in the user's settings for every tab.
  await lintRow(site, 'fraud/investment-lure').locator('[data-ck="lint-allow"]').click();
  await expect(lintRow(site, 'fraud/investment-lure')).toHaveCount(0);
  await expect.poll(async () => ((await readStoreValue(context, 'settings')) as { lintAllow?: string[] }).lintAllow).toEqual([PITCH_WORDS]);
  await studio.bringToFront();
  await expect(list.locator('[data-ck="lint-allow-entry"]')).toHaveAttribute('data-phrase', PITCH_WORDS);
  expect(site.errors).toEqual([]);
});

test('a kit’s own words are flagged while the kit is enabled and not once it is disabled', async () => {
  const teamKit: Kit = {
    format: 'community-kit',
    formatVersion: 2,
    id: 'team-lint',
    name: '城南夜读会',
    version: '1.0.0',
    updatedAt: '2026-11-20T08:00:00+08:00',
    items: [{ id: 'welcome', kind: 'script', title: '欢迎词', body: '欢迎新朋友，先看群规' }],
    lint: {
      allow: ['第一书房'],
      words: [{ id: 'rivals', words: ['隔壁书社'], severity: 'warning', message: { zh: '别在群里提“{match}”', en: 'Do not name "{match}" in the group' } }],
    },
  };
  const studio = await openStudio();
  await showView(studio, 'kits');
  await studio.locator('input[type=file][data-ck="import-kit"]').setInputFiles({ name: 'team-lint.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(teamKit)) });
  await expect(studio.locator('[data-ck="import-preview"]')).toBeVisible();
  await studio.locator('[data-ck="import-confirm"]').click();
  const kitRow = studio.locator('[data-ck="kit-row"][data-kit-id="team-lint"]');
  await expect(kitRow).toBeVisible();

  const site = await openReplica(context, 'weibo-home');
  await site.openSidebar();
  await typeDraft(site, '周末一起去隔壁书社看书');
  const row = lintRow(site, 'words/rivals');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('别在群里提“隔壁书社”');

  await studio.bringToFront();
  await showView(studio, 'kits');
  await kitRow.locator('[data-ck="kit-toggle"]').uncheck();
  await site.page.bringToFront();
  await expect(row).toHaveCount(0);

  await studio.bringToFront();
  await kitRow.locator('[data-ck="kit-toggle"]').check();
  await site.page.bringToFront();
  await expect(row).toHaveCount(1);
  expect(site.errors).toEqual([]);
});

test('in the studio a finding shows its law in the problems panel and can be ignored once or always allowed', async () => {
  const studio = await openStudio();
  await studio.keyboard.press('Control+Shift+P');
  await studio.locator('[data-ck="palette"] input').fill('New Item');
  await studio.keyboard.press('Enter');
  await studio.locator('[data-ck="pick-kind"] input').fill('script');
  await studio.keyboard.press('Enter');
  await studio.locator('[data-ck="input"] input').fill('群公告');
  await studio.keyboard.press('Enter');
  const body = studio.locator('[data-ck="editor"] .ProseMirror');
  await body.click();
  await studio.keyboard.type(`${PITCH}。最好的老师带你读书，报名费99元`);
  await studio.keyboard.press('Control+Shift+P');
  await studio.locator('[data-ck="palette"] input').fill('Show Problems');
  await studio.keyboard.press('Enter');

  const pitch = studio.locator('ck-problems-panel [data-ck="lint"][data-rule="fraud/investment-lure"]');
  await expect(pitch).toHaveCount(1);
  await expect(pitch).toContainText(/刑法|Criminal Law/);
  await expect(body.locator('.ck-lint-error')).not.toHaveCount(0);
  await pitch.locator('[data-ck="lint-ignore"]').click();
  await expect(pitch).toHaveCount(0);
  await expect(body.locator('.ck-lint-error')).toHaveCount(0);

  const superlative = studio.locator('ck-problems-panel [data-ck="lint"][data-rule^="ad-law/"]').first();
  await expect(superlative).toBeVisible();
  const rule = (await superlative.getAttribute('data-rule'))!;
  await superlative.locator('[data-ck="lint-allow"]').click();
  await expect(studio.locator(`ck-problems-panel [data-ck="lint"][data-rule="${rule}"]`)).toHaveCount(0);
  await expect.poll(async () => ((await readStoreValue(context, 'settings')) as { lintAllow?: string[] }).lintAllow?.length).toBe(1);
});
