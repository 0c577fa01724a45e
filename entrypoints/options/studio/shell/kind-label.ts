import type { ItemKind } from '../../../../content-kit';
import { t } from '../../../../components/i18n/t';

/** An item kind's name in the UI language. */
export function kindLabel(kind: ItemKind): string {
  return t(kind === 'topic' ? 'kindTopic' : kind === 'slogan' ? 'kindSlogan' : kind === 'story' ? 'kindStory' : 'kindScript');
}
