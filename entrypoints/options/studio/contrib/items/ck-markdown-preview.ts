import { css, html, LitElement, nothing } from 'lit';
import { renderSafeMarkdown } from '../../shell/render-safe-markdown';
import { t } from '../../../../../components/i18n/t';

/**
 * A rendered preview of kit Markdown (sanitised by renderSafeMarkdown) and, below it, the plain text that would be
 * inserted on the item's platform. Kit text is shown inside a box it cannot break out of.
 */
export class CkMarkdownPreview extends LitElement {
  static override styles = css`
    :host { display: block; overflow: auto; contain: content; padding: 12px 16px; background: var(--ck-preview-bg); color: var(--ck-fg); }
    h3 { margin: 0 0 6px; font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--ck-muted); }
    .rendered { overflow-wrap: anywhere; line-height: 1.6; }
    .rendered :is(h1, h2, h3, h4, h5, h6) { font-size: 1.1em; margin: 0.8em 0 0.4em; }
    .rendered blockquote { margin: 0.5em 0; padding-left: 10px; border-left: 3px solid var(--ck-border); color: var(--ck-muted); }
    .rendered a { color: var(--ck-link); }
    .rendered mark[data-blank] { background: var(--ck-chip-bg); color: var(--ck-chip-fg); border-radius: 3px; padding: 0 3px; }
    .rendered mark[data-blank]::before { content: '{{'; opacity: 0.5; }
    .rendered mark[data-blank]::after { content: '}}'; opacity: 0.5; }
    .rendered pre { white-space: pre-wrap; }
    .plain { white-space: pre-wrap; overflow-wrap: anywhere; padding: 8px; border-radius: 4px; background: var(--ck-input-bg); border: 1px solid var(--ck-border); font-size: 13px; }
    section + section { margin-top: 16px; }
  `;

  static override properties = { markdown: { attribute: false }, plain: { attribute: false }, plainLabel: { attribute: false } };

  declare markdown: string;
  declare plain: string | null;
  declare plainLabel: string;

  constructor() {
    super();
    this.markdown = '';
    this.plain = null;
    this.plainLabel = '';
  }

  override render() {
    return html`<section data-ck="preview" aria-label=${t('studioPreview')}>
        <h3>${t('studioPreview')}</h3>
        <div class="rendered">${renderSafeMarkdown(this.markdown)}</div>
      </section>
      ${this.plain === null
        ? nothing
        : html`<section>
            <h3>${this.plainLabel}</h3>
            <div class="plain" data-ck="preview-plain">${this.plain}</div>
          </section>`}`;
  }
}

if (!customElements.get('ck-markdown-preview')) customElements.define('ck-markdown-preview', CkMarkdownPreview);

declare global {
  interface HTMLElementTagNameMap {
    'ck-markdown-preview': CkMarkdownPreview;
  }
}
