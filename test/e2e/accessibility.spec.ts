import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { routeReplicas } from '../fixtures/sites/route-replicas.mjs';
import { launchBrowser } from './support/launch-browser';
import { openReplica } from './support/sidebar-page';

// axe-core over the sidebar (open, with a fill form) and every studio view (and the palette), in both themes and both languages
// (chosen through the language setting): no serious or critical violation. Also: a language change reaches an
// open tab's sidebar without a reload.

// Evaluated rather than added as a script tag: the studio's CSP (script-src 'self') refuses inline scripts.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const THEMES = ['light', 'dark'] as const;
const LANGUAGES = ['zh-CN', 'en'] as const;

interface Finding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical violations inside `include` (a selector list, through shadow roots when given as a path). */
async function audit(page: Page, include?: string[]): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (within) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(within ? { include: [within] } : document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
}

let context: BrowserContext;
let extensionId: string;

test.beforeEach(async () => {
  ({ context, extensionId } = await launchBrowser());
  await routeReplicas(context);
});
test.afterEach(async () => context?.close());

type StudioWindow = Window & { document: Document };

async function openStudio(theme: string, language: string): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('html[data-ck-ready]')).toHaveCount(1, { timeout: 15_000 });
  await page.evaluate(
    ([t, l]) => (window as StudioWindow).document.querySelector('ck-workbench')!.studio!.data.saveSettings({ theme: t as 'light' | 'dark', language: l as 'en' }),
    [theme, language],
  );
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  return page;
}

const showView = (page: Page, id: string) =>
  page.evaluate((view) => document.querySelector('ck-workbench')!.studio!.workbench.showView(view), id);

for (const language of LANGUAGES)
  for (const theme of THEMES)
    test(`studio views pass axe-core, ${theme}, ${language}`, async () => {
      const page = await openStudio(theme, language);
      const results: Record<string, Finding[]> = {};

      const explorer = page.locator('[data-ck="explorer"]');
      const group = explorer.locator('[role="treeitem"][aria-level="2"]').first();
      if ((await group.getAttribute('aria-expanded')) !== 'true') await group.click();
      const item = explorer.locator('[role="treeitem"][data-item-id]').first();
      await expect(item).toBeVisible();
      results.explorer = await audit(page);

      await item.dblclick();
      await expect(page.locator('[data-ck="editor"] .ProseMirror')).toBeVisible();
      results.editor = await audit(page);

      await showView(page, 'search');
      await page.locator('[data-ck="studio-search"]').first().fill('读书');
      results.search = await audit(page);

      // The open item goes to the trash, so that the trash has an entry to show.
      await page.evaluate(async () => {
        const { studio } = document.querySelector('ck-workbench')!;
        await studio!.commands.execute('studio.item.delete');
        studio!.workbench.showPanel('trash');
      });
      await expect(page.locator('[data-ck="trash-entry"]').first()).toBeVisible();
      results.trash = await audit(page);

      await showView(page, 'settings');
      await expect(page.locator('select[data-ck="setting-language"]')).toHaveValue(language);
      results.settings = await audit(page);

      await showView(page, 'kits');
      results.kits = await audit(page);

      await page.keyboard.press('Control+Shift+P');
      await page.locator('[data-ck="palette"] input').fill('toggle');
      await expect(page.locator('[data-ck="palette"] [role="option"]').first()).toBeVisible();
      results.palette = await audit(page);
      await page.keyboard.press('Escape');

      await page.evaluate(() => document.querySelector('ck-workbench')!.studio!.commands.execute('studio.calendar.open'));
      await expect(page.locator('[data-ck="calendar"]')).toBeVisible();
      await expect(page.locator('[data-ck="calendar"] [data-ck="day"]').first()).toBeVisible();
      results.calendar = await audit(page);

      expect(results).toEqual({ explorer: [], editor: [], search: [], trash: [], settings: [], kits: [], palette: [], calendar: [] });
    });

for (const language of LANGUAGES)
  for (const theme of THEMES)
    test(`the sidebar with a fill form passes axe-core, ${theme}, ${language}`, async () => {
      const studio = await openStudio(theme, language);
      await studio.close();
      const site = await openReplica(context, 'weibo-home');
      await site.page.emulateMedia({ colorScheme: theme });
      await site.openSidebar();
      await expect(site.page.locator('ck-sidebar')).toHaveAttribute('lang', language);
      const closed = await audit(site.page, ['ck-sidebar']);
      await site.insertFirst('story');
      await expect(site.page.locator('[data-ck="fill-form"]')).toBeVisible();
      expect({ closed, fill: await audit(site.page, ['ck-sidebar']) }).toEqual({ closed: [], fill: [] });
    });

test('a language change reaches an open tab’s sidebar without a reload', async () => {
  const site = await openReplica(context, 'weibo-home');
  await site.openSidebar();
  const search = site.page.locator('[data-ck="search"]');
  const studio = await openStudio('light', 'zh-CN');
  await expect(site.page.locator('ck-sidebar')).toHaveAttribute('lang', 'zh-CN');
  await expect(search).toHaveAttribute('placeholder', /[\u4e00-\u9fff]/);
  await studio.evaluate(() => document.querySelector('ck-workbench')!.studio!.data.saveSettings({ language: 'en' }));
  await expect(site.page.locator('ck-sidebar')).toHaveAttribute('lang', 'en');
  await expect(search).toHaveAttribute('placeholder', /^[\x20-\x7e…]+$/);
  await expect(site.page.locator('[data-ck="sidebar"]')).toBeVisible();
});
