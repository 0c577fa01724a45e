import type { Platform } from '../schema/kit-schema';
import { PLATFORM_TARGETS, type PlatformTarget } from './platform-targets';

const BY_ID = new Map<string, PlatformTarget>(PLATFORM_TARGETS.map((t) => [t.id, t]));
const DEFAULT_FOR_SITE: Record<Platform, string> = { weibo: 'weibo-post', douban: 'douban-broadcast', wechat: 'wechat-chat' };

/** The target with this id, or the site's main target, with a settings override of its limit applied. */
export function platformTarget(id: string | undefined, site?: Platform, limits?: ReadonlyMap<string, number>): PlatformTarget {
  const found = (id && BY_ID.get(id)) || BY_ID.get(DEFAULT_FOR_SITE[site ?? 'weibo'])!;
  const limit = limits?.get(found.id);
  return limit && limit > 0 ? { ...found, limit } : found;
}
