import { expect, test, type BrowserContext, type Locator } from '@playwright/test';
import { builtinKit, type Kit, type KitItem } from '../../content-kit';
import { routeReplicas } from '../fixtures/sites/route-replicas.mjs';
import { writeStore } from './support/extension-store.mjs';
import { launchBrowser } from './support/launch-browser';
import { openReplica, type SidebarPage } from './support/sidebar-page';
import { readStoreValue, seedKit } from './support/seed-kit';

const kit = builtinKit();
const byId = new Map<string, KitItem>(kit.items.map((item) => [item.id, item]));

let context: BrowserContext;

test.beforeAll(async () => {
  ({ context } = await launchBrowser());
  await routeReplicas(context);
});
test.afterAll(async () => context.close());

async function putSettings(settings: Record<string, unknown>) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const stored = ((await readStoreValue(context, 'settings')) ?? {}) as Record<string, unknown>;
  await worker.evaluate(writeStore, { put: { settings: { limits: {}, theme: 'system', ...stored, ...settings } } });
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The box of a locator in the page's coordinates (Playwright already adds an iframe's offset). */
async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  expect(box, String(locator)).not.toBeNull();
  return box!;
}

async function openItem(site: SidebarPage, itemId: string) {
  const item = byId.get(itemId)!;
  await site.page.locator('[data-ck="search"]').fill(item.title);
  const card = site.page.locator(`[data-ck="suggestion"][data-item-id="${itemId}"]`);
  await card.locator('[data-ck="insert"]').click();
  return site.page.locator('[data-ck="fill-form"]');
}

test.describe('blanks that know the user', () => {
  test.afterAll(() => putSettings({ profile: {} }));

  test("a WeChat group's form has the group's name from the page and the profile's city; never a hint; an empty required blank refuses the insert", async () => {
    await putSettings({ profile: { 社群名: '城南夜读会', 城市: '苏州' } });
    const site = await openReplica(context, 'wechat-web');
    const { page } = site;
    await site.openSidebar();
    // The group the user is in now, as in the issue: its name is read from the page when the form opens.
    await page.evaluate(() => (document.querySelector('#chatArea .title_name')!.textContent = '读书会·3群'));
    await site.composer.click();
    const form = await openItem(site, 'sl-local-smaller');
    await expect(form).toBeVisible();
    const name = form.locator('[data-ck="var"][data-name="社群名"]');
    const city = form.locator('[data-ck="var"][data-name="城市"]');
    await expect(name).toHaveValue('读书会·3群');
    await expect(name).toHaveAttribute('data-source', 'page');
    await expect(city).toHaveValue('苏州');
    await expect(city).toHaveAttribute('data-source', 'profile');
    await expect(form).toContainText(/页面|page/);
    await expect(form).toContainText(/资料|profile/);
    for (const input of await form.locator('[data-ck="var"]').all()) {
      const [value, hint] = [await input.inputValue(), (await input.getAttribute('placeholder')) ?? ''];
      if (value) expect(hint.includes(value), `${value} is an example from "${hint}"`).toBe(false);
    }

    await name.fill('');
    await form.locator('[data-ck="fill-insert"]').click();
    await expect(form).toBeVisible();
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toBeFocused();
    await expect(form.locator('[role="alert"]')).toBeVisible();
    expect(await site.model()).toBe('');

    await name.fill('读书会');
    await expect(name).toHaveAttribute('aria-invalid', 'false');
    await form.locator('[data-ck="fill-insert"]').click();
    await expect(form).toBeHidden();
    await expect.poll(() => site.model()).toContain('读书会让它小一点');
    await expect.poll(() => site.model()).toContain('苏州');
    expect(site.errors).toEqual([]);
    await page.close();
  });

  test('a douban group form starts empty where nothing is known, and "remember for this blank" fills it next time', async () => {
    await putSettings({ profile: {} });
    const site = await openReplica(context, 'douban-group');
    await site.openSidebar();
    await site.composer.click();
    let form = await openItem(site, 'sl-local-smaller');
    await expect(form.locator('[data-ck="var"][data-name="社群名"]')).toHaveValue('城市读书会小组');
    const city = form.locator('[data-ck="var"][data-name="城市"]');
    await expect(city).toHaveValue('');
    await city.fill('成都');
    await form.locator('[data-ck="var"][data-name="城市"] ~ [data-ck="remember"]').click();
    await expect.poll(async () => ((await readStoreValue(context, 'settings')) as { profile?: Record<string, string> })?.profile?.['城市']).toBe('成都');
    await site.page.keyboard.press('Escape');

    await site.page.reload();
    await expect(site.page.locator('ck-sidebar[ready]')).toHaveCount(1);
    await site.composer.click();
    form = await openItem(site, 'sl-local-smaller');
    await expect(form.locator('[data-ck="var"][data-name="城市"]')).toHaveValue('成都');
    await expect(form.locator('[data-ck="var"][data-name="城市"]')).toHaveAttribute('data-source', 'profile');
    await site.page.close();
  });
});

/** Each composer replica with its send button (in the composer's frame where it has one) and the page parts the sidebar must leave visible. */
const PLACES = [
  { id: 'weibo-home', send: '.woo-button-content:visible', keep: ['#wbpro-side-hot'] },
  { id: 'weibo-mobile', send: 'a.m-send-btn', keep: [] },
  { id: 'weibo-flaky', send: '.woo-button-content:visible', keep: [] },
  { id: 'douban-legacy', send: '#isay-submit', keep: ['.aside'] },
  { id: 'douban-dre', send: '.DRE-primary-button', keep: ['.aside'] },
  { id: 'douban-group', send: 'input[name=rev_submit]', keep: ['.aside'] },
  { id: 'douban-vanishing', send: '#isay-submit', keep: [] },
  { id: 'wechat-web', send: 'a.btn_send', keep: ['.chat_list'] },
  { id: 'wechat-filehelper', send: 'a.chat-send__button', keep: [] },
  { id: 'wechat-mp', send: '.weui-desktop-btn_primary', keep: [] },
  { id: 'wechat-mp-legacy', send: 'button.btn_primary', keep: [] },
  { id: 'wechat-iframe', send: 'button.js_send', keep: [], sendInFrame: true },
] as const;

for (const { id, send, keep, ...where } of PLACES) {
  test(`${id}: the sidebar and its tab leave the composer, the send button and the page's lists uncovered`, async () => {
    const site = await openReplica(context, id);
    const { page } = site;
    const frame = 'sendInFrame' in where ? site.frame : page.mainFrame();
    await expect(page.locator('ck-sidebar[ready]')).toHaveCount(1);
    const composer = await boxOf(site.composer);
    const sendButton = await boxOf(frame.locator(send).first());
    const kept = await Promise.all(keep.map((selector) => boxOf(page.locator(selector).first())));
    if ((await page.locator('[data-ck="toggle"]').getAttribute('aria-expanded')) === 'true') await page.locator('[data-ck="toggle"]').click();
    const tab = await boxOf(page.locator('[data-ck="toggle"]'));
    for (const box of [composer, sendButton, ...kept]) expect(overlaps(tab, box), `the closed tab covers ${JSON.stringify(box)}`).toBe(false);

    await site.openSidebar();
    const panel = await boxOf(page.locator('[data-ck="sidebar"]'));
    const toggle = await boxOf(page.locator('[data-ck="toggle"]'));
    const after = { composer: await boxOf(site.composer), send: await boxOf(frame.locator(send).first()) };
    const keptAfter = await Promise.all(keep.map((selector) => boxOf(page.locator(selector).first())));
    for (const box of [after.composer, after.send, ...keptAfter]) {
      expect(overlaps(panel, box), `the panel covers ${JSON.stringify(box)}`).toBe(false);
      expect(overlaps(toggle, box), `the tab covers ${JSON.stringify(box)}`).toBe(false);
    }
    expect(site.errors).toEqual([]);
    await page.close();
  });
}

test('docked, the page makes room and gets its width back on close; the choice to overlay is remembered for the site', async () => {
  const site = await openReplica(context, 'douban-legacy');
  const { page } = site;
  await site.openSidebar();
  const host = page.locator('ck-sidebar');
  await expect(host).toHaveAttribute('layout', 'dock');
  const width = (await boxOf(page.locator('[data-ck="sidebar"]'))).width;
  const margin = () => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);
  expect(await margin()).toBe(`${Math.round(width)}px`);
  await page.locator('[data-ck="layout"]').click();
  await expect(host).toHaveAttribute('layout', 'overlay');
  expect(await margin()).toBe('0px');
  await page.reload();
  await expect(page.locator('ck-sidebar[ready]')).toHaveCount(1);
  await expect(host).toHaveAttribute('layout', 'overlay');
  await page.locator('[data-ck="layout"]').click();
  await expect(host).toHaveAttribute('layout', 'dock');
  await page.locator('[data-ck="toggle"]').click();
  await expect(page.locator('[data-ck="sidebar"]')).toBeHidden();
  expect(await margin()).toBe('0px');
  await page.close();
});

test('a success notice floats over the list, leaves at the next keystroke or by itself; the list does not move', async () => {
  const site = await openReplica(context, 'weibo-home');
  const { page } = site;
  await site.openSidebar();
  await site.composer.click();
  await page.keyboard.type('周末读书会');
  await page.locator('[role="tab"][data-kind="topic"]').click();
  const list = page.locator('ul.list');
  const before = await boxOf(list);
  await page.locator('[data-ck="suggestion"]').first().locator('[data-ck="insert"]').click();
  const notice = page.locator('[data-ck="notice"]');
  await expect(notice).toBeVisible();
  expect((await boxOf(list)).y).toBe(before.y);
  await site.composer.press('End');
  await page.keyboard.type('好');
  await expect(notice).toBeHidden();

  await page.locator('[data-ck="suggestion"]').first().locator('[data-ck="insert"]').click();
  await expect(notice).toBeVisible();
  await expect(notice).toBeHidden({ timeout: 8000 });
  expect(site.errors).toEqual([]);
  await page.close();
});

test('search filters to matching items, says so when nothing matches, and marks no stop-words or blanks', async () => {
  const site = await openReplica(context, 'weibo-home');
  const { page } = site;
  await site.openSidebar();
  const search = page.locator('[data-ck="search"]');
  await search.fill('领养');
  const cards = page.locator('[data-ck="suggestion"]');
  await expect(cards.first()).toBeVisible();
  for (const id of await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')!))) {
    const item = byId.get(id)!;
    expect([item.title, item.body, ...(item.tags ?? [])].join(' '), id).toContain('领养');
  }
  await search.fill('绝不会出现的查询词');
  await expect(cards).toHaveCount(0);
  await expect(page.locator('[data-ck="no-match"]')).toContainText('绝不会出现的查询词');

  await search.fill('');
  await site.composer.click();
  await page.keyboard.type('我们在一个周末办了2025年的社群读书会');
  await expect(cards.first()).toBeVisible();
  await expect(page.locator('[data-ck="suggestion"] mark').first()).toBeVisible();
  const marks = await page.locator('[data-ck="suggestion"] mark').evaluateAll((els) =>
    els.map((mark) => {
      const before = [...(mark.parentElement?.childNodes ?? [])].slice(0, [...(mark.parentElement?.childNodes ?? [])].indexOf(mark)).map((n) => n.textContent).join('');
      return { text: mark.textContent ?? '', insideBlank: before.lastIndexOf('{{') > before.lastIndexOf('}}') };
    }),
  );
  for (const mark of marks) {
    expect(['我们', '一个', '在', '年', '的'], mark.text).not.toContain(mark.text);
    expect(mark.insideBlank, mark.text).toBe(false);
  }
  await page.close();
});

test('cards name their kit, fold near-duplicates of another kit, label the limit and show the text that goes in', async () => {
  const topic = kit.items.find((i) => i.kind === 'topic' && i.title.length >= 4 && (!i.platforms || i.platforms.includes('weibo')))!;
  const teammate: Kit = {
    format: 'community-kit',
    formatVersion: 1,
    id: 'teammate',
    name: '队友的包',
    version: '1.0.0',
    updatedAt: '2026-11-20T08:00:00+08:00',
    items: [
      { id: 'tm-dup', kind: 'topic', title: topic.title, body: `${topic.body}！` },
      { id: 'tm-own', kind: 'topic', title: '队友专属暗号话题', body: '队友专属暗号话题' },
    ],
  };
  await seedKit(context, teammate);
  try {
    const site = await openReplica(context, 'weibo-home');
    const { page } = site;
    await site.openSidebar();
    await expect(page.locator('[data-ck="sidebar"] header')).toContainText(/上限 2000 字|limit 2000/);
    await page.locator('[data-ck="search"]').fill('队友专属暗号');
    const own = page.locator('[data-ck="suggestion"][data-item-id="tm-own"]');
    await expect(own.locator('[data-ck="kit-name"]')).toHaveText('队友的包');
    await expect(own.locator('[data-ck="will-insert"]')).toContainText('#队友专属暗号话题#');

    await page.locator('[data-ck="search"]').fill(topic.title);
    // The better ranked of the two stands for both; the other kit is named under it.
    const pair = page.locator(`[data-ck="suggestion"][data-item-id="${topic.id}"], [data-ck="suggestion"][data-item-id="tm-dup"]`);
    await expect(pair).toHaveCount(1);
    const shown = await pair.getAttribute('data-item-id');
    await expect(pair.locator('[data-ck="also-in"]')).toContainText(shown === 'tm-dup' ? kit.name : '队友的包');
    await page.close();
  } finally {
    await seedKit(context, teammate, { enabled: false });
  }
});
