#!/usr/bin/env node
// `npm start`: builds the extension and opens Chromium with it loaded, on the studio and on offline replicas of
// the three sites (the end-to-end fixtures, served at their real host names). Without a display, or with
// --headless (`npm start -- --headless`, or `npm start --headless`), it saves a screenshot of every page to demo/
// (the README shows them).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR, launchExtension } from '../test/e2e/support/launch-extension.mjs';
import { REPLICAS, routeReplicas } from '../test/fixtures/sites/route-replicas.mjs';

const args = new Set(process.argv.slice(2));
const headless =
  args.has('--headless') || process.env.npm_config_headless === 'true' || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

if (!args.has('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.error(`No Chromium at ${CHROMIUM_PATH}. Install it (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROME_PATH.
To use your own Chrome instead: open chrome://extensions, switch on Developer mode, "Load unpacked" and pick ${EXTENSION_DIR}.
(Branded Chrome 137 and later ignores --load-extension, so loading by hand is the way there.)`);
  process.exit(1);
}

const { context, extensionId, serviceWorker: worker } = await launchExtension({ headless, uiLanguage: 'zh_CN', args: ['--lang=zh-CN'] });
// Open the sidebar on every site so the demo shows it.
await worker.evaluate(async () => {
  const open = { open: true, width: 360 };
  await chrome.storage.local.set({ 'sidebar:weibo': open, 'sidebar:douban': open, 'sidebar:wechat': open });
});
await routeReplicas(context);

const studio = `chrome-extension://${extensionId}/options.html`;
const pages = [
  { name: 'studio', url: studio },
  // The calendar with the built-in four-week launch plan applied from 2026-01-05 (its 开营日), beside the 节点 layer.
  { name: 'calendar', url: `${studio}#calendar=2026-01-05`, then: applyLaunchPlan },
  { name: 'import-preview', url: studio, then: showImportPreview },
];
for (const replica of REPLICAS) if (replica.site) pages.push({ name: replica.id, url: replica.url });
// Last, as they change settings: the studio dark, the studio and a sidebar in English, a sidebar dark.
pages.push(
  { name: 'studio-dark', url: studio, then: (page) => studioWith(page, { theme: 'dark' }, openFirstItem) },
  { name: 'studio-en', url: studio, then: (page) => studioWith(page, { theme: 'system', language: 'en' }, (p) => p.evaluate(() => document.querySelector('ck-workbench').studio.workbench.showView('settings'))) },
  { name: 'weibo-home-en', url: REPLICAS.find((r) => r.id === 'weibo-home').url },
  { name: 'weibo-home-dark', url: REPLICAS.find((r) => r.id === 'weibo-home').url, then: (page) => page.emulateMedia({ colorScheme: 'dark' }).then(() => openFillForm(page)) },
);

/** Saves settings in the studio, then shows what `then` opens. */
async function studioWith(page, settings, then) {
  await page.waitForSelector('html[data-ck-ready]');
  await page.evaluate((patch) => document.querySelector('ck-workbench').studio.data.saveSettings(patch), settings);
  await then(page);
}

/** Applies the starter kit's launch sequence from 2026-01-05, as "Apply a Sequence from a Day…" does. */
async function applyLaunchPlan(page) {
  await page.waitForSelector('html[data-ck-ready]');
  await page.evaluate(() =>
    document
      .querySelector('ck-workbench')
      .studio.commands.execute('studio.calendar.applySequence', { kitId: 'builtin-starter', sequenceId: 'launch-4weeks', anchor: '2026-01-05' }),
  );
  await page.waitForSelector('[data-ck="calendar"] [data-ck="entry"]');
}

/** Opens the explorer's first item in an editor. */
async function openFirstItem(page) {
  const group = page.locator('[data-ck="explorer"] [role="treeitem"][aria-level="2"]').first();
  if ((await group.getAttribute('aria-expanded')) !== 'true') await group.click();
  await page.locator('[data-ck="explorer"] [role="treeitem"][data-item-id]').first().dblclick();
}

/** Opens the fill form of the first story in the sidebar. */
async function openFillForm(page) {
  await page.locator('[role="tab"][data-kind="story"]').click();
  await page.locator('[data-ck="suggestion"][data-kind="story"] [data-ck="insert"]').first().click();
  await page.waitForSelector('[data-ck="fill-form"]');
}

/** Imports a teammate's edit of the built-in kit, so the studio shows its merge preview. */
async function showImportPreview(page) {
  const file = join(mkdtempSync(join(tmpdir(), 'community-kit-')), 'builtin.kit.json');
  const exported = spawnSync(process.execPath, ['bin/content-kit.js', 'export-builtin', '-o', file], { stdio: 'ignore' });
  if (exported.status !== 0) return;
  const kit = JSON.parse(readFileSync(file, 'utf8'));
  const later = '2099-01-01T00:00:00+08:00';
  kit.updatedAt = later;
  kit.version = '1.1.0';
  kit.items[0] = { ...kit.items[0], title: `${kit.items[0].title}（队友改过）`, updatedAt: later };
  kit.items.push({ id: 't-teammate-new', kind: 'topic', title: '队友新增话题', body: '本周线下共读', stage: 'operate', tags: ['读书'] });
  await page.waitForSelector('html[data-ck-ready]');
  await page.locator('input[type=file][data-ck="import-kit"]').setInputFiles({ name: 'builtin-starter-1.1.0.kit.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(kit)) });
  await page.waitForSelector('[data-ck="import-preview"]');
}

const shots = [];
mkdirSync('demo', { recursive: true });
for (const { name, url, then } of pages) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' }).catch((error) => console.error(`${name}: ${error.message}`));
  await then?.(page).catch((error) => console.error(`${name}: ${error.message}`));
  if (!headless) continue;
  await page.waitForTimeout(1200);
  const file = resolve('demo', `${name}.png`);
  await page.screenshot({ path: file });
  shots.push(file);
  await page.close();
}

if (headless) {
  console.log(`Screenshots (${shots.length}):\n${shots.map((f) => `  ${f}`).join('\n')}`);
  await context.close();
} else {
  console.log(`Community Kit is loaded (extension id ${extensionId}). Close the browser window to stop.`);
  context.on('close', () => process.exit(0));
}
