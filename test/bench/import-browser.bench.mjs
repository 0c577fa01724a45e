// Import and export of a 10,000-item kit through the studio of the built extension (CK_OUT_DIR or .output):
// the file goes into `input[data-ck="import-kit"]`, is read, parsed and validated in the import worker, previewed,
// confirmed, and written (kit + undo snapshot, one transaction). The import figure is the studio's own marks:
// file received → preview ready, plus confirm → transaction committed (the time a person spends looking at the
// preview is left out). Export runs the export command and ends when the file's download starts.
import { writeStore } from '../e2e/support/extension-store.mjs';
import { launchExtension } from '../e2e/support/launch-extension.mjs';
import { syntheticKit } from './synthetic-kit.mjs';

const RUNS = 5;
const ITEMS = 10_000;
const ENTRIES = 2_000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The studio's marks of the last import (performance.mark in the import session). */
function importMarks() {
  const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
  return { start: at('ck-import-start'), ready: at('ck-import-ready'), confirm: at('ck-import-confirm'), committed: at('ck-import-committed') };
}

/** Collects main-thread long tasks from now on, so a run can report the longest one. */
function watchLongTasks() {
  window.__ckLongTasks = [];
  new PerformanceObserver((list) => window.__ckLongTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask' });
}


async function importOnce(page, name, text, items) {
  await page.evaluate(() => {
    window.__ckLongTasks = [];
    performance.clearMarks();
  });
  const wall = Date.now();
  await page.locator('input[type=file][data-ck="import-kit"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.locator('[data-ck="import-confirm"]').click({ timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('ck-import-committed').length > 0, undefined, { timeout: 60_000 });
  const marks = await page.evaluate(importMarks);
  const wallMs = Date.now() - wall;
  // Let the studio take in the new kit (explorer, index) before the long tasks are read.
  await page.waitForFunction((count) => document.querySelector('ck-workbench')?.studio?.data.kit('synthetic')?.items.length === count, items, { timeout: 60_000 });
  await page.waitForTimeout(300);
  // Only tasks from the studio's receiving the file on (Playwright's own hand-over of the file bytes comes before).
  const longest = await page.evaluate((start) => Math.max(0, ...window.__ckLongTasks.filter((t) => t.start >= start).map((t) => t.duration)), marks.start);
  return { ms: marks.ready - marks.start + (marks.committed - marks.confirm), prepare: marks.ready - marks.start, write: marks.committed - marks.confirm, wallMs, longest };
}

export async function run() {
  const { context, extensionId } = await launchExtension();
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.waitForSelector('html[data-ck-ready]', { timeout: 30_000 });
    await page.evaluate(watchLongTasks);

    const kit = syntheticKit(ITEMS, { seed: 3, entries: ENTRIES });
    const text = JSON.stringify(kit, null, 2);
    const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
    // A teammate's version: every tenth item retitled later, 500 new ones.
    const changed = {
      ...kit,
      updatedAt: '2026-11-24T00:00:00+08:00',
      items: [
        ...kit.items.map((item, i) => (i % 10 ? item : { ...item, title: `${item.title}（新）`, updatedAt: '2026-11-24T00:00:00+08:00' })),
        ...syntheticKit(500, { seed: 9 }).items.map((item) => ({ ...item, id: `n${item.id}` })),
      ],
    };
    const changedText = JSON.stringify(changed, null, 2);

    const fresh = [];
    const merges = [];
    const exports = [];
    for (let i = 0; i < RUNS; i++) {
      fresh.push(await importOnce(page, 'synthetic-1.0.0.kit.json', text, kit.items.length));

      await page.evaluate(() => performance.clearMarks());
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.evaluate(() => document.querySelector('ck-workbench').studio.commands.execute('studio.kit.export', { kitId: 'synthetic', bump: 'none', authors: [] })),
      ]);
      await download.cancel().catch(() => undefined);
      exports.push(await page.evaluate(() => performance.getEntriesByName('ck-export-done')[0].startTime - performance.getEntriesByName('ck-export-start')[0].startTime));

      merges.push(await importOnce(page, 'synthetic-1.1.0.kit.json', changedText, changed.items.length));
      await page.evaluate(writeStore, { removeKits: ['synthetic'], put: { 'undo-import': null } });
      await page.waitForFunction(() => !document.querySelector('ck-workbench')?.studio?.data.kit('synthetic'), undefined, { timeout: 60_000 });
    }

    const pick = (runs, key) => median(runs.map((r) => r[key]));
    const detail = (runs) => `median of ${RUNS}: read+parse+validate+plan ${pick(runs, 'prepare').toFixed(0)} ms, merge+write ${pick(runs, 'write').toFixed(0)} ms; ${pick(runs, 'wallMs').toFixed(0)} ms wall clock with preview and click; longest main-thread task from receiving the file until the studio shows the kit ${pick(runs, 'longest').toFixed(0)} ms`;
    return [
      { name: 'import 10,000 items through the studio (new kit)', value: pick(fresh, 'ms'), unit: 'ms', budget: 1500, note: `${mb} MB, ${ENTRIES} entries; ${detail(fresh)}` },
      { name: 'import 10,000 items through the studio (merge, 1,000 changed + 500 new)', value: pick(merges, 'ms'), unit: 'ms', budget: 1500, note: detail(merges) },
      { name: 'export 10,000 items from the studio', value: median(exports), unit: 'ms', budget: 500, note: `median of ${RUNS}, command to download` },
    ];
  } finally {
    await context.close();
  }
}
