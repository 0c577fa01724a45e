import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { Kit } from '../../content-kit';
import { routeReplicas } from '../fixtures/sites/route-replicas.mjs';
import { readStore } from './support/extension-store.mjs';
import { launchBrowser } from './support/launch-browser';
import { openReplica } from './support/sidebar-page';
import { seedKit } from './support/seed-kit';

// Two things at once, in the built extension: two studio tabs deleting, two tabs importing and undoing, an edit made
// after an import, and a favourite set in the studio reaching an open Weibo tab as a delta (no full snapshot fetch).

let context: BrowserContext;
let extensionId: string;
const errors: string[] = [];

test.beforeEach(async () => {
  ({ context, extensionId } = await launchBrowser());
  await routeReplicas(context);
  errors.length = 0;
});

test.afterEach(async () => {
  await context?.close();
  expect(errors, 'errors in the studio').toEqual([]);
});

async function openStudio(): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('html[data-ck-ready]')).toHaveCount(1, { timeout: 15_000 });
  return page;
}

const STAMP = '2026-11-20T08:00:00+08:00';
function kit(id: string, name: string, titles: string[]): Kit {
  return {
    format: 'community-kit',
    formatVersion: 1,
    id,
    name,
    version: '1.0.0',
    updatedAt: STAMP,
    items: titles.map((title, i) => ({ id: `${id}-${i}`, kind: 'topic', title, body: `${title}，一起来聊聊`, updatedAt: STAMP })),
  };
}

const stored = async (page: Page, key: string) => (await page.evaluate(readStore, [key]))[key];

/** Selects an item's row in the explorer and puts the keyboard focus on the tree. */
async function focusItem(page: Page, kitId: string, itemId: string): Promise<void> {
  await page.locator('ck-explorer').evaluate((el, [k, i]) => (el as HTMLElement & { reveal(k: string, i: string): void }).reveal(k!, i!), [kitId, itemId]);
  const row = page.locator(`[data-ck="explorer"] [role="treeitem"][data-item-id="${itemId}"]`);
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await page.locator('[data-ck="explorer"]').focus();
}

async function importKit(page: Page, file: Kit): Promise<void> {
  await page.locator('input[type=file][data-ck="import-kit"]').setInputFiles({ name: `${file.id}.kit.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.locator('[data-ck="import-confirm"]').click();
  await expect(page.locator('ck-import-preview')).toHaveCount(0);
}

async function showTrash(page: Page): Promise<void> {
  const trash = page.locator('[data-ck="trash"]');
  if (!(await trash.isVisible())) {
    await page.keyboard.press('Control+Shift+P');
    await page.locator('[data-ck="palette"] input').fill('Show Trash');
    await page.keyboard.press('Enter');
  }
  await expect(trash).toBeVisible();
}

test('two studio tabs deleting different items at once leave both in the trash', async () => {
  await seedKit(context, kit('race', '并发测试', ['第一条', '第二条', '第三条']));
  const [a, b] = [await openStudio(), await openStudio()];
  await focusItem(a, 'race', 'race-0');
  await focusItem(b, 'race', 'race-1');
  await Promise.all([a.keyboard.press('Delete'), b.keyboard.press('Delete')]);

  await expect.poll(async () => ((await stored(a, 'trash')) as { value: { id: string } }[] | undefined)?.map((e) => e.value.id).sort()).toEqual(['race-0', 'race-1']);
  expect(((await stored(a, 'kit:race')) as Kit).items.map((i) => i.id)).toEqual(['race-2']);
  for (const page of [a, b]) {
    await page.bringToFront();
    await showTrash(page);
    for (const id of ['race-0', 'race-1']) await expect(page.locator(`[data-ck="trash"] [data-ck="trash-entry"][data-item-id="${id}"]`)).toHaveCount(1);
  }
});

test('two tabs import two kits; the first tab’s Undo removes only the first kit', async () => {
  const [a, b] = [await openStudio(), await openStudio()];
  await a.bringToFront();
  await importKit(a, kit('kit-a', '甲包', ['甲的话题']));
  await b.bringToFront();
  await importKit(b, kit('kit-b', '乙包', ['乙的话题']));

  await a.bringToFront();
  await a.locator('[data-ck="notification"] [data-ck="undo-import"]').click();
  await expect.poll(() => stored(a, 'kit:kit-a')).toBeUndefined();
  expect(await stored(a, 'kit:kit-b')).toBeDefined();
  // The second import is still listed, named by its kit, and survives a reload.
  await b.reload();
  await expect(b.locator('html[data-ck-ready]')).toHaveCount(1, { timeout: 15_000 });
  await b.locator('[data-view="kits"]').click();
  await expect(b.locator('[data-ck="import-entry"]')).toHaveCount(1);
  await expect(b.locator('[data-ck="import-entry"]')).toContainText('乙包');
});

test('an edit made after an import is never discarded without the user saying so', async () => {
  const [a, b] = [await openStudio(), await openStudio()];
  await a.bringToFront();
  await importKit(a, kit('club', '读书会', ['共读第一周']));
  // Another tab adds an item to the imported kit.
  await b.evaluate(() => document.querySelector('ck-workbench')!.studio!.data.createItem('club', { kind: 'topic', title: '后来加的', body: '后来加的' }));

  await a.bringToFront();
  await a.locator('[data-ck="notification"] [data-ck="undo-import"]').click();
  const question = a.locator('[data-ck="confirm"]');
  await expect(question).toBeVisible();
  // It says what would be discarded: the item added since.
  await expect(question.locator('[role="option"][data-id="yes"]')).toContainText(/丢弃|discard/);
  await expect(question.locator('[role="option"][data-id="yes"]')).toContainText('后来加的');
  await question.locator('[role="option"][data-id="no"]').click();
  expect(((await stored(a, 'kit:club')) as Kit).items.map((i) => i.title)).toEqual(['共读第一周', '后来加的']);

  // Said yes from the Kits view's list: now the import (and the edit on top of it) is taken back.
  await a.locator('[data-view="kits"]').click();
  await a.locator('[data-ck="import-entry"] [data-ck="import-undo"]').click();
  await a.locator('[data-ck="confirm"] [role="option"][data-id="yes"]').click();
  await expect.poll(() => stored(a, 'kit:club')).toBeUndefined();
});

test('a favourite set in the studio reorders an open Weibo tab’s suggestions without a full snapshot fetch', async () => {
  await seedKit(context, kit('fav', '收藏测试', ['漫步路线甲', '漫步路线乙', '漫步路线丙']));
  const site = await openReplica(context, 'weibo-home');
  await site.openSidebar();
  await site.page.locator('[data-ck="search"]').fill('漫步路线');
  await expect(site.page.locator('[data-ck="suggestion"][data-item-id="fav-2"]')).toHaveCount(1, { timeout: 10_000 });
  const fulls = () => site.page.evaluate(() => performance.getEntriesByName('ck:snapshot-full').length);
  const before = await fulls();

  const studio = await openStudio();
  await studio.evaluate(() => document.querySelector('ck-workbench')!.studio!.commands.execute('studio.item.toggleFavourite', { kitId: 'fav', itemId: 'fav-2', on: true }));
  await expect(site.page.locator('[data-ck="suggestion"]').first()).toHaveAttribute('data-item-id', 'fav-2');
  expect(await fulls()).toBe(before);
  expect(await site.page.evaluate(() => performance.getEntriesByName('ck:snapshot-delta').length)).toBeGreaterThan(0);
  expect(site.errors).toEqual([]);
});
