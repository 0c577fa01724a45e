import { css, html, LitElement, nothing } from 'lit';
import { t, type MessageKey } from '../../../../../components/i18n/t';

/** The blanks every community has, by blank name as kits write them, with their label's message. */
const PROFILE_FIELDS: [string, MessageKey][] = [
  ['社群名', 'studioProfileCommunity'],
  ['城市', 'studioProfileCity'],
  ['创始人', 'studioProfileFounder'],
  ['群主', 'studioProfileOwner'],
  ['品牌', 'studioProfileBrand'],
  ['成立时间', 'studioProfileFounded'],
];
const FIXED = new Set(PROFILE_FIELDS.map(([name]) => name));

/**
 * The user's profile: a value for each common blank and for any blank name they add. Emits `ck-profile-change`
 * with the whole profile (empty values dropped) after each edit.
 */
export class CkProfileEditor extends LitElement {
  static override styles = css`
    :host { display: grid; gap: 6px; }
    .row { display: grid; gap: 2px; max-width: 28em; }
    .field { display: flex; gap: 6px; }
    .field input { flex: 1; }
    input { font: inherit; padding: 2px 4px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-input-bg); color: var(--ck-fg); min-width: 0; }
    code { color: var(--ck-muted); font-size: 12px; }
    button { font: inherit; padding: 2px 10px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-button-bg); color: var(--ck-button-fg); cursor: pointer; }
    .add { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 4px; }
    [role='alert'] { color: var(--ck-error); font-size: 12px; }
  `;

  static override properties = { profile: { attribute: false }, pending: { state: true }, problem: { state: true } };

  declare profile: Record<string, string>;
  /** Added names that have no value yet (a value makes them part of the profile). */
  declare private pending: string[];
  declare private problem: string;

  constructor() {
    super();
    this.profile = {};
    this.pending = [];
    this.problem = '';
  }

  override render() {
    const custom = [...new Set([...Object.keys(this.profile).filter((name) => !FIXED.has(name)), ...this.pending])];
    return html`${PROFILE_FIELDS.map(([name, label]) => this.row(name, t(label), false))}
      ${custom.map((name) => this.row(name, name, true))}
      <form class="add" @submit=${this.add}>
        <input name="name" data-ck="profile-new-name" aria-label=${t('studioProfileNewName')} placeholder=${t('studioProfileNewName')} maxlength="40" />
        <button type="submit" data-ck="profile-add">${t('studioProfileAdd')}</button>
        ${this.problem ? html`<span role="alert">${this.problem}</span>` : null}
      </form>`;
  }

  private row(name: string, label: string, removable: boolean) {
    const id = `profile-${encodeURIComponent(name)}`;
    return html`<div class="row">
      <label for=${id}>${label}${removable ? nothing : html` <code>{{${name}}}</code>`}</label>
      <div class="field">
        <input id=${id} data-ck="profile-field" data-name=${name} .value=${this.profile[name] ?? ''} @change=${(e: Event) => this.set(name, (e.target as HTMLInputElement).value)} />
        ${removable ? html`<button type="button" aria-label=${t('studioProfileRemove', name)} @click=${() => this.forget(name)}>×</button>` : nothing}
      </div>
    </div>`;
  }

  private set(name: string, value: string) {
    const profile = { ...this.profile };
    if (value.trim()) profile[name] = value.trim();
    else delete profile[name];
    this.emit(profile);
  }

  private forget(name: string) {
    this.pending = this.pending.filter((n) => n !== name);
    const profile = { ...this.profile };
    delete profile[name];
    this.emit(profile);
  }

  private add(event: Event) {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
    // A blank's name is what sits between the braces; braces typed by the user are not part of it.
    const name = input.value.replace(/[{}]/g, '').trim();
    if (!name) return;
    if (FIXED.has(name) || name in this.profile || this.pending.includes(name)) {
      this.problem = t('studioProfileExists', name);
      return;
    }
    this.problem = '';
    this.pending = [...this.pending, name];
    input.value = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(`input[data-name="${CSS.escape(name)}"]`)?.focus());
  }

  private emit(profile: Record<string, string>) {
    this.profile = profile;
    this.dispatchEvent(new CustomEvent('ck-profile-change', { detail: profile }));
  }
}

if (!customElements.get('ck-profile-editor')) customElements.define('ck-profile-editor', CkProfileEditor);

declare global {
  interface HTMLElementTagNameMap {
    'ck-profile-editor': CkProfileEditor;
  }
}
