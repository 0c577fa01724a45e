import type { Platform } from '../../../../content-kit';
import { t } from '../../../../components/i18n/t';

/** A site's name in the UI language. */
export function platformLabel(platform: Platform): string {
  return t(platform === 'weibo' ? 'studioPlatformWeibo' : platform === 'douban' ? 'studioPlatformDouban' : 'studioPlatformWechat');
}
