import { css, html, LitElement } from 'lit';
import { PLATFORM_TARGETS } from '../../../../../content-kit';
import type { Settings } from '../../../../../utils/store/store-schema';
import { StudioDataWatch } from '../../shell/studio-data-watch';
import type { StudioContext } from '../../shell/studio-context';
import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';
import './ck-profile-editor';
import './ck-lint-allow-list';

/** Settings: the language, the colour theme, the user's profile for blanks, and the length limit of each platform target (overriding the built-in ones). */
export class CkSettingsView extends LitElement {
  static override styles = css`
    :host { display: block; overflow: auto; padding: 0 12px 16px; }
    fieldset { border: 0; padding: 0; margin: 0 0 16px; display: grid; gap: 6px; }
    legend { font-weight: 600; margin-bottom: 6px; padding: 0; }
    label { display: flex; gap: 6px; align-items: center; }
    select { font: inherit; padding: 2px 4px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-input-bg); color: var(--ck-fg); justify-self: start; }
    .limits label { justify-content: space-between; }
    input[type='number'] { width: 90px; font: inherit; padding: 2px 4px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-input-bg); color: var(--ck-fg); }
    p { margin: 0 0 8px; color: var(--ck-muted); font-size: 12px; }
    button { font: inherit; padding: 2px 10px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
  `;

  static override properties = { studio: { attribute: false } };

  declare studio: StudioContext | null;

  constructor() {
    super();
    new StudioDataWatch(this, (change) => void ((change.settings || change.records) && this.requestUpdate()));
    this.studio = null;
  }

  override render() {
    const settings = this.studio?.data.settings();
    if (!settings) return null;
    const locale = uiLocale();
    const themes: [Settings['theme'], string][] = [
      ['system', t('studioThemeSystem')],
      ['light', t('studioThemeLight')],
      ['dark', t('studioThemeDark')],
    ];
    const languages: [Settings['language'], string][] = [
      ['auto', t('studioLanguageAuto')],
      ['zh-CN', t('studioLanguageZh')],
      ['en', t('studioLanguageEn')],
    ];
    return html`<fieldset>
        <legend id="language-legend">${t('studioLanguage')}</legend>
        <p id="language-hint">${t('studioLanguageHint')}</p>
        <select data-ck="setting-language" aria-labelledby="language-legend" aria-describedby="language-hint" @change=${(e: Event) => this.save({ language: (e.target as HTMLSelectElement).value as Settings['language'] })}>
          ${languages.map(([value, label]) => html`<option value=${value} ?selected=${settings.language === value}>${label}</option>`)}
        </select>
      </fieldset>
      <fieldset data-ck="settings-theme">
        <legend>${t('studioTheme')}</legend>
        ${themes.map(([value, label]) => html`<label><input type="radio" name="theme" value=${value} .checked=${settings.theme === value} @change=${() => this.save({ theme: value })} />${label}</label>`)}
      </fieldset>
      <fieldset data-ck="settings-profile">
        <legend>${t('studioProfile')}</legend>
        <p>${t('studioProfileHint')}</p>
        <ck-profile-editor .profile=${settings.profile} @ck-profile-change=${(e: CustomEvent<Record<string, string>>) => this.save({ profile: e.detail })}></ck-profile-editor>
      </fieldset>
      <fieldset class="limits">
        <legend>${t('studioLimits')}</legend>
        <p>${t('studioLimitsHint')}</p>
        ${PLATFORM_TARGETS.map(
          (target) => html`<label>${target.label[locale]}
            <input type="number" min="1" max="100000" placeholder=${String(target.limit)} .value=${settings.limits[target.id] ? String(settings.limits[target.id]) : ''} @change=${(e: Event) => this.setLimit(target.id, (e.target as HTMLInputElement).value)} />
          </label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${t('studioLintAllow')}</legend>
        <p>${t('studioLintAllowHint')}</p>
        <ck-lint-allow-list .allow=${settings.lintAllow} @ck-lint-allow-change=${(e: CustomEvent<{ allow: string[] }>) => this.save({ lintAllow: e.detail.allow })}></ck-lint-allow-list>
      </fieldset>
      ${this.renderHiddenKits()}
      <button @click=${() => void this.studio?.commands.execute('studio.settings.resetLayout').catch(() => undefined)}>${t('studioResetLayout')}</button>`;
  }

  /** A deleted built-in kit is only hidden: it can be shown again from here. */
  private renderHiddenKits() {
    if (!this.studio?.data.hiddenKits().length) return null;
    return html`<fieldset data-ck="settings-starter">
      <p>${t('settingsStarterHidden')}</p>
      <div><button data-ck="show-starter-kit" @click=${() => void this.studio?.commands.execute('studio.kits.showStarterKit').catch(() => undefined)}>${t('settingsShowStarter')}</button></div>
    </fieldset>`;
  }

  private save(patch: Partial<Settings>) {
    void this.studio?.data.saveSettings(patch).catch((error: unknown) => this.studio?.workbench.notify({ severity: 'error', message: String((error as Error)?.message ?? error) }));
  }

  private setLimit(id: string, value: string) {
    const n = Math.round(Number(value));
    // One limit at a time, over the stored ones: another tab's change to another limit stays.
    void this.studio?.data.setLimit(id, value.trim() && Number.isFinite(n) && n > 0 ? n : null).catch((error: unknown) => this.studio?.workbench.notify({ severity: 'error', message: String((error as Error)?.message ?? error) }));
  }
}

if (!customElements.get('ck-settings-view')) customElements.define('ck-settings-view', CkSettingsView);

declare global {
  interface HTMLElementTagNameMap {
    'ck-settings-view': CkSettingsView;
  }
}
