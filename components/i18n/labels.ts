import { vocabularyLabel, type EntryPlatform, type EntryStatus, type ItemKind, type Stage } from '../../content-kit';
import { uiLocale } from './ui-locale';

// The vocabularies' names in the UI language, from the core's one table per vocabulary (VOCABULARY_LABELS).

/** An item kind's name. */
export const kindLabel = (kind: ItemKind): string => vocabularyLabel('kind', kind, uiLocale());
/** A life-cycle stage's name. */
export const stageLabel = (stage: Stage): string => vocabularyLabel('stage', stage, uiLocale());
/** A site's (or 线下's) name. */
export const platformLabel = (platform: EntryPlatform): string => vocabularyLabel('platform', platform, uiLocale());
/** A site's short badge for narrow rows. */
export const platformShortLabel = (platform: EntryPlatform): string => vocabularyLabel('platformShort', platform, uiLocale());
/** A calendar entry status's name. */
export const statusLabel = (status: EntryStatus): string => vocabularyLabel('status', status, uiLocale());
