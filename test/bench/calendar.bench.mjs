// The content calendar with 2,000 entries (five kits of 400 over a year), measured in Chromium on the built extension
// (CK_OUT_DIR or .output): switching to the month, week and agenda views, paging a month on, scrolling the agenda, and
// rescheduling one entry (the store write through IndexedDB and the re-render, until the entry shows on its new day),
// all with the 节点 layer on (its default), plus switching the layer on and opening a month of a year whose nodes are not
// computed yet.
// Each figure is the median of several runs, from the command to the frame after the view has rendered (for a scroll
// step: the list's re-render). Budgets: RAIL's 100 ms for a response to input, one 16 ms frame for a scroll step.
// Builds nothing: `npm run bench` builds.
import { writeStore } from '../e2e/support/extension-store.mjs';
import { launchExtension } from '../e2e/support/launch-extension.mjs';
import { syntheticKit } from './synthetic-kit.mjs';

const KITS = 5;
const ENTRIES = 2000;
const RUNS = 7;


/** In the page: runs a command, waits for the calendar and its view to render and for the next frame; returns ms. */
async function timed([command, args]) {
  const studio = document.querySelector('ck-workbench').studio;
  const view = () => document.querySelector('ck-workbench').shadowRoot.querySelector('ck-calendar-view');
  const start = performance.now();
  await studio.commands.execute(command, args);
  await view().updateComplete;
  await view().shadowRoot.querySelector('ck-calendar-grid, ck-calendar-agenda')?.updateComplete;
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  return performance.now() - start;
}

/** In the page: how many entry chips and day cells the calendar has in its DOM. */
function domCount() {
  const view = document.querySelector('ck-workbench').shadowRoot.querySelector('ck-calendar-view');
  const inner = view.shadowRoot.querySelector('ck-calendar-grid, ck-calendar-agenda').shadowRoot;
  return { entries: inner.querySelectorAll('[data-ck="entry"]').length, days: inner.querySelectorAll('[data-ck="day"]').length, nodes: inner.querySelectorAll('[data-ck="node"]').length };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (values) => values.map((v) => Math.round(v)).join(', ');

export async function run() {
  const { context, serviceWorker: worker } = await launchExtension();
  try {
    const base = `chrome-extension://${new URL(worker.url()).host}/options.html`;
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForSelector('html[data-ck-ready]', { timeout: 30_000 });
    const kits = [];
    for (let k = 0; k < KITS; k++) kits.push(syntheticKit(200, { seed: 40 + k, entries: ENTRIES / KITS, id: `bench-cal-${k}` }));
    await page.evaluate(writeStore, { kits });
    await page.goto(`${base}#calendar=2026-06-15`);
    // Only the hash changed: load again so the studio reads the seeded kits.
    await page.reload();
    await page.waitForSelector('html[data-ck-ready]', { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('ck-workbench')?.shadowRoot?.querySelector('ck-calendar-view')?.filteredRows().length >= 2000);

    const layerOn = await page.evaluate(() => document.querySelector('ck-workbench').shadowRoot.querySelector('ck-calendar-view').nodeLayer);
    if (!layerOn) throw new Error('the 节点 layer should be on by default');
    const samples = { month: [], week: [], agenda: [], next: [], scroll: [], move: [], layer: [], year: [] };
    const counts = {};
    for (let i = 0; i < RUNS; i++) {
      for (const mode of ['month', 'week', 'agenda']) {
        await page.evaluate(timed, [mode === 'month' ? 'studio.calendar.showAgenda' : 'studio.calendar.showMonth']);
        samples[mode].push(await page.evaluate(timed, [`studio.calendar.show${mode[0].toUpperCase()}${mode.slice(1)}`]));
        counts[mode] = await page.evaluate(domCount);
      }
      await page.evaluate(timed, ['studio.calendar.showMonth']);
      samples.next.push(await page.evaluate(timed, [i % 2 ? 'studio.calendar.previous' : 'studio.calendar.next']));
    }

    // The layer switched on (from off), and a month of a year whose nodes are computed for the first time.
    for (let i = 0; i < RUNS; i++) {
      samples.layer.push(
        await page.evaluate(async () => {
          const view = document.querySelector('ck-workbench').shadowRoot.querySelector('ck-calendar-view');
          view.nodeLayer = false;
          await view.updateComplete;
          const start = performance.now();
          view.nodeLayer = true;
          await view.updateComplete;
          await view.shadowRoot.querySelector('ck-calendar-grid, ck-calendar-agenda')?.updateComplete;
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
          return performance.now() - start;
        }),
      );
      samples.year.push(await page.evaluate(timed, ['studio.calendar.open', { date: `${2040 + i}-02-10` }]));
    }
    await page.evaluate(timed, ['studio.calendar.open', { date: '2026-06-15' }]);

    // Agenda scrolling: the re-render a scroll of one screenful causes (the list is virtualised).
    await page.evaluate(timed, ['studio.calendar.showAgenda']);
    samples.scroll = await page.evaluate(async (steps) => {
      const agenda = document.querySelector('ck-workbench').shadowRoot.querySelector('ck-calendar-view').shadowRoot.querySelector('ck-calendar-agenda');
      const scroller = agenda.shadowRoot.querySelector('.scroller');
      const out = [];
      for (let i = 0; i < steps; i++) {
        scroller.scrollTop += scroller.clientHeight;
        const start = performance.now();
        agenda.scrollTop = scroller.scrollTop;
        await agenda.updateComplete;
        out.push(performance.now() - start);
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      }
      return out;
    }, 15);

    // Rescheduling: the same entry moved back and forth a week, until it shows on its new day.
    await page.evaluate(timed, ['studio.calendar.showMonth']);
    const target = await page.evaluate(() => {
      const view = document.querySelector('ck-workbench').shadowRoot.querySelector('ck-calendar-view');
      const row = view.filteredRows().find((r) => r.entry.date >= '2026-06-08' && r.entry.date <= '2026-06-12');
      view.goTo(row.entry.date);
      return { key: row.key, date: row.entry.date };
    });
    for (let i = 0; i < RUNS; i++) {
      const date = new Date(Date.parse(target.date) + (i % 2 ? 0 : 7) * 86_400_000).toISOString().slice(0, 10);
      samples.move.push(
        await page.evaluate(async ({ key, date }) => {
          const studio = document.querySelector('ck-workbench').studio;
          const grid = () => document.querySelector('ck-workbench').shadowRoot.querySelector('ck-calendar-view').shadowRoot.querySelector('ck-calendar-grid');
          const start = performance.now();
          await studio.commands.execute('studio.calendar.moveEntry', { key, date });
          while (!grid().shadowRoot.querySelector(`[data-ck="day"][data-date="${date}"] [data-entry-key="${key}"]`)) await grid().updateComplete;
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
          return performance.now() - start;
        }, { key: target.key, date }),
      );
    }

    const total = await page.evaluate(() => document.querySelector('ck-workbench').shadowRoot.querySelector('ck-calendar-view').filteredRows().length);
    const note = (mode) =>
      `median of ${RUNS} (${fmt(samples[mode])} ms); ${counts[mode].entries} of ${total} entries and ${counts[mode].nodes} 节点 in the DOM${counts[mode].days ? `, ${counts[mode].days} days` : ''}`;
    return [
      { name: 'calendar month view, 节点 layer on, 2,000 entries', value: median(samples.month), unit: 'ms', budget: 100, note: note('month') },
      { name: 'calendar week view, 节点 layer on, 2,000 entries', value: median(samples.week), unit: 'ms', budget: 100, note: note('week') },
      { name: 'calendar agenda view, 节点 layer on, 2,000 entries', value: median(samples.agenda), unit: 'ms', budget: 100, note: note('agenda') },
      { name: 'calendar next/previous month', value: median(samples.next), unit: 'ms', budget: 100, note: `median of ${RUNS} (${fmt(samples.next)} ms)` },
      { name: 'calendar 节点 layer switched on (month view)', value: median(samples.layer), unit: 'ms', budget: 100, note: `median of ${RUNS} (${fmt(samples.layer)} ms)` },
      { name: 'calendar month of a new year (its 节点 computed)', value: median(samples.year), unit: 'ms', budget: 100, note: `median of ${RUNS} years 2040–${2039 + RUNS} (${fmt(samples.year)} ms)` },
      { name: 'calendar agenda re-render per scroll step', value: median(samples.scroll), unit: 'ms', budget: 16, note: `median of ${samples.scroll.length} one-screen scrolls (max ${Math.max(...samples.scroll).toFixed(1)} ms)` },
      { name: 'calendar reschedule (store write + re-render)', value: median(samples.move), unit: 'ms', budget: 100, note: `median of ${RUNS} moves of one entry by a week (${fmt(samples.move)} ms)` },
    ];
  } finally {
    await context.close();
  }
}
