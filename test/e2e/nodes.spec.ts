import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySequence, officialScheduleKnownThrough, type CalendarEntry, type Kit, type KitSequence } from '../../content-kit';
import { routeReplicas } from '../fixtures/sites/route-replicas.mjs';
import { readStore } from './support/extension-store.mjs';
import { launchBrowser } from './support/launch-browser';
import { openReplica } from './support/sidebar-page';
import { seedKit } from './support/seed-kit';

// Issue 14's studio and sidebar half: the 节点 layer of the calendar (month, week, agenda, its switch and the "not yet
// published" note), "Apply a sequence…" (preview, cautions, the CLI's entries, nothing twice, undo), the sequences
// editor (the format's problems by path, autosave), and the sidebar's today line naming the coming week's 节点.

let context: BrowserContext;
let extensionId: string;
const errors: string[] = [];

test.beforeEach(async () => {
  ({ context, extensionId } = await launchBrowser());
  errors.length = 0;
});

test.afterEach(async () => {
  await context?.close();
  expect(errors, 'errors in the studio').toEqual([]);
});

const eventRun: KitSequence = {
  id: 'salon',
  name: '读书沙龙',
  anchor: '活动日',
  stage: 'interact',
  steps: [
    { id: 'notice', offset: -3, time: '20:00', title: '沙龙预告', platform: 'wechat', itemId: 'welcome' },
    { id: 'day', offset: 0, time: '19:30', title: '沙龙当天', platform: 'offline' },
    { id: 'recap', offset: 1, title: '沙龙回顾', platform: 'weibo' },
  ],
};

const clubKit = (calendar: CalendarEntry[] = []): Kit => ({
  format: 'community-kit',
  formatVersion: 2,
  id: 'club',
  name: '读书会',
  version: '1.0.0',
  timezone: 'Asia/Shanghai',
  updatedAt: '2026-11-01T00:00:00Z',
  items: [
    { id: 'welcome', kind: 'script', title: '欢迎新人', body: '欢迎{{新人}}加入读书会' },
    { id: 'book-day', kind: 'topic', title: '读书日共读', body: '世界读书日一起读', tags: ['世界读书日', '阅读'] },
  ],
  calendar,
  sequences: [eventRun],
});

async function openStudio(hash: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await context.route(/^https?:\/\//, (route) => route.abort());
  await page.goto(`chrome-extension://${extensionId}/options.html${hash}`);
  await expect(page.locator('html[data-ck-ready]')).toHaveCount(1, { timeout: 15_000 });
  return page;
}

async function stored(page: Page): Promise<Kit> {
  return (await page.evaluate(readStore, ['kit:club']))['kit:club'] as Kit;
}

const run = (page: Page, command: string, args?: unknown) =>
  page.evaluate(([id, a]) => document.querySelector('ck-workbench')!.studio!.commands.execute(id as string, a), [command, args] as const);

test('the 节点 layer shows holidays, 调休 workdays, festivals, solar terms and marketing days in every view, and says when a schedule is not published', async () => {
  await seedKit(context, clubKit([{ id: 'e1', date: '2027-02-06', title: '春节问候', status: 'scheduled' }]));
  const known = officialScheduleKnownThrough();
  const page = await openStudio(`#calendar=${known}-10-01`);
  const calendar = page.locator('[data-ck="calendar"]');
  const nodeOn = (date: string) => page.locator(`[data-ck="day"][data-date="${date}"] [data-ck="node"]`);
  await expect(nodeOn(`${known}-10-01`).and(page.locator('[data-kind="holiday"]')).first()).toBeVisible();
  await expect(page.locator('[data-ck="node"][data-kind="workday"]').first()).toContainText('班');
  await expect(page.locator('[data-ck="nodes-unpublished"]')).toHaveCount(0);

  // 2027: 春节 on 6 February among the entries; its days off are not published yet, and the view says so.
  await run(page, 'studio.calendar.open', { date: '2027-02-10' });
  await expect(nodeOn('2027-02-06').filter({ hasText: '春节' })).toHaveAttribute('data-kind', 'festival');
  await expect(page.locator('[data-ck="day"][data-date="2027-02-06"] [data-ck="entry"][data-entry-id="e1"]')).toBeVisible();
  await expect(page.locator('[data-ck="nodes-unpublished"]')).toContainText(String(known + 1));
  await expect(page.locator('[data-ck="node"][data-kind="holiday"]')).toHaveCount(0);
  await expect(page.locator('[data-ck="node"][data-kind="solar-term"]').first()).toBeVisible();

  // Week and agenda show them too; 中秋 2027 on 15 September.
  await run(page, 'studio.calendar.open', { date: '2027-09-15', mode: 'week' });
  await expect(calendar).toHaveAttribute('data-mode', 'week');
  await expect(nodeOn('2027-09-15').filter({ hasText: '中秋' })).toBeVisible();
  await run(page, 'studio.calendar.showAgenda');
  await expect(page.locator('[data-ck="agenda-date"][data-date="2027-09-15"] [data-ck="node"]').filter({ hasText: '中秋' })).toBeVisible();
  await expect(page.locator('[data-ck="agenda-date"][data-date="2027-09-10"] [data-ck="node"][data-kind="marketing"]')).toBeVisible();

  // The switch in the filter bar turns the layer off (and on); the month it showed stays in view.
  await run(page, 'studio.calendar.showMonth');
  await expect(calendar).toHaveAttribute('data-cursor', /^2027-09-/);
  const toggle = page.locator('[data-ck="calendar-nodes-toggle"]');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(page.locator('[data-ck="calendar"] [data-ck="node"]')).toHaveCount(0);
  await toggle.click();
  await expect(nodeOn('2027-09-15')).not.toHaveCount(0);
});

test('Apply a sequence previews its entries from a picked day, warns about holidays, adds the CLI’s entries once, and undoes', async () => {
  const kit = clubKit();
  await seedKit(context, kit);
  const known = officialScheduleKnownThrough();
  const page = await openStudio(`#calendar=${known}-09-01`);
  await page.locator('[data-ck="calendar-apply-sequence"]').click();
  const picker = page.locator('[data-ck="calendar-sequence"]');
  await picker.locator('input').fill('读书沙龙');
  await expect(picker.locator('[role="option"]').first()).toContainText('读书沙龙');
  await page.keyboard.press('Enter');

  const dialog = page.locator('[data-ck="sequence-apply"]');
  await expect(dialog).toBeVisible();
  // The anchor on the second day of the National Day holiday: D0 and D+1 fall inside it, and say so.
  const anchor = `${known}-10-02`;
  await dialog.locator('[data-ck="sequence-anchor"]').fill(anchor);
  // content-kit's applySequence is what `content-kit apply-sequence` runs.
  const expected = applySequence(kit, 'salon', anchor).added;
  await expect(dialog.locator('[data-ck="sequence-preview-entry"]')).toHaveCount(3);
  await expect(dialog.locator('[data-ck="sequence-preview-entry"]').first()).toContainText(expected[0]!.date);
  await expect(dialog.locator('[data-ck="sequence-preview-entry"]').first()).toContainText('D-3');
  await expect(dialog.locator('[data-ck="sequence-caution"]').first()).toBeVisible();
  await dialog.locator('[data-ck="sequence-apply-confirm"]').click();
  await expect(dialog).toBeHidden();

  await expect.poll(async () => (await stored(page)).calendar?.length).toBe(3);
  expect((await stored(page)).calendar).toEqual(expected);
  // The CLI (built by `npm run build`) writes the same entries for the same kit, sequence and day.
  const dir = mkdtempSync(join(tmpdir(), 'ck-sequence-'));
  writeFileSync(join(dir, 'kit.json'), JSON.stringify(kit));
  execFileSync(process.execPath, ['bin/content-kit.js', 'apply-sequence', join(dir, 'kit.json'), '--sequence', 'salon', '--anchor', anchor, '-o', join(dir, 'out.json')]);
  expect((JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Kit).calendar).toEqual(expected);
  await expect(page.locator(`[data-ck="entry"][data-entry-id="${expected[1]!.id}"]`)).toBeVisible();
  await expect(page.locator('[data-ck="notification"], [role="alert"], [role="status"]').filter({ hasText: /调休|假期|holiday/ }).first()).toBeVisible();

  // A second time at the same day adds nothing; the preview says they are there.
  await run(page, 'studio.calendar.applySequence', { kitId: 'club', sequenceId: 'salon' });
  await dialog.locator('[data-ck="sequence-anchor"]').fill(anchor);
  await expect(dialog.locator('[data-ck="sequence-summary"]')).toContainText('3');
  await expect(dialog.locator('[data-ck="sequence-apply-confirm"]')).toBeDisabled();
  await dialog.locator('[data-ck="sequence-apply-cancel"]').click();
  await expect(dialog).toBeHidden();

  // One change, one undo.
  await run(page, 'studio.calendar.undo');
  await expect.poll(async () => (await stored(page)).calendar?.length ?? 0).toBe(0);
});

test('the sequences editor lists a kit’s sequences, marks what the format refuses by its path, and autosaves a fix', async () => {
  await seedKit(context, clubKit());
  const page = await openStudio('');
  await run(page, 'studio.sequences.edit', { kitId: 'club' });
  const editor = page.locator('[data-ck="sequences-editor"]');
  await expect(editor.locator('[data-ck="sequence"][data-sequence-id="salon"]')).toBeVisible();
  const steps = editor.locator('[data-ck="sequence-step"]');
  await expect(steps).toHaveCount(3);
  await expect(steps.first().locator('[data-field="offset"]')).toHaveValue('D-3');

  const offset = steps.first().locator('[data-field="offset"]');
  await offset.fill('D+400');
  await offset.press('Tab');
  await expect(editor.locator('[data-ck="sequence-problems"]')).toContainText('sequences[0].steps[0].offset');
  await expect(offset).toHaveAttribute('aria-invalid', 'true');
  await offset.fill('D-2');
  await offset.press('Tab');
  await expect(editor.locator('[data-ck="sequence-problems"]')).toHaveCount(0);
  await expect.poll(async () => (await stored(page)).sequences?.[0]?.steps[0]?.offset).toBe(-2);

  await editor.locator('[data-ck="sequence-step-add"]').click();
  await expect(steps).toHaveCount(4);
  await steps.nth(3).locator('[data-field="title"]').fill('一周后回访');
  await steps.nth(3).locator('[data-field="title"]').press('Tab');
  await expect.poll(async () => (await stored(page)).sequences?.[0]?.steps.map((s) => s.title)).toEqual(['沙龙预告', '沙龙当天', '沙龙回顾', '一周后回访']);
  expect((await stored(page)).sequences?.[0]?.updatedAt).toMatch(/^\d{4}-/);
});

test('the Weibo sidebar’s today line names 世界读书日 in the week before 4.23', async () => {
  await routeReplicas(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The background's clock, four days before 世界读书日 (10:00 in Shanghai): the snapshot is built from it.
  await worker.evaluate((now) => {
    Date.now = () => now;
  }, Date.parse('2027-04-19T02:00:00Z'));
  await seedKit(context, clubKit());
  const site = await openReplica(context, 'weibo-home');
  await site.openSidebar();
  await expect(site.page.locator('[data-ck="today-node"]')).toContainText('世界读书日');
  await expect(site.page.locator('[data-ck="today-node"]')).toContainText('4');
});
