import { expect, test, type BrowserContext } from '@playwright/test';
import { builtinKit } from '../../content-kit';
import { REPLICAS, routeReplicas } from '../fixtures/sites/route-replicas.mjs';
import { launchBrowser } from './support/launch-browser';
import { readStore } from './support/extension-store.mjs';
import { readStoreValue } from './support/seed-kit';
import { openReplica } from './support/sidebar-page';

const titles = new Map(builtinKit().items.map((item) => [item.id, item.body]));
let context: BrowserContext;
let extensionId: string;

test.beforeAll(async () => {
  ({ context, extensionId } = await launchBrowser());
  await routeReplicas(context);
});
test.afterAll(async () => context.close());

/** Stops the extension's service worker through CDP, as the browser does to an idle extension. */
async function stopServiceWorkers() {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
  await page.close();
}

test('the sidebar keeps working when the service worker is stopped mid-session', async () => {
  const site = await openReplica(context, 'weibo-home');
  await site.openSidebar();
  await site.composer.click();
  await site.page.keyboard.type('读书会');
  await stopServiceWorkers();
  await site.page.keyboard.type('线下见面');
  await expect.poll(() => site.model()).toBe('读书会线下见面');
  const topicId = await site.insertFirst('topic');
  await expect.poll(() => site.model()).toContain(titles.get(topicId)!);
  // The next message wakes the worker: a favourite is stored and comes back after a reload.
  const star = site.page.locator('[data-ck="suggestion"] .star').first();
  const key = await site.page.locator('[data-ck="suggestion"]').first().getAttribute('data-key');
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => readStoreValue(context, 'favourites')).toContain(key);
  await site.page.reload();
  await expect(site.page.locator(`[data-ck="suggestion"][data-key="${key}"] .star`)).toHaveAttribute('aria-pressed', 'true');
  expect(site.errors).toEqual([]);
  await site.page.close();
});

test('a composer that vanishes and comes back: the sidebar stays usable and never throws', async () => {
  const site = await openReplica(context, 'douban-vanishing');
  await site.openSidebar();
  await expect.poll(() => site.page.evaluate(() => window.__replica!.phase!())).toBe('gone');
  await expect(site.page.locator('[data-ck="sidebar"] [role="note"]')).toBeVisible();
  await expect.poll(() => site.page.evaluate(() => window.__replica!.phase!()), { timeout: 5000 }).toBe('back');
  await site.page.locator('#isay-cont').click();
  const topicId = await site.insertFirst('topic');
  await expect.poll(() => site.model()).toContain(titles.get(topicId)!);
  expect(site.errors).toEqual([]);
  await site.page.close();
});

test('a composer inside an iframe is found and written into', async () => {
  const site = await openReplica(context, 'wechat-iframe');
  await site.openSidebar();
  await site.composer.click();
  await site.composer.pressSequentially('欢迎新朋友');
  const sloganId = await site.insertFirst('slogan', { blanks: false });
  await expect.poll(() => site.model()).toContain('欢迎新朋友');
  await expect.poll(async () => (await site.model()).length).toBeGreaterThan('欢迎新朋友'.length);
  expect(titles.has(sloganId)).toBe(true);
  expect(site.errors).toEqual([]);
  await site.page.close();
});

test('no request leaves the extension: only the replica pages themselves are fetched', async () => {
  const requests: string[] = [];
  const listener = (request: { url(): string }) => requests.push(request.url());
  context.on('request', listener);
  for (const id of ['weibo-home', 'douban-dre', 'wechat-web', 'wechat-mp']) {
    const site = await openReplica(context, id);
    await site.openSidebar();
    await site.composer.click();
    await site.page.keyboard.type('社群');
    await site.insertFirst('slogan', { blanks: false });
    await site.page.close();
  }
  const studio = await context.newPage();
  await studio.goto(`chrome-extension://${extensionId}/options.html`);
  await studio.waitForTimeout(1000);
  await studio.close();
  context.off('request', listener);
  const allowed = new Set(REPLICAS.map((r) => r.url));
  const outside = requests.filter((url) => !allowed.has(url) && !url.startsWith(`chrome-extension://${extensionId}/`));
  expect(outside).toEqual([]);
});

test('storage refusing a write (quota): a clear message, the text stays, and the next write succeeds', async () => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`chrome-extension://${extensionId}/options.html#item=${encodeURIComponent('builtin-starter/sc-gather-welcome')}`);
  await expect(page.locator('html[data-ck-ready]')).toHaveCount(1, { timeout: 15_000 });
  const editor = page.locator('[data-ck="editor"] .ProseMirror');
  await expect(editor).toBeVisible();
  // Chrome gives extensions no quota that CDP can lower, so the refusal is made where the studio meets IndexedDB:
  // every put throws QuotaExceededError, as a full disk makes it.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    const state = window as unknown as { ckRefuseWrites: boolean };
    state.ckRefuseWrites = true;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (state.ckRefuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('配额测试的一句话');
  const banner = page.locator('[data-ck="save-error"]');
  await expect(banner).toBeVisible({ timeout: 10_000 });
  await expect(banner).toContainText(/存储空间已满|Storage is full/);
  await expect(editor).toContainText('配额测试的一句话');
  await page.evaluate(() => ((window as unknown as { ckRefuseWrites: boolean }).ckRefuseWrites = false));
  await banner.getByRole('button').click();
  await expect(banner).toBeHidden();
  await expect
    .poll(async () => {
      const kit = (await page.evaluate(readStore, ['kit:builtin-starter']))['kit:builtin-starter'] as { items: { id: string; body: string }[] };
      return kit.items.find((i) => i.id === 'sc-gather-welcome')?.body ?? '';
    })
    .toContain('配额测试的一句话');
  expect(errors).toEqual([]);
  await page.close();
});

test('the studio keeps working with the service worker stopped, and tabs already open see what it saved', async () => {
  const site = await openReplica(context, 'douban-legacy');
  await site.openSidebar();
  await stopServiceWorkers();
  const studio = await context.newPage();
  const errors: string[] = [];
  studio.on('pageerror', (error) => errors.push(String(error)));
  await studio.goto(`chrome-extension://${extensionId}/options.html#item=${encodeURIComponent('builtin-starter/sc-gather-welcome')}`);
  await expect(studio.locator('html[data-ck-ready]')).toHaveCount(1, { timeout: 15_000 });
  const editor = studio.locator('[data-ck="editor"] .ProseMirror');
  await editor.click();
  await studio.keyboard.press('Control+Home');
  await studio.keyboard.type('鹦鹉螺读书角');
  await expect
    .poll(async () => {
      const kit = (await studio.evaluate(readStore, ['kit:builtin-starter']))['kit:builtin-starter'] as { items: { id: string; body: string }[] };
      return kit.items.find((i) => i.id === 'sc-gather-welcome')?.body ?? '';
    })
    .toContain('鹦鹉螺读书角');
  await site.page.bringToFront();
  await site.page.locator('[data-ck="search"]').fill('鹦鹉螺');
  await expect(site.page.locator('[data-ck="suggestion"][data-item-id="sc-gather-welcome"]')).toBeVisible();
  expect([...errors, ...site.errors]).toEqual([]);
  await studio.close();
  await site.page.close();
});
