import { expect, type BrowserContext, type Frame, type Locator, type Page } from '@playwright/test';
import { replicaById, type Replica } from '../../fixtures/sites/route-replicas.mjs';

/** A replica page opened with the extension, with what a test needs at hand. */
export interface SidebarPage {
  page: Page;
  replica: Replica;
  errors: string[];
  /** The frame holding the composer (the page itself unless the composer lives in an iframe). */
  frame: Frame;
  composer: Locator;
  model(): Promise<string>;
  openSidebar(): Promise<void>;
  /** Clicks the insert button of the first suggestion of a kind (optionally without blanks); returns its item id. */
  insertFirst(kind: string, options?: { blanks?: boolean }): Promise<string>;
}

/** Opens a replica by id, collecting page errors; the sidebar is still closed. */
export async function openReplica(context: BrowserContext, id: string): Promise<SidebarPage> {
  const replica = replicaById(id);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(replica.url);
  await page.bringToFront();
  let frame = page.mainFrame();
  if (replica.composerFrame) {
    const handle = await page.locator(replica.composerFrame).elementHandle();
    frame = (await handle!.contentFrame())!;
  }
  const composer = frame.locator(replica.composer ?? replica.composerInFrame ?? 'textarea').first();
  const sidebar: SidebarPage = {
    page,
    replica,
    errors,
    frame,
    composer,
    model: () => page.evaluate(() => window.__replica!.model()),
    async openSidebar() {
      // The open state is remembered per site, so an earlier test may have left it open.
      await expect(page.locator('ck-sidebar[ready]')).toHaveCount(1);
      if ((await page.locator('[data-ck="toggle"]').getAttribute('aria-expanded')) !== 'true') await page.locator('[data-ck="toggle"]').click();
      await expect(page.locator('[data-ck="sidebar"]')).toBeVisible();
    },
    async insertFirst(kind, options = {}) {
      await page.locator(`[role="tab"][data-kind="${kind}"]`).click();
      const selector = `[data-ck="suggestion"][data-kind="${kind}"]${options.blanks === undefined ? '' : `[data-blanks="${options.blanks}"]`}`;
      const card = page.locator(selector).first();
      await expect(card).toBeVisible();
      const id = (await card.getAttribute('data-item-id'))!;
      await card.locator('[data-ck="insert"]').click();
      return id;
    },
  };
  return sidebar;
}

/** Whitespace-free text, for comparing what went in with what a model holds. */
export const squash = (text: string) => text.replace(/\s+/g, '');
