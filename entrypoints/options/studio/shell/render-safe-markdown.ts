import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked } from 'marked';
import { escapeHtml } from '../../../../content-kit';
import { LITERAL_HTML } from './literal-html';

/** The only link schemes that stay live; `javascript:`, `data:` and anything unknown are dropped. */
const LIVE_URL = /^(?:https?:|mailto:)/i;

// Tags that load, run, style or collect anything, on top of DOMPurify's own list.
const FORBID_TAGS = ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option', 'img', 'picture', 'source', 'video', 'audio', 'track', 'iframe', 'frame', 'frameset', 'object', 'embed', 'canvas', 'svg', 'math', 'template', 'dialog', 'details'];
const FORBID_ATTR = ['style', 'class', 'id', 'srcset', 'src', 'background', 'poster', 'action', 'formaction', 'ping', 'xlink:href'];

const marked = new Marked(LITERAL_HTML, {
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    // A remote image would be a tracking pixel: show its alt text and, for a web address, a plain link to it.
    image({ href, text }) {
      const label = `🖼 ${escapeHtml(text || '')}`;
      return LIVE_URL.test(href) ? `<span>${label} <a href="${escapeHtml(href)}">${escapeHtml(href)}</a></span>` : `<span>${label}</span>`;
    },
  },
});

const purifiers = new WeakMap<Window, Purifier>();

function purifierFor(win: Window): Purifier {
  let purifier = purifiers.get(win);
  if (!purifier) {
    purifier = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName !== 'A') return;
      const href = node.getAttribute('href') ?? '';
      if (!LIVE_URL.test(href.trim())) node.removeAttribute('href');
      else {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer nofollow');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    });
    purifiers.set(win, purifier);
  }
  return purifier;
}

/**
 * Kit Markdown as a DOM fragment that is safe to show: marked, then DOMPurify (HTML profile only) with styles,
 * forms, embeds and media removed, images turned into text, and only http(s)/mailto links left live. The result
 * is a node tree, never a string for innerHTML. `{{name}}` blanks are wrapped in `<mark data-blank>`.
 */
export function renderSafeMarkdown(markdown: string, win: Window = window): DocumentFragment {
  const html = marked.parse(markdown) as string;
  const fragment = purifierFor(win).sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOWED_URI_REGEXP: LIVE_URL,
    ALLOW_DATA_ATTR: false,
    ADD_ATTR: ['target'],
    RETURN_DOM_FRAGMENT: true,
  }) as DocumentFragment;
  markBlanks(fragment, win.document);
  return fragment;
}

function markBlanks(root: DocumentFragment, doc: Document): void {
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/\{\{[\p{L}\p{Nd}_]{1,30}\}\}/u.test(node.nodeValue ?? '')) texts.push(node as Text);
  for (const text of texts) {
    const parts = (text.nodeValue ?? '').split(/(\{\{[\p{L}\p{Nd}_]{1,30}\}\})/u);
    const replacement = doc.createDocumentFragment();
    for (const part of parts) {
      if (!part) continue;
      if (/^\{\{[\p{L}\p{Nd}_]{1,30}\}\}$/u.test(part)) {
        const mark = doc.createElement('mark');
        mark.setAttribute('data-blank', '');
        mark.textContent = part.slice(2, -2);
        replacement.append(mark);
      } else replacement.append(doc.createTextNode(part));
    }
    text.replaceWith(replacement);
  }
}
