import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { routeReplicas } from '../fixtures/sites/route-replicas.mjs';
import { readStore } from './support/extension-store.mjs';
import { launchBrowser } from './support/launch-browser';

// The studio (options page) of the built extension: the test-contract hooks, the palette and quick open, writing an
// item with a blank chip that autosaves and survives a reload, two tabs on one item, and the item reaching the sidebar.

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

const studioUrl = (hash = '') => `chrome-extension://${extensionId}/options.html${hash}`;

async function openStudio(hash = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(studioUrl(hash));
  await expect(page.locator('html[data-ck-ready]')).toHaveCount(1, { timeout: 15_000 });
  return page;
}

/** The stored item, read from the extension's IndexedDB. */
async function storedItem(page: Page, kitId: string, itemId: string): Promise<{ title: string; body: string; updatedAt?: string } | null> {
  const kit = (await page.evaluate(readStore, [`kit:${kitId}`]))[`kit:${kitId}`] as { items: { id: string; title: string; body: string; updatedAt?: string }[] } | undefined;
  return kit?.items.find((i) => i.id === itemId) ?? null;
}

async function runCommand(page: Page, title: string, key: 'Control+Shift+P' | 'F1' = 'Control+Shift+P') {
  await page.keyboard.press(key);
  const palette = page.locator('[data-ck="palette"]');
  await expect(palette).toBeVisible();
  await palette.locator('input').fill(title);
  await page.keyboard.press('Enter');
}

/** Creates an item through the palette (New Item → kind → title) and returns where it lives. */
async function createItem(page: Page, title: string, kind: 'script' | 'topic' = 'script'): Promise<{ kitId: string; itemId: string }> {
  await runCommand(page, 'New Item');
  await page.locator('[data-ck="pick-kind"] input').fill(kind);
  await page.keyboard.press('Enter');
  await page.locator('[data-ck="input"] input').fill(title);
  await page.keyboard.press('Enter');
  const tab = page.locator('[data-ck="tabs"] [role="tab"][aria-selected="true"]');
  await expect(tab).toContainText(title);
  const id = (await tab.getAttribute('data-input-id'))!;
  const slash = id.indexOf('/');
  return { kitId: id.slice(0, slash), itemId: id.slice(slash + 1) };
}

const body = (page: Page) => page.locator('[data-ck="editor"] .ProseMirror');

test('the studio shows the test-contract hooks', async () => {
  const page = await openStudio();
  await expect(page.locator('[data-ck="activity-bar"]')).toBeVisible();
  const explorer = page.locator('[data-ck="explorer"]');
  await expect(explorer).toHaveAttribute('role', 'tree');
  const scripts = explorer.locator('[role="treeitem"][aria-level="2"][data-kind="script"]').first();
  if ((await scripts.getAttribute('aria-expanded')) !== 'true') await scripts.click();
  const item = explorer.locator('[role="treeitem"][data-item-id]').first();
  await expect(item).toBeVisible();
  await expect(page.locator('[data-ck="tabs"]')).toHaveAttribute('role', 'tablist');
  await item.dblclick();
  await expect(page.locator('[data-ck="editor"]')).toBeVisible();
  await expect(body(page)).toBeVisible();
  await expect(page.locator('[data-ck="status-bar"]')).toBeVisible();
  await page.keyboard.press('Control+Shift+P');
  await expect(page.locator('[data-ck="palette"] input')).toBeFocused();
});

test('the palette opens with Ctrl+Shift+P and with F1, and runs a command by its title', async () => {
  const page = await openStudio();
  await page.keyboard.press('Control+Shift+P');
  await expect(page.locator('[data-ck="palette"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-ck="palette"]')).toHaveCount(0);

  await expect(page.locator('[data-ck="panel"]')).toHaveCount(0);
  await runCommand(page, 'Toggle Panel', 'F1');
  await expect(page.locator('[data-ck="palette"]')).toHaveCount(0);
  await expect(page.locator('[data-ck="panel"]')).toBeVisible();
  // Chinese titles work as well, whatever the UI language.
  await runCommand(page, '切换面板');
  await expect(page.locator('[data-ck="panel"]')).toHaveCount(0);
});

test('quick open finds an item by title across kits', async () => {
  const page = await openStudio();
  await page.keyboard.press('Control+P');
  const picker = page.locator('[data-ck="quick-open"]');
  await expect(picker).toBeVisible();
  await picker.locator('input').fill('群规');
  await expect(picker.locator('[role="option"]').first()).toContainText('群规');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-ck="tabs"] [role="tab"][aria-selected="true"]')).toContainText('群规');
  await expect(body(page)).toContainText('群规');
});

test('an item is created, written with a blank chip, autosaved within a second, and survives a reload with its caret', async () => {
  const page = await openStudio();
  const { kitId, itemId } = await createItem(page, '周末读书会邀请');
  await expect(body(page)).toBeFocused();
  await page.keyboard.type('欢迎来到');
  await page.keyboard.type('{{');
  const menu = page.locator('[data-ck="suggest-menu"]');
  await expect(menu).toBeVisible();
  await page.keyboard.type('城市');
  await expect(menu.locator('[role="option"]').first()).toContainText('城市');
  await page.keyboard.press('Enter');
  await expect(body(page).locator('[data-blank="城市"]')).toBeVisible();
  await page.keyboard.type('读书会');
  const typedAt = Date.now();
  await expect.poll(async () => (await storedItem(page, kitId, itemId))?.body, { timeout: 1500, intervals: [50] }).toBe('欢迎来到{{城市}}读书会');
  expect(Date.now() - typedAt).toBeLessThan(1500);
  await expect(page.locator('[data-ck="tabs"] [role="tab"][aria-selected="true"]')).not.toHaveClass(/dirty/);

  await page.reload();
  await expect(page.locator('html[data-ck-ready]')).toHaveCount(1);
  const tab = page.locator('[data-ck="tabs"] [role="tab"][aria-selected="true"]');
  await expect(tab).toHaveAttribute('data-input-id', `${kitId}/${itemId}`);
  await expect(body(page).locator('[data-blank="城市"]')).toBeVisible();
  await expect(body(page)).toBeFocused();
  // The caret came back where it was (the end), so typing goes on from there.
  await page.keyboard.type('，不见不散');
  await expect.poll(async () => (await storedItem(page, kitId, itemId))?.body, { timeout: 2000 }).toBe('欢迎来到{{城市}}读书会，不见不散');
  await expect(page.locator('[data-ck="explorer"] [role="treeitem"][data-item-id="' + itemId + '"]')).toBeVisible();
});

test('two studio tabs on one item: the second sees the first one’s change, and never silently overwrites it', async () => {
  const a = await openStudio();
  const { kitId, itemId } = await createItem(a, '双标签测试');
  await a.keyboard.type('第一版');
  await expect.poll(async () => (await storedItem(a, kitId, itemId))?.body).toBe('第一版');

  const b = await openStudio(`#item=${encodeURIComponent(`${kitId}/${itemId}`)}`);
  await expect(body(b)).toHaveText('第一版');

  // A writes; B has nothing unsaved, so it shows A's text.
  await a.bringToFront();
  await body(a).click();
  await a.keyboard.press('End');
  await a.keyboard.type('，甲改');
  await expect.poll(async () => (await storedItem(a, kitId, itemId))?.body).toBe('第一版，甲改');
  await expect(body(b)).toHaveText('第一版，甲改');

  // Both change the body before either saves: the later one is told, and keeps its text.
  await b.bringToFront();
  await body(b).click();
  await b.keyboard.press('End');
  await b.keyboard.type('，乙');
  await a.bringToFront();
  await body(a).click();
  await a.keyboard.press('End');
  await a.keyboard.type('，丙');
  const conflictA = a.locator('[data-ck="conflict"]');
  const conflictB = b.locator('[data-ck="conflict"]');
  await expect.poll(async () => (await conflictA.count()) + (await conflictB.count()), { timeout: 5000 }).toBe(1);
  const [loser, loserText, winnerText] = (await conflictA.count()) ? [a, '，丙', '，乙'] : [b, '，乙', '，丙'];
  const stored = (await storedItem(a, kitId, itemId))!.body;
  expect(stored).toBe(`第一版，甲改${winnerText}`);
  await expect(body(loser)).toContainText(loserText);
  // Keeping one's own version writes it, knowingly.
  await loser.locator('[data-ck="keep-mine"]').click();
  await expect.poll(async () => (await storedItem(a, kitId, itemId))?.body).toBe(`第一版，甲改${loserText}`);
});

test('an item written in the studio is suggested in the sidebar on a Weibo replica and inserts there', async () => {
  const studio = await openStudio();
  const { itemId } = await createItem(studio, '周六猫咪领养日报名');
  await studio.keyboard.type('周六猫咪领养日在{{城市}}举行，带上爱心来认识毛孩子');
  await expect(body(studio).locator('[data-blank="城市"]')).toBeVisible();
  await expect(studio.locator('[data-ck="tabs"] [role="tab"][aria-selected="true"]')).not.toHaveClass(/dirty/, { timeout: 3000 });

  const weibo = await context.newPage();
  await weibo.goto('https://weibo.com/');
  await weibo.waitForFunction(() => window.__replica?.id === 'weibo-home');
  const toggle = weibo.locator('[data-ck="toggle"]');
  await expect(toggle).toBeVisible({ timeout: 10_000 });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(weibo.locator('[data-ck="sidebar"]')).toBeVisible();
  const composer = weibo.locator('textarea[placeholder="有什么新鲜事想分享给大家？"]');
  await composer.click();
  await weibo.keyboard.type('周六猫咪领养日');
  const suggestion = weibo.locator(`[data-ck="suggestion"][data-item-id="${itemId}"]`);
  await expect(suggestion).toBeVisible({ timeout: 10_000 });
  await suggestion.locator('[data-ck="insert"]').click();
  const form = weibo.locator('[data-ck="fill-form"]');
  await expect(form).toBeVisible();
  await form.locator('[data-ck="var"][data-name="城市"]').fill('杭州');
  await form.locator('[data-ck="fill-insert"]').click();
  await expect.poll(() => weibo.evaluate(() => window.__replica!.model())).toContain('周六猫咪领养日在杭州举行');
});

test('the settings view: the language applies at once, the profile keeps its blanks, palette rows show the other language only for a query in its script', async () => {
  const page = await openStudio();
  await page.evaluate(() => document.querySelector('ck-workbench')!.studio!.workbench.showView('settings'));
  const language = page.locator('select[data-ck="setting-language"]');
  await expect(language).toHaveValue('auto');
  await language.selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('[data-ck="settings-profile"] legend')).toHaveText('我的社群');

  await page.locator('[data-ck="profile-field"][data-name="城市"]').fill('杭州');
  await page.keyboard.press('Tab');
  await page.locator('[data-ck="profile-new-name"]').fill('{{口号}}');
  await page.locator('[data-ck="profile-add"]').click();
  await expect(page.locator('[data-ck="profile-field"][data-name="口号"]')).toBeFocused();
  await page.keyboard.type('一起读下去');
  await page.keyboard.press('Tab');
  await expect.poll(async () => ((await page.evaluate(readStore, ['settings'])).settings as { profile?: unknown })?.profile).toEqual({ 城市: '杭州', 口号: '一起读下去' });

  await page.keyboard.press('Control+Shift+P');
  const palette = page.locator('[data-ck="palette"]');
  await expect(palette.locator('[role="option"]').first()).toBeVisible();
  await expect(palette.locator('.description')).toHaveCount(0);
  await palette.locator('input').fill('toggle panel');
  await expect(palette.locator('[role="option"]').first().locator('.description')).toHaveText(/Toggle Panel/);
  await page.keyboard.press('Escape');

  await language.selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-ck="settings-profile"] legend')).toHaveText('My community');
  await expect(page.locator('[data-ck="profile-field"][data-name="城市"]')).toHaveValue('杭州');
  await page.reload();
  await expect(page.locator('html[data-ck-ready]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
