// A change reaching an open tab: with a 10,000-item kit stored, a favourite toggled and a one-item edit saved in the
// studio, measured from the studio's write to the open Weibo tab's suggestions showing it (the store's channel, the
// background's delta, the tab applying it to its snapshot and index), and the bytes that crossed the message channel.
// Builds nothing: `npm run bench` builds the extension first.
import { routeReplicas } from '../fixtures/sites/route-replicas.mjs';
import { writeStore } from '../e2e/support/extension-store.mjs';
import { launchExtension } from '../e2e/support/launch-extension.mjs';
import { syntheticKit } from './synthetic-kit.mjs';

const ITEMS = 10_000;
const KIT_ID = 'bench-delta';
const RUNS = 6;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

export async function run() {
  const { context, serviceWorker: worker } = await launchExtension();
  try {
    await worker.evaluate(() => chrome.storage.local.set({ 'sidebar:weibo': { open: true, width: 340 } }));
    await routeReplicas(context);
    const studio = await context.newPage();
    await studio.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
    await studio.waitForSelector('html[data-ck-ready]', { timeout: 30_000 });
    const kit = syntheticKit(ITEMS, { seed: 7, id: KIT_ID });
    await studio.evaluate(writeStore, { kits: [kit] });
    await studio.waitForFunction((id) => !!document.querySelector('ck-workbench')?.studio?.data.kit(id), KIT_ID, { timeout: 30_000 });

    // When the store announced each write (the channel is heard by every other listener in the page too).
    await studio.evaluate(() => (new BroadcastChannel('community-kit-store').onmessage = () => (window.__ckPosted = performance.timeOrigin + performance.now())));
    const site = await context.newPage();
    await site.goto('https://weibo.com/');
    // The whole snapshot arrives once, and is indexed in slices: wait until the tab holds it all.
    await site.waitForFunction((id) => performance.getEntriesByName('ck:snapshot-full').length > 0 && document.querySelector('ck-sidebar')?.shadowRoot?.querySelector('[data-ck="suggestion"]'), KIT_ID, { timeout: 30_000 });
    await site.waitForTimeout(1500);
    const fullsBefore = await site.evaluate(() => performance.getEntriesByName('ck:snapshot-full').length);

    const shown = kit.items.filter((item) => !item.platforms || item.platforms.includes('weibo'));
    const card = (id) => document.querySelector('ck-sidebar')?.shadowRoot?.querySelector(`[data-ck="suggestion"][data-item-id="${id}"]`);
    /** Runs a studio write and waits until the tab's card of the item satisfies `arrived`; returns ms and bytes. */
    const measure = async (write, arg, arrived) => {
      const deltasBefore = await site.evaluate(() => performance.getEntriesByName('ck:snapshot-delta').length);
      const { at: started } = await studio.evaluate(write, arg);
      const seen = await site.waitForFunction(arrived, arg, { polling: 5, timeout: 10_000 }).then((handle) => handle.jsonValue());
      const posted = await studio.evaluate(() => window.__ckPosted);
      const { bytes, applied } = await site.evaluate((n) => {
        const marks = performance.getEntriesByName('ck:snapshot-delta').slice(n);
        return { bytes: marks.reduce((sum, m) => sum + (m.detail?.bytes ?? 0), 0), applied: performance.timeOrigin + (marks.at(-1)?.startTime ?? NaN) };
      }, deltasBefore);
      return { ms: seen - started, bytes, commit: posted - started, applied: applied - started };
    };

    const favourites = [];
    const edits = [];
    for (let i = 0; i < RUNS; i++) {
      const item = shown[Math.floor(((i + 1) * shown.length) / (RUNS + 1))];
      // The item on screen: searched by its title (not measured).
      await site.locator('[data-ck="search"]').fill(item.title);
      await site.waitForFunction(card, item.id, { timeout: 10_000 });
      const arg = { kitId: KIT_ID, itemId: item.id, marker: `改过的正文${i}号` };
      favourites.push(
        await measure(
          async ({ kitId, itemId }) => {
            const at = performance.timeOrigin + performance.now();
            await document.querySelector('ck-workbench').studio.data.setFavourite(kitId, itemId, true);
            return { at, committed: performance.timeOrigin + performance.now() };
          },
          arg,
          ({ itemId }) => {
            const found = document.querySelector('ck-sidebar')?.shadowRoot?.querySelector(`[data-ck="suggestion"][data-item-id="${itemId}"] [aria-pressed="true"]`);
            return found ? performance.timeOrigin + performance.now() : false;
          },
        ),
      );
      edits.push(
        await measure(
          async ({ kitId, itemId, marker }) => {
            const data = document.querySelector('ck-workbench').studio.data;
            const stored = data.item(kitId, itemId);
            const at = performance.timeOrigin + performance.now();
            await data.saveItem(kitId, { ...stored, body: `${marker}${stored.body}` }, stored.updatedAt);
            return { at, committed: performance.timeOrigin + performance.now() };
          },
          arg,
          ({ itemId, marker }) => {
            const found = document.querySelector('ck-sidebar')?.shadowRoot?.querySelector(`[data-ck="suggestion"][data-item-id="${itemId}"]`);
            return found?.textContent?.includes(marker) ? performance.timeOrigin + performance.now() : false;
          },
        ),
      );
    }
    const fullsAfter = await site.evaluate(() => performance.getEntriesByName('ck:snapshot-full').length);
    const note = (samples) =>
      `max of ${samples.length} (${samples.map((s) => Math.round(s.ms)).join(', ')} ms; write announced after ${samples.map((s) => Math.round(s.commit)).join(', ')} ms; delta applied in the tab after ${samples.map((s) => Math.round(s.applied)).join(', ')} ms), ${ITEMS} items; ${fullsAfter - fullsBefore} full fetches meanwhile`;
    const worst = (samples, key) => Math.max(...samples.map((s) => s[key]));
    return [
      { name: 'a favourite reaching an open tab (10,000 items)', value: worst(favourites, 'ms'), unit: 'ms', budget: 300, note: note(favourites) },
      { name: 'a favourite over the message channel', value: worst(favourites, 'bytes') / 1024, unit: 'KB', budget: 50, note: `p50 ${(percentile(favourites.map((s) => s.bytes), 50) / 1024).toFixed(1)} KB` },
      { name: 'a one-item edit reaching an open tab (10,000 items)', value: worst(edits, 'ms'), unit: 'ms', budget: 300, note: note(edits) },
      { name: 'a one-item edit over the message channel', value: worst(edits, 'bytes') / 1024, unit: 'KB', budget: 50, note: `p50 ${(percentile(edits.map((s) => s.bytes), 50) / 1024).toFixed(1)} KB` },
    ];
  } finally {
    await context.close();
  }
}
