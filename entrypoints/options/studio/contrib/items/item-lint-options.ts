import type { Kit, LintOptions } from '../../../../../content-kit';
import { lintSettingsFor } from '../../../../../utils/lint/lint-settings';
import type { StudioData } from '../../shell/create-studio-data';

// A few settings are live at once (one per kit being edited); older ones are dropped.
const CACHED = 8;
const cache = new Map<string, LintOptions>();

/**
 * The lint options an item editor uses: the user's allow-list with the lint settings of the item's kit and of
 * the enabled kits, as the sidebar applies them. The same object comes back while these settings are unchanged
 * (an item's autosave changes its kit, not its lint), so matchers are compiled once and shared by every editor.
 */
export function itemLintOptions(data: Pick<StudioData, 'kits' | 'records' | 'settings'>, kitId: string): LintOptions {
  const enabled = new Set(data.records().filter((r) => r.enabled).map((r) => r.id));
  const kits = data.kits().filter((kit) => kit.id === kitId || enabled.has(kit.id));
  const edited = kits.filter((kit) => kit.id === kitId);
  const ordered: Pick<Kit, 'lint'>[] = [...edited, ...kits.filter((kit) => kit.id !== kitId)];
  const userAllow = data.settings().lintAllow ?? [];
  const key = JSON.stringify([userAllow, ordered.map((kit) => kit.lint ?? null)]);
  let options = cache.get(key);
  if (!options) {
    options = lintSettingsFor(ordered, userAllow);
    cache.set(key, options);
    if (cache.size > CACHED) cache.delete(cache.keys().next().value!);
  }
  return options;
}
