import { html } from 'lit';
import { fillTemplate, markdownToPlainText, prepareInsertion, type KitItem, type PlatformTarget } from '../../../../../content-kit';
import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';

/** The item's body filled with the sample values: as Markdown, and as the plain text the target would get. */
export function renderItemPreview(item: KitItem, body: string, samples: ReadonlyMap<string, string>, target: PlatformTarget) {
  const filled = fillTemplate({ body, variables: item.variables }, samples, { keepUnfilled: true });
  const plain = prepareInsertion(item.kind, item.kind === 'topic' ? filled.text : markdownToPlainText(filled.text), target).text;
  return html`<ck-markdown-preview .markdown=${item.kind === 'topic' ? filled.text.replace(/[\\`*_[\]#<>]/g, '\\$&') : filled.text} .plain=${plain} .plainLabel=${t('studioInsertedAs', target.label[uiLocale()])}></ck-markdown-preview>`;
}
