// The studio's time to interactive with 5,000 items (five kits of 1,000) and 2,000 calendar entries, measured in
// Chromium on the built extension: from navigation start to the `ck-studio-interactive` mark the studio sets once its
// workbench, explorer and restored editor have rendered. Builds nothing: `npm run bench` builds the extension first.
import { writeStore } from '../e2e/support/extension-store.mjs';
import { launchExtension } from '../e2e/support/launch-extension.mjs';
import { syntheticKit } from './synthetic-kit.mjs';

const KITS = 5;
const ITEMS_PER_KIT = 1000;
const ENTRIES = 2000;
const RUNS = 5;


const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function run() {
  const { context, serviceWorker: worker } = await launchExtension();
  try {
    const url = `chrome-extension://${new URL(worker.url()).host}/options.html`;
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-ck-ready]', { timeout: 30_000 });

    const kits = [];
    for (let k = 0; k < KITS; k++) kits.push(syntheticKit(ITEMS_PER_KIT, { seed: 10 + k, entries: ENTRIES / KITS, id: `bench-${k}` }));
    await page.evaluate(writeStore, { kits });

    const samples = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      await page.reload();
      await page.waitForSelector('html[data-ck-ready]', { timeout: 30_000 });
      samples.push(await page.evaluate(() => performance.getEntriesByName('ck-studio-interactive')[0]?.startTime ?? NaN));
      rows = await page.locator('[data-ck="explorer"] [role="treeitem"]').count();
    }
    const items = await page.evaluate(() => document.querySelector('ck-workbench')?.studio?.data.kits().reduce((n, k) => n + k.items.length, 0) ?? 0);
    return [
      {
        name: 'studio interactive (5,000 items, 2,000 entries)',
        value: median(samples),
        unit: 'ms',
        budget: 1000,
        note: `median of ${RUNS} loads (${samples.map((s) => Math.round(s)).join(', ')} ms); ${items} items in the studio, ${rows} tree rows rendered`,
      },
    ];
  } finally {
    await context.close();
  }
}
