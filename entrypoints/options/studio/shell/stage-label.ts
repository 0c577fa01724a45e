import type { Stage } from '../../../../content-kit';
import { t } from '../../../../components/i18n/t';

/** A life-cycle stage's name in the UI language. */
export function stageLabel(stage: Stage): string {
  return t(stage === 'gather' ? 'stageGather' : stage === 'interact' ? 'stageInteract' : stage === 'operate' ? 'stageOperate' : 'stageMonetize');
}
