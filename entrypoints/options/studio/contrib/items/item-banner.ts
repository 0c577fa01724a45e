import { html, nothing } from 'lit';
import { t } from '../../../../../components/i18n/t';
import type { ItemSession, SessionState } from './create-item-session';

const action = (label: string, run: () => unknown, hook?: string) => html`<button data-ck=${hook ?? nothing} @click=${run}>${label}</button>`;

/**
 * The banner above an item editor: a save conflict, a missing or invalid item or a failed save with what can be
 * done about it; otherwise a passing notice, if any.
 */
export function renderItemBanner(state: SessionState, session: ItemSession | null, notice: string | null) {
  switch (state.status) {
    case 'conflict':
      return html`<div class="banner conflict" role="alert" data-ck="conflict">
        <span class="text">${state.message === 'draft' ? t('studioDraftConflict') : t('studioConflict')}</span>
        ${action(t('studioTakeTheirs'), () => void session?.resolve('theirs'), 'take-theirs')}
        ${action(t('studioKeepMine'), () => void session?.resolve('mine'), 'keep-mine')}
      </div>`;
    case 'missing':
      return html`<div class="banner missing" role="alert" data-ck="missing">
        <span class="text">${t('studioItemMissing')}</span>
        ${action(t('studioRecreate'), () => void session?.resolve('mine'))}
      </div>`;
    case 'invalid':
      return html`<div class="banner invalid" role="alert" data-ck="invalid"><span class="text">${t('studioInvalid', state.message ?? '')}</span></div>`;
    case 'error':
      return html`<div class="banner error" role="alert" data-ck="save-error">
        <span class="text">${t('studioSaveFailed', state.message ?? '')}</span>
        ${action(t('studioRetry'), () => void session?.save())}
      </div>`;
    default:
      return notice ? html`<div class="banner info" role="status" data-ck="notice"><span class="text">${notice}</span></div>` : nothing;
  }
}
