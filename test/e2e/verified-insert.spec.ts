import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { builtinKit, hashtag, type KitItem } from '../../content-kit';
import { routeReplicas } from '../fixtures/sites/route-replicas.mjs';
import { launchBrowser } from './support/launch-browser';
import { openReplica, squash, type SidebarPage } from './support/sidebar-page';

// Issue 13: an insert either lands in the editor's own model or leaves the composer untouched with the text on the
// clipboard, a notice and the status copy-only; never both, never neither. The status follows the page, and the page
// report carries the page's structure and none of what the user or the page wrote.

const byId = new Map<string, KitItem>(builtinKit().items.map((item) => [item.id, item]));
const SENTINEL = '剪贴板原来的内容';
let context: BrowserContext;

test.beforeAll(async () => {
  ({ context } = await launchBrowser());
  await routeReplicas(context);
});
test.afterAll(async () => context.close());

const status = (page: Page) => page.locator('[data-ck="site-status"]');
const replicaModel = (page: Page) => page.evaluate(() => window.__replicaModel!());
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** One key of the extension's chrome.storage.local, read from its service worker. */
async function storedPref(key: string): Promise<unknown> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async (k) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
    return (await chrome.storage.local.get(k))[k];
  }, key);
}

async function openWithClipboard(id: string): Promise<SidebarPage> {
  const site = await openReplica(context, id);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.replica.url).origin });
  await site.page.evaluate((text) => navigator.clipboard.writeText(text), SENTINEL);
  await site.openSidebar();
  return site;
}

async function typeDraft(site: SidebarPage, draft: string) {
  await site.composer.click();
  await site.page.keyboard.type(draft);
  await expect.poll(() => replicaModel(site.page)).toBe(draft);
}

async function report(page: Page) {
  await page.locator('[data-ck="report-page"]').click();
  const preview = page.locator('[data-ck="report-preview"]');
  await expect(preview).toBeVisible();
  const text = (await preview.textContent())!;
  return { text, json: JSON.parse(text) };
}

test('an editor that reverts foreign DOM changes on the next tick: the text lands in its model through paste, once', async () => {
  const site = await openWithClipboard('douban-dre-strict');
  const { page } = site;
  await expect(status(page)).toHaveAttribute('data-state', 'ready');
  await typeDraft(site, '周末去菜园');
  const topicId = await site.insertFirst('topic', { blanks: false });
  const topic = hashtag(byId.get(topicId)!.body, 'double');
  await page.waitForTimeout(1000);
  const model = await replicaModel(page);
  expect(model.split(topic)).toHaveLength(2);
  expect(model).toBe(`周末去菜园${topic}`);
  await expect(site.composer).toHaveText(model);
  expect(await clipboard(page)).toBe(SENTINEL);
  await expect(status(page)).toHaveAttribute('data-state', 'ready');

  // The route that held is remembered for this site and composer, and the next insert starts with it.
  await expect.poll(() => storedPref('sidebar:douban:insert-routes')).toEqual({ dre: 'paste' });
  const sloganId = await site.insertFirst('slogan', { blanks: false });
  await expect.poll(() => replicaModel(page).then(squash)).toContain(squash(byId.get(sloganId)!.body));
  const { json } = await report(page);
  expect(json.inserts.map((i: { attempts: { route: string; outcome: string }[] }) => i.attempts)).toEqual([
    [
      { route: 'execCommand', outcome: 'reverted', ms: expect.any(Number) },
      { route: 'beforeinput', outcome: 'ignored', ms: expect.any(Number) },
      { route: 'paste', outcome: 'verified', ms: expect.any(Number) },
    ],
    [{ route: 'paste', outcome: 'verified', ms: expect.any(Number) }],
  ]);
  expect(site.errors).toEqual([]);
  await page.close();
});

test('an editor that takes no scripted text: composer untouched, text on the clipboard, a notice, copy-only; the form keeps its values', async () => {
  const site = await openWithClipboard('douban-dre-locked');
  const { page } = site;
  await expect(status(page)).toHaveAttribute('data-state', 'ready');
  await typeDraft(site, '旧毛衣改成靠垫');
  await site.insertFirst('story');
  const fill = page.locator('[data-ck="fill-form"]');
  await expect(fill).toBeVisible();
  const vars = fill.locator('[data-ck="var"]');
  const count = await vars.count();
  for (let i = 0; i < count; i++) await vars.nth(i).fill(`填空${i}号`);
  await fill.locator('[data-ck="fill-insert"]').click();

  await expect(status(page)).toHaveAttribute('data-state', 'copy-only');
  await expect(page.locator('[data-ck="sidebar"] [data-ck="notice"]')).toContainText(/豆瓣|Douban/);
  await expect(page.locator('[data-ck="sidebar"] [data-ck="notice"]')).toContainText('Ctrl+V');
  await expect.poll(() => clipboard(page)).toContain('填空0号');
  await page.waitForTimeout(1000);
  expect(await replicaModel(page)).toBe('旧毛衣改成靠垫');
  await expect(site.composer).toHaveText('旧毛衣改成靠垫');
  // Nothing the user typed into the form is lost.
  await expect(fill).toBeVisible();
  for (let i = 0; i < count; i++) await expect(vars.nth(i)).toHaveValue(`填空${i}号`);

  // From now on inserts are copies: the cards offer copy buttons only, and copying leaves the composer alone.
  await fill.getByRole('button').last().click();
  await page.locator('[role="tab"][data-kind="slogan"]').click();
  const card = page.locator('[data-ck="suggestion"][data-blanks="false"]').first();
  await expect(card.locator('[data-ck="insert"]')).toHaveCount(0);
  const sloganId = (await card.getAttribute('data-item-id'))!;
  await card.locator('[data-ck="copy"]').click();
  await expect.poll(() => clipboard(page).then(squash)).toBe(squash(byId.get(sloganId)!.body));
  expect(await replicaModel(page)).toBe('旧毛衣改成靠垫');
  const { json } = await report(page);
  expect(json.inserts).toHaveLength(1);
  expect(json.inserts[0].ok).toBe(false);
  // Every route was tried (the one remembered for Douban first), and none held.
  const outcomes = Object.fromEntries(json.inserts[0].attempts.map((a: { route: string; outcome: string }) => [a.route, a.outcome]));
  expect(outcomes).toEqual({ execCommand: 'reverted', beforeinput: 'ignored', paste: 'ignored' });
  expect(site.errors).toEqual([]);
  await page.close();
});

test('a composer whose class names changed is found by the fallback selector; a story after text starts a new paragraph', async () => {
  const site = await openWithClipboard('wechat-mp-renamed');
  const { page } = site;
  await expect(status(page)).toHaveAttribute('data-state', 'ready');
  await typeDraft(site, '这是开头的一句话。');
  await site.insertFirst('story');
  const fill = page.locator('[data-ck="fill-form"]');
  const vars = fill.locator('[data-ck="var"]');
  for (let i = 0; i < (await vars.count()); i++) await vars.nth(i).fill(`值${i}`);
  await fill.locator('[data-ck="fill-insert"]').click();
  await expect(fill).toBeHidden();
  await page.waitForTimeout(1000);
  const model = await replicaModel(page);
  expect(model.split('\n')[0]).toBe('这是开头的一句话。');
  expect(model).toContain('值0');
  expect(await clipboard(page)).toBe(SENTINEL);

  const { json } = await report(page);
  const body = json.parts.find((p: { id: string }) => p.id === 'mp-body');
  expect(body.found).toBe(true);
  expect(body.selectors.map((s: { matches: number }) => s.matches > 0)).toEqual([false, false, true]);
  expect(json.inserts[0].attempts).toEqual([{ route: 'paste', outcome: 'verified', ms: expect.any(Number) }]);
  expect(site.errors).toEqual([]);
  await page.close();
});

test('the composer scrolls the inserted text into view', async () => {
  const site = await openWithClipboard('wechat-mp-renamed');
  const { page } = site;
  await site.composer.click();
  await page.keyboard.type('第一行');
  for (let i = 0; i < 40; i++) await page.keyboard.press('Enter');
  await page.keyboard.type('最后一行');
  await page.evaluate(() => window.scrollTo(0, 0));
  const topicId = await site.insertFirst('topic');
  const topic = hashtag(byId.get(topicId)!.body, 'single');
  await expect.poll(() => replicaModel(page)).toContain(`最后一行${topic}`);
  const last = site.composer.locator('p').last();
  await expect(last).toContainText(topic);
  await expect(last).toBeInViewport();
  expect(site.errors).toEqual([]);
  await page.close();
});

test('a composer that appears 3 s late: no-composer with copy buttons, then ready without a reload', async () => {
  const site = await openReplica(context, 'weibo-late');
  const { page } = site;
  // The missing composer is a miss for the report, never a message in the page's console.
  const consoleErrors: string[] = [];
  page.on('console', (message) => ['error', 'warning'].includes(message.type()) && consoleErrors.push(message.text()));
  await page.reload();
  await site.openSidebar();
  await expect(status(page)).toHaveAttribute('data-state', 'no-composer');
  await expect(status(page)).toContainText(/热搜|hot list/);
  await page.locator('[role="tab"][data-kind="topic"]').click();
  await expect(page.locator('[data-ck="suggestion"] [data-ck="copy"]').first()).toBeVisible();
  await expect(page.locator('[data-ck="suggestion"] [data-ck="insert"]')).toHaveCount(0);

  await expect(status(page)).toHaveAttribute('data-state', 'ready', { timeout: 8000 });
  expect(await page.evaluate(() => window.__replica!.composerShown!())).toBe(true);
  const { json } = await report(page);
  expect(json).toMatchObject({ misses: [], missedOnLoad: ['composer'] });
  await page.locator('[data-ck="report-close"]').click();
  await expect(page.locator('[data-ck="suggestion"] [data-ck="insert"]').first()).toBeVisible();
  await site.composer.click();
  await page.keyboard.type('夜跑');
  const topicId = await site.insertFirst('topic');
  await page.waitForTimeout(1000);
  expect(await replicaModel(page)).toBe(`夜跑${hashtag(byId.get(topicId)!.body, 'double')}`);
  expect(site.errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await page.close();
});

test('the page report holds the structure and none of the personal text, phone number or token planted in the page', async () => {
  const site = await openWithClipboard('douban-dre-strict');
  const { page } = site;
  const secrets = ['王小明', '幸福路', '13812345678', 'tok_9f8e7d6c5b', 'token=', '我家猫叫团团'];
  await page.evaluate(() => {
    const aside = document.querySelector('.aside')!;
    aside.insertAdjacentHTML(
      'beforeend',
      `<div class="box" id="planted"><p>王小明住在幸福路8号，电话13812345678</p>
        <a class="share" href="/people/me/?token=tok_9f8e7d6c5b&phone=13812345678" title="王小明" data-phone="13812345678">分享</a>
        <input name="phone" value="13812345678" aria-label="王小明的电话">
        <iframe id="planted-frame" srcdoc="<p class='inner'>王小明的快递单号13812345678</p>"></iframe>
        <div id="planted-host"></div></div>`,
    );
    const shadow = document.getElementById('planted-host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span class="in-shadow">幸福路的邻居 13812345678</span>';
  });
  await expect(page.frameLocator('#planted-frame').locator('p.inner')).toHaveCount(1);
  await typeDraft(site, '我家猫叫团团');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  const { text, json } = await report(page);
  for (const secret of secrets) expect(text, secret).not.toContain(secret);
  expect(json).toMatchObject({ format: 'community-kit-page-report', site: 'douban', url: 'https://www.douban.com/gallery/topic/23456/' });
  expect(json.extension).toMatch(/^\d+\.\d+\.\d+$/);
  expect(json.browser).toMatch(/^(Chrome|Chromium) \d+/);
  expect(json.parts.find((p: { id: string }) => p.id === 'dre')).toMatchObject({ part: 'composer', found: true });

  const all: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (typeof node === 'string') return;
    const el = node as Record<string, unknown> & { children?: unknown[]; shadow?: unknown[]; frame?: { body?: unknown } };
    all.push(el);
    for (const child of [...(el.children ?? []), ...(el.shadow ?? []), ...(el.frame?.body ? [el.frame.body] : [])]) visit(child);
  };
  visit(json.page);
  const link = all.find((n) => n.class === 'share')!;
  expect(link).toEqual({ tag: 'a', class: 'share', attrs: ['href', 'title', 'data-phone'], children: ['字字'] });
  expect(all.find((n) => n.id === 'planted-frame')).toMatchObject({ frame: { url: 'about:srcdoc', body: { tag: 'body' } } });
  expect(all.some((n) => n.class === 'inner')).toBe(true);
  expect(all.find((n) => n.id === 'planted-host')).toMatchObject({ shadow: [{ tag: 'span', class: 'in-shadow' }] });
  expect(all.find((n) => n.role === 'textbox')).toMatchObject({ class: expect.stringContaining('DRE-inputor'), attrs: expect.arrayContaining(['contenteditable', 'aria-placeholder']) });
  expect(all.some((n) => n.tag === 'ck-sidebar')).toBe(false);

  await page.locator('[data-ck="report-copy"]').click();
  await expect.poll(() => clipboard(page)).toBe(text);
  const download = page.waitForEvent('download');
  await page.locator('[data-ck="report-save"]').click();
  expect((await download).suggestedFilename()).toMatch(/^community-kit-report-douban-\d{4}-\d{2}-\d{2}\.json$/);
  // Nothing was sent anywhere while the report was made, copied and saved.
  expect(requests.filter((url) => !url.startsWith('blob:'))).toEqual([]);
  await page.locator('[data-ck="report-close"]').click();
  await expect(page.locator('[data-ck="report-preview"]')).toHaveCount(0);
  expect(site.errors).toEqual([]);
  await page.close();
});
