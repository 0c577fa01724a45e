import { html } from 'lit';
import { ITEM_KINDS, PLATFORMS, STAGES, type ItemKind, type KitItem, type PlatformTarget, type Stage } from '../../../../../content-kit';
import { kindLabel, platformLabel, stageLabel } from '../../../../../components/i18n/labels';
import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';
import { targetsFor } from '../../editor/targets-for';

/** What the fields report as the user edits them. */
export interface FieldHandlers {
  field(patch: Partial<KitItem>): void;
  kind(kind: ItemKind): void;
  platforms(event: Event): void;
  target(event: Event): void;
  tags(event: Event): void;
}

/** The item's fields above its body: title, kind, stage, platforms, the target it is counted for, and tags. */
export function renderItemFields(item: KitItem, target: PlatformTarget, on: FieldHandlers) {
  const locale = uiLocale();
  return html`<header class="fields">
    <input class="title" data-ck="item-title" aria-label=${t('studioFieldTitle')} .value=${item.title} maxlength="200" @input=${(e: Event) => on.field({ title: (e.target as HTMLInputElement).value })} />
    <div class="meta">
      <label>${t('studioFieldKind')}
        <select data-ck="item-kind" .value=${item.kind} @change=${(e: Event) => on.kind((e.target as HTMLSelectElement).value as ItemKind)}>
          ${ITEM_KINDS.map((k) => html`<option value=${k} ?selected=${k === item.kind}>${kindLabel(k)}</option>`)}
        </select>
      </label>
      <label>${t('studioFieldStage')}
        <select data-ck="item-stage" @change=${(e: Event) => on.field({ stage: ((e.target as HTMLSelectElement).value || undefined) as Stage | undefined })}>
          <option value="" ?selected=${!item.stage}>${t('studioNone')}</option>
          ${STAGES.map((s) => html`<option value=${s} ?selected=${s === item.stage}>${stageLabel(s)}</option>`)}
        </select>
      </label>
      <fieldset data-ck="item-platforms">
        <legend>${t('studioFieldPlatforms')}</legend>
        ${PLATFORMS.map((p) => html`<label><input type="checkbox" value=${p} .checked=${!!item.platforms?.includes(p)} @change=${on.platforms} />${platformLabel(p)}</label>`)}
      </fieldset>
      <label>${t('studioFieldTarget')}
        <select data-ck="item-target" @change=${on.target}>
          ${targetsFor(item.platforms).map((tg) => html`<option value=${tg.id} ?selected=${tg.id === target.id}>${tg.label[locale]}</option>`)}
        </select>
      </label>
      <label>${t('studioFieldTags')}
        <input type="text" data-ck="item-tags" placeholder=${t('studioTagsHint')} .value=${(item.tags ?? []).join('，')} @change=${on.tags} />
      </label>
    </div>
  </header>`;
}
