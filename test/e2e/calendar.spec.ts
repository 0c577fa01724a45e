import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { CalendarEntry, Kit } from '../../content-kit';
import { readStore } from './support/extension-store.mjs';
import { launchBrowser } from './support/launch-browser';
import { seedKit } from './support/seed-kit';

// The content calendar in the studio of the built extension: views and the test-contract hooks, creating, editing
// and deleting entries with undo, drag-and-drop and keyboard rescheduling, applying the built-in launch plan,
// exporting ICS and CSV files, importing a CSV with a bad row, and 2,000 entries.

let context: BrowserContext;
let extensionId: string;
const errors: string[] = [];

test.beforeEach(async () => {
  ({ context, extensionId } = await launchBrowser());
  await context.route(/^https?:\/\//, (route) => route.abort());
  errors.length = 0;
});

test.afterEach(async () => {
  await context?.close();
  expect(errors, 'errors in the studio').toEqual([]);
});

const entry = (id: string, date: string, title: string, extra: Partial<CalendarEntry> = {}): CalendarEntry => ({ id, date, title, status: 'scheduled', ...extra });

/** A user kit (the default target of new entries: the first kit that is not the built-in one). */
const clubKit = (calendar: CalendarEntry[] = []): Kit => ({
  format: 'community-kit',
  formatVersion: 1,
  id: 'club',
  name: '读书会',
  version: '1.0.0',
  timezone: 'Asia/Shanghai',
  updatedAt: '2026-11-01T00:00:00Z',
  items: [
    { id: 'welcome', kind: 'script', title: '欢迎新人', body: '欢迎{{新人}}加入读书会' },
    { id: 'rules', kind: 'script', title: '群规', body: '请友善发言' },
  ],
  calendar,
});

async function openCalendar(date: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`chrome-extension://${extensionId}/options.html#calendar=${date}`);
  await expect(page.locator('html[data-ck-ready]')).toHaveCount(1, { timeout: 15_000 });
  await expect(page.locator('[data-ck="calendar"]')).toHaveAttribute('data-cursor', date);
  return page;
}

/** A kit's calendar as stored in the extension's IndexedDB. */
async function storedCalendar(page: Page, kitId: string): Promise<CalendarEntry[]> {
  const kit = (await page.evaluate(readStore, [`kit:${kitId}`]))[`kit:${kitId}`] as { calendar?: CalendarEntry[] } | undefined;
  return kit?.calendar ?? [];
}

const day = (page: Page, date: string) => page.locator(`[data-ck="calendar"] [data-ck="day"][data-date="${date}"]`);
const chip = (page: Page, id: string) => page.locator(`[data-ck="calendar"] [data-ck="entry"][data-entry-id="${id}"]`);

/** Chooses in a quick pick by typing (a label, or an alias such as a kit id) and checks the first row before Enter. */
async function pick(page: Page, hook: string, text: string, expected: string | RegExp = text) {
  const picker = page.locator(`[data-ck="${hook}"]`);
  await expect(picker).toBeVisible();
  await picker.locator('input').fill(text);
  await expect(picker.locator('[role="option"]').first()).toContainText(expected);
  await page.keyboard.press('Enter');
}

test('month, week and agenda views show every kit, mark today and move by keys and buttons', async () => {
  await seedKit(
    context,
    clubKit([
      entry('c1', '2026-12-10', '共读开营', { time: '20:00', platform: 'wechat' }),
      entry('c2', '2026-12-10', '线下读书会', { platform: 'offline', status: 'idea' }),
      entry('jan-open', '2026-01-07', '开营仪式', { platform: 'weibo' }),
      entry('jan-15', '2026-01-15', '第二周共读', { time: '20:00', platform: 'weibo' }),
    ]),
  );
  const page = await openCalendar('2026-12-10');
  const calendar = page.locator('[data-ck="calendar"]');
  await expect(page.locator('[data-ck="activity-bar"] [data-view="calendar"]')).toBeVisible();
  await expect(calendar.locator('[role="grid"] [data-ck="day"]')).toHaveCount(42);
  await expect(day(page, '2026-12-10').locator('[data-ck="entry"]')).toHaveCount(2);
  await expect(chip(page, 'c1')).toContainText('共读开营');
  await expect(chip(page, 'c1')).toContainText('20:00');
  await expect(chip(page, 'c1')).toHaveAttribute('data-platform', 'wechat');
  await expect(chip(page, 'c2')).toHaveAttribute('data-platform', 'offline');
  await expect(chip(page, 'c2')).toHaveAttribute('data-status', 'idea');

  // Today is marked.
  const today = await calendar.getAttribute('data-today');
  await page.locator('[data-ck="calendar-today"]').click();
  await expect(day(page, today!)).toHaveAttribute('aria-current', 'date');
  await page.locator('[data-ck="calendar-prev"]').click();
  await page.locator('[data-ck="calendar-prev"]').click();
  await expect(calendar).not.toHaveAttribute('data-cursor', today!);

  // Keyboard: arrows move between days, PageDown goes a month on, W and A switch views.
  await page.goto(`chrome-extension://${extensionId}/options.html#calendar=2026-01-07`);
  await expect(chip(page, 'jan-open')).toBeVisible();
  await day(page, '2026-01-07').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(day(page, '2026-01-15')).toBeFocused();
  await expect(calendar).toHaveAttribute('data-cursor', '2026-01-15');
  await page.keyboard.press('PageDown');
  await expect(calendar).toHaveAttribute('data-cursor', '2026-02-15');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('w');
  await expect(calendar).toHaveAttribute('data-mode', 'week');
  await expect(calendar.locator('[data-ck="day"]')).toHaveCount(7);
  await expect(day(page, '2026-01-15').locator('[data-ck="entry"]').first()).toBeVisible();
  await page.keyboard.press('a');
  await expect(calendar).toHaveAttribute('data-mode', 'agenda');
  await expect(calendar.locator('[data-ck="agenda-date"][data-date="2026-01-15"]')).toBeVisible();
  await expect(calendar.locator('[data-ck="entry"][data-date="2026-01-15"]').first()).toBeFocused();
  await page.keyboard.press('m');
  await expect(calendar).toHaveAttribute('data-mode', 'month');

  // Filters: by platform and by kit.
  await calendar.locator('[data-ck="calendar-filter"] button[data-group="platforms"][data-value="weibo"]').click();
  const shown = calendar.locator('[data-ck="entry"]');
  await expect(shown.first()).toBeVisible();
  for (const platform of await shown.evaluateAll((chips) => chips.map((c) => c.getAttribute('data-platform')))) expect(platform).toBe('weibo');
  await calendar.locator('[data-ck="calendar-filter-clear"]').click();
  await calendar.locator('[data-ck="calendar-filter"] button[data-group="kits"][data-value="builtin-starter"]').click();
  await expect(shown).toHaveCount(0);
  await expect(calendar.locator('[data-ck="calendar-count"]')).toContainText(/0/);
});

test('an entry is created by clicking a day, edited in the panel, deleted and brought back with Undo and Ctrl+Z', async () => {
  await seedKit(context, clubKit());
  const page = await openCalendar('2026-12-10');
  await day(page, '2026-12-10').click();
  const panel = page.locator('[data-ck="entry-editor"]');
  await expect(panel).toHaveAttribute('data-mode', 'new');
  await expect(panel.locator('[data-ck="entry-kit"]')).toHaveValue('club');
  await expect(panel.locator('[data-ck="entry-title"]')).toBeFocused();
  await page.keyboard.type('共读第一周复盘');
  await page.keyboard.press('Enter');
  const created = day(page, '2026-12-10').locator('[data-ck="entry"]');
  await expect(created).toHaveCount(1);
  await expect(created).toContainText('共读第一周复盘');
  let stored = await storedCalendar(page, 'club');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ date: '2026-12-10', title: '共读第一周复盘', status: 'idea' });
  expect(stored[0]!.time).toBeUndefined();
  const id = stored[0]!.id;
  await expect(created).toHaveAttribute('data-entry-id', id);

  // Enter on a day creates too (keyboard only).
  await day(page, '2026-12-11').focus();
  await page.keyboard.press('Enter');
  await expect(panel.locator('[data-ck="entry-title"]')).toBeFocused();
  await page.keyboard.type('第二条');
  await page.keyboard.press('Enter');
  await expect(day(page, '2026-12-11').locator('[data-ck="entry"]')).toHaveCount(1);

  // Edit every field of the first entry.
  await chip(page, id).click();
  await expect(panel).toHaveAttribute('data-mode', 'edit');
  await panel.locator('[data-ck="entry-title"]').fill('共读复盘 · 第一周');
  await panel.locator('[data-ck="entry-title"]').press('Enter');
  await panel.locator('[data-ck="entry-time"]').fill('20:30');
  await panel.locator('[data-ck="entry-platform"]').selectOption('wechat');
  await panel.locator('[data-ck="entry-status"]').selectOption('scheduled');
  await panel.locator('[data-ck="entry-stage"]').selectOption('interact');
  await panel.locator('textarea[data-field="notes"]').fill('**重点**：<img src="https://tracker.example/p.png"> 邀请大家 [分享](javascript:alert(1))');
  await panel.locator('[data-ck="entry-date"]').click();
  await panel.locator('[data-ck="entry-notes-preview"]').click();
  const preview = panel.locator('.preview');
  await expect(preview.locator('strong')).toHaveText('重点');
  await expect(preview.locator('img')).toHaveCount(0);
  await expect(preview.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect.poll(async () => (await storedCalendar(page, 'club')).find((e) => e.id === id)).toMatchObject({
    title: '共读复盘 · 第一周',
    time: '20:30',
    platform: 'wechat',
    status: 'scheduled',
    stage: 'interact',
    notes: expect.stringContaining('邀请大家'),
  });
  await expect(chip(page, id)).toContainText('20:30');
  await expect(chip(page, id)).toHaveAttribute('data-platform', 'wechat');

  // Link an item from the kit, and open it.
  await panel.locator('[data-ck="entry-choose-item"]').click();
  await pick(page, 'calendar-item-pick', '群规');
  await expect(panel.locator('[data-ck="entry-item-title"]')).toHaveText('群规');
  await expect.poll(async () => (await storedCalendar(page, 'club')).find((e) => e.id === id)?.itemId).toBe('rules');
  await panel.locator('[data-ck="entry-open-item"]').click();
  await expect(page.locator('[data-ck="tabs"] [role="tab"][aria-selected="true"]')).toContainText('群规');
  await page.locator('[data-ck="tabs"] [role="tab"]', { hasText: /Calendar|日历/ }).click();

  // A new draft item made from the second entry: created in the kit, linked, and opened in its editor.
  const second = day(page, '2026-12-11').locator('[data-ck="entry"]');
  await second.click();
  await panel.locator('[data-ck="entry-new-draft"]').click();
  await expect(page.locator('[data-ck="tabs"] [role="tab"][aria-selected="true"]')).toContainText('第二条');
  await expect(page.locator('[data-ck="editor"] .ProseMirror')).toBeVisible();
  await expect.poll(async () => (await storedCalendar(page, 'club')).find((e) => e.title === '第二条')).toMatchObject({ status: 'draft', itemId: expect.stringMatching(/^script-/) });
  await page.locator('[data-ck="tabs"] [role="tab"]', { hasText: /Calendar|日历/ }).click();

  // Delete with the Delete key; the notification's Undo brings it back.
  await chip(page, id).focus();
  await page.keyboard.press('Delete');
  await expect(chip(page, id)).toHaveCount(0);
  await expect.poll(async () => (await storedCalendar(page, 'club')).some((e) => e.id === id)).toBe(false);
  const notification = page.locator('[data-ck="notification"]').filter({ hasText: '共读复盘 · 第一周' });
  await notification.getByRole('button', { name: /Undo|撤销/ }).click();
  await expect(chip(page, id)).toHaveCount(1);
  await expect.poll(async () => (await storedCalendar(page, 'club')).find((e) => e.id === id)?.title).toBe('共读复盘 · 第一周');

  // Delete from the panel; Ctrl+Z in the calendar undoes it.
  await chip(page, id).click();
  await panel.locator('[data-ck="entry-delete"]').click();
  await expect(chip(page, id)).toHaveCount(0);
  await day(page, '2026-12-10').focus();
  await page.keyboard.press('Control+z');
  await expect(chip(page, id)).toHaveCount(1);
  stored = await storedCalendar(page, 'club');
  expect(stored.map((e) => e.id).sort()).toEqual([id, stored.find((e) => e.title === '第二条')!.id].sort());
});

test('entries are rescheduled by drag and drop and by Alt+Arrow keys, and duplicated', async () => {
  await seedKit(context, clubKit([entry('e1', '2026-12-10', '共读开营', { time: '20:00', platform: 'wechat' }), entry('e2', '2026-12-28', '年终复盘', { platform: 'weibo' })]));
  const page = await openCalendar('2026-12-10');

  await chip(page, 'e1').dragTo(day(page, '2026-12-16'));
  await expect(day(page, '2026-12-16').locator('[data-entry-id="e1"]')).toBeVisible();
  await expect.poll(async () => (await storedCalendar(page, 'club')).find((e) => e.id === 'e1')).toMatchObject({ date: '2026-12-16', time: '20:00' });

  // Alt+Right a day later, Alt+Up a week earlier, keeping the focus on the entry.
  await chip(page, 'e1').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(day(page, '2026-12-17').locator('[data-entry-id="e1"]')).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(day(page, '2026-12-10').locator('[data-entry-id="e1"]')).toBeFocused();
  await expect.poll(async () => (await storedCalendar(page, 'club')).find((e) => e.id === 'e1')?.date).toBe('2026-12-10');

  // Across a month boundary the view follows the entry.
  await chip(page, 'e2').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('[data-ck="calendar"]')).toHaveAttribute('data-cursor', '2027-01-04');
  await expect(day(page, '2027-01-04').locator('[data-entry-id="e2"]')).toBeFocused();
  await expect.poll(async () => (await storedCalendar(page, 'club')).find((e) => e.id === 'e2')?.date).toBe('2027-01-04');

  // Ctrl+Z undoes the last move; Ctrl+D duplicates the focused entry.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await storedCalendar(page, 'club')).find((e) => e.id === 'e2')?.date).toBe('2026-12-28');
  await chip(page, 'e2').focus();
  await page.keyboard.press('Control+d');
  await expect(day(page, '2026-12-28').locator('[data-ck="entry"]')).toHaveCount(2);
  const stored = await storedCalendar(page, 'club');
  expect(stored).toHaveLength(3);
  expect(new Set(stored.map((e) => e.id)).size).toBe(3);
  expect(stored.filter((e) => e.title === '年终复盘' && e.date === '2026-12-28')).toHaveLength(2);
});

test('a kit’s calendar is applied as a plan from a chosen date into a chosen kit, as new entries', async () => {
  const plan = [entry('p1', '2026-01-05', '开营', { time: '20:00', platform: 'wechat', status: 'published' }), entry('p2', '2026-01-08', '第一次共读'), entry('p3', '2026-01-19', '复盘')];
  await seedKit(context, clubKit(plan));
  const page = await openCalendar('2026-12-01');

  await page.locator('[data-ck="calendar-apply-plan"]').click();
  await pick(page, 'calendar-plan-source', '读书会');
  const input = page.locator('[data-ck="input"] input');
  await expect(input).toBeVisible();
  await input.fill('2026-12-07');
  await page.keyboard.press('Enter');
  await pick(page, 'calendar-plan-target', '读书会');

  await expect.poll(async () => (await storedCalendar(page, 'club')).length).toBe(plan.length * 2);
  const club = await storedCalendar(page, 'club');
  expect(club.slice(0, plan.length)).toEqual(plan);
  const added = club.slice(plan.length);
  expect(new Set(club.map((e) => e.id)).size).toBe(club.length);
  // Each entry keeps its distance from the plan's first day, its time and its title; nothing is published yet.
  expect(added.map((e) => `${e.date} ${e.time ?? ''} ${e.title}`)).toEqual(['2026-12-07 20:00 开营', '2026-12-10  第一次共读', '2026-12-21  复盘']);
  expect(added.some((e) => e.status === 'published')).toBe(false);
  await expect(page.locator('[data-ck="calendar"]')).toHaveAttribute('data-cursor', '2026-12-07');
  await expect(day(page, '2026-12-07').locator('[data-ck="entry"]')).toHaveCount(1);
});

test('the built-in four-week launch plan is a sequence applied from a chosen day, the same entries as the CLI, once', async () => {
  await seedKit(context, clubKit());
  const page = await openCalendar('2026-12-01');
  await page.locator('[data-ck="calendar-apply-sequence"]').click();
  await pick(page, 'calendar-sequence', '四周开群计划');
  const dialog = page.locator('[data-ck="sequence-apply"]');
  await dialog.locator('[data-ck="sequence-anchor"]').fill('2026-12-07');
  const rows = dialog.locator('[data-ck="sequence-preview-entry"]');
  await expect(rows).not.toHaveCount(0);
  const count = await rows.count();
  await dialog.locator('[data-ck="sequence-apply-confirm"]').click();
  await expect.poll(async () => (await storedCalendar(page, 'builtin-starter')).length).toBe(count);
  const added = await storedCalendar(page, 'builtin-starter');
  expect(added.every((e) => e.id.startsWith('launch-4weeks.') && e.id.endsWith('.20261207'))).toBe(true);
  expect(added.map((e) => e.date).sort()[0]).toBe('2026-12-05');
  expect(await storedCalendar(page, 'club')).toEqual([]);

  await page.evaluate(() => document.querySelector('ck-workbench')!.studio!.commands.execute('studio.calendar.applySequence', { kitId: 'builtin-starter', sequenceId: 'launch-4weeks', anchor: '2026-12-07' }));
  expect(await storedCalendar(page, 'builtin-starter')).toEqual(added);
});

test('exports download an RFC 5545 ICS file and an Excel-friendly CSV', async () => {
  const longTitle = '周末线下读书会：一起聊聊《百年孤独》里的家族、记忆与时间，欢迎带上你的书签和问题';
  await seedKit(
    context,
    clubKit([
      entry('open', '2026-12-10', '共读开营; 第一周, 欢迎', { time: '20:00', platform: 'wechat', notes: '第一行\n第二行' }),
      entry('meetup', '2026-12-12', longTitle, { platform: 'offline' }),
      entry('formula', '2026-12-14', '=HYPERLINK("http://evil")', { status: 'idea' }),
    ]),
  );
  const page = await openCalendar('2026-12-10');

  const exportFile = async (format: string, scope: string) => {
    const download = page.waitForEvent('download', { timeout: 15_000 });
    await page.locator('[data-ck="calendar-export"]').click();
    await pick(page, 'calendar-export-format', format, /./);
    await pick(page, 'calendar-export-scope', scope, '读书会');
    const file = await download;
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
  };

  const ics = await exportFile('ics', 'kit:club');
  expect(ics.name).toMatch(/^club-calendar-\d{8}\.ics$/);
  const text = ics.bytes.toString('utf8');
  // RFC 5545 §3.1: every line ends in CRLF (the last one too), none is longer than 75 octets.
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const lines = text.split('\r\n').slice(0, -1);
  for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(lines.filter((l) => l === 'VERSION:2.0')).toHaveLength(1);
  expect(lines.filter((l) => l.startsWith('PRODID:'))).toHaveLength(1);
  // A VTIMEZONE for the TZID the timed entry uses (§3.2.19); all-day entries as VALUE=DATE with an exclusive end.
  expect(lines).toContain('BEGIN:VTIMEZONE');
  expect(lines).toContain('TZID:Asia/Shanghai');
  expect(lines).toContain('DTSTART;TZID=Asia/Shanghai:20261210T200000');
  expect(lines).toContain('DTSTART;VALUE=DATE:20261212');
  expect(lines).toContain('DTEND;VALUE=DATE:20261213');
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  // TEXT escaping (§3.3.11) and folding that keeps Chinese characters whole.
  expect(unfolded).toContain('SUMMARY:共读开营\\; 第一周\\, 欢迎');
  expect(unfolded).toContain(`SUMMARY:${longTitle}`);
  expect(unfolded).toMatch(/DESCRIPTION:第一行\\n第二行/);
  for (const stamp of unfolded.split('\r\n').filter((l) => l.startsWith('DTSTAMP:'))) expect(stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
  const uids = unfolded.split('\r\n').filter((l) => l.startsWith('UID:'));
  expect(uids).toHaveLength(3);
  expect(new Set(uids).size).toBe(3);
  // The same calendar exported again keeps its UIDs, so calendar apps update instead of duplicating.
  const again = (await exportFile('ics', 'kit:club')).bytes.toString('utf8').replace(/\r\n[ \t]/g, '');
  expect(again.split('\r\n').filter((l) => l.startsWith('UID:'))).toEqual(uids);

  const csv = await exportFile('csv', 'kit:club');
  expect(csv.name).toMatch(/^club-calendar-\d{8}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csvText = csv.bytes.toString('utf8').slice(1);
  expect(csvText.split('\r\n')[0]).toBe('id,date,time,title,platform,status,stage,itemId,notes,itemTitle');
  expect(csvText).toContain('open,2026-12-10,20:00,"共读开营; 第一周, 欢迎",wechat,scheduled');
  // A cell starting with = is escaped so Excel shows it as text, never runs it.
  expect(csvText).toContain(`"'=HYPERLINK(""http://evil"")"`);

  // The filtered view exports only what the filters let through.
  await page.locator('[data-ck="calendar-filter"] button[data-group="platforms"][data-value="offline"]').click();
  const filtered = await exportFile('md', 'view:club');
  expect(filtered.name).toMatch(/^club-calendar-filtered-\d{8}\.md$/);
  const agenda = filtered.bytes.toString('utf8');
  expect(agenda).toContain('2026-12-12');
  expect(agenda).not.toContain('2026-12-10');
});

test('a CSV import maps columns, names the bad row and column, and writes only the valid rows after confirming', async () => {
  await seedKit(context, clubKit([entry('existing', '2026-12-01', '已有')]));
  const page = await openCalendar('2026-12-10');
  await page.locator('[data-ck="calendar-import-csv"]').click();
  const dialog = page.locator('[data-ck="calendar-import"]');
  await expect(dialog).toBeVisible();
  const csv = ['日期,时间,标题,平台,状态,备注', '2026-12-15,20:00,共读分享会,微信,已排期,带上书', '2026-13-40,21:00,坏日期,微博,想法,', '2026/12/20,,线下见面,线下,,'].join('\r\n');
  await dialog.locator('[data-ck="calendar-import-file"]').setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}`, 'utf8') });

  const mapping = dialog.locator('[data-ck="calendar-import-mapping"]');
  await expect(mapping.locator('select[data-field="date"]')).toHaveValue('0');
  await expect(mapping.locator('select[data-field="title"]')).toHaveValue('2');
  const errorsShown = dialog.locator('[data-ck="calendar-import-error"]');
  await expect(errorsShown).toHaveCount(1);
  await expect(errorsShown).toHaveAttribute('data-row', '3');
  await expect(errorsShown).toHaveAttribute('data-column', '日期');
  await expect(errorsShown).toContainText(/3/);
  await expect(errorsShown).toContainText('日期');
  await expect(dialog.locator('[data-ck="calendar-import-row"]')).toHaveCount(2);

  // Remapping a column re-reads the file: notes not imported.
  await mapping.locator('select[data-field="notes"]').selectOption('');
  await expect(dialog.locator('[data-ck="calendar-import-row"]')).toHaveCount(2);
  // Nothing is written before confirming.
  expect(await storedCalendar(page, 'club')).toHaveLength(1);
  await dialog.locator('[data-ck="calendar-import-confirm"]').click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await storedCalendar(page, 'club')).length).toBe(3);
  const stored = await storedCalendar(page, 'club');
  expect(stored.find((e) => e.title === '共读分享会')).toMatchObject({ date: '2026-12-15', time: '20:00', platform: 'wechat', status: 'scheduled' });
  expect(stored.find((e) => e.title === '共读分享会')?.notes).toBeUndefined();
  expect(stored.find((e) => e.title === '线下见面')).toMatchObject({ date: '2026-12-20', platform: 'offline', status: 'idea' });
  expect(stored.some((e) => e.title === '坏日期')).toBe(false);
  await expect(day(page, '2026-12-15').locator('[data-ck="entry"]')).toContainText('共读分享会');

  // Cancelling writes nothing.
  await page.locator('[data-ck="calendar-import-csv"]').click();
  await dialog.locator('[data-ck="calendar-import-file"]').setInputFiles({ name: 'more.csv', mimeType: 'text/csv', buffer: Buffer.from('date,title\r\n2026-12-30,不会写入\r\n') });
  await expect(dialog.locator('[data-ck="calendar-import-row"]')).toHaveCount(1);
  await dialog.locator('[data-ck="calendar-import-cancel"]').click();
  await expect(dialog).toBeHidden();
  expect(await storedCalendar(page, 'club')).toHaveLength(3);
});

test('2,000 entries render in every view with only the visible range in the DOM', async () => {
  const calendar: CalendarEntry[] = [];
  for (let i = 0; i < 2000; i++) {
    const date = new Date(Date.UTC(2026, 0, 1 + (i % 365))).toISOString().slice(0, 10);
    calendar.push(entry(`bulk-${i}`, date, `第 ${i} 条日程`, { time: `${String(8 + (i % 12)).padStart(2, '0')}:00`, platform: (['weibo', 'douban', 'wechat', 'offline'] as const)[i % 4] }));
  }
  await seedKit(context, clubKit(calendar));
  const page = await openCalendar('2026-06-15');
  const view = page.locator('[data-ck="calendar"]');
  // The count is about the 42 days on screen (1 June to 12 July), not the whole calendar.
  const onScreen = calendar.filter((e) => e.date >= '2026-06-01' && e.date <= '2026-07-12').length;
  await expect(view.locator('[data-ck="calendar-count"]')).toContainText(String(onScreen));
  // Month: 42 days, each holding that day's entries (2,000 over 365 days: 5 or 6 a day).
  await expect(day(page, '2026-06-15').locator('[data-ck="entry"]')).toHaveCount(calendar.filter((e) => e.date === '2026-06-15').length);
  const monthChips = await view.locator('[data-ck="entry"]').count();
  expect(monthChips).toBeLessThan(300);

  const timeCommand = (id: string) =>
    page.evaluate(async (command) => {
      const studio = document.querySelector('ck-workbench')!.studio!;
      const start = performance.now();
      await studio.commands.execute(command);
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      return performance.now() - start;
    }, id);
  const week = await timeCommand('studio.calendar.showWeek');
  await expect(view).toHaveAttribute('data-mode', 'week');
  expect(await view.locator('[data-ck="entry"]').count()).toBeLessThan(60);
  const agenda = await timeCommand('studio.calendar.showAgenda');
  await expect(view.locator('[data-ck="agenda-date"][data-date="2026-06-15"]')).toBeVisible();
  // The agenda is virtualised: a few dozen lines in the DOM, the last entry reachable with End.
  expect(await view.locator('[data-ck="entry"]').count()).toBeLessThan(100);
  await view.locator('[data-ck="entry"][data-date="2026-06-15"]').first().focus();
  await page.keyboard.press('End');
  await expect(view.locator('[data-ck="entry"][data-date="2026-12-31"]').last()).toBeFocused();
  const month = await timeCommand('studio.calendar.showMonth');
  // Generous bounds (a shared, slow machine): the point is that no view grows with the number of entries.
  for (const ms of [week, agenda, month]) expect(ms).toBeLessThan(1000);
});
