import { expect, test, type BrowserContext } from '@playwright/test';
import { builtinKit, hashtag, markdownToPlainText, platformTarget, type Kit, type KitItem } from '../../content-kit';
import { syntheticKit } from '../bench/synthetic-kit.mjs';
import { routeReplicas } from '../fixtures/sites/route-replicas.mjs';
import { launchBrowser } from './support/launch-browser';
import { openReplica, squash, type SidebarPage } from './support/sidebar-page';
import { seedKit } from './support/seed-kit';

const kit = builtinKit();
const byId = new Map<string, KitItem>(kit.items.map((item) => [item.id, item]));

/** Every composer variant, the draft a person would be writing there, and the platform target it writes for. */
const COMPOSERS = [
  { id: 'weibo-home', draft: '周末的读书会要办第一次线下见面', target: 'weibo-post' },
  { id: 'weibo-mobile', draft: '今天带娃去公园，宝宝学会了走路', target: 'weibo-post' },
  { id: 'douban-legacy', draft: '周末徒步露营，有没有一起的', target: 'douban-broadcast' },
  { id: 'douban-dre', draft: '分享一家适合烘焙新手的小店', target: 'douban-broadcast' },
  { id: 'douban-group', draft: '新人进群先看看群规，欢迎大家', target: 'douban-group-topic' },
  { id: 'wechat-web', draft: '各位宝妈，今晚聊聊辅食', target: 'wechat-chat' },
  { id: 'wechat-filehelper', draft: '明天的健身打卡挑战开始了', target: 'wechat-chat' },
  { id: 'wechat-mp', draft: '创始人写给社群成员的一封信', target: 'wechat-mp-body' },
  { id: 'wechat-mp-legacy', draft: '我们社群的故事', target: 'wechat-mp-body' },
] as const;

let context: BrowserContext;

test.beforeAll(async () => {
  ({ context } = await launchBrowser());
  await routeReplicas(context);
});
test.afterAll(async () => context.close());

async function typeDraft(site: SidebarPage, draft: string) {
  await site.composer.click();
  await site.page.keyboard.type(draft);
  await expect.poll(() => site.model()).toContain(draft);
}

for (const { id, draft, target } of COMPOSERS) {
  test(`${id}: suggestions follow the draft; a topic, a slogan and a filled story go into the composer`, async () => {
    const site = await openReplica(context, id);
    const { page } = site;
    await site.openSidebar();
    await typeDraft(site, draft);
    await expect(page.locator('[data-ck="suggestion"]').first()).toBeVisible();

    const form = platformTarget(target).hashtag;
    const topicId = await site.insertFirst('topic', { blanks: false });
    const topic = hashtag(byId.get(topicId)!.body, form);
    await expect.poll(() => site.model().then(squash)).toContain(squash(topic));

    const sloganId = await site.insertFirst('slogan', { blanks: false });
    const slogan = markdownToPlainText(byId.get(sloganId)!.body);
    await expect.poll(() => site.model().then(squash)).toContain(squash(slogan));

    await site.insertFirst('story');
    const fill = page.locator('[data-ck="fill-form"]');
    await expect(fill).toBeVisible();
    const vars = fill.locator('[data-ck="var"]');
    const count = await vars.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await vars.nth(i).fill(`填空${i}号`);
    await fill.locator('[data-ck="fill-insert"]').click();
    await expect(fill).toBeHidden();
    for (let i = 0; i < count; i++) await expect.poll(() => site.model()).toContain(`填空${i}号`);
    // Inserting never sends or posts anything.
    expect(await page.evaluate(() => window.__replica!.sent())).toEqual([]);
    expect(site.errors).toEqual([]);
    await page.close();
  });
}

for (const { id, draft } of COMPOSERS.filter((c) => c.id !== 'wechat-mp-legacy')) {
  test(`${id}: undo takes an insertion back`, async () => {
    const site = await openReplica(context, id);
    await site.openSidebar();
    await typeDraft(site, draft);
    const topicId = await site.insertFirst('topic', { blanks: false });
    const words = byId.get(topicId)!.body;
    await expect.poll(() => site.model()).toContain(words);
    await site.composer.focus();
    await site.page.keyboard.press('Control+z');
    await expect.poll(() => site.model()).not.toContain(words);
    expect(site.errors).toEqual([]);
    await site.page.close();
  });
}

test('weibo: after single-page navigation the new composer is found', async () => {
  const site = await openReplica(context, 'weibo-home');
  const { page } = site;
  await site.openSidebar();
  await page.evaluate(() => window.__replica!.navigate!('/u/123'));
  await expect(page.locator('textarea[placeholder="有什么新鲜事想分享给大家？"]')).toHaveCount(0);
  await page.evaluate(() => window.__replica!.navigate!('/'));
  await typeDraft(site, '城市夜跑');
  const topicId = await site.insertFirst('topic');
  await expect.poll(() => site.model()).toContain(byId.get(topicId)!.body);
  expect(site.errors).toEqual([]);
  await page.close();
});

test('weibo: a composer re-rendered every second keeps taking insertions', async () => {
  const site = await openReplica(context, 'weibo-flaky');
  await site.openSidebar();
  await typeDraft(site, '周末露营');
  await site.page.waitForTimeout(1200);
  const topicId = await site.insertFirst('topic');
  await expect.poll(() => site.model()).toContain(byId.get(topicId)!.body);
  expect(site.errors).toEqual([]);
  await site.page.close();
});

test('hot topics are read from the page, ads left out, and insert as topics', async () => {
  const home = await openReplica(context, 'weibo-home');
  await home.openSidebar();
  const expected = home.replica.context.hotTopics!;
  await expect(home.page.locator('[data-ck="hot-topic"]')).toHaveCount(expected.length);
  await expect(home.page.locator('[data-ck="hot-topic"]').first()).toHaveText(`#${expected[0]}`);
  await home.composer.click();
  await home.page.locator('[data-ck="hot-topic"]').nth(1).click();
  await expect.poll(() => home.model()).toContain(`#${expected[1]}#`);
  await home.page.close();

  const hot = await openReplica(context, 'weibo-hot');
  await hot.openSidebar();
  const titles = await hot.page.locator('[data-ck="hot-topic"]').allTextContents();
  expect(titles.map((t) => t.trim().replace(/^#/, ''))).toEqual(hot.replica.context.hotTopics);
  await hot.page.close();
});

test('without a composer the sidebar still works and copies', async () => {
  const site = await openReplica(context, 'weibo-hot');
  const { page } = site;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://s.weibo.com' });
  await site.openSidebar();
  await expect(page.locator('[data-ck="sidebar"] [role="note"]')).toBeVisible();
  await page.locator('[role="tab"][data-kind="slogan"]').click();
  const card = page.locator('[data-ck="suggestion"][data-blanks="false"]').first();
  const itemId = (await card.getAttribute('data-item-id'))!;
  await card.locator('[data-ck="copy"]').click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(markdownToPlainText(byId.get(itemId)!.body));
  expect(site.errors).toEqual([]);
  await page.close();
});

test('a story form refuses insertion until required blanks are filled, marking them, and previews the text', async () => {
  const site = await openReplica(context, 'weibo-home');
  const { page } = site;
  await site.openSidebar();
  await typeDraft(site, '创始人故事');
  await site.insertFirst('story');
  const fill = page.locator('[data-ck="fill-form"]');
  const insert = fill.locator('[data-ck="fill-insert"]');
  await insert.click();
  await expect(fill).toBeVisible();
  await expect(fill.locator('[data-ck="var"][aria-invalid="true"]').first()).toBeFocused();
  expect(await site.model()).toBe('创始人故事');
  const vars = fill.locator('[data-ck="var"]');
  for (let i = 0; i < (await vars.count()); i++) await vars.nth(i).fill(`值${i}`);
  await expect(insert).toBeEnabled();
  await expect(fill).toContainText('值0');
  await page.keyboard.press('Escape');
  await expect(fill).toBeHidden();
  expect(await site.model()).toBe('创始人故事');
  await page.close();
});

test('Escape closes the sidebar and the toggle reopens it; the state is remembered per site', async () => {
  const site = await openReplica(context, 'douban-legacy');
  const { page } = site;
  await site.openSidebar();
  await page.locator('[data-ck="search"]').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-ck="sidebar"]')).toBeHidden();
  await site.openSidebar();
  await page.reload();
  await expect(page.locator('ck-sidebar[ready]')).toHaveCount(1);
  await expect(page.locator('[data-ck="sidebar"]')).toBeVisible();
  await page.locator('[data-ck="toggle"]').click();
  await expect(page.locator('[data-ck="sidebar"]')).toBeHidden();
  await page.reload();
  await expect(page.locator('ck-sidebar[ready]')).toHaveCount(1);
  await expect(page.locator('[data-ck="sidebar"]')).toBeHidden();
  await page.close();
});

test('the search box ranks across kinds and highlights what matched', async () => {
  const site = await openReplica(context, 'weibo-home');
  const { page } = site;
  await site.openSidebar();
  await page.locator('[data-ck="search"]').fill('领养');
  const first = page.locator('[data-ck="suggestion"]').first();
  await expect(first.locator('mark').first()).toHaveText(/领养/);
  await page.close();
});

test('an unlisted host gets nothing from the extension', async () => {
  const site = await openReplica(context, 'unlisted');
  await site.page.waitForTimeout(500);
  await expect(site.page.locator('ck-sidebar')).toHaveCount(0);
  await site.page.close();
});

test('the service worker starts and answers a message', async () => {
  const { extensionId } = { extensionId: new URL(context.serviceWorkers()[0]!.url()).host };
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await page.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
    return chrome.runtime.sendMessage({ ck: 1, type: 'ping', payload: {} });
  });
  expect(reply).toMatchObject({ ok: true });
  await page.close();
});

test("today's calendar entries for this platform are listed first, insert their item and can be marked published", async () => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await seedKit(context, {
    format: 'community-kit',
    formatVersion: 1,
    id: 'today-plan',
    name: '今日计划测试',
    version: '1.0.0',
    updatedAt: '2026-11-20T08:00:00+08:00',
    items: [{ id: 'tp-topic', kind: 'topic', title: '今晚共读打卡', body: '今晚共读打卡' }],
    calendar: [
      { id: 'tp-1', date: today, time: '20:00', title: '晚八点共读直播', platform: 'weibo', status: 'scheduled', itemId: 'tp-topic' },
      { id: 'tp-2', date: today, title: '豆瓣小组话题', platform: 'douban', status: 'idea' },
    ],
  });
  const site = await openReplica(context, 'weibo-home');
  const { page } = site;
  await site.openSidebar();
  const entry = page.locator('[data-ck="today-entry"][data-entry-id="tp-1"]');
  await expect(entry).toBeVisible();
  await expect(page.locator('[data-ck="today-entry"][data-entry-id="tp-2"]')).toHaveCount(0);
  await site.composer.click();
  await entry.getByRole('button').first().click();
  await expect.poll(() => site.model()).toContain('#今晚共读打卡#');
  await entry.getByRole('button').last().click();
  await page.reload();
  await expect(page.locator('ck-sidebar[ready]')).toHaveCount(1);
  await expect(page.locator('[data-ck="today-entry"][data-entry-id="tp-1"]')).toContainText(/已发布|Published/);
  await page.close();
});

for (const id of ['weibo-home', 'wechat-web', 'douban-dre']) {
  test(`${id}: text goes in at the caret even after typing in the sidebar's search box`, async () => {
    const site = await openReplica(context, id);
    const { page } = site;
    await site.openSidebar();
    await typeDraft(site, '开头结尾');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
    await page.locator('[data-ck="search"]').fill('领养');
    const card = page.locator('[data-ck="suggestion"][data-kind="topic"]').first();
    const topicId = (await card.getAttribute('data-item-id'))!;
    await card.locator('[data-ck="insert"]').click();
    const expected = `开头${hashtag(byId.get(topicId)!.body, 'double')}结尾`;
    await expect.poll(() => site.model().then(squash)).toBe(squash(id === 'wechat-web' ? expected.replace(/#/g, '') : expected));
    expect(site.errors).toEqual([]);
    await page.close();
  });
}

test('a large kit is indexed in slices: its last items are found, and the page stays usable meanwhile', async () => {
  const big = syntheticKit(4000, { seed: 42, id: 'big-kit' }) as Kit;
  const last = big.items.at(-1)!;
  await seedKit(context, big);
  const site = await openReplica(context, 'weibo-mobile');
  const { page } = site;
  await site.openSidebar();
  await typeDraft(site, '周末');
  await page.locator('[data-ck="search"]').fill(last.title);
  await expect(page.locator(`[data-ck="suggestion"][data-item-id="${last.id}"]`)).toBeVisible();
  expect(site.errors).toEqual([]);
  await page.close();
  await seedKit(context, big, { enabled: false });
});
