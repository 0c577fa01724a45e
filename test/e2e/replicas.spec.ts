import { test, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { launchBrowser } from './support/launch-browser';
import { REPLICAS, replicaById, replicaForUrl, routeReplicas, type Replica } from '../fixtures/sites/route-replicas.mjs';

// Tests of the offline site replicas themselves (no extension): each page's model must follow only the events the real
// editor listens to, so that tests of the extension can tell "typed like a person" from a naive DOM write.

let context: BrowserContext;

test.beforeAll(async () => {
  ({ context } = await launchBrowser({ extension: false }));
  await routeReplicas(context);
});

test.afterAll(async () => {
  await context?.close();
});

interface Opened {
  page: Page;
  replica: Replica;
  errors: string[];
  /** URLs the page requested besides its own document (srcdoc frames make none). */
  stray: string[];
}

const opened: Opened[] = [];

test.afterEach(async () => {
  for (const o of opened.splice(0)) {
    const { errors, stray } = o;
    await o.page.close();
    expect(errors, `page errors on ${o.replica.id}`).toEqual([]);
    expect(stray, `requests other than the document on ${o.replica.id}`).toEqual([]);
  }
});

async function open(id: string, { settle = true } = {}): Promise<Opened> {
  const replica = replicaById(id);
  const page = await context.newPage();
  const o: Opened = { page, replica, errors: [], stray: [] };
  opened.push(o);
  page.on('pageerror', (e) => o.errors.push(e.message));
  page.on('request', (req) => {
    const url = req.url();
    if (url !== replica.url && !url.endsWith('/favicon.ico')) o.stray.push(url);
  });
  await page.goto(replica.url);
  await page.waitForFunction((rid) => window.__replica?.id === rid, id);
  if (replica.composerFrame) await expect(composerOf(page, replica)).toBeEditable();
  if (settle && id === 'weibo-late') await page.waitForFunction(() => window.__replica?.composerShown?.(), null, { timeout: 6000 });
  if (settle && id === 'douban-vanishing') await page.waitForFunction(() => window.__replica?.phase?.() === 'back', null, { timeout: 6000 });
  return o;
}

function composerOf(page: Page, r: Replica): Locator {
  if (r.composerFrame) return page.frameLocator(r.composerFrame).locator(r.composerInFrame ?? 'body');
  if (!r.composer) throw new Error(`${r.id} has no composer`);
  return page.locator(r.composer);
}

const model = (page: Page) => page.evaluate(() => window.__replica!.model());
const sendEnabled = (page: Page) => page.evaluate(() => window.__replica!.sendEnabled());
const sent = (page: Page) => page.evaluate(() => window.__replica!.sent());

/** weibo-flaky swaps its composer every second: start an interaction right after a swap. */
async function settle(page: Page, r: Replica): Promise<void> {
  if (r.id !== 'weibo-flaky') return;
  await page.evaluate(() => new Promise((done) => addEventListener('replica:rerender', done, { once: true })));
}

/** What a careless script does: write the DOM and fire no event. */
function naiveWrite(box: Locator, text: string): Promise<void> {
  return box.evaluate((el, t) => {
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') (el as HTMLTextAreaElement).value = t;
    else el.innerHTML = `<p>${t}</p>`;
  }, text);
}

/** Focus, caret at the end, document.execCommand('insertText'). */
function execInsert(box: Locator, text: string): Promise<boolean> {
  return box.evaluate((el, t) => {
    const doc = el.ownerDocument, win = doc.defaultView!;
    win.focus();
    (el as HTMLElement).focus();
    if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
      const f = el as HTMLTextAreaElement;
      f.setSelectionRange(f.value.length, f.value.length);
    } else {
      const s = win.getSelection()!;
      s.selectAllChildren(el);
      s.collapseToEnd();
    }
    return doc.execCommand('insertText', false, t);
  }, text);
}

/** A synthetic paste as MultiPost does it: a ClipboardEvent whose DataTransfer carries text/plain (and optionally text/html). */
function syntheticPaste(box: Locator, plain: string, html?: string): Promise<void> {
  return box.evaluate((el, [p, h]) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', p!);
    if (h) dt.setData('text/html', h);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, [plain, html]);
}

const SEND: Record<string, (page: Page) => Promise<void>> = {
  'weibo-home': (p) => p.locator('button', { has: p.locator('span.woo-button-content', { hasText: '发送' }) }).click(),
  'weibo-flaky': (p) => p.locator('button', { has: p.locator('span.woo-button-content', { hasText: '发送' }) }).click(),
  'weibo-mobile': (p) => p.locator('a.m-send-btn').click(),
  'douban-legacy': (p) => p.locator('#isay-submit').click(),
  'douban-vanishing': (p) => p.locator('#isay-submit').click(),
  'douban-dre': (p) => p.locator('button.DRE-primary-button').click(),
  'douban-dre-strict': (p) => p.locator('button.DRE-primary-button').click(),
  'douban-dre-locked': (p) => p.locator('button.DRE-primary-button').click(),
  'wechat-mp-renamed': (p) => p.locator('#js_submit button').click(),
  'weibo-late': (p) => p.locator('button', { has: p.locator('span.woo-button-content', { hasText: '发送' }) }).click(),
  'douban-group': async (p) => {
    await p.locator('input[name=rev_title]').fill('读书会活动');
    await p.locator('input[name=rev_submit]').click();
  },
  'wechat-web': (p) => p.keyboard.press('Enter'),
  'wechat-filehelper': (p) => p.locator('a.chat-send__button').click(),
  'wechat-mp': (p) => p.locator('#js_submit button').click(),
  'wechat-mp-legacy': (p) => p.locator('#js_submit button').click(),
  'wechat-iframe': (p) => p.frameLocator('iframe#js_msg_frame').locator('button.js_send').click(),
  unlisted: (p) => p.locator('#note button').click(),
};

const WITH_COMPOSER = REPLICAS.filter((r) => r.composer || r.composerFrame);
/** Where execCommand('insertText') fires no beforeinput in Chromium, and the editor (like DRE) refuses unannounced DOM changes. */
const EXEC_REFUSED = new Set(['dre', 'dre-locked']);
/** Editors that take no scripted text at all, a synthetic paste included (only the browser's own input). */
const PASTE_REFUSED = new Set(['dre-locked']);
const TYPED = '你好hello';
const INSERTED = '插入的话题';

test('the manifest is complete and consistent', () => {
  const ids = REPLICAS.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of REPLICAS) {
    expect(r.file).toMatch(/\.html$/);
    expect(replicaForUrl(r.url)?.id).toBe(r.id);
    if (r.composerFrame) expect(r.composer).toBeNull();
    if (r.composer || r.composerFrame) expect(SEND[r.id], `send action for ${r.id}`).toBeDefined();
  }
  expect(() => replicaById('nope')).toThrow(/Unknown replica/);
  expect(replicaForUrl('https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit&action=edit&type=77&token=999')?.id).toBe('wechat-mp');
  expect(replicaForUrl('https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&legacy=1&token=5')?.id).toBe('wechat-mp-legacy');
  expect(replicaForUrl('https://m.weibo.cn/compose')?.id).toBe('weibo-mobile');
  expect(replicaForUrl('https://weibo.com/u/123')).toBeUndefined();
});

for (const r of REPLICAS) {
  test(`${r.id}: loads offline with its test API and no page errors`, async () => {
    const { page } = await open(r.id, { settle: false });
    expect(await page.evaluate(() => typeof window.__replica?.model())).toBe('string');
    expect(await sent(page)).toEqual([]);
    const html = await page.content();
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
  });
}

for (const r of WITH_COMPOSER) {
  test(`${r.id}: the model follows typing and events, not naive DOM writes; send sends it`, async () => {
    const { page } = await open(r.id);
    const box = composerOf(page, r);
    const initial = await model(page);
    expect(await sendEnabled(page)).toBe(false);

    await test.step('a write without events leaves the model alone', async () => {
      await settle(page, r);
      await naiveWrite(box, '直接写入');
      await page.waitForTimeout(20);
      expect(await model(page)).toBe(initial);
      expect(await sendEnabled(page)).toBe(false);
      if (r.editorKind === 'dre' || r.editorKind === 'dre-locked' || r.editorKind === 'prosemirror') {
        await expect(box).not.toContainText('直接写入');
        await box.evaluate((el) => {
          el.textContent = '再次写入';
          el.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: '再次写入', bubbles: true }));
        });
        expect(await model(page)).toBe(initial);
        await expect(box).not.toContainText('再次写入');
      }
      await page.evaluate(() => window.__replica!.rerender());
    });

    if (r.editorKind === 'textarea') {
      await test.step('value plus an input event reaches the model, as Vue v-model or a jQuery handler would take it', async () => {
        await settle(page, r);
        await box.evaluate((el: HTMLTextAreaElement) => {
          el.value = '脚本写入';
          el.dispatchEvent(new Event('input', { bubbles: true }));
        });
        expect(await model(page)).toBe('脚本写入');
        await box.evaluate((el: HTMLTextAreaElement) => {
          el.value = '';
          el.dispatchEvent(new Event('input', { bubbles: true }));
        });
        expect(await model(page)).toBe(initial);
      });
    }

    await test.step('typing updates the model and enables send', async () => {
      await settle(page, r);
      await box.click();
      await page.keyboard.type(TYPED);
      await expect.poll(() => model(page)).toContain(TYPED);
      expect(await sendEnabled(page)).toBe(true);
    });

    await test.step('execCommand insertText is accepted where the real editor accepts it', async () => {
      await settle(page, r);
      const before = await model(page);
      await execInsert(box, INSERTED);
      if (EXEC_REFUSED.has(r.editorKind!)) {
        await expect.poll(() => model(page)).toBe(before);
        await expect(box).not.toContainText(INSERTED);
        await syntheticPaste(box, INSERTED);
      }
      if (PASTE_REFUSED.has(r.editorKind!)) {
        await page.waitForTimeout(50);
        expect(await model(page)).toBe(before);
        await expect(box).not.toContainText(INSERTED);
        return;
      }
      await expect.poll(() => model(page)).toContain(INSERTED);
      await page.keyboard.press('Control+z');
      if (r.undo) await expect.poll(() => model(page)).not.toContain(INSERTED);
      else expect(await model(page)).toContain(INSERTED);
    });

    await test.step('rerender swaps the element and keeps the model', async () => {
      const kept = await model(page);
      await box.evaluate((el) => el.setAttribute('data-old', '1'));
      await page.evaluate(() => window.__replica!.rerender());
      await expect(box).not.toHaveAttribute('data-old', '1');
      expect(await model(page)).toBe(kept);
      const visible = await box.evaluate((el) => (el.tagName === 'TEXTAREA' ? (el as HTMLTextAreaElement).value : el.textContent ?? ''));
      expect(visible).toContain(TYPED.slice(0, 2));
    });

    expect(await sent(page)).toEqual([]);

    await test.step('pressing send sends the model once', async () => {
      const before = await model(page);
      await settle(page, r);
      await box.click();
      await SEND[r.id]!(page);
      await expect.poll(() => sent(page)).toHaveLength(1);
      expect((await sent(page))[0]).toBe(before);
    });
  });
}

test('weibo-hot: the table rows parse to the manifest hot topics', async () => {
  const { page, replica } = await open('weibo-hot');
  const rows = await page.$$eval('#pl_top_realtimehot table tbody tr', (trs) =>
    trs.map((tr) => ({
      title: tr.querySelector('td.td-02 > a')?.textContent?.trim() ?? '',
      href: tr.querySelector('td.td-02 > a')?.getAttribute('href') ?? '',
      hrefTo: tr.querySelector('td.td-02 > a')?.getAttribute('href_to'),
      badge: tr.querySelector('td.td-03 > i')?.textContent?.trim() ?? '',
      pinned: !!tr.querySelector('td.td-01 i.icon-top'),
      rank: tr.querySelector('td.td-01')?.textContent?.trim() ?? '',
      heat: tr.querySelector('td.td-02 > span')?.textContent?.trim() ?? '',
    })),
  );
  expect(rows).toHaveLength(20);
  expect(rows[0]!.pinned).toBe(true);
  expect(rows[0]!.rank).toBe('');
  const ads = rows.filter((x) => x.badge === '荐');
  expect(ads).toHaveLength(2);
  for (const ad of ads) {
    expect(ad.href).toBe('javascript:void(0);');
    expect(ad.hrefTo).toMatch(/^\/weibo\?q=%23/);
  }
  const topics = rows.filter((x) => x.badge !== '荐');
  for (const t of topics) expect(decodeURIComponent(new URL(t.href, 'https://s.weibo.com').searchParams.get('q')!)).toBe(`#${t.title}#`);
  expect(topics.map((x) => x.title)).toEqual(replica.context.hotTopics);
  expect(rows.filter((x) => /^\d+$/.test(x.rank)).map((x) => Number(x.rank))).toEqual([...Array(17).keys()].map((i) => i + 1));
  expect(await page.locator('textarea, [contenteditable]').count()).toBe(0);
});

test('weibo-home: side hot card, random hashed classes, comment layer and SPA navigation', async () => {
  const { page, replica } = await open('weibo-home');
  // Filter ads by their badge, not by text: 城市夜跑路线推荐 contains 荐 too.
  const side = await page.$$eval('#wbpro-side-hot .wbpro-side-panel a', (as) =>
    as.filter((a) => a.querySelector('.hot-tag')?.textContent !== '荐').map((a) => a.querySelector('.hot-title')!.textContent!.trim()),
  );
  expect(side).toEqual(replica.context.hotTopics);

  const cls = await page.locator(replica.composer!).getAttribute('class');
  expect(cls).toMatch(/^_input_[0-9a-z]{5}_8$/);
  const { page: again } = await open('weibo-home');
  expect(await again.locator(replica.composer!).getAttribute('class')).not.toBe(cls);
  await again.close();
  await page.bringToFront(); // a background tab gets throttled animation frames, which slows every click

  await page.locator('[data-post="p1"] button[data-act="comment"]').click();
  const layerBox = page.locator('.wbpro-layer textarea[placeholder="发布你的评论"]');
  await expect(layerBox).toBeVisible();
  await naiveWrite(layerBox, '直接写入');
  expect(await page.evaluate(() => window.__replica!.layer!())).toEqual({ model: '', sendEnabled: false });
  await layerBox.fill('');
  await layerBox.click();
  await page.keyboard.type('说得好');
  expect(await page.evaluate(() => window.__replica!.layer!())).toEqual({ model: '说得好', sendEnabled: true });
  await page.locator('.wbpro-layer button', { hasText: '评论' }).click();
  await expect(page.locator('.wbpro-layer')).toHaveCount(0);
  expect(await sent(page)).toEqual(['说得好']);

  await page.locator(replica.composer!).click();
  await page.keyboard.type('草稿');
  await page.locator(replica.composer!).evaluate((el) => el.setAttribute('data-old', '1'));
  await page.evaluate(() => window.__replica!.navigate!('/u/123'));
  expect(new URL(page.url()).pathname).toBe('/u/123');
  await expect(page.locator('textarea')).toHaveCount(0);
  await page.evaluate(() => window.__replica!.navigate!('/'));
  await expect(page.locator(replica.composer!)).toBeVisible();
  await expect(page.locator(replica.composer!)).not.toHaveAttribute('data-old', '1');
  expect(await model(page)).toBe('');
  await page.goBack();
  await expect(page.locator('textarea')).toHaveCount(0);
  await page.goForward();
  await expect(page.locator(replica.composer!)).toBeVisible();
});

test('weibo-flaky: the composer is replaced every second, keeping model and value', async () => {
  const { page, replica } = await open('weibo-flaky');
  await settle(page, replica);
  await page.locator(replica.composer!).click();
  await page.keyboard.type('不会丢');
  await page.locator(replica.composer!).evaluate((el) => el.setAttribute('data-old', '1'));
  const swaps = await page.evaluate(() => window.__replica!.swaps!());
  await expect.poll(() => page.evaluate(() => window.__replica!.swaps!()), { timeout: 3000 }).toBeGreaterThan(swaps);
  const box = page.locator(replica.composer!);
  await expect(box).not.toHaveAttribute('data-old', '1');
  await expect(box).toHaveValue('不会丢');
  expect(await model(page)).toBe('不会丢');
  expect(await box.evaluate((el) => el === document.activeElement)).toBe(false);
  expect(await sendEnabled(page)).toBe(true);
});

test('douban-vanishing: #db-isay goes away and comes back fresh', async () => {
  const { page } = await open('douban-vanishing', { settle: false });
  const box = page.locator('#isay-cont');
  await expect(box).toHaveCount(1);
  await expect(box).toHaveCount(0, { timeout: 4000 });
  expect(await page.evaluate(() => window.__replica!.phase!())).toBe('gone');
  await expect(box).toHaveCount(1, { timeout: 4000 });
  expect(await page.evaluate(() => window.__replica!.phase!())).toBe('back');
  await expect(box).toHaveValue('');
  await box.click();
  await page.keyboard.type('回来了');
  expect(await model(page)).toBe('回来了');
  expect(await sendEnabled(page)).toBe(true);
});

test('douban-legacy: #isay-counter counts down and the label hides', async () => {
  const { page } = await open('douban-legacy');
  await page.locator('#isay-cont').click();
  await expect(page.locator('#isay-label')).toBeHidden();
  await page.keyboard.type('周末好');
  await expect(page.locator('#isay-counter')).toHaveText('还可以输入137字');
  await expect(page.locator('#db-isay')).not.toHaveClass(/isay-disable/);
});

test('douban-dre: paragraphs, deletion, html paste, fill and the title field', async () => {
  const { page, replica } = await open('douban-dre');
  const box = composerOf(page, replica);
  await expect(box).toHaveAttribute('role', 'textbox');
  await expect(box).toHaveAttribute('aria-placeholder', '此刻你想要分享...');
  await expect(page.locator('h1')).toHaveText(`#${replica.context.title}#`);
  await box.click();
  await page.keyboard.type('第一段');
  await page.keyboard.press('Enter');
  await page.keyboard.type('第二段x');
  await page.keyboard.press('Backspace');
  expect(await model(page)).toBe('第一段\n第二段');
  await expect(box.locator('p')).toHaveCount(2);
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  expect(await model(page)).toBe('第一段第二段');
  await syntheticPaste(box, 'ignored', '<p>甲</p><p>乙 <b>丙</b></p>');
  expect(await model(page)).toBe('第一段甲\n乙 丙第二段');
  await page.keyboard.press('Control+z');
  expect(await model(page)).toBe('第一段第二段');
  await page.keyboard.insertText('CDP');
  expect(await model(page)).toContain('CDP');
  await box.fill('整段替换');
  expect(await model(page)).toBe('整段替换');
  const title = page.locator('textarea.DRE-topic-editor-title-inputor');
  await expect(title).toHaveAttribute('maxlength', '70');
  await title.evaluate((el: HTMLTextAreaElement) => { el.value = '直接写'; });
  expect(await page.evaluate(() => window.__replica!.field!('title'))).toBe('');
  await title.fill('周末去植物园');
  expect(await page.evaluate(() => window.__replica!.field!('title'))).toBe('周末去植物园');
  expect(await sent(page)).toEqual([]);
});

test('wechat-mp: html paste becomes paragraphs; title, author and digest models follow input events', async () => {
  const { page, replica } = await open('wechat-mp');
  const box = composerOf(page, replica);
  await box.click();
  await syntheticPaste(box, '一\n二', '<meta charset="utf-8"><h2>标题段</h2><p>正文 <span>一</span></p><p><br></p><p>二</p>');
  expect(await model(page)).toBe('标题段\n正文 一\n\n二');
  await expect(box.locator('p')).toHaveCount(4);
  await box.evaluate((el) => { el.textContent = '直接写'; el.dispatchEvent(new Event('input', { bubbles: true })); });
  expect(await model(page)).toBe('标题段\n正文 一\n\n二');
  await expect(box).not.toContainText('直接写');
  const field = (name: 'title' | 'author' | 'digest') => page.evaluate((n) => window.__replica!.field!(n), name);
  await expect(page.locator('.js_title_main textarea#title')).toHaveAttribute('maxlength', '64');
  await expect(page.locator('#author')).toHaveAttribute('maxlength', '8');
  await expect(page.locator('#js_description')).toHaveAttribute('maxlength', '120');
  await page.locator('#title').evaluate((el: HTMLTextAreaElement) => { el.value = '没有事件'; });
  expect(await field('title')).toBe('');
  await page.locator('#title').fill('社区周末活动');
  await page.locator('#author').click();
  await page.keyboard.type('小林');
  await page.locator('#js_description').fill('本周六上午十点');
  expect([await field('title'), await field('author'), await field('digest')]).toEqual(['社区周末活动', '小林', '本周六上午十点']);
  expect(await sent(page)).toEqual([]);
});

test('wechat-mp-legacy: fields and placeholder', async () => {
  const { page, replica } = await open('wechat-mp-legacy');
  await expect(page.locator('.editor_content_placeholder')).toBeVisible();
  await composerOf(page, replica).click();
  await page.keyboard.type('正文开始');
  await expect(page.locator('.editor_content_placeholder')).toBeHidden();
  expect(await model(page)).toMatch(/^<p>正文开始/);
  await page.locator('#title').fill('旧版标题');
  expect(await page.evaluate(() => window.__replica!.field!('title'))).toBe('旧版标题');
});

test('wechat-web: modified Enter inserts a line break, Enter sends', async () => {
  const { page, replica } = await open('wechat-web');
  await expect(page.locator('#chatArea .title_wrap .title_name')).toHaveText(replica.context.chat!);
  const box = composerOf(page, replica);
  await box.click();
  await page.keyboard.type('第一行');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('第二行');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('第三行');
  expect(await model(page)).toBe('第一行\n第二行\n第三行');
  expect(await sent(page)).toEqual([]);
  await syntheticPaste(box, '粘贴');
  expect(await model(page)).toBe('第一行\n第二行\n第三行粘贴');
  await page.keyboard.press('Enter');
  expect(await sent(page)).toEqual(['第一行\n第二行\n第三行粘贴']);
  await expect(page.locator('.message.me .js_message_plain').last()).toHaveText('第一行\n第二行\n第三行粘贴');
  expect(await model(page)).toBe('');
});

test('wechat-filehelper: Enter sends, Ctrl+Enter is a new line', async () => {
  const { page } = await open('wechat-filehelper');
  await page.locator('textarea.chat-panel__input-container').click();
  await page.keyboard.type('上');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('下');
  expect(await model(page)).toBe('上\n下');
  await page.keyboard.press('Enter');
  expect(await sent(page)).toEqual(['上\n下']);
  await expect(page.locator('.msg-list li.msg-item.mine .msg-text').last()).toHaveText('上\n下');
});

test('douban-group: group name is readable and a blank title is refused', async () => {
  const { page, replica } = await open('douban-group');
  await expect(page.locator('#group-info h1')).toHaveText(replica.context.group!);
  await expect(page.locator('.group-item .title a')).toHaveText(replica.context.group!);
  expect(await page.title()).toContain(replica.context.group!);
  await expect(page.locator('input[name=rev_title]')).toHaveAttribute('placeholder', /标题/);
  await page.locator('textarea[name=rev_text]').fill('本周共读');
  await page.locator('input[name=rev_submit]').click();
  await expect(page.locator('#error-tip')).toHaveText('标题不能为空');
  expect(await sent(page)).toEqual([]);
});

test('unlisted: a plain page on a host the extension does not match', async () => {
  const { page } = await open('unlisted');
  await expect(page).toHaveTitle('Example Domain');
  await expect(page.locator('textarea')).toHaveCount(1);
});

test('routing aborts everything that is not a replica', async () => {
  for (const url of ['https://weibo.com/u/123', 'https://www.baidu.com/']) {
    const blocked = await context.newPage();
    await expect(blocked.goto(url)).rejects.toThrow();
    await blocked.close();
  }
  const page = await context.newPage();
  try {
    const res = await page.goto('https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&legacy=1&token=7');
    expect(res?.headers()['content-type']).toContain('text/html');
    await page.waitForFunction(() => window.__replica?.id === 'wechat-mp-legacy');
    // Chromium never lets the exact /favicon.ico through interception, so probe the rule with another path.
    const favicon = await page.evaluate(() => fetch('/static/favicon.ico?v=1').then((r) => r.status));
    expect(favicon).toBe(204);
    await expect(page.evaluate(() => fetch('/cgi-bin/other').then((r) => r.status))).rejects.toThrow(/Failed to fetch/);
  } finally {
    await page.close();
  }
});
