import { html, nothing } from 'lit';
import { highlight } from '../../../components/highlight/highlight';
import { t } from '../../../components/i18n/t';
import { kindLabel, stageLabel } from '../../../components/i18n/labels';
import { sidebarEvent } from './sidebar-events';
import type { SuggestionView } from './sidebar-view';

/** What a card shows beyond its suggestion: whether inserting is possible and whether the draft holds it back. */
export interface SuggestionCardState {
  /** False when inserts become copies (no composer, or the editor refused). */
  composerFound: boolean;
  /** An error in the draft blocks insert and copy. */
  blocked: boolean;
}

/** What a card does when used. */
export interface SuggestionCardHandlers {
  keydown(event: KeyboardEvent, key: string): void;
  emit(event: Event): void;
}

/** One suggestion's card at `i` in the list (the first takes the list's tab stop), with insert, copy and star. */
export function renderSuggestionCard(s: SuggestionView, i: number, state: SuggestionCardState, on: SuggestionCardHandlers) {
  return html`<li
    class="card"
    data-ck="suggestion"
    data-kind=${s.kind}
    data-item-id=${s.id}
    data-key=${s.key}
    data-blanks=${s.blanks ? 'true' : 'false'}
    tabindex=${i === 0 ? '0' : '-1'}
    aria-label=${`${kindLabel(s.kind)}：${s.title}`}
    @keydown=${(e: KeyboardEvent) => on.keydown(e, s.key)}
  >
    <div class="meta">
      <span class="kind">${kindLabel(s.kind)}</span>
      ${s.stage ? html`<span>${stageLabel(s.stage)}</span>` : nothing}
      ${s.blanks ? html`<span>${t('hasBlanks')}</span>` : nothing}
      ${s.kitName ? html`<span class="kit" data-ck="kit-name" title=${t('cardKit', s.kitName)}>${s.kitName}</span>` : nothing}
    </div>
    <div class="title">${highlight(s.title, s.titleSpans)}</div>
    ${s.preview
      ? html`<div class="preview" data-ck="will-insert"><span class="what">${t('cardWillInsert')}</span>${highlight(s.preview, s.previewSpans)}</div>`
      : nothing}
    ${s.alsoIn.length ? html`<div class="also" data-ck="also-in">${t('cardAlsoIn', s.alsoIn.join('、'))}</div>` : nothing}
    <div class="actions">
      ${state.composerFound
        ? html`<button
            type="button"
            class="primary"
            data-ck="insert"
            ?disabled=${state.blocked}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => on.emit(sidebarEvent('ck-insert', { key: s.key }))}
          >
            ${s.blanks ? t('fillAndInsert') : t('insert')}
          </button>`
        : nothing}
      <button type="button" class=${state.composerFound ? '' : 'primary'} data-ck="copy" ?disabled=${state.blocked} @mousedown=${(e: Event) => e.preventDefault()} @click=${() => on.emit(sidebarEvent('ck-copy', { key: s.key }))}>
        ${t('copy')}
      </button>
      <button
        type="button"
        class="star"
        aria-pressed=${s.favourite ? 'true' : 'false'}
        aria-label=${t('favourite')}
        title=${t('favourite')}
        @click=${() => on.emit(sidebarEvent('ck-favourite', { key: s.key, on: !s.favourite }))}
      >
        ${s.favourite ? '★' : '☆'}
      </button>
    </div>
  </li>`;
}
