import { css, html, LitElement, nothing } from 'lit';
import type { Variable } from '../../../../../content-kit';
import { t } from '../../../../../components/i18n/t';

/**
 * The variables of an item: one row per blank used in the body (label, hint, default, required, and a sample value
 * for the preview), plus declared variables the body no longer uses. Editing a row of an undeclared blank declares it.
 */
export class CkVariablesPanel extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 12px; }
    table { width: 100%; border-collapse: collapse; }
    th { text-align: left; font-weight: 600; color: var(--ck-muted); padding: 2px 4px; white-space: nowrap; }
    td { padding: 2px 4px; vertical-align: middle; }
    td.name { white-space: nowrap; font-family: var(--ck-font-mono); }
    td.name span { background: var(--ck-chip-bg); color: var(--ck-chip-fg); border-radius: 3px; padding: 0 4px; }
    tr.unused td.name span { background: none; color: var(--ck-muted); text-decoration: line-through; }
    input[type='text'] { box-sizing: border-box; width: 100%; min-width: 60px; font: inherit; padding: 2px 4px; border-radius: 3px; border: 1px solid var(--ck-border); background: var(--ck-input-bg); color: var(--ck-fg); }
    .note { color: var(--ck-muted); padding: 4px; }
    button { font: inherit; border: 0; background: none; color: var(--ck-link); cursor: pointer; }
  `;

  static override properties = { variables: { attribute: false }, used: { attribute: false }, samples: { attribute: false } };

  declare variables: Variable[];
  declare used: string[];
  declare samples: ReadonlyMap<string, string>;

  constructor() {
    super();
    this.variables = [];
    this.used = [];
    this.samples = new Map();
  }

  override render() {
    // Names such as `__proto__` are legal blank names: look them up in Maps only.
    const declared = new Map(this.variables.map((v) => [v.name, v]));
    const usedSet = new Set(this.used);
    const unused = this.variables.filter((v) => !usedSet.has(v.name));
    if (!this.used.length && !unused.length) return html`<p class="note">${t('studioVariablesEmpty')}</p>`;
    return html`<table data-ck="variables">
      <thead>
        <tr>
          <th>${t('studioVarName')}</th><th>${t('studioVarLabel')}</th><th>${t('studioVarHint')}</th><th>${t('studioVarDefault')}</th><th>${t('studioVarRequired')}</th><th>${t('studioVarSample')}</th>
        </tr>
      </thead>
      <tbody>
        ${this.used.map((name) => this.renderRow(name, declared.get(name), false))}
        ${unused.map((v) => this.renderRow(v.name, v, true))}
      </tbody>
    </table>
    ${unused.length ? html`<p class="note">${t('studioVariablesUnused')}</p>` : nothing}`;
  }

  private renderRow(name: string, variable: Variable | undefined, unused: boolean) {
    const column = { label: t('studioVarLabel'), hint: t('studioVarHint'), default: t('studioVarDefault') };
    const field = (key: 'label' | 'hint' | 'default', max: number) =>
      html`<input type="text" aria-label=${`${name} ${column[key]}`} maxlength=${max} .value=${variable?.[key] ?? ''} @change=${(e: Event) => this.onField(name, key, (e.target as HTMLInputElement).value)} />`;
    return html`<tr class=${unused ? 'unused' : ''} data-name=${name}>
      <td class="name"><span>${name}</span></td>
      <td>${field('label', 40)}</td>
      <td>${field('hint', 200)}</td>
      <td>${field('default', 2000)}</td>
      <td><input type="checkbox" aria-label=${`${name} ${t('studioVarRequired')}`} .checked=${variable?.required === true} @change=${(e: Event) => this.onRequired(name, (e.target as HTMLInputElement).checked)} /></td>
      <td>${unused
        ? html`<button @click=${() => this.onRemove(name)}>${t('studioVarRemove')}</button>`
        : html`<input type="text" data-ck="sample" aria-label=${`${name} ${t('studioVarSample')}`} .value=${this.samples.get(name) ?? ''} @input=${(e: Event) => this.onSample(name, (e.target as HTMLInputElement).value)} />`}</td>
    </tr>`;
  }

  private change(name: string, patch: Partial<Variable>) {
    const list = this.variables.slice();
    const i = list.findIndex((v) => v.name === name);
    const next = { ...(list[i] ?? {}), ...patch, name } as Variable;
    for (const key of ['label', 'hint', 'default'] as const) if (next[key] === '') delete next[key];
    if (next.required === false) delete next.required;
    if (i >= 0) list[i] = next;
    else list.push(next);
    this.dispatchEvent(new CustomEvent('ck-variables-change', { detail: { variables: list }, bubbles: true, composed: true }));
  }

  private onField(name: string, key: 'label' | 'hint' | 'default', value: string) {
    this.change(name, { [key]: value });
  }

  private onRequired(name: string, required: boolean) {
    this.change(name, { required });
  }

  private onRemove(name: string) {
    this.dispatchEvent(new CustomEvent('ck-variables-change', { detail: { variables: this.variables.filter((v) => v.name !== name) }, bubbles: true, composed: true }));
  }

  private onSample(name: string, value: string) {
    this.dispatchEvent(new CustomEvent('ck-samples-change', { detail: { samples: new Map([...this.samples, [name, value]]) }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('ck-variables-panel')) customElements.define('ck-variables-panel', CkVariablesPanel);

declare global {
  interface HTMLElementTagNameMap {
    'ck-variables-panel': CkVariablesPanel;
  }
  interface HTMLElementEventMap {
    'ck-variables-change': CustomEvent<{ variables: Variable[] }>;
    'ck-samples-change': CustomEvent<{ samples: ReadonlyMap<string, string> }>;
  }
}
