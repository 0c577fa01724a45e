import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { BUILTIN_KIT_ID, bumpVersion, exportKit, parseKit, type Kit } from '../../content-kit';
import { routeReplicas } from '../fixtures/sites/route-replicas.mjs';
import { readStore, writeStore } from './support/extension-store.mjs';
import { launchBrowser } from './support/launch-browser';
import { openReplica } from './support/sidebar-page';
import { seedKit } from './support/seed-kit';

// Sharing kits across a team, in the built extension: export and re-import, a teammate's kit previewed and merged
// with choices, atomic apply and undo, the merged items in the sidebar, backup and restore, which kits feed the
// sidebar and in what order, and a corpus of hostile kits that must stay inert text (or be rejected untouched).

let context: BrowserContext;
let extensionId: string;
/** Everything that must not happen in a studio page: errors, dialogs, navigations, requests to the web. */
const incidents: string[] = [];

test.beforeEach(async () => {
  ({ context, extensionId } = await launchBrowser());
  await routeReplicas(context);
  incidents.length = 0;
});

test.afterEach(async () => {
  await context?.close();
  // A CSP report of a blocked inline handler would mean kit HTML was parsed as markup: it counts as an error too.
  expect(incidents, 'errors, dialogs, navigations or web requests in the studio').toEqual([]);
});

async function openStudio(): Promise<Page> {
  const page = await context.newPage();
  watch(page);
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('html[data-ck-ready]')).toHaveCount(1, { timeout: 15_000 });
  return page;
}

function watch(page: Page): void {
  page.on('pageerror', (error) => incidents.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') incidents.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(`chrome-extension://${extensionId}/options.html`)) incidents.push(`navigated: ${frame.url()}`);
  });
  page.on('request', (request) => /^https?:/.test(request.url()) && incidents.push(`request: ${request.url()}`));
}

/** Every key and value of the extension's IndexedDB. */
const dumpStore = (page: Page) => page.evaluate(readStore, undefined);

/** Writes store keys directly (use history, favourites, trash: what the sidebar and the trash would write). */
const putKeys = (page: Page, entries: Record<string, unknown>) => page.evaluate(writeStore, { put: entries });

async function storedKit(page: Page, id: string): Promise<Kit | undefined> {
  return (await dumpStore(page))[`kit:${id}`] as Kit | undefined;
}

async function records(page: Page): Promise<{ id: string; enabled: boolean; order: number }[]> {
  const list = ((await dumpStore(page)).kits ?? []) as { id: string; enabled: boolean; order: number }[];
  return list.slice().sort((a, b) => a.order - b.order);
}

async function importFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.locator('input[type=file][data-ck="import-kit"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

async function showKits(page: Page): Promise<void> {
  if ((await page.locator('[data-view="kits"]').getAttribute('aria-selected')) !== 'true') await page.locator('[data-view="kits"]').click();
  await expect(page.locator('[data-ck="kits-view"]')).toBeVisible();
}

const row = (page: Page, kitId: string) => page.locator(`[data-ck="kit-row"][data-kit-id="${kitId}"]`);
const count = (page: Page, section: 'items' | 'calendar', kind: string) => page.locator(`[data-ck="import-count"][data-section="${section}"][data-kind="${kind}"]`);
const conflict = (page: Page, id: string) => page.locator(`[data-ck="import-conflict"][data-section="items"][data-id="${id}"]`);

async function download(page: Page, action: () => Promise<unknown>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

async function confirmPick(page: Page, hook: string, id: string): Promise<void> {
  const option = page.locator(`[data-ck="${hook}"] [role="option"][data-id="${id}"]`);
  await expect(option).toBeVisible();
  await option.click();
}

// A team kit as I have it, and as a teammate sends it back changed.
const STAMP = '2026-11-20T08:00:00+08:00';
const mine: Kit = {
  format: 'community-kit',
  formatVersion: 1,
  id: 'team-club',
  name: '城南夜读会',
  version: '1.0.0',
  updatedAt: STAMP,
  items: [
    { id: 'same', kind: 'topic', title: '共读打卡', body: '每日共读打卡', updatedAt: '2026-11-01T00:00:00Z' },
    { id: 'theirs-newer', kind: 'script', title: '旧欢迎词', body: '欢迎新朋友', tags: ['欢迎'], updatedAt: '2026-11-01T00:00:00Z' },
    { id: 'mine-newer', kind: 'slogan', title: '我的口号', body: '一起读，读到底', updatedAt: '2026-11-10T00:00:00Z' },
    { id: 'only-mine', kind: 'topic', title: '只有我有', body: '只有我有的话题' },
  ],
  calendar: [{ id: 'e1', date: '2026-12-01', title: '开营', status: 'idea', itemId: 'same' }],
};
const teammate = {
  ...mine,
  version: '1.1.0',
  updatedAt: '2026-11-21T08:00:00+08:00',
  items: [
    { ...mine.items[0]!, updatedAt: '2026-11-18T00:00:00Z', color: 'red' },
    { ...mine.items[1]!, title: '新欢迎词', body: '欢迎新朋友，先看群规', tags: ['欢迎', '群规'], stage: 'gather', updatedAt: '2026-11-15T00:00:00Z' },
    { ...mine.items[2]!, title: '队友的口号', updatedAt: '2026-11-05T00:00:00Z' },
    { id: 'tm-new', kind: 'topic', title: '队友新增：城市漫步打卡', body: '城市漫步打卡', stage: 'interact', updatedAt: '2026-11-20T00:00:00Z' },
  ],
  calendar: [
    { ...mine.calendar![0]!, status: 'scheduled' },
    { id: 'e2', date: '2026-12-08', title: '漫步日', status: 'idea', itemId: 'tm-new' },
  ],
  legacyField: { note: 'from an older tool' },
};
const fileOf = (kit: unknown) => `${JSON.stringify(kit, null, 2)}\n`;

async function importAndConfirm(page: Page, name: string, content: string): Promise<void> {
  await importFile(page, name, content);
  await expect(page.locator('[data-ck="import-preview"]')).toBeVisible();
  await page.locator('[data-ck="import-confirm"]').click();
  // The preview's tab closes once the write has committed.
  await expect(page.locator('ck-import-preview')).toHaveCount(0);
}

async function searchSidebar(context: BrowserContext, query: string) {
  const site = await openReplica(context, 'weibo-home');
  await site.openSidebar();
  await site.page.locator('[data-ck="search"]').fill(query);
  return site;
}

test('export then re-import is a no-op merge; a bumped export carries its version and authors; the handbook downloads', async () => {
  const page = await openStudio();
  await showKits(page);
  const kit = (await storedKit(page, BUILTIN_KIT_ID))!;

  const exported = await download(page, async () => {
    await row(page, BUILTIN_KIT_ID).locator('[data-ck="kit-export"]').click();
    await confirmPick(page, 'export-version', 'none');
    await page.locator('[data-ck="input"] input').press('Enter');
  });
  expect(exported.name).toBe(`${BUILTIN_KIT_ID}-${kit.version}.kit.json`);
  expect(exported.text).toBe(exportKit(kit));

  const before = await dumpStore(page);
  await importFile(page, exported.name, exported.text);
  const preview = page.locator('[data-ck="import-preview"]');
  await expect(preview).toHaveAttribute('data-mode', 'merge');
  for (const section of ['items', 'calendar'] as const) {
    for (const kind of ['added', 'updated', 'conflicts']) await expect(count(page, section, kind)).toHaveText('0');
  }
  await expect(count(page, 'items', 'unchanged')).toHaveText(String(kit.items.length));
  await expect(count(page, 'calendar', 'unchanged')).toHaveText(String(kit.calendar?.length ?? 0));
  await expect(page.locator('[data-ck="import-dropped"]')).toHaveCount(0);
  await expect(page.locator('[data-ck="import-confirm"]')).toHaveAttribute('data-changes', '0');
  await page.locator('[data-ck="import-confirm"]').click();
  // The preview's tab closes once the write has committed.
  await expect(page.locator('ck-import-preview')).toHaveCount(0);
  expect(await dumpStore(page)).toEqual(before);

  const minor = bumpVersion(kit.version, 'minor');
  const bumped = await download(page, async () => {
    await row(page, BUILTIN_KIT_ID).locator('[data-ck="kit-export"]').click();
    await confirmPick(page, 'export-version', 'minor');
    await page.locator('[data-ck="input"] input').fill('林小满 <weibo.com/lin>；阿青');
    await page.locator('[data-ck="input"] input').press('Enter');
  });
  expect(bumped.name).toBe(`${BUILTIN_KIT_ID}-${minor}.kit.json`);
  const parsed = parseKit(bumped.text);
  expect(parsed.ok && parsed.kit).toMatchObject({ version: minor, authors: [{ name: '林小满', contact: 'weibo.com/lin' }, { name: '阿青' }] });
  expect((await storedKit(page, BUILTIN_KIT_ID))!.version).toBe(minor);
  await expect(row(page, BUILTIN_KIT_ID).locator('[data-ck="kit-info"]')).toContainText(`v${minor}`);

  const handbook = await download(page, () => row(page, BUILTIN_KIT_ID).locator('[data-ck="kit-handbook"]').click());
  expect(handbook.name).toBe(`${BUILTIN_KIT_ID}-${minor}.md`);
  expect(handbook.text).toContain(kit.name);
});

test('a teammate’s changed kit: the preview, both resolutions, an atomic apply, undo, and the merged items in the sidebar', async () => {
  const page = await openStudio();
  await importAndConfirm(page, 'team-club-1.0.0.kit.json', fileOf(mine));
  const base = (await storedKit(page, 'team-club'))!;
  expect(base).toEqual(mine);
  const beforePreview = await dumpStore(page);

  await importFile(page, 'team-club-1.1.0.kit.json', fileOf(teammate));
  const preview = page.locator('[data-ck="import-preview"]');
  await expect(preview).toHaveAttribute('data-mode', 'merge');
  await expect(count(page, 'items', 'added')).toHaveText('1');
  await expect(count(page, 'items', 'updated')).toHaveText('1');
  await expect(count(page, 'items', 'unchanged')).toHaveText('1');
  await expect(count(page, 'items', 'conflicts')).toHaveText('2');
  await expect(count(page, 'calendar', 'added')).toHaveText('1');
  await expect(count(page, 'calendar', 'updated')).toHaveText('1');
  await expect(page.locator('[data-ck="import-added"] [data-ck="import-row"]')).toHaveAttribute('data-id', 'tm-new');
  await expect(page.locator('[data-ck="import-unchanged"] [data-ck="import-row"]')).toHaveAttribute('data-id', 'same');
  await expect(page.locator('[data-ck="import-updated"] [data-ck="import-row"]')).toHaveAttribute('data-id', 'theirs-newer');
  const dropped = page.locator('[data-ck="import-dropped"] li');
  await expect(dropped).toHaveCount(2);
  expect((await dropped.allTextContents()).sort()).toEqual(['items[0].color', 'legacyField']);

  // Side by side, field by field; the default follows updatedAt.
  const newer = conflict(page, 'theirs-newer');
  await expect(newer).toHaveAttribute('data-choice', 'theirs');
  expect(await newer.locator('[data-ck="import-field"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-field')))).toEqual(['title', 'body', 'tags', 'stage']);
  await expect(newer.locator('[data-field="title"] td').nth(0)).toHaveText('旧欢迎词');
  await expect(newer.locator('[data-field="title"] td').nth(1)).toHaveText('新欢迎词');
  await expect(conflict(page, 'mine-newer')).toHaveAttribute('data-choice', 'mine');

  // Either way, and the counts follow.
  await newer.locator('[data-ck="keep-mine"]').check();
  await expect(newer).toHaveAttribute('data-choice', 'mine');
  await expect(count(page, 'items', 'updated')).toHaveText('0');
  await conflict(page, 'mine-newer').locator('[data-ck="take-theirs"]').check();
  await expect(count(page, 'items', 'updated')).toHaveText('1');
  await page.locator('[data-ck="take-all-theirs"]').click();
  await expect(count(page, 'items', 'updated')).toHaveText('2');
  await newer.locator('[data-ck="keep-mine"]').check();
  await expect(count(page, 'items', 'updated')).toHaveText('1');
  expect(await dumpStore(page), 'a preview writes nothing').toEqual(beforePreview);

  await page.locator('[data-ck="import-confirm"]').click();
  // The preview's tab closes once the write has committed.
  await expect(page.locator('ck-import-preview')).toHaveCount(0);
  const after = await dumpStore(page);
  const merged = after['kit:team-club'] as Kit;
  const title = (id: string) => merged.items.find((i) => i.id === id)?.title;
  expect(merged.items.map((i) => i.id)).toEqual(['same', 'theirs-newer', 'mine-newer', 'only-mine', 'tm-new']);
  expect([title('theirs-newer'), title('mine-newer')]).toEqual(['旧欢迎词', '队友的口号']);
  expect(merged.calendar!.map((e) => [e.id, e.status])).toEqual([['e1', 'scheduled'], ['e2', 'idea']]);
  expect(merged).not.toHaveProperty('legacyField');
  expect(merged.version).toBe('1.1.0');
  // The kit and its undo snapshot were written together.
  const undo = (after.imports as { id: string; kitId: string }[]).at(-1);
  expect(undo).toMatchObject({ kitId: 'team-club' });
  expect(after[`undo:${undo!.id}`]).toMatchObject({ before: base });

  // Undo that import, from the Kits view's list of recent imports, after confirming.
  await showKits(page);
  await page.locator(`[data-ck="import-entry"][data-import-id="${undo!.id}"] [data-ck="import-undo"]`).click();
  await confirmPick(page, 'confirm', 'yes');
  await expect.poll(() => storedKit(page, 'team-club')).toEqual(base);
  await expect(page.locator(`[data-ck="import-entry"][data-import-id="${undo!.id}"]`)).toHaveCount(0);
  // The first import (which created the kit) keeps its own undo.
  expect((await dumpStore(page)).imports).toMatchObject([{ kitId: 'team-club', created: true }]);

  // A preview planned against a kit that changes before it is applied is refused, writing nothing.
  await importFile(page, 'team-club-1.1.0.kit.json', fileOf(teammate));
  await expect(preview).toBeVisible();
  const edited: Kit = { ...base, updatedAt: '2026-11-22T00:00:00Z', items: [...base.items, { id: 'meanwhile', kind: 'topic', title: '与此同时', body: '与此同时' }] };
  await seedKit(context, edited);
  const beforeStale = await dumpStore(page);
  await page.locator('[data-ck="import-confirm"]').click();
  await expect(page.locator('[data-ck="import-failed"]')).toContainText('team-club');
  expect(await dumpStore(page)).toEqual(beforeStale);
  await page.locator('[data-ck="import-close"]').click();

  // Applied with the defaults, the teammate's new topic is suggested in the sidebar.
  await importFile(page, 'team-club-1.1.0.kit.json', fileOf(teammate));
  await page.locator('[data-ck="import-confirm"]').click();
  // The preview's tab closes once the write has committed.
  await expect(page.locator('ck-import-preview')).toHaveCount(0);
  expect((await storedKit(page, 'team-club'))!.items.map((i) => i.id)).toEqual(['same', 'theirs-newer', 'mine-newer', 'only-mine', 'meanwhile', 'tm-new']);
  const site = await searchSidebar(context, '城市漫步');
  await expect(site.page.locator('[data-ck="suggestion"][data-item-id="tm-new"]')).toBeVisible();
  expect(site.errors).toEqual([]);
});

test('backup and restore round-trip everything; a broken backup is refused and changes nothing', async () => {
  const page = await openStudio();
  await importAndConfirm(page, 'team.kit.json', fileOf(mine));
  await showKits(page);
  await row(page, BUILTIN_KIT_ID).locator('[data-ck="kit-toggle"]').uncheck();
  await expect.poll(async () => (await records(page)).find((r) => r.id === BUILTIN_KIT_ID)?.enabled).toBe(false);
  await page.evaluate(async () => {
    const studio = document.querySelector('ck-workbench')!.studio!;
    await studio.data.saveSettings({ theme: 'dark', limits: { 'weibo-post': 120 } });
  });
  await seedKit(context, { ...mine, id: 'second', name: '第二个包' });
  await expect(row(page, 'second')).toBeVisible();
  await putKeys(page, {
    usage: { 'team-club/same': { count: 3, lastUsed: 1_700_000_000_000 } },
    favourites: ['team-club/same'],
    trash: [{ kitId: 'team-club', kind: 'item', value: { id: 'gone', kind: 'topic', title: '删掉的', body: '删掉的' }, deletedAt: 1_700_000_000_000 }],
  });

  const backup = await download(page, () => page.locator('[data-ck="backup"]').click());
  expect(backup.name).toMatch(/^community-kit-backup-\d{8}-\d{4}\.json$/);
  const file = JSON.parse(backup.text);
  expect(file).toMatchObject({ format: 'community-kit-backup', formatVersion: 1, settings: { theme: 'dark' }, favourites: ['team-club/same'], usage: { 'team-club/same': { count: 3 } } });
  expect(file.kits.map((k: { kit: Kit; enabled: boolean }) => [k.kit.id, k.enabled])).toEqual([[BUILTIN_KIT_ID, false], ['team-club', true], ['second', true]]);
  const saved = await dumpStore(page);

  // Change things, then restore.
  await importAndConfirm(page, 'reading-club.kit.json', readFileSync(new URL('../fixtures/kits/reading-club.kit.json', import.meta.url), 'utf8'));
  await row(page, 'team-club').locator('[data-ck="kit-toggle"]').uncheck();
  await page.evaluate(() => document.querySelector('ck-workbench')!.studio!.data.saveSettings({ theme: 'light' }));
  await putKeys(page, { usage: {}, favourites: [], trash: [] });

  await page.locator('input[type=file][data-ck="restore-backup"]').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  const preview = page.locator('[data-ck="restore-preview"]');
  await expect(preview).toBeVisible();
  await expect(preview.locator('[data-ck="restore-kits"] [data-ck="import-row"]')).toHaveCount(3);
  await page.locator('[data-ck="restore-confirm"]').click();
  // The preview's tab closes once the write has committed.
  await expect(page.locator('ck-import-preview')).toHaveCount(0);
  const restored = await dumpStore(page);
  const withoutUndo = (dump: Record<string, unknown>) => Object.fromEntries(Object.entries(dump).filter(([key]) => key !== 'imports' && !key.startsWith('undo:')));
  expect(withoutUndo(restored)).toEqual(withoutUndo(saved));
  expect(restored.imports).toEqual([]);
  await expect(row(page, 'reading-club')).toHaveCount(0);
  await expect(row(page, BUILTIN_KIT_ID)).toHaveAttribute('data-enabled', 'false');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // A broken backup: every error with its path, nothing written.
  const broken = JSON.parse(backup.text);
  broken.kits[1].kit.items[0].kind = 'poem';
  broken.settings.theme = 'neon';
  await page.locator('input[type=file][data-ck="restore-backup"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const errors = page.locator('[data-ck="import-rejected"] [data-ck="import-error"]');
  await expect(errors).toHaveText(['kits[1].kit.items[0].kind: must be one of topic, slogan, story, script', 'settings.theme: must be one of system, light, dark']);
  expect(await dumpStore(page)).toEqual(restored);
  await expect(page.locator('[data-ck="restore-confirm"]')).toHaveCount(0);
});

test('enabling, disabling and ordering kits changes what the sidebar suggests; a file dropped on the studio imports', async () => {
  const page = await openStudio();
  // Dropped anywhere on the studio (here the editor area) rather than chosen.
  await page.evaluate(
    ({ text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'team-club.kit.json', { type: 'application/json' }));
      const target = document.querySelector('ck-workbench')!;
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true, composed: true }));
    },
    { text: fileOf(teammate) },
  );
  await expect(page.locator('[data-ck="import-preview"]')).toHaveAttribute('data-mode', 'new');
  await expect(count(page, 'items', 'added')).toHaveText('4');
  await page.locator('[data-ck="import-confirm"]').click();
  // The preview's tab closes once the write has committed.
  await expect(page.locator('ck-import-preview')).toHaveCount(0);

  const site = await searchSidebar(context, '城市漫步');
  const suggestion = site.page.locator('[data-ck="suggestion"][data-item-id="tm-new"]');
  await expect(suggestion).toBeVisible();

  await page.bringToFront();
  await showKits(page);
  await expect(row(page, 'team-club').locator('[data-ck="kit-info"]')).toContainText('v1.1.0');
  await row(page, 'team-club').locator('[data-ck="kit-toggle"]').uncheck();
  await expect.poll(async () => (await records(page)).find((r) => r.id === 'team-club')?.enabled).toBe(false);
  await site.page.bringToFront();
  await expect(suggestion).toHaveCount(0);

  await page.bringToFront();
  await row(page, 'team-club').locator('[data-ck="kit-toggle"]').check();
  await site.page.bringToFront();
  await expect(suggestion).toBeVisible();

  // Order: Alt+↑ on a row, then a drag back.
  await page.bringToFront();
  expect((await records(page)).map((r) => r.id)).toEqual([BUILTIN_KIT_ID, 'team-club']);
  await row(page, 'team-club').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(async () => (await records(page)).map((r) => r.id)).toEqual(['team-club', BUILTIN_KIT_ID]);
  await expect(page.locator('[data-ck="kit-row"]').first()).toHaveAttribute('data-kit-id', 'team-club');
  await expect(row(page, 'team-club')).toBeFocused();
  await row(page, BUILTIN_KIT_ID).dragTo(row(page, 'team-club'), { targetPosition: { x: 20, y: 4 } });
  await expect.poll(async () => (await records(page)).map((r) => r.id)).toEqual([BUILTIN_KIT_ID, 'team-club']);
  await expect(page.locator('[data-ck="kit-row"]').first()).toHaveAttribute('data-kit-id', BUILTIN_KIT_ID);
  expect(site.errors).toEqual([]);
});

test.describe('hostile kits', () => {
  const DIR = new URL('../fixtures/hostile-kits/', import.meta.url);
  const files = readdirSync(DIR).filter((f) => f.endsWith('.kit.json')).sort();

  /** Elements and attributes of the preview (through every shadow root) that would run, load or link anything. */
  async function liveContent(page: Page, root: string): Promise<string[]> {
    return page.evaluate((selector) => {
      const found: string[] = [];
      const LIVE = new Set(['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'IMG', 'PICTURE', 'SOURCE', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'FORM', 'META', 'BASE', 'LINK', 'STYLE', 'TEMPLATE']);
      const visit = (node: Element | ShadowRoot) => {
        for (const el of node.querySelectorAll('*')) {
          if (LIVE.has(el.tagName.toUpperCase())) found.push(`<${el.tagName.toLowerCase()}>`);
          for (const attr of el.getAttributeNames()) if (/^on/i.test(attr) || attr === 'style' && /url\(/i.test(el.getAttribute(attr) ?? '') || /^(src|srcset|background|poster|action|formaction|xlink:href)$/i.test(attr)) found.push(`${el.tagName.toLowerCase()}[${attr}]`);
          if (el.tagName === 'A' && el.hasAttribute('href') && !/^(https?:|mailto:)/i.test(el.getAttribute('href')!.trim())) found.push(`a[href=${el.getAttribute('href')}]`);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      const host = document.querySelector('ck-workbench')?.shadowRoot?.querySelector(selector) ?? document.querySelector(selector);
      if (host?.shadowRoot) visit(host.shadowRoot);
      else if (host) visit(host);
      return found;
    }, root);
  }

  const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null);

  for (const file of files.filter((f) => f.startsWith('ok-'))) {
    test(`${file}: previewed and imported as inert text`, async () => {
      const page = await openStudio();
      const text = readFileSync(new URL(file, DIR), 'utf8');
      const parsed = parseKit(text);
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      await importFile(page, file, text);
      const preview = page.locator('[data-ck="import-preview"]');
      await expect(preview).toBeVisible();
      // Titles show exactly as written, as text.
      for (const item of parsed.kit.items.slice(0, 5)) await expect(page.locator(`[data-ck="import-added"] [data-ck="import-row"][data-id="${item.id}"] .title`)).toHaveText(item.title);
      expect(await liveContent(page, 'ck-import-preview')).toEqual([]);
      await page.locator('[data-ck="import-confirm"]').click();
      // The preview's tab closes once the write has committed.
      await expect(page.locator('ck-import-preview')).toHaveCount(0);
      expect((await storedKit(page, parsed.kit.id))?.items.map((i) => i.id)).toEqual(parsed.kit.items.map((i) => i.id));
      await showKits(page);
      await expect(row(page, parsed.kit.id)).toBeVisible();
      expect(incidents).toEqual([]);

      // Its items in the editor with the rendered preview, and the kit's own page: nothing runs, loads or navigates.
      for (const item of parsed.kit.items.slice(0, 3)) {
        await page.evaluate(({ kitId, itemId }) => document.querySelector('ck-workbench')!.studio!.commands.execute('studio.item.open', { kitId, itemId, pinned: true }), { kitId: parsed.kit.id, itemId: item.id });
        await expect(page.locator('[data-ck="editor"] .ProseMirror')).toBeVisible();
      }
      await page.evaluate(() => document.querySelector('ck-workbench')!.studio!.commands.execute('studio.item.togglePreview'));
      await expect(page.locator('[data-ck="preview"]')).toBeVisible();
      await row(page, parsed.kit.id).locator('[data-ck="kit-edit"]').click();
      await expect(page.locator('[data-ck="kit-editor"]')).toBeVisible();
      expect(await pwned(page)).toBeNull();
      await page.waitForTimeout(300);
    });
  }

  for (const file of files.filter((f) => f.startsWith('bad-'))) {
    test(`${file}: rejected with every error, nothing written`, async () => {
      const page = await openStudio();
      const text = readFileSync(new URL(file, DIR), 'utf8');
      const parsed = parseKit(text);
      expect(parsed.ok).toBe(false);
      const before = await dumpStore(page);
      await importFile(page, file, text);
      const errors = page.locator('[data-ck="import-rejected"] [data-ck="import-error"]');
      await expect(page.locator('[data-ck="import-errors"]')).toHaveAttribute('data-count', String(parsed.ok ? 0 : parsed.errors.length));
      await expect(errors).toHaveText(parsed.ok ? [] : parsed.errors.slice(0, 500));
      await expect(page.locator('[data-ck="import-confirm"]')).toHaveCount(0);
      expect(await liveContent(page, 'ck-import-preview')).toEqual([]);
      expect(await dumpStore(page)).toEqual(before);
      await page.locator('[data-ck="import-close"]').click();
      await expect(page.locator('[data-ck="import-rejected"]')).toHaveCount(0);
      expect(await pwned(page)).toBeNull();
    });
  }

  test('a 21 MiB file is refused by its size, nothing written', async () => {
    const page = await openStudio();
    const head = Buffer.from('{"format":"community-kit","formatVersion":1,"id":"huge","name":"huge","version":"1.0.0","updatedAt":"2026-11-20T08:00:00Z","items":[],"x-pad":"');
    const size = 21 * 1024 * 1024;
    const file = Buffer.concat([head, Buffer.alloc(size - head.length - 2, 'a'), Buffer.from('"}')]);
    const before = await dumpStore(page);
    await importFile(page, 'huge.kit.json', file);
    await expect(page.locator('[data-ck="import-rejected"] [data-ck="import-error"]')).toHaveText([`$: file is ${size} bytes, over the 20 MiB limit`]);
    expect(await dumpStore(page)).toEqual(before);
  });
});
