// Verified insertion in the built extension: how long one verification takes once a route has run (the editor
// settling, then its draft read and compared), over the replicas of editors that take, revert or refuse the text.
import { routeReplicas, replicaById } from '../fixtures/sites/route-replicas.mjs';
import { launchExtension } from '../e2e/support/launch-extension.mjs';

const REPLICAS = ['weibo-home', 'douban-dre', 'douban-dre-strict', 'douban-dre-locked', 'wechat-web', 'wechat-mp', 'wechat-mp-renamed', 'wechat-mp-legacy'];
const INSERTS = 8;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

const durations = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).map((m) => m.duration), name);

export async function run() {
  const { context, serviceWorker: worker } = await launchExtension();
  const verify = [];
  const whole = [];
  try {
    await worker.evaluate(() =>
      chrome.storage.local.set({ 'sidebar:weibo': { open: true, width: 340 }, 'sidebar:douban': { open: true, width: 340 }, 'sidebar:wechat': { open: true, width: 340 } }),
    );
    await routeReplicas(context);
    for (const id of REPLICAS) {
      const replica = replicaById(id);
      const page = await context.newPage();
      await page.goto(replica.url);
      await page.locator('ck-sidebar[ready]').waitFor();
      await page.locator('[data-ck="sidebar"]').waitFor();
      const frame = replica.composerFrame ? await (await page.locator(replica.composerFrame).elementHandle()).contentFrame() : page.mainFrame();
      await frame.locator(replica.composer ?? replica.composerInFrame).first().click();
      await page.keyboard.type('周末社群活动');
      await page.locator('[role="tab"][data-kind="topic"]').click();
      for (let i = 0; i < INSERTS; i++) {
        const insert = page.locator('[data-ck="suggestion"] [data-ck="insert"]').first();
        // A composer that refused turns copy-only: its cards have no insert button left.
        if (!(await insert.count())) break;
        const done = (await durations(page, 'ck:insert')).length;
        await insert.click();
        await page.waitForFunction((n) => performance.getEntriesByName('ck:insert').length > n, done, { timeout: 10_000 });
      }
      verify.push(...(await durations(page, 'ck:insert-verify')));
      whole.push(...(await durations(page, 'ck:insert')));
      await page.close();
    }
  } finally {
    await context.close();
  }
  return [
    {
      name: 'insert verification after the editor settles (p95)',
      value: percentile(verify, 95),
      unit: 'ms',
      budget: 300,
      note: `median ${percentile(verify, 50).toFixed(0)} ms over ${verify.length} routes on ${REPLICAS.length} replicas`,
    },
    {
      name: 'whole insert, all routes tried (p95)',
      value: percentile(whole, 95),
      unit: 'ms',
      note: `median ${percentile(whole, 50).toFixed(0)} ms over ${whole.length} inserts; the first into a reverting editor tries three routes`,
    },
  ];
}
