import { VERSION_2_FIELDS, type FormatVersion, type Kit } from './kit-schema';

/**
 * The `formatVersion` a kit is written with (KIT-FORMAT.md): 2 when it has `sequences` or `lint` (even empty), else 1, so
 * that readers of version 1 still read every kit that does not use version 2.
 */
export function kitFormatVersion(kit: Pick<Kit, 'sequences' | 'lint'>): FormatVersion {
  return VERSION_2_FIELDS.some((field) => kit[field] !== undefined) ? 2 : 1;
}
