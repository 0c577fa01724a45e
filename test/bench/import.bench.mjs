// Import (parse and validate; store through IndexedDB in the browser bench) and export of a 10,000-item kit.
import { syntheticKit } from './synthetic-kit.mjs';

function best(fn, runs = 5) {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

/** @param {{ core: typeof import('../../content-kit/index.ts') }} ctx */
export async function run({ core }) {
  const text = JSON.stringify(syntheticKit(10_000, { seed: 3, entries: 2000 }), null, 2);
  const parsed = core.parseKit(text);
  if (!parsed.ok) throw new Error(`synthetic kit invalid: ${parsed.errors.slice(0, 3).join('; ')}`);
  const parseMs = best(() => core.parseKit(text));
  const exportMs = best(() => core.exportKit(parsed.kit));
  const mergeMs = best(() => core.mergeKits(parsed.kit, parsed.kit), 3);
  const mb = (new TextEncoder().encode(text).byteLength / 1024 / 1024).toFixed(1);
  return [
    { name: 'import: parse + validate 10,000 items (Node)', value: parseMs, unit: 'ms', budget: 1500, note: `${mb} MB file, 2,000 entries; storing is measured in the browser` },
    { name: 'export 10,000 items (Node)', value: exportMs, unit: 'ms', budget: 500 },
    { name: 'merge 10,000 items into themselves (Node)', value: mergeMs, unit: 'ms' },
  ];
}
