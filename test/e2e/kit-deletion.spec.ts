import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { Kit } from '../../content-kit';
import { readStore } from './support/extension-store.mjs';
import { launchBrowser } from './support/launch-browser';

// Deleting kits in the built extension: a kit goes to the trash with everything in it (its import no longer undoable)
// and comes back from there; the built-in kit is only hidden, and shown again from the settings.

let context: BrowserContext;
let extensionId: string;
const errors: string[] = [];

test.beforeEach(async () => {
  ({ context, extensionId } = await launchBrowser());
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

const stored = async (page: Page, key: string) => (await page.evaluate(readStore, [key]))[key];
const row = (page: Page, kitId: string) => page.locator(`[data-ck="kit-row"][data-kit-id="${kitId}"]`);
const confirm = (page: Page) => page.locator('[data-ck="confirm"] [role="option"][data-id="yes"]').click();

async function runCommand(page: Page, title: string) {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('[data-ck="palette"] input').fill(title);
  await page.keyboard.press('Enter');
}

const team: Kit = {
  format: 'community-kit',
  formatVersion: 1,
  id: 'team',
  name: '队友的包',
  version: '1.0.0',
  updatedAt: '2026-11-20T08:00:00+08:00',
  items: [{ id: 'hello', kind: 'topic', title: '打个招呼', body: '打个招呼' }],
};

test('a deleted kit goes to the trash with its items, its import is no longer undoable, and it is restored whole', async () => {
  const page = await openStudio();
  await page.locator('input[type=file][data-ck="import-kit"]').setInputFiles({ name: 'team.kit.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(team)) });
  await page.locator('[data-ck="import-confirm"]').click();
  await page.locator('[data-view="kits"]').click();
  await expect(page.locator('[data-ck="import-entry"][data-kit-id="team"]')).toHaveCount(1);

  await row(page, 'team').locator('[data-ck="kit-delete"]').click();
  await confirm(page);
  await expect(row(page, 'team')).toHaveCount(0);
  expect(await stored(page, 'kit:team')).toBeUndefined();
  await expect(page.locator('[data-ck="import-entry"]')).toHaveCount(0);

  await runCommand(page, 'Show Trash');
  const entry = page.locator('[data-ck="trash"] [data-ck="trash-entry"][data-kind="kit"][data-item-id="team"]');
  await expect(entry).toContainText('队友的包');
  await entry.locator('[data-ck="restore"]').click();
  await expect(row(page, 'team')).toHaveCount(1);
  expect(((await stored(page, 'kit:team')) as Kit).items.map((i) => i.id)).toEqual(['hello']);
  await expect(page.locator('[data-ck="trash"] [data-ck="trash-entry"]')).toHaveCount(0);
});

test('deleting the built-in kit only hides it, and the settings show it again', async () => {
  const page = await openStudio();
  const BUILTIN_KIT_ID = ((await stored(page, 'kits')) as { id: string; builtin?: boolean }[]).find((r) => r.builtin)!.id;
  await page.locator('[data-view="kits"]').click();
  await row(page, BUILTIN_KIT_ID).locator('[data-ck="kit-delete"]').click();
  await confirm(page);
  await expect(row(page, BUILTIN_KIT_ID)).toHaveCount(0);
  expect(await stored(page, `kit:${BUILTIN_KIT_ID}`)).toBeDefined();
  expect(await stored(page, 'trash')).toBeFalsy();

  await page.locator('[data-view="settings"]').click();
  await page.locator('[data-ck="show-starter-kit"]').click();
  await expect(page.locator('[data-ck="show-starter-kit"]')).toHaveCount(0);
  await page.locator('[data-view="kits"]').click();
  await expect(row(page, BUILTIN_KIT_ID)).toHaveAttribute('data-enabled', 'true');
});
