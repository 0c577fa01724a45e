import { PLATFORM_TARGETS, type Platform, type PlatformTarget } from '../../../../content-kit';

/** The platform targets an item can be written for: those of its platforms, or all when it names none. */
export function targetsFor(platforms: readonly Platform[] | undefined): PlatformTarget[] {
  return PLATFORM_TARGETS.filter((target) => !platforms?.length || platforms.includes(target.site));
}
